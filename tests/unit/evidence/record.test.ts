import { describe, expect, it } from 'vitest';
import { readRecord, readRecordFiles } from '../../../src/cli/record-files';
import { isJournalArticle } from '../../../src/evidence/derive';
import { EvidenceIndex } from '../../../src/evidence/evidence-index';
import { loadRecord, parseRecordFile, RecordError } from '../../../src/evidence/load';
import { toStudyView } from '../../../src/evidence/study-view';
import { makeStudy } from './study-factory';

const studies = readRecord();

describe('the bundled record', () => {
  it('is valid: every file parses, ids and identifiers are unique, later-evidence links resolve', () => {
    expect(() => loadRecord(readRecordFiles())).not.toThrow();
  });

  it('holds at least 300 studies', () => {
    expect(studies.length).toBeGreaterThanOrEqual(300);
  });

  it('gives every filled fact a source URL', () => {
    for (const s of studies) {
      if (s.ids.pmid) expect(s.sources['ids.pmid'], s.id).toBeTruthy();
      if (s.keyResult) expect(s.sources.keyResult, s.id).toBeTruthy();
      if (s.phase) expect(s.sources.phase, s.id).toBeTruthy();
    }
  });

  it('has the STEMS trial exactly as published', () => {
    const stems = studies.find((s) => s.id === 'genchi2023_stems');
    expect(stems).toMatchObject({
      ids: {
        pmid: '36624312',
        pmcid: 'PMC9873560',
        doi: '10.1038/s41591-022-02097-3',
        registry: ['NCT03269071', 'EudraCT 2016-002020-86'],
      },
      authors: ['Genchi A'],
      journal: { name: 'Nature Medicine', abbrev: 'Nat Med' },
      year: 2023,
      volume: '29',
      issue: '1',
      pages: '75-85',
      publicationType: 'single-arm-trial',
      phase: '1',
      randomized: false,
      control: 'none',
      blinding: 'open-label',
      n: { treated: 12, analysed: 12 },
      primaryEndpoint: { met: true },
      followUp: expect.stringContaining('2 years'),
      intervention: { route: expect.stringContaining('intrathecal'), cellType: expect.stringContaining('neural precursor') },
    });
    const view = toStudyView(stems as NonNullable<typeof stems>);
    expect(view.label).toBe('Phase 1 · no control · 12 people');
    expect(view.sentence).toContain('cannot show whether the treatment works');
  });

  it('reports how many journal articles carry their PMID (snapshot of coverage)', () => {
    const articles = studies.filter(isJournalArticle);
    const withPmid = articles.filter((s) => s.ids.pmid).length;
    // The target is 80 %; this pins today's figure so a change is noticed (raise it as PMIDs are added).
    expect(withPmid / articles.length).toBeGreaterThanOrEqual(0.64);
  });
});

describe('an invalid record fails naming file, field and reason', () => {
  const file = (data: unknown, name = 'src/evidence/records/test_study.json') => ({ name, text: JSON.stringify(data) });

  it.each([
    [{ ...makeStudy(), publicationType: 'anecdote' }, 'publicationType'],
    [{ ...makeStudy(), ids: { pmid: 'PMID 123', doi: null, pmcid: null, registry: [] } }, 'ids.pmid'],
    [{ ...makeStudy(), ids: { pmid: null, doi: '10.1038/ABC', doi2: 1, pmcid: null, registry: [] } }, 'ids'],
    [{ ...makeStudy(), phase: 'early' }, 'phase'],
    [{ ...makeStudy(), n: { enrolled: -3, treated: null, analysed: null, note: null } }, 'n.enrolled'],
    [{ ...makeStudy(), limitations: [{ text: 'small', where: 'press release', detail: null }] }, 'limitations.0.where'],
    [{ ...makeStudy(), year: 2023 }, 'year'],
    [{ ...makeStudy(), phase: '1' }, 'phase'],
  ])('%#: problem in %s', (data, field) => {
    const result = parseRecordFile(file(data));
    expect('problems' in result).toBe(true);
    if ('problems' in result) {
      expect(result.problems[0]?.file).toBe('src/evidence/records/test_study.json');
      expect(result.problems.map((p) => p.field)).toContain(field);
      expect(result.problems[0]?.reason.length).toBeGreaterThan(3);
    }
  });

  it('says which file is not JSON', () => {
    const result = parseRecordFile({ name: 'src/evidence/records/broken.json', text: '{"id": ' });
    expect(result).toEqual({
      problems: [expect.objectContaining({ file: 'src/evidence/records/broken.json', field: '(file)' })],
    });
  });

  it('refuses an identifier claimed by two studies, listing every problem at once', () => {
    const a = makeStudy({
      id: 'a',
      ids: { pmid: '1', doi: null, pmcid: null, registry: [] },
      sources: { 'ids.pmid': ['https://pubmed.ncbi.nlm.nih.gov/1/'] },
    });
    const b = { ...a, id: 'b' };
    expect(() => loadRecord([file(a, 'a.json'), file(b, 'b.json')])).toThrow(RecordError);
    expect(() => loadRecord([file(a, 'a.json'), file(b, 'b.json')])).toThrow(/b\.json: ids: pmid:1 is also claimed by a/);
  });
});

describe('the index', () => {
  const index = new EvidenceIndex(studies);
  it('finds a study by any of its identifiers', () => {
    for (const ids of [
      { pmid: '36624312' },
      { doi: '10.1038/s41591-022-02097-3' },
      { pmcid: 'PMC9873560' },
      { nct: 'NCT03269071' },
      { eudract: '2016-002020-86' },
    ]) {
      expect(index.lookup(ids)?.id).toBe('genchi2023_stems');
    }
  });

  it('returns nothing when two identifiers of one citation point to different studies', () => {
    const other = studies.find((s) => s.ids.pmid && s.id !== 'genchi2023_stems');
    expect(index.lookup({ pmid: '36624312', doi: other?.ids.doi ?? '10.9999/none' })?.id ?? null).toBe(
      other?.ids.doi ? null : 'genchi2023_stems',
    );
  });

  it.each([
    ['Genchi et al. (2023) Nat Med', 'genchi2023_stems'],
    [
      'Genchi A, et al. Neural stem cell transplantation in progressive multiple sclerosis. Nat Med. 2023;29(1):75-85',
      'genchi2023_stems',
    ],
    ['Genchi et al. 2023 showed something', null],
    ['Genchi et al. (2021) Nat Med', null],
  ])('matches the reference "%s" only when certain', (text, expected) => {
    const year = Number(/20\d\d/.exec(text)?.[0]);
    expect(index.lookupReference({ surname: 'Genchi', year, text })?.id ?? null).toBe(expected);
  });
});
