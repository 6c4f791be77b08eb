// `npm run bench`: performance figures, measured, never asserted in tests.
//  1. Citation scanning in headless Chromium on a generated 2 MB page (20,000
//     paragraphs, 500 citations of mixed forms) and an equally large page with
//     none: our full scan against document.body.textContent matched by one
//     combined regex, in the same page and run; the longest slice of the sliced
//     scan; the no-citation page.
//  2. Loading a synthetic record of 10,000 studies the way the background does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { page } from './bench/pages.mjs';
import { ensureChromium, launchArgs } from './lib/chromium.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const fmt = (x) => x.toFixed(2);

async function scanBench() {
  const executablePath = ensureChromium();
  const { chromium } = await import('playwright-core');
  const bundle = await build({
    entryPoints: [join(import.meta.dirname, 'bench/page-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    define: { __EL_SHADOW_MODE__: '"open"' },
  });
  const script = bundle.outputFiles[0].text;
  const args = launchArgs('/nonexistent').filter((a) => !a.includes('extension'));
  const browser = await chromium.launch({ executablePath, headless: true, args });
  const result = {};
  try {
    for (const [name, html] of [
      ['citations', page(true)],
      ['no-citations', page(false)],
    ]) {
      const tab = await browser.newPage();
      await tab.route('**/bench.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
      await tab.goto('http://bench.invalid/bench.html');
      await tab.addScriptTag({ content: script });
      const runs = { base: [], text: [], full: [], sliced: [], longest: [], found: 0, baseFound: 0 };
      for (let r = 0; r < RUNS; r++) {
        const b = await tab.evaluate(() => window.__evidenceLensBench.baseline());
        const t = await tab.evaluate(() => window.__evidenceLensBench.textOnly());
        const f = await tab.evaluate(() => window.__evidenceLensBench.fullScan());
        const s = await tab.evaluate(() => window.__evidenceLensBench.slicedScan());
        runs.base.push(b.ms);
        runs.text.push(t.ms);
        runs.full.push(f.ms);
        runs.sliced.push(s.ms);
        runs.longest.push(s.longestSlice);
        runs.found = f.found;
        runs.baseFound = b.found;
      }
      result[name] = { ...runs, bytes: html.length };
      await tab.close();
    }
  } finally {
    await browser.close();
  }
  return result;
}

async function recordBench() {
  const { register } = await import('tsx/esm/api');
  register();
  const { toStudyView } = await import('../src/evidence/study-view.ts');
  const { packRecord, RecordStore } = await import('../src/evidence/record-store.ts');
  const { loadRecord } = await import('../src/evidence/load.ts');
  const stems = JSON.parse(readFileSync(join(import.meta.dirname, '../src/evidence/records/genchi2023_stems.json'), 'utf8'));
  const studies = [];
  for (let i = 0; i < 10000; i++) {
    studies.push({
      ...stems,
      id: `synthetic_${i}`,
      ids: {
        pmid: String(10000000 + i),
        doi: `10.5555/synthetic.${i}`,
        pmcid: `PMC${1000000 + i}`,
        registry: [`NCT${String(10000000 + i).slice(0, 8)}`],
      },
      authors: [`Author${i % 997} A`],
      year: 1990 + (i % 35),
    });
  }
  const files = studies.map((s) => ({ name: `${s.id}.json`, text: JSON.stringify(s) }));
  const t0 = performance.now();
  const validated = loadRecord(files);
  const validateMs = performance.now() - t0;
  // What the build emits: the index as one JSON string, the views as one string literal.
  const { entries, data } = packRecord(validated.map(toStudyView));
  const moduleText = `return { entries: JSON.parse(${JSON.stringify(JSON.stringify(entries))}), data: ${JSON.stringify(data)} };`;
  const loads = [];
  for (let r = 0; r < 15; r++) {
    const t1 = performance.now();
    // The background's start: evaluate the record module, build the index, answer one lookup.
    const packed = new Function(moduleText)();
    const store = new RecordStore(packed);
    if (!store.lookup({ pmid: '10000042' })) throw new Error('synthetic lookup failed');
    loads.push(performance.now() - t1);
  }
  // The part that grows with the number of studies rather than their text: parsing the index and building it.
  const indexJson = JSON.stringify(entries);
  const indexLoads = [];
  for (let r = 0; r < 15; r++) {
    const t2 = performance.now();
    const store = new RecordStore({ entries: JSON.parse(indexJson), data });
    if (!store.lookup({ pmid: '10000042' })) throw new Error('synthetic lookup failed');
    indexLoads.push(performance.now() - t2);
  }
  return { validateMs, loadMs: median(loads), indexMs: median(indexLoads), bytes: moduleText.length };
}

const scan = await scanBench();
const rec = await recordBench();
for (const [name, r] of Object.entries(scan)) {
  console.log(
    `${name} page (${(r.bytes / 1e6).toFixed(2)} MB, ${RUNS} runs): baseline ${fmt(median(r.base))} ms (${r.baseFound} regex hits), textContent alone ${fmt(median(r.text))} ms, full scan ${fmt(median(r.full))} ms (${r.found} citations), sliced scan ${fmt(median(r.sliced))} ms, longest slice ${fmt(Math.max(...r.longest))} ms`,
  );
}
console.log(
  `record of 10,000 studies (${(rec.bytes / 1e6).toFixed(1)} MB module): validation at build ${fmt(rec.validateMs)} ms; background start, record module evaluated + index built + one lookup ${fmt(rec.loadMs)} ms; index parsed and built + one lookup ${fmt(rec.indexMs)} ms (medians of 15)`,
);
const c = scan.citations;
const n = scan['no-citations'];
const ratios = c.full.map((f, i) => f / c.base[i]);
console.log(`full-scan/baseline ratio: ${median(ratios).toFixed(2)}`);
console.log(`longest task from our code: ${fmt(Math.max(...c.longest, ...n.longest))} ms`);
console.log(`no-citation page: ${fmt(median(n.full))} ms`);
