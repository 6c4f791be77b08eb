/**
 * Measures the whole engine on labelled pages shaped like real ones: which
 * citations it finds and how many it can tell something about, how many
 * author-year references it finds, and which claims it marks.
 *
 *   npx tsx scripts/eval-pages.ts [--verbose] [--json] DIR…
 *
 * Each page is `<name>.html` with `<name>.labels.json` (format in
 * tests/fixtures/pages-heldout/README.md). Claims are compared as distinct
 * sentences: a marked sentence matches a labelled one when, lower-cased with
 * spaces collapsed, one holds the other and the shorter is at least 60 % of
 * the longer (sentence splitting may differ by a clause).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type ScanReport, scanHtml } from '../src/cli/scan-file';
import { evidenceSourcesFromDisk } from '../src/cli/evidence-from-disk';

interface LabelledCitation {
  ids?: Record<string, string>;
  reference?: { surname: string | null; year: number | null; title?: string };
  mention?: string;
  refersTo?: number;
}
interface Labels {
  page: string;
  pageKind: string;
  claims: { text: string; kind: string }[];
  pitch?: string[];
  citations: LabelledCitation[];
}

export interface PageScore {
  page: string;
  citations: { labelled: number; found: number; told: number; falseFound: number };
  authorYear: { labelled: number; found: number };
  claims: { labelled: number; marked: number; correct: number; missed: string[]; extra: string[] };
}

const norm = (t: string) =>
  t
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'(]+|[\s"'.)!?]+$/g, '')
    .trim();

/** Whether two sentences are the same claim (one holds the other, the shorter at least 60 % of the longer). */
export function sameSentence(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 0.6 * long.length && long.includes(short);
}

function idsOverlap(a: Record<string, string> = {}, b: Record<string, string> = {}): boolean {
  return Object.entries(a).some(([k, v]) => b[k]?.toLowerCase() === v.toLowerCase());
}

type Entry = ScanReport['citations'][number];

function matchesLabel(found: Entry, label: LabelledCitation): boolean {
  if (label.ids && idsOverlap(label.ids, found.ids as Record<string, string>)) return true;
  const ref = label.reference;
  if (ref?.surname && found.reference) {
    return found.reference.surname.toLowerCase() === ref.surname.toLowerCase() && found.reference.year === ref.year;
  }
  return false;
}

export function scorePage(report: ScanReport, labels: Labels, marked: string[]): PageScore {
  const entryLabels = labels.citations.map((c, i) => ({ c, i })).filter(({ c }) => !c.mention);
  const entries = report.citations.filter((c) => c.sameAs === undefined);
  // Identifiers decide first; a reference's surname and year match only a label not already taken.
  const taken = new Set<number>();
  const labelOfEntry = entries.map((e) => {
    const byIds = entryLabels.find(({ c }) => c.ids && idsOverlap(c.ids, e.ids as Record<string, string>));
    const hit = byIds ?? entryLabels.find(({ c, i }) => !taken.has(i) && matchesLabel(e, c));
    if (hit) taken.add(hit.i);
    return hit?.i ?? null;
  });
  const foundLabels = new Set(labelOfEntry.filter((i): i is number => i !== null));
  const told = new Set<number>();
  for (const [k, e] of entries.entries()) {
    const i = labelOfEntry[k];
    if (i !== null && i !== undefined && e.answer.basis !== 'none') told.add(i);
  }
  // Author-year references: entries without identifiers, and in-text citations with a year.
  const authorYear = labels.citations
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => (c.reference && !c.ids) || (c.mention && /\b(?:19|20)\d\d\b/.test(c.mention)));
  const linked = new Set<number>();
  for (const c of report.citations) {
    if (c.sameAs === undefined) continue;
    const target = report.citations[c.sameAs];
    const i = target ? labelOfEntry[entries.indexOf(target)] : null;
    if (i === null || i === undefined) continue;
    for (const [j, l] of labels.citations.entries()) {
      if (l.mention && l.refersTo === i && c.reference && l.mention.includes(c.reference.surname)) linked.add(j);
    }
  }
  // An in-text citation counts as found when a citation of that surname and year was found (linked to its entry or not).
  const cited = (mention: string) =>
    report.citations.some(
      (c) => c.reference && mention.includes(c.reference.surname) && mention.includes(String(c.reference.year)),
    );
  const authorYearFound = authorYear.filter(({ c, i }) =>
    c.mention ? linked.has(i) || cited(c.mention) : foundLabels.has(i),
  ).length;
  const wanted = labels.claims.map((c) => c.text);
  const correct = marked.filter((m) => wanted.some((w) => sameSentence(m, w)));
  return {
    page: labels.page,
    citations: {
      labelled: entryLabels.length,
      found: foundLabels.size,
      told: told.size,
      falseFound: labelOfEntry.filter((i) => i === null).length,
    },
    authorYear: { labelled: authorYear.length, found: authorYearFound },
    claims: {
      labelled: wanted.length,
      marked: marked.length,
      correct: correct.length,
      missed: wanted.filter((w) => !marked.some((m) => sameSentence(m, w))),
      extra: marked.filter((m) => !wanted.some((w) => sameSentence(m, w))),
    },
  };
}

/** The distinct sentences the extension marks by default (a marker shown without "mark every claim"). */
export function markedClaims(report: ScanReport): string[] {
  const out: string[] = [];
  for (const c of report.claims) {
    if (c.note === null) continue;
    if (!out.some((m) => norm(m) === norm(c.text))) out.push(c.text);
  }
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const dirs = args.filter((a) => !a.startsWith('--'));
  if (!dirs.length) {
    console.error('usage: npx tsx scripts/eval-pages.ts [--verbose] DIR…');
    process.exit(2);
  }
  const sources = evidenceSourcesFromDisk((line) => console.error(line));
  for (const dir of dirs) {
    const scores: PageScore[] = [];
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.labels.json'))
      .sort()) {
      const name = file.replace(/\.labels\.json$/, '');
      const labels = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Labels;
      const html = readFileSync(join(dir, `${name}.html`), 'utf8');
      const report = scanHtml(`${name}.html`, html, sources);
      const score = scorePage(report, labels, markedClaims(report));
      scores.push(score);
      if (verbose) {
        const c = score.claims;
        console.log(`\n${name}: claims ${c.correct}/${c.marked} marked correct, ${c.labelled} labelled`);
        for (const m of c.missed) console.log(`   missed: ${m}`);
        for (const e of c.extra) console.log(`   extra:  ${e}`);
        const t = score.citations;
        console.log(`   citations: ${t.found}/${t.labelled} found, ${t.told} told something, ${t.falseFound} not labelled`);
      }
    }
    const sum = (f: (s: PageScore) => number) => scores.reduce((a, s) => a + f(s), 0);
    const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : 'n/a');
    const labelled = sum((s) => s.claims.labelled);
    const marked = sum((s) => s.claims.marked);
    const correct = sum((s) => s.claims.correct);
    const found = sum((s) => s.citations.found);
    console.log(`\n${basename(dir)}: ${scores.length} pages`);
    console.log(
      `  claims: ${marked} marked, ${correct} correct, ${labelled} labelled: precision ${ratio(correct, marked)}, recall ${ratio(
        sum((s) => s.claims.labelled - s.claims.missed.length),
        labelled,
      )}`,
    );
    console.log(
      `  citations: ${found} of ${sum((s) => s.citations.labelled)} found (${sum((s) => s.citations.falseFound)} found that no label names); told something: ${sum((s) => s.citations.told)} of ${found} found (${ratio(
        sum((s) => s.citations.told),
        found,
      )})`,
    );
    console.log(
      `  author-year references: ${sum((s) => s.authorYear.found)} of ${sum((s) => s.authorYear.labelled)} found (${ratio(
        sum((s) => s.authorYear.found),
        sum((s) => s.authorYear.labelled),
      )})`,
    );
  }
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) main();
