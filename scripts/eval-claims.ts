/**
 * Measures the claims detector on the labelled fixtures in tests/fixtures/claims.
 *
 *   npx tsx scripts/eval-claims.ts [--verbose] [DIR]
 *
 * DIR defaults to tests/fixtures/claims; pass another folder of fixtures in
 * the same format to measure a held-out set.
 * A predicted claim is correct when its sentence, whitespace-normalised,
 * equals a labelled sentence of the same block AND the kinds match. Prints
 * precision and recall per kind and overall, how often the hedge flag agrees
 * on correct efficacy/cure/safety claims, and (with --verbose) every miss and
 * false flag. Exits 1 when overall precision < 0.9 or recall < 0.85.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findClaims } from '../src/claims/find-claims';
import { CLAIM_KINDS, type ClaimKind } from '../src/claims/kinds';

const DEFAULT_DIR = join(import.meta.dirname, '../tests/fixtures/claims');
const MIN_PRECISION = 0.9;
const MIN_RECALL = 0.85;

interface LabelledClaim {
  text: string;
  kind: ClaimKind;
  hedged?: boolean;
}
interface Fixture {
  page: string;
  blocks: { text: string; claims: LabelledClaim[] }[];
}
interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Sets labelled before the kind 'other' was renamed 'social-proof' still load. */
function renamedKinds(fixture: Fixture): Fixture {
  for (const block of fixture.blocks)
    for (const claim of block.claims) if ((claim.kind as string) === 'other') claim.kind = 'social-proof';
  return fixture;
}

function loadFixtures(dir: string): { file: string; fixture: Fixture }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, fixture: renamedKinds(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Fixture) }));
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

function main(): number {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const dir = args.find((a) => !a.startsWith('--')) ?? DEFAULT_DIR;
  const tallies = new Map<ClaimKind, Tally>(CLAIM_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const tallyOf = (kind: ClaimKind): Tally => {
    const t = tallies.get(kind);
    if (!t) throw new Error(`unknown claim kind in fixtures: ${kind}`);
    return t;
  };
  const problems: string[] = [];
  let hedgeAgree = 0;
  let hedgeTotal = 0;
  let pages = 0;
  let blocks = 0;

  for (const { file, fixture } of loadFixtures(dir)) {
    pages++;
    for (const block of fixture.blocks) {
      blocks++;
      const labelled = new Map(block.claims.map((c) => [normalise(c.text), c]));
      const predicted = findClaims(block.text);
      const matched = new Set<string>();
      for (const p of predicted) {
        const key = normalise(p.text);
        const label = labelled.get(key);
        if (label && label.kind === p.kind) {
          tallyOf(p.kind).tp++;
          matched.add(key);
          if (p.kind === 'efficacy' || p.kind === 'cure' || p.kind === 'safety') {
            hedgeTotal++;
            if (p.hedged === (label.hedged ?? false)) hedgeAgree++;
          }
        } else {
          tallyOf(p.kind).fp++;
          problems.push(`${file}: FALSE ${p.kind}${label ? ` (labelled ${label.kind})` : ''}: ${key}`);
        }
      }
      for (const [key, label] of labelled) {
        if (matched.has(key)) continue;
        tallyOf(label.kind).fn++;
        const got = predicted.find((p) => normalise(p.text) === key);
        if (!got) problems.push(`${file}: MISSED ${label.kind}: ${key}`);
      }
    }
  }

  const rows: string[][] = [['kind', 'labelled', 'predicted', 'correct', 'precision', 'recall']];
  const total: Tally = { tp: 0, fp: 0, fn: 0 };
  for (const [kind, t] of tallies) {
    total.tp += t.tp;
    total.fp += t.fp;
    total.fn += t.fn;
    rows.push([
      kind,
      String(t.tp + t.fn),
      String(t.tp + t.fp),
      String(t.tp),
      ratio(t.tp, t.tp + t.fp).toFixed(3),
      ratio(t.tp, t.tp + t.fn).toFixed(3),
    ]);
  }
  const precision = ratio(total.tp, total.tp + total.fp);
  const recall = ratio(total.tp, total.tp + total.fn);
  rows.push([
    'all',
    String(total.tp + total.fn),
    String(total.tp + total.fp),
    String(total.tp),
    precision.toFixed(3),
    recall.toFixed(3),
  ]);

  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  const line = (r: string[]) =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  if (verbose) for (const p of problems) console.log(p);
  console.log(`${pages} pages, ${blocks} blocks`);
  console.log(line(rows[0] ?? []));
  for (const r of rows.slice(1)) console.log(line(r));
  console.log(`hedge flag agrees on ${hedgeAgree} of ${hedgeTotal} correct cure/efficacy/safety claims`);
  console.log(`overall precision: ${precision.toFixed(3)}`);
  console.log(`overall recall: ${recall.toFixed(3)}`);
  return precision < MIN_PRECISION || recall < MIN_RECALL ? 1 : 0;
}

process.exitCode = main();
