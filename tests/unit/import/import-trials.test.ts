import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Study } from '../../../src/evidence/schema';
import { parseRecordFile } from '../../../src/evidence/load';
import { importCommand } from '../../../src/import/commands';
import { ImportError } from '../../../src/import/import-error';
import { importTrials, samePhase } from '../../../src/import/import-trials';
import { dataDir } from '../../../src/open-data/read-data';
import { makeStudy, n } from '../evidence/study-factory';
import { captureIo, emptyDirs, readJson, ROOT, snapshot } from './temp-dirs';

/**
 * The real export of exosome trials (18 rows, December 2021), read where the
 * build reads it. Its rows used here: NCT04493242 Phase 2, 120 enrolled;
 * NCT03437759 Early Phase 1, 44; NCT02138331 Phase 2|Phase 3, 20;
 * NCT04276987 Phase 1, 24; NCT04213248 Phase 1|Phase 2, 27; NCT03608631
 * Phase 1, 28; NCT04313647 Phase 1, 24; NCT05060107 Phase 1, 10.
 */
const EXPORT = join(dataDir(ROOT), 'trials/clinicalMesenchymalExosome.csv');
const DATE = '2026-12-08';

const PAPER = ['https://example.org/paper'];
/** A valid trial record (registry and type sourced to a paper) naming `nct`. */
const trial = (id: string, nct: string[], overrides: Partial<Study> = {}) =>
  makeStudy({
    id,
    publicationType: 'single-arm-trial',
    ...overrides,
    ids: { pmid: null, doi: null, pmcid: null, registry: nct },
    sources: { 'ids.registry': PAPER, publicationType: PAPER, ...overrides.sources },
  });
const STUDIES: Study[] = [
  trial('empty_rct', ['NCT04493242'], { publicationType: 'rct' }),
  trial('early_phase', ['NCT03437759']),
  trial('differs', ['NCT02138331'], {
    phase: '3',
    n: n(18),
    sources: { phase: PAPER, n: PAPER },
  }),
  trial('agrees', ['NCT04276987'], {
    phase: '1b',
    n: n(24),
    sources: { phase: PAPER, n: PAPER },
    verification: { level: 'verified', date: '2026-11-30', missingCoreFields: [], notes: 'Checked against the paper.' },
  }),
  trial('case_report', ['NCT04213248'], { publicationType: 'case-report' }),
  trial('pooled', ['NCT03608631', 'NCT04313647']),
  trial('more_treated', ['NCT05060107'], { n: n(null, 12), sources: { n: PAPER } }),
  trial('unregistered', ['NCT00000000']),
];

function setUp() {
  const dirs = emptyDirs();
  for (const s of STUDIES) writeFileSync(join(dirs.records, `${s.id}.json`), `${JSON.stringify(s, null, 2)}\n`);
  return dirs;
}

describe('import trials', () => {
  it('fills only empty phase and enrollment of trials, sourced to the registration, and notes it in the verification', () => {
    const dirs = setUp();
    const report = importTrials([EXPORT], { dirs, date: DATE });
    expect(report.exports).toEqual([{ source: EXPORT, rows: 18 }]);
    expect(report.written).toBe(true);
    const byId = Object.fromEntries(report.matches.map((m) => [m.id, m]));
    expect(Object.keys(byId).sort()).toEqual([
      'agrees',
      'case_report',
      'differs',
      'early_phase',
      'empty_rct',
      'more_treated',
      'pooled',
    ]);

    expect(byId.empty_rct?.fills).toEqual([
      { field: 'phase', value: '2' },
      { field: 'n.enrolled', value: 120 },
    ]);
    const filled = readJson(join(dirs.records, 'empty_rct.json'));
    expect(filled.phase).toBe('2');
    expect(filled.n).toEqual(n(120));
    expect(filled.sources).toEqual({
      'ids.registry': PAPER,
      publicationType: PAPER,
      phase: ['https://clinicaltrials.gov/study/NCT04493242'],
      n: ['https://clinicaltrials.gov/study/NCT04493242'],
    });
    expect(filled.verification.notes).toBe(
      `Filled from ClinicalTrials.gov NCT04493242, as registered, December 2021 (import trials, ${DATE}): ` +
        'phase 2; n.enrolled 120 (the export does not say whether actual or planned).',
    );
    expect(
      'study' in parseRecordFile({ name: 'empty_rct.json', text: readFileSync(join(dirs.records, 'empty_rct.json'), 'utf8') }),
    ).toBe(true);

    // "Early Phase 1" does not fit the record's phase; the enrollment still does.
    expect(byId.early_phase).toMatchObject({ fills: [{ field: 'n.enrolled', value: 44 }], conflicts: [] });
    expect(byId.early_phase?.notes).toEqual([
      expect.stringMatching(/^phase: registered as "early 1", which the record's phase field cannot hold/),
    ]);
    expect(readJson(join(dirs.records, 'early_phase.json')).phase).toBeNull();

    // Filled values are never overwritten; differences are listed.
    expect(byId.differs).toMatchObject({
      fills: [],
      conflicts: [
        { field: 'phase', record: '"3"', registered: '"2/3"' },
        { field: 'n.enrolled', record: '18', registered: '20' },
      ],
    });
    expect(byId.agrees).toMatchObject({ fills: [], conflicts: [], agreements: ['phase', 'n.enrolled'] });
    // More treated than the registration enrolled: it counts something else; the phase still fits.
    expect(byId.more_treated).toMatchObject({
      fills: [{ field: 'phase', value: '1' }],
      conflicts: [{ field: 'n.enrolled', record: 'empty, but treated 12', registered: '10' }],
    });
    expect(readJson(join(dirs.records, 'more_treated.json')).n).toEqual(n(null, 12));
    expect(byId.case_report).toMatchObject({
      fills: [],
      notes: [expect.stringContaining('a case-report, not the trial itself')],
    });
    expect(byId.pooled).toMatchObject({ fills: [], notes: [expect.stringContaining('names 2 registrations')] });
    for (const id of ['differs', 'agrees', 'case_report', 'pooled', 'unregistered']) {
      const before = STUDIES.find((s) => s.id === id);
      expect(readJson(join(dirs.records, `${id}.json`))).toEqual(before);
    }
  });

  it('writes nothing on a dry run, and a second run finds nothing left to fill', () => {
    const dirs = setUp();
    const before = snapshot(dirs.root);
    const dry = importTrials([EXPORT], { dirs, date: DATE, dryRun: true });
    expect(dry.written).toBe(false);
    expect(dry.matches.flatMap((m) => m.fills)).toHaveLength(4);
    expect(snapshot(dirs.root)).toEqual(before);

    importTrials([EXPORT], { dirs, date: DATE });
    const again = importTrials([EXPORT], { dirs, date: DATE });
    expect(again.matches.flatMap((m) => m.fills)).toEqual([]);
    expect(again.written).toBe(false);
    expect(again.matches.find((m) => m.id === 'empty_rct')?.agreements).toEqual(['phase', 'n.enrolled']);
  });

  it('prints what it fills, the conflicts and a summary', () => {
    const dirs = setUp();
    const io = captureIo();
    expect(importCommand(['trials', '--dry-run', EXPORT], io, { dirs, date: DATE })).toBe(0);
    expect(io.stdout[0]).toBe(`${EXPORT}: 18 registrations`);
    expect(io.stdout).toContain('      would fill phase: 2 (source https://clinicaltrials.gov/study/NCT04493242)');
    expect(io.stdout).toContain('      conflict phase: record "3" vs registered "2/3"; left as it is');
    expect(io.stdout.at(-1)).toBe('7 records matched; would fill 4 fields in 3 records; 3 conflicts (dry run: nothing written).');
  });

  it('writes nothing when a record that names a registration is invalid, and names the record', () => {
    const dirs = setUp();
    const path = join(dirs.records, 'empty_rct.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"year": null', '"year": "2020"'));
    const before = snapshot(dirs.root);
    expect(() => importTrials([EXPORT], { dirs, date: DATE })).toThrow(ImportError);
    expect(() => importTrials([EXPORT], { dirs, date: DATE })).toThrow(
      /empty_rct\.json names NCT04493242 but is not a valid record[\s\S]*year:/,
    );
    expect(snapshot(dirs.root)).toEqual(before);
  });

  it('names the file and line of a malformed export, and a file that is not an export', () => {
    const dirs = setUp();
    const header = readFileSync(EXPORT, 'utf8').split('\r\n')[0] as string;
    const bad = join(dirs.root, 'bad.csv');
    writeFileSync(bad, `${header}\r\n1,"NCT04493242","a title with "quotes" inside"\r\n`);
    expect(() => importTrials([bad], { dirs, date: DATE })).toThrow(new RegExp(`^${bad}: line 2: `));
    const other = join(dirs.root, 'other.csv');
    writeFileSync(other, 'Record ID,Title\r\n1,x\r\n');
    const io = captureIo();
    expect(importCommand(['trials', other], io, { dirs, date: DATE })).toBe(1);
    expect(io.stderr).toEqual([`evidence-lens: ${other}: no "NCT Number" column (is this a ClinicalTrials.gov search export?)`]);
  });

  it('refuses --pmid and a missing file name', () => {
    const io = captureIo();
    expect(importCommand(['trials', '--dry-run'], io, { dirs: emptyDirs(), date: DATE })).toBe(2);
    expect(importCommand(['trials', '--pmid', '1', EXPORT], io, { dirs: emptyDirs(), date: DATE })).toBe(2);
    expect(io.stderr.map((l) => l.split('\n')[0])).toEqual([
      'evidence-lens: import trials: name at least one export (FILE.csv…)',
      'evidence-lens: --pmid is for import pubmed',
    ]);
  });

  it.each([
    ['2', '2', true],
    ['2b', '2', true],
    ['1/2a', '1/2', true],
    ['1-2', '1/2', true],
    ['1/2, 2a', '2', true],
    ['2a', '1/2', false],
    ['3', '2/3', false],
  ])('record phase %s and registered %s agree: %s', (record, registered, same) => {
    expect(samePhase(record, registered)).toBe(same);
  });
});
