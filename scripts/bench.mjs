// `npm run bench`: performance figures, measured, never asserted in tests.
//  1. Citation scanning in headless Chromium on a generated 2 MB page (20,000
//     paragraphs, 500 citations of mixed forms) and an equally large page with
//     none: our full scan against document.body.textContent matched by one
//     combined regex, in the same page and run; the longest slice of the sliced
//     scan; the no-citation page.
//  2. Loading a synthetic record of 10,000 studies the way the background does.
//  3. The background's start with the real record and every open list (retractions, registrations),
//     a lookup of 500 citations of mixed kinds, the size of the Chrome store package and of the content script.
//  4. The shipped extension in Chromium (scripts/bench/extension.mjs): the content script's first evaluation on
//     the 5 MB page, and on the seed clinic post the time from its start to the first badge and claim marker.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { extensionBench } from './bench/extension.mjs';
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

async function openDataBench() {
  const { register } = await import('tsx/esm/api');
  register();
  const { toStudyView } = await import('../src/evidence/study-view.ts');
  const { packRecord } = await import('../src/evidence/record-store.ts');
  const { readRecord } = await import('../src/cli/record-files.ts');
  const { dataDir, readOpenData } = await import('../src/open-data/read-data.ts');
  const { startEvidenceSources } = await import('../src/evidence/evidence-sources.ts');
  const { lookupCitations } = await import('../src/evidence/lookup.ts');
  const root = join(import.meta.dirname, '..');
  const record = packRecord(readRecord().map(toStudyView));
  const open = readOpenData(dataDir(root));
  // What the build emits for the background: the record module and the open-data module.
  const recordModule = `return { entries: JSON.parse(${JSON.stringify(JSON.stringify(record.entries))}), data: ${JSON.stringify(record.data)} };`;
  // The open lists ship as a data file the background reads and parses at start.
  const openJson = JSON.stringify({ retractions: open.retractions, trials: open.trials, manifest: open.manifest });
  const studies = readRecord();
  const rw = open.retractions?.doi.split('\n').map((l) => l.split('\t')[0]) ?? [];
  const ncts = open.trials ? Object.keys(JSON.parse(open.trials.json)) : [];
  // 500 citations: record identifiers, listed retractions, registrations, references without identifiers, unknown ones.
  const citations = [];
  for (let i = 0; citations.length < 500; i++) {
    const s = studies[i % studies.length];
    const key = `k${i}`;
    switch (i % 5) {
      case 0:
        citations.push({ key, ids: s.ids.doi ? { doi: s.ids.doi } : { pmid: s.ids.pmid ?? '1' }, text: '' });
        break;
      case 1:
        citations.push({ key, ids: { doi: rw[(i * 97) % rw.length] }, text: '' });
        break;
      case 2:
        citations.push({ key, ids: { nct: ncts[(i * 13) % ncts.length] }, text: '' });
        break;
      case 3:
        citations.push({
          key,
          ids: {},
          text: 'Smith J, et al. A randomized controlled trial in rabbits. J Test. 2019;1:1-2.',
          reference: {
            surname: 'Smith',
            year: 2019,
            text: 'Smith J, et al. A randomized trial. J Test. 2019;1:1-2.',
            title: 'A randomized controlled trial of cells in rabbits',
          },
        });
        break;
      default:
        citations.push({ key, ids: { pmid: String(40000000 + i) }, text: '' });
    }
  }
  const starts = [];
  const lookups = [];
  const repeats = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    const sources = startEvidenceSources(new Function(recordModule)(), JSON.parse(openJson));
    // The first lookup pays for anything built on first use (the registrations are parsed then).
    lookupCitations(sources, citations.slice(0, 3));
    starts.push(performance.now() - t0);
    const t1 = performance.now();
    const answer = lookupCitations(sources, citations);
    lookups.push(performance.now() - t1);
    if (answer.results.length !== 500) throw new Error('lookup lost citations');
    // The same citations again: every study view is parsed by now, as on a reader's second page.
    const t2 = performance.now();
    lookupCitations(sources, citations);
    repeats.push(performance.now() - t2);
  }
  return {
    startMs: median(starts),
    lookupMs: median(lookups),
    repeatMs: median(repeats),
    distinctStudies: new Set(citations.filter((_, i) => i % 5 === 0).map((c) => c.ids.doi ?? c.ids.pmid)).size,
    bytes: recordModule.length + openJson.length,
    missing: open.missing,
  };
}

function zipSize() {
  const run = spawnSync('npx', ['wxt', 'zip'], { cwd: join(import.meta.dirname, '..'), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`wxt zip failed: ${run.stderr}`);
  const dir = join(import.meta.dirname, '../.output');
  const zip = readdirSync(dir).find((f) => f.endsWith('-chrome.zip'));
  if (!zip) throw new Error('no Chrome zip in .output');
  return statSync(join(dir, zip)).size;
}

/** The content script as the Chrome build ships it (built by the zip step just before). */
function contentScriptSize() {
  return statSync(join(import.meta.dirname, '../.output/chrome-mv3/content-scripts/content.js')).size;
}

const scan = await scanBench();
const rec = await recordBench();
const open = await openDataBench();
const zip = zipSize();
const EXTENSION_RUNS = Math.min(RUNS, 7);
const ext = await extensionBench(join(import.meta.dirname, '../.output/chrome-mv3'), EXTENSION_RUNS);
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
console.log(
  `background start, real record + retraction lists + registrations (${(open.bytes / 1e6).toFixed(1)} MB of modules${open.missing.length ? `; missing: ${open.missing.join(', ')}` : ''}): ${fmt(open.startMs)} ms (target ≤ 150 ms)`,
);
console.log(
  `lookup of 500 citations (record, retractions, registrations, titles, unknown): ${fmt(open.lookupMs)} ms the first time, ${open.distinctStudies} record studies' views parsed on first use; ${fmt(open.repeatMs)} ms again (target ≤ 5 ms)`,
);
console.log(`Chrome zip: ${(zip / 1e6).toFixed(2)} MB (target ≤ 3 MB)`);
console.log(`content script: ${(contentScriptSize() / 1e3).toFixed(1)} KB minified (target ≤ 80 KB)`);
console.log(
  `content script's first evaluation (compile and top-level run) on the ${(ext.hugeBytes / 1e6).toFixed(1)} MB page: ${fmt(median(ext.huge.map((r) => r.evaluationMs)))} ms (median of ${EXTENSION_RUNS}; target ≤ 15 ms)`,
);
console.log(
  `seed clinic post, from the content script's start: first badge ${fmt(median(ext.seed.map((r) => r.toBadgeMs)))} ms, first claim marker ${fmt(median(ext.seed.map((r) => r.toClaimMs)))} ms (claims analysed in the background after the badges; median of ${EXTENSION_RUNS})`,
);
