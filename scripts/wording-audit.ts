/**
 * What the card and the notes say about every study of the record: its badge
 * label, tier, design sentence and the note an efficacy claim citing it alone
 * would get. Compare two versions of the wording rules:
 *
 *   npx tsx scripts/wording-audit.ts --write before.json     (on the old rules)
 *   npx tsx scripts/wording-audit.ts --against before.json   (prints every record whose wording changed)
 *
 * The invariants themselves are checked by tests/unit/evidence/wording-audit.test.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { claimNote } from '../src/claims/claim-note';
import { readRecord } from '../src/cli/record-files';
import { toStudyView } from '../src/evidence/study-view';

export interface Wording {
  label: string;
  tier: string;
  sentence: string;
  efficacyNote: string | null;
}

export function recordWording(): Record<string, Wording> {
  const out: Record<string, Wording> = {};
  for (const study of readRecord()) {
    const view = toStudyView(study);
    out[study.id] = {
      label: view.label,
      tier: view.level.tier,
      sentence: view.sentence,
      efficacyNote: claimNote({ kind: 'efficacy', hedged: false, text: 'Stem cells repair your joint.' }, [view]),
    };
  }
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const now = recordWording();
  const write = args.indexOf('--write');
  if (write >= 0) {
    writeFileSync(args[write + 1] as string, `${JSON.stringify(now, null, 2)}\n`);
    console.log(`${Object.keys(now).length} records written`);
    return;
  }
  const against = args.indexOf('--against');
  if (against < 0) {
    console.error('usage: npx tsx scripts/wording-audit.ts --write FILE | --against FILE');
    process.exit(2);
  }
  const before = JSON.parse(readFileSync(args[against + 1] as string, 'utf8')) as Record<string, Wording>;
  let changed = 0;
  for (const [id, w] of Object.entries(now)) {
    const b = before[id];
    if (!b) {
      console.log(
        `\n${id} (new)\n  label:  ${w.label}\n  tier:   ${w.tier}\n  sentence: ${w.sentence}\n  note:   ${w.efficacyNote}`,
      );
      changed++;
      continue;
    }
    const diffs = (Object.keys(w) as (keyof Wording)[]).filter((k) => w[k] !== b[k]);
    if (!diffs.length) continue;
    changed++;
    console.log(`\n${id}`);
    for (const k of diffs) console.log(`  ${k}:\n    was: ${b[k]}\n    now: ${w[k]}`);
  }
  console.log(`\n${changed} of ${Object.keys(now).length} records changed`);
}

if (process.argv[1]?.endsWith('wording-audit.ts')) main();
