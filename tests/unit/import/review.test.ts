import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { parseRecordFile } from '../../../src/evidence/load';
import { importCommand, reviewCommand } from '../../../src/import/commands';
import { acceptDraft, listReview } from '../../../src/import/review';
import { captureIo, FIXTURES, readJson, ROOT, snapshot, tempDirs } from './temp-dirs';

const SET = join(FIXTURES, 'pubmed-set.xml');
const DATE = '2026-12-01';

/** A temp record without STEMS and Kuriyan 2017, and the fixture imported into it. */
function imported() {
  const dirs = tempDirs(['genchi2023_stems', 'kuriyan2017_vision_loss_clinic_adipose_cells']);
  const io = captureIo();
  expect(importCommand(['pubmed', SET], io, { dirs, date: DATE })).toBe(0);
  return { dirs, io };
}

describe('review', () => {
  it('lists drafts with their badge and what awaits review, and the pending changes to curated records', () => {
    const { dirs } = imported();
    const { drafts, changes } = listReview(dirs);
    expect(drafts.map((d) => [d.file.study?.id, d.label])).toEqual([
      // PubMed's "Clinical Trial, Phase I" does not settle the type (the reviewer must); the badge says what is known.
      ['genchi2023_neural', 'Phase 1 · not blinded · 12 people'],
      ['kuriyan2017_vision', 'Case report · 3 people'],
    ]);
    expect(drafts[0]?.awaiting).toContain('ids.registry');
    expect(changes.map((c) => c.change?.record)).toEqual([
      'dawson2020_duke_asd_cordblood_phase2',
      'macchiarini2008_airway_lancet_retracted',
    ]);
    const io = captureIo();
    expect(reviewCommand([], io, { dirs, date: DATE })).toBe(0);
    const out = io.stdout.join('\n');
    expect(out).toContain('Drafts awaiting review: 2');
    expect(out).toContain('valid: yes — accept with: npx evidence-lens review --accept genchi2023_neural');
    expect(out).toContain('      pages: "164-173" vs "164-173.e5"');
  });

  it('--accept validates the draft, moves it into the record and marks it reviewed', () => {
    const { dirs } = imported();
    const io = captureIo();
    expect(reviewCommand(['--accept', 'kuriyan2017_vision'], io, { dirs, date: '2026-12-05' })).toBe(0);
    expect(existsSync(join(dirs.drafts, 'kuriyan2017_vision.json'))).toBe(false);
    const text = readFileSync(join(dirs.records, 'kuriyan2017_vision.json'), 'utf8');
    expect(parseRecordFile({ name: 'kuriyan2017_vision.json', text })).toHaveProperty('study');
    const study = JSON.parse(text);
    expect(study.verification.date).toBe('2026-12-05');
    expect(study.verification.notes).toMatch(
      /^Imported from PubMed XML; extracted automatically, reviewed 2026-12-05: ids\.pmid, ids\.doi, title, authors, journal/,
    );
    expect(io.stdout[0]).toMatch(
      /^Accepted kuriyan2017_vision: .*drafts\/kuriyan2017_vision\.json → .*records\/kuriyan2017_vision\.json/,
    );
  });

  it.each([
    [
      'an invalid draft',
      (d: string) =>
        writeFileSync(
          join(d, 'genchi2023_neural.json'),
          readFileSync(join(d, 'genchi2023_neural.json'), 'utf8').replace('"phase": "1"', '"phase": "one"'),
        ),
      'genchi2023_neural',
      /genchi2023_neural\.json is not a valid record; fix it and run review --accept again:\n.*phase: a phase like "1"/,
    ],
    [
      'a missing draft',
      () => {},
      'nobody2020_x',
      /no draft "nobody2020_x" in .* \(drafts: genchi2023_neural, kuriyan2017_vision\)/,
    ],
    ['a path instead of an id', () => {}, '../records/x', /"\.\.\/records\/x" is not a record id/],
    [
      'a curated record with pending changes',
      () => {},
      'dawson2020_duke_asd_cordblood_phase2',
      /is a curated record with pending PubMed differences, not a draft/,
    ],
  ])('--accept refuses %s with a clear error and moves nothing', (_name, spoil, id, message) => {
    const { dirs } = imported();
    spoil(dirs.drafts);
    const before = snapshot(dirs.root);
    const io = captureIo();
    expect(reviewCommand(['--accept', id], io, { dirs, date: DATE })).toBe(1);
    expect(io.stderr.join('\n')).toMatch(message);
    expect(snapshot(dirs.root)).toEqual(before);
  });

  it('--accept refuses a draft whose identifiers another record already claims', () => {
    const { dirs } = imported();
    const other = readJson(join(dirs.drafts, 'kuriyan2017_vision.json'));
    other.id = 'kuriyan2017_copy';
    writeFileSync(join(dirs.records, 'kuriyan2017_copy.json'), `${JSON.stringify(other, null, 2)}\n`);
    expect(() => acceptDraft('kuriyan2017_vision', dirs, DATE)).toThrow(
      /does not fit the record:\n.*ids: pmid:28296617 is also claimed by/,
    );
    expect(existsSync(join(dirs.drafts, 'kuriyan2017_vision.json'))).toBe(true);
  });

  it('--dismiss drops a pending change once a person has dealt with it', () => {
    const { dirs } = imported();
    const io = captureIo();
    expect(reviewCommand(['--dismiss', 'macchiarini2008_airway_lancet_retracted'], io, { dirs, date: DATE })).toBe(0);
    expect(listReview(dirs).changes.map((c) => c.change?.record)).toEqual(['dawson2020_duke_asd_cordblood_phase2']);
  });
});

describe('the evidence-lens command (real folders, read only; the first case through bin/, the others through main)', () => {
  const cli = (args: string[]) =>
    spawnSync('node', [join(ROOT, 'bin/evidence-lens.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' });

  it('import pubmed --dry-run compares the fixture with the real record and writes nothing', () => {
    const result = cli(['import', 'pubmed', '--dry-run', 'tests/fixtures/import/pubmed-set.xml']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'in the record: genchi2023_stems (PMID 36624312, src/evidence/records/genchi2023_stems.json): agrees with PubMed',
    );
    expect(result.stdout).toMatch(/Would write 0 drafts and \d+ pending changes? \(dry run: nothing written\)/);
  });

  it.each([
    [['import'], 2, 'import what? pubmed, retractions or trials'],
    [['import', 'pubmed'], 2, 'import pubmed: name exactly one file'],
    [
      ['import', 'retractions', '--dry-run', 'tests/fixtures/import/retraction-watch-invalid.csv'],
      1,
      'line 3: RetractionDate "3/35/2024 0:00" is not a real date',
    ],
    [['import', 'pubmed', 'tests/fixtures/import/pubmed-malformed.xml'], 1, 'malformed XML at line 56'],
    [['import', 'pubmed', 'no/such/file.xml'], 1, 'ENOENT'],
    [['review', '--accept'], 2, '--accept needs a value'],
  ])('%j exits %i with a clear message', async (args, status, message) => {
    const io = captureIo();
    expect(await main(args, io)).toBe(status);
    expect(io.stderr.join('\n')).toContain(message);
  });
});

describe('review --fill-ids', () => {
  /** A temp record whose STEMS record lacks its PMID and PMCID (as many records do), with the fixture imported. */
  function withoutIds() {
    const dirs = tempDirs(['kuriyan2017_vision_loss_clinic_adipose_cells']);
    const path = join(dirs.records, 'genchi2023_stems.json');
    const study = readJson(path);
    study.ids.pmid = null;
    study.ids.pmcid = null;
    for (const key of Object.keys(study.sources)) if (key === 'ids.pmid' || key === 'ids.pmcid') delete study.sources[key];
    writeFileSync(path, `${JSON.stringify(study, null, 2)}\n`);
    expect(importCommand(['pubmed', SET], captureIo(), { dirs, date: DATE })).toBe(0);
    return { dirs, path };
  }

  it('fills the PMID and PMCID a record lacks from PubMed, with the PubMed page as their source', () => {
    const { dirs, path } = withoutIds();
    const io = captureIo();
    expect(reviewCommand(['--fill-ids'], io, { dirs, date: '2026-12-07' })).toBe(0);
    const study = readJson(path);
    expect(study.ids.pmid).toBe('36624312');
    expect(study.ids.pmcid).toBe('PMC9873560');
    expect(study.sources['ids.pmid']).toEqual(['https://pubmed.ncbi.nlm.nih.gov/36624312/']);
    expect(study.sources['ids.pmcid']).toEqual(['https://pubmed.ncbi.nlm.nih.gov/36624312/']);
    expect(study.verification.notes).toMatch(
      /PMID 36624312 and PMCID PMC9873560 filled 2026-12-07 from PubMed's record \(https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/36624312\/, matched by DOI 10\.1038\/s41591-022-02097-3; import of .*pubmed-set\.xml\)\.$/,
    );
    expect(parseRecordFile({ name: 'genchi2023_stems.json', text: readFileSync(path, 'utf8') })).toHaveProperty('study');
    expect(io.stdout.join('\n')).toContain('genchi2023_stems: ids.pmid 36624312, ids.pmcid PMC9873560');
    // The identifiers are no longer pending; other differences, if any, still are.
    const pending = listReview(dirs).changes.find((c) => c.change?.record === 'genchi2023_stems')?.change;
    expect(pending?.differences.map((d) => d.field) ?? []).not.toContain('ids.pmid');
    // A second run has nothing left to fill.
    const again = captureIo();
    expect(reviewCommand(['--fill-ids'], again, { dirs, date: '2026-12-07' })).toBe(0);
    expect(again.stdout.at(-1)).toBe('Filled identifiers in 0 records.');
  });

  it('--dry-run reports the fills and writes nothing', () => {
    const { dirs } = withoutIds();
    const before = snapshot(dirs.root);
    const io = captureIo();
    expect(reviewCommand(['--fill-ids', '--dry-run'], io, { dirs, date: DATE })).toBe(0);
    expect(io.stdout.at(-1)).toBe('Would fill identifiers in 1 record (dry run: nothing written).');
    expect(snapshot(dirs.root)).toEqual(before);
  });

  it('leaves a record whose DOI disagrees with PubMed for a person', () => {
    const { dirs, path } = withoutIds();
    // A pending change that also says the DOIs differ (as when a record was matched by its PMCID).
    const changeFile = join(dirs.records, '..', 'drafts', 'changes', 'genchi2023_stems.json');
    const change = readJson(changeFile);
    change.differences.push({ field: 'ids.doi', record: '"10.1038/s41591-022-99999-9"', pubmed: '"10.1038/s41591-022-02097-3"' });
    writeFileSync(changeFile, JSON.stringify(change));
    const io = captureIo();
    expect(reviewCommand(['--fill-ids'], io, { dirs, date: DATE })).toBe(0);
    expect(readJson(path).ids.pmid).toBeNull();
    expect(io.stdout.join('\n')).toContain("skipped genchi2023_stems: its DOI differs from PubMed's; check by hand");
  });
});
