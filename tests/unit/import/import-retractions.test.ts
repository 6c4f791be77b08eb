import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyNotices } from '../../../src/import/apply-notices';
import { CsvFormatError } from '../../../src/import/csv';
import { ImportError } from '../../../src/import/import-error';
import { importPubmed } from '../../../src/import/import-pubmed';
import { importRetractions } from '../../../src/import/import-retractions';
import {
  parseRetractionWatch,
  RETRACTION_WATCH_COLUMNS,
  RetractionDataError,
  type RetractionNotice,
  readRetractionDate,
} from '../../../src/import/retraction-watch';
import { makeStudy } from '../evidence/study-factory';
import { FIXTURES, readJson, realRecord, snapshot, tempDirs } from './temp-dirs';

const CSV = readFileSync(join(FIXTURES, 'retraction-watch.csv'), 'utf8');
const HEADER = RETRACTION_WATCH_COLUMNS.join(',');

describe('parseRetractionWatch', () => {
  const notices = parseRetractionWatch(CSV, 'retraction-watch.csv');

  it('reads every row: quoted commas, doubled quotes and line breaks, "M/D/YYYY 0:00" dates, "unavailable" and 0 as missing', () => {
    expect(notices.map((n) => [n.line, n.recordId, n.nature, n.date])).toEqual([
      [2, 'EL-1', 'Retraction', '2018-12-03'],
      [3, 'EL-2', 'Retraction', '2024-03-05'],
      [5, 'EL-3', 'Correction', '2015-07-07'],
      [6, 'EL-4', 'Retraction', '2018-10-17'],
      [7, 'EL-5', 'Correction', '2021-10-31'],
      [8, 'EL-6', 'Expression of concern', '2018-11-20'],
      [9, 'EL-7', 'Retraction', '2019-02-15'],
    ]);
    expect(notices[0]).toMatchObject({
      noticeDoi: '10.1172/jci126075',
      noticePmid: null,
      originalDoi: '10.1172/jci63068',
      originalPmid: null,
      urls: ['https://www.jci.org/articles/view/126075'],
    });
    expect(notices[4]).toMatchObject({
      noticeDoi: null,
      noticePmid: null,
      originalDoi: '10.5535/arm.21078',
      originalPmid: '34496470',
    });
  });

  it.each([
    ['12/3/2018 0:00', '2018-12-03'],
    ['3/5/2024', '2024-03-05'],
    ['2015-07-07', '2015-07-07'],
    ['2/30/2019 0:00', 'not a real date'],
    ['March 2024', 'not a date'],
  ])('reads RetractionDate %s → %s', (raw, expected) => {
    const value = readRetractionDate(raw);
    if (value instanceof Error) expect(value.message).toContain(expected);
    else expect(value).toBe(expected);
  });

  it('names every invalid row by line and writes nothing', () => {
    const bad = readFileSync(join(FIXTURES, 'retraction-watch-invalid.csv'), 'utf8');
    const dirs = tempDirs();
    const before = snapshot(dirs.root);
    expect(() => importRetractions(bad, { dirs, source: 'retraction-watch-invalid.csv' })).toThrow(RetractionDataError);
    expect(() => importRetractions(bad, { dirs, source: 'retraction-watch-invalid.csv' })).toThrow(
      'retraction-watch-invalid.csv: 2 invalid rows; nothing written:\n' +
        '  line 3: RetractionDate "3/35/2024 0:00" is not a real date\n' +
        '  line 5: RetractionNature "Withdrawal" is not one of "Retraction", "Expression of concern", "Correction", "Reinstatement"',
    );
    expect(snapshot(dirs.root)).toEqual(before);
  });

  it.each([
    [
      'an unterminated quote',
      `${HEADER}\nEL-1,"Regenerating new heart`,
      CsvFormatError,
      'f.csv: line 2: field 2 opens a quote that is never closed',
    ],
    ['a missing column', 'Record ID,Title\nEL-1,x', RetractionDataError, 'line 1: the header lacks columns "Subject"'],
    ['a short row', `${HEADER}\nEL-1,Title only`, RetractionDataError, 'line 2: 2 fields where the header has 20'],
    [
      'a bad DOI',
      `${HEADER}\n${row({ OriginalPaperDOI: 'jci63068' })}`,
      RetractionDataError,
      'line 2: OriginalPaperDOI "jci63068" is not a DOI',
    ],
    [
      'a bad PubMed id',
      `${HEADER}\n${row({ RetractionPubMedID: '12a' })}`,
      RetractionDataError,
      'line 2: RetractionPubMedID "12a" is not a PubMed id',
    ],
    ['an empty file', '', RetractionDataError, 'the file is empty'],
  ])('rejects %s, naming the line', (_name, text, type, message) => {
    expect(() => parseRetractionWatch(text, 'f.csv')).toThrow(type);
    expect(() => parseRetractionWatch(text, 'f.csv')).toThrow(message);
  });
});

/** One CSV row of the Anversa 2013 retraction, with some columns replaced. */
function row(overrides: Record<string, string>): string {
  const values: Record<string, string> = {
    'Record ID': 'EL-1',
    Title: 'Regenerating new heart with stem cells',
    RetractionDate: '12/3/2018 0:00',
    RetractionDOI: '10.1172/JCI126075',
    RetractionPubMedID: '0',
    OriginalPaperDOI: '10.1172/JCI63068',
    OriginalPaperPubMedID: '0',
    RetractionNature: 'Retraction',
    ...overrides,
  };
  return RETRACTION_WATCH_COLUMNS.map((c) => values[c] ?? '').join(',');
}

describe('import retractions', () => {
  it('updates matching records only, by original DOI or PMID (never by the notice DOI), and reports each change', () => {
    const dirs = tempDirs();
    const report = importRetractions(CSV, { dirs, source: 'retraction-watch.csv' });
    expect(report).toMatchObject({ rows: 7, matchedRows: 4, written: true });
    expect(report.byNature).toEqual({ Retraction: 4, 'Expression of concern': 1, Correction: 2, Reinstatement: 0 });
    const byId = Object.fromEntries(report.updates.map((u) => [u.id, u]));
    expect(Object.keys(byId).sort()).toEqual([
      'anversa2013_jci_regenerating_heart_retracted',
      'baiguera2012_transpl_int_review_retracted',
      'cho2021_ma_msc_tendon_disorders',
      'traverse2012_time_bmc_timing_stemi',
    ]);
    // The notice the curators wrote names the DOI: only the date and the source are added.
    expect(byId.anversa2013_jci_regenerating_heart_retracted?.applied[0]?.changes).toEqual([
      { field: 'status.noticeDate', from: 'null', to: '"2018-12-03"' },
      { field: 'sources.status', from: '', to: '+ https://doi.org/10.1172/jci126075' },
    ]);
    const anversa = readJson(join(dirs.records, 'anversa2013_jci_regenerating_heart_retracted.json'));
    const before = realRecord('anversa2013_jci_regenerating_heart_retracted');
    expect(anversa.status).toEqual({ ...before.status, noticeDate: '2018-12-03' });
    expect(anversa.sources.status).toEqual([...before.sources.status, 'https://doi.org/10.1172/jci126075']);
    expect(readJson(join(dirs.records, 'baiguera2012_transpl_int_review_retracted.json')).status.noticeDate).toBe('2024-03-05');
    // Already named correction: source only. An unidentified correction where one is recorded: nothing.
    expect(byId.traverse2012_time_bmc_timing_stemi?.applied[0]?.changes).toEqual([
      { field: 'sources.status', from: '', to: '+ https://doi.org/10.1001/jama.2015.6074' },
    ]);
    expect(byId.cho2021_ma_msc_tendon_disorders).toMatchObject({ changed: false });
    expect(byId.cho2021_ma_msc_tendon_disorders?.applied[0]?.remarks[0]).toMatch(/already lists a correction/);
    // The NEJM notice's own record (its DOI is the row's RetractionDOI) is not marked retracted.
    expect(readJson(join(dirs.records, 'drazen2018_nejm_retraction_kajstura2011_lung_stem_cells.json'))).toEqual(
      realRecord('drazen2018_nejm_retraction_kajstura2011_lung_stem_cells'),
    );
  });

  it('is idempotent: a second run changes nothing', () => {
    const dirs = tempDirs();
    importRetractions(CSV, { dirs, source: 'retraction-watch.csv' });
    const after = snapshot(dirs.root);
    const again = importRetractions(CSV, { dirs, source: 'retraction-watch.csv' });
    expect(again.updates.every((u) => !u.changed)).toBe(true);
    expect(again.written).toBe(false);
    expect(snapshot(dirs.root)).toEqual(after);
  });

  it('sets the flags, notice and date on a record that did not know of the notice', () => {
    const dirs = tempDirs();
    const path = join(dirs.records, 'baiguera2012_transpl_int_review_retracted.json');
    const study = readJson(path);
    study.status = {
      retracted: false,
      expressionOfConcern: false,
      notice: null,
      noticeDate: null,
      correction: null,
      notes: null,
    };
    delete study.sources.status;
    writeFileSync(path, `${JSON.stringify(study, null, 2)}\n`);
    importRetractions(CSV, { dirs, source: 'retraction-watch.csv' });
    const updated = readJson(path);
    expect(updated.status).toEqual({
      retracted: true,
      expressionOfConcern: false,
      notice: 'Retraction notice doi:10.3389/ti.2024.12843',
      noticeDate: '2024-03-05',
      correction: null,
      notes: null,
    });
    expect(updated.sources.status).toEqual(['https://doi.org/10.3389/ti.2024.12843']);
  });

  it('updates drafts too (a TIME draft imported from PubMed gets the 2015 notice as a source)', () => {
    const dirs = tempDirs(['traverse2012_time_bmc_timing_stemi']);
    importPubmed(readFileSync(join(FIXTURES, 'pubmed-set.xml'), 'utf8'), {
      dirs,
      date: '2026-12-01',
      source: 'x',
      only: new Set(['23129008']),
    });
    const report = importRetractions(CSV, { dirs, source: 'retraction-watch.csv' });
    expect(report.updates.find((u) => u.id === 'traverse2012_effect')).toMatchObject({ draft: true, changed: true });
    expect(readJson(join(dirs.drafts, 'traverse2012_effect.json')).sources.status).toEqual([
      'https://pubmed.ncbi.nlm.nih.gov/23129008/',
      'https://pubmed.ncbi.nlm.nih.gov/26151281/',
      'https://doi.org/10.1001/jama.2015.6074',
    ]);
  });

  it('writes nothing if any matching record cannot be updated validly', () => {
    const dirs = tempDirs();
    const path = join(dirs.records, 'cho2021_ma_msc_tendon_disorders.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"year": 2021', '"year": "2021"'));
    const before = snapshot(dirs.root);
    expect(() => importRetractions(CSV, { dirs, source: 'retraction-watch.csv' })).toThrow(ImportError);
    expect(() => importRetractions(CSV, { dirs, source: 'retraction-watch.csv' })).toThrow(
      /cho2021_ma_msc_tendon_disorders\.json matches line 7 but is not a valid record[\s\S]*year:/,
    );
    expect(snapshot(dirs.root)).toEqual(before);
  });
});

describe('applyNotices', () => {
  const notice = (n: Partial<RetractionNotice>): RetractionNotice => ({
    line: 2,
    recordId: 'EL-6',
    title: 'Cardiomyogenesis in the Developing Heart Is Regulated by C-Kit-Positive Cardiac Stem Cells',
    journal: 'Circulation Research',
    nature: 'Retraction',
    date: '2019-02-15',
    noticeDoi: null,
    noticePmid: null,
    originalDoi: '10.1161/circresaha.111.259507',
    originalPmid: null,
    reason: '',
    urls: [],
    ...n,
  });
  // Ferreira-Martins et al., Circ Res 2012: an expression of concern (2018), then a retraction (2019).
  const eoc = notice({ nature: 'Expression of concern', date: '2018-11-20', noticeDoi: '10.1161/res.0000000000000241' });
  const retraction = notice({ line: 3, recordId: 'EL-7', noticeDoi: '10.1161/res.0000000000000252', noticePmid: '30582467' });
  const paper = makeStudy({
    id: 'ferreiramartins2012_ckit',
    ids: { pmid: null, doi: '10.1161/circresaha.111.259507', pmcid: null, registry: [] },
  });

  it('applies notices oldest first: the concern, then the retraction that supersedes its date', () => {
    const { study, applied } = applyNotices(paper, [retraction, eoc]);
    expect(study.status).toEqual({
      retracted: true,
      expressionOfConcern: true,
      notice: 'Expression of concern doi:10.1161/res.0000000000000241; retraction notice doi:10.1161/res.0000000000000252',
      noticeDate: '2019-02-15',
      correction: null,
      notes: null,
    });
    expect(study.sources.status).toEqual([
      'https://doi.org/10.1161/res.0000000000000241',
      'https://doi.org/10.1161/res.0000000000000252',
    ]);
    expect(applied.map((a) => a.notice.nature)).toEqual(['Expression of concern', 'Retraction']);
    expect(paper.status.retracted).toBe(false); // the input is not changed
  });

  it('a (hypothetical) reinstatement clears the retraction and says so', () => {
    const retracted = applyNotices(paper, [eoc, retraction]).study;
    const { study } = applyNotices(retracted, [
      notice({ nature: 'Reinstatement', date: '2020-01-10', noticeDoi: '10.1161/res.0000000000000300' }),
    ]);
    expect(study.status.retracted).toBe(false);
    expect(study.status.notice).toMatch(/; reinstated doi:10\.1161\/res\.0000000000000300 \(2020-01-10\)$/);
    expect(study.status.noticeDate).toBe('2020-01-10');
  });

  it('adds a correction without an identifier only where the record has none, sourced to the paper', () => {
    const correction = notice({ nature: 'Correction', date: '2021-10-31', recordId: 'EL-5' });
    expect(applyNotices(paper, [correction]).study.status.correction).toBe(
      'Correction (Retraction Watch record EL-5) (2021-10-31)',
    );
    expect(applyNotices(paper, [correction]).study.sources.status).toEqual(['https://doi.org/10.1161/circresaha.111.259507']);
    const corrected = makeStudy({
      ...paper,
      status: { ...paper.status, correction: 'Erratum noted' },
      sources: { status: ['https://example.org/x'] },
    });
    expect(applyNotices(corrected, [correction]).applied[0]?.changes).toEqual([]);
  });
});
