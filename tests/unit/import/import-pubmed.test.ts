import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseRecordFile } from '../../../src/evidence/load';
import { ImportError } from '../../../src/import/import-error';
import { importPubmed } from '../../../src/import/import-pubmed';
import { decodePubmedBytes, pubmedTextPieces } from '../../../src/import/commands';
import { expandPageRange, parsePubmedXml, PubmedFormatError } from '../../../src/import/pubmed-article';
import { DRAFT_NOTE_PREFIX, dateInRefSource, statusFromCorrections } from '../../../src/import/pubmed-draft';
import { FIXTURES, readJson, realRecord, snapshot, tempDirs } from './temp-dirs';

const SET = join(FIXTURES, 'pubmed-set.xml');
const xml = readFileSync(SET, 'utf8');
const DATE = '2026-12-01';

/** The curated records the fixture's eight articles describe, and the draft id each gets when the record lacks it. */
const STUDIES = {
  genchi2023_stems: 'genchi2023_neural',
  dawson2020_duke_asd_cordblood_phase2: 'dawson2020_phase',
  traverse2012_time_bmc_timing_stemi: 'traverse2012_effect',
  macchiarini2008_airway_lancet_retracted: 'macchiarini2008_clinical',
  cho2021_ma_msc_tendon_disorders: 'cho2021_mesenchymal',
  bauer2018_adverse_events_unproven_stem_cell_interventions: 'bauer2018_concise',
  kuriyan2017_vision_loss_clinic_adipose_cells: 'kuriyan2017_vision',
  drazen2018_nejm_retraction_kajstura2011_lung_stem_cells: 'drazen2018_retraction',
} as const;

function importWithout(ids: string[], extra: Partial<Parameters<typeof importPubmed>[1]> = {}) {
  const dirs = tempDirs(ids);
  const report = importPubmed(xml, { dirs, date: DATE, source: 'pubmed-set.xml', ...extra });
  return { dirs, report };
}

describe('parsePubmedXml', () => {
  const { articles } = parsePubmedXml(xml, 'pubmed-set.xml');

  it('reads all eight articles with their identifiers from PubmedData, not from the reference list', () => {
    expect(articles.map((a) => a.pmid)).toEqual([
      '36624312',
      '32444220',
      '23129008',
      '19022496',
      '34496470',
      '30063299',
      '28296617',
      '30332555',
    ]);
    expect(articles[0]).toMatchObject({ doi: '10.1038/s41591-022-02097-3', pmcid: 'PMC9873560', line: 7 });
  });

  it('reads bibliography, data banks, corrections and a structured abstract', () => {
    const [stems, dawson, time] = articles;
    expect(stems).toMatchObject({
      title: 'Neural stem cell transplantation in patients with progressive multiple sclerosis: an open-label, phase 1 study',
      authors: [{ display: 'Genchi A', lastName: 'Genchi' }],
      journal: { title: 'Nature medicine', isoAbbreviation: 'Nat Med' },
      pubDate: { year: 2023, month: 'Jan' },
      volume: '29',
      issue: '1',
      pages: '75-85',
      dataBanks: [
        { name: 'ClinicalTrials.gov', accessions: ['NCT03269071'] },
        { name: 'EudraCT', accessions: ['2016-002020-86'] },
      ],
    });
    expect(stems?.abstract).toContain('5.7 × 106 cells per kg; n = 12');
    expect(dawson?.abstract).toMatch(/^OBJECTIVE: To test whether .* STUDY DESIGN: In this phase II/);
    expect(time?.authors).toHaveLength(47);
    expect(time?.authors.at(-2)?.display).toBe('Moyé LA');
    expect(time?.pages).toBe('2380-2389');
    expect(time?.commentsCorrections).toEqual([
      { refType: 'ErratumIn', refSource: 'JAMA. 2013 Jan 23;309(4):343', pmid: null },
      { refType: 'ErratumIn', refSource: 'JAMA. 2015 Jul 7;314(1):86. doi: 10.1001/jama.2015.6074.', pmid: '26151281' },
    ]);
  });

  it('sets aside what update files also carry: deletions and book chapters', () => {
    const update = xml.replace(
      '</PubmedArticleSet>',
      '  <DeleteCitation>\n    <PMID Version="1">30063299</PMID>\n  </DeleteCitation>\n</PubmedArticleSet>',
    );
    const parsed = parsePubmedXml(update, 'update.xml');
    expect(parsed.articles).toHaveLength(8);
    expect(parsed.skipped).toEqual([expect.stringMatching(/^line \d+: DeleteCitation for PMID 30063299$/)]);
  });

  it('reads gzip-compressed files (baseline files are .xml.gz)', () => {
    const text = decodePubmedBytes(gzipSync(Buffer.from(xml)));
    expect(parsePubmedXml(text, 'x.xml.gz').articles).toHaveLength(8);
  });

  it('streams a gzipped file: each article is read as soon as it ends, before the rest of the text is decoded', () => {
    const size = 2048;
    const bytes = Buffer.from(xml);
    let piecesRead = 0;
    const counted = function* (pieces: Iterable<string>) {
      for (const piece of pieces) {
        piecesRead++;
        yield piece;
      }
    };
    const readWhen: number[] = [];
    const parsed = parsePubmedXml(counted(pubmedTextPieces(gzipSync(bytes), size)), 'x.xml.gz', () => {
      readWhen.push(piecesRead);
      return true;
    });
    expect(parsed.articles.map((a) => a.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(piecesRead).toBe(Math.ceil(bytes.length / size));
    // Article k is read no later than the piece after the one holding its end tag.
    const ends = [...xml.matchAll(/<\/PubmedArticle>/g)].map((m) => Buffer.byteLength(xml.slice(0, m.index + m[0].length)));
    expect(ends).toHaveLength(8);
    for (const [k, end] of ends.entries()) expect(readWhen[k]).toBeLessThanOrEqual(Math.ceil(end / size) + 1);
    expect(readWhen[0]).toBeLessThan(piecesRead / 2);
  });

  it('decodes pieces without breaking a character cut by a piece boundary', () => {
    const text = 'Moyé LA · 5.7 × 10⁶ · 𝛼';
    expect([...pubmedTextPieces(Buffer.from(text), 1)].join('')).toBe(text);
    expect([...pubmedTextPieces(gzipSync(Buffer.from(text)), 3)].join('')).toBe(text);
  });

  it('names the line, the open elements and the last good article of malformed XML', () => {
    const bad = readFileSync(join(FIXTURES, 'pubmed-malformed.xml'), 'utf8');
    expect(() => parsePubmedXml(bad, 'pubmed-malformed.xml')).toThrow(
      'pubmed-malformed.xml: malformed XML at line 56, column 99: </Title> found where </ArticleTitle> (opened on line 56) was expected ' +
        '(inside PubmedArticleSet/PubmedArticle/MedlineCitation/Article/ArticleTitle) (after PubmedArticle #1, PMID 30063299, which ended cleanly)',
    );
  });

  it.each([
    [
      'a missing PMID',
      xml.replace('<PMID Version="1">36624312</PMID>', ''),
      'f.xml: PubmedArticle #1 (line 7): MedlineCitation/PMID: missing or empty',
    ],
    [
      'a PMID that is not a number',
      xml.replace('<PMID Version="1">36624312</PMID>', '<PMID Version="1">S36624312</PMID>'),
      'MedlineCitation/PMID: "S36624312" is not a PubMed id',
    ],
    [
      'a missing Article',
      xml.replace(/<Article PubModel="Print-Electronic">[\s\S]*?<\/Article>/, ''),
      'f.xml: PubmedArticle #1 (line 7, PMID 36624312): MedlineCitation/Article: missing',
    ],
    [
      'another root element',
      '<?xml version="1.0"?>\n<eSearchResult><Count>1</Count></eSearchResult>',
      'line 2: the root element is <eSearchResult>, expected <PubmedArticleSet>',
    ],
    [
      'conflicting PubMed ids',
      xml.replace('<ArticleId IdType="pubmed">36624312</ArticleId>', '<ArticleId IdType="pubmed">36624313</ArticleId>'),
      'PubmedData/ArticleIdList: lists PubMed id 36624313, but MedlineCitation/PMID is 36624312',
    ],
  ])('rejects %s, naming the article and element', (_name, text, message) => {
    expect(() => parsePubmedXml(text, 'f.xml')).toThrow(PubmedFormatError);
    expect(() => parsePubmedXml(text, 'f.xml')).toThrow(message);
  });

  it.each([
    ['2380-9', '2380-2389'],
    ['1423-9', '1423-1429'],
    ['75-85', '75-85'],
    ['164-173.e5', '164-173.e5'],
    ['e1234', 'e1234'],
    ['S1-10', 'S1-S10'],
  ])('expands MedlinePgn %s → %s', (pgn, full) => {
    expect(expandPageRange(pgn)).toBe(full);
  });
});

describe('retraction and correction links', () => {
  it('turns RetractionIn, ExpressionOfConcernIn and ErratumIn into status (notices of the Kajstura 2011 and Ferreira-Martins 2012 papers)', () => {
    const status = statusFromCorrections([
      { refType: 'ExpressionOfConcernIn', refSource: 'Circ Res. 2018 Nov 20. doi: 10.1161/RES.0000000000000241.', pmid: null },
      {
        refType: 'RetractionIn',
        refSource: 'N Engl J Med. 2018 Nov 8;379(19):1870. doi: 10.1056/NEJMe1813802.',
        pmid: '30332555',
      },
      { refType: 'ErratumIn', refSource: 'JAMA. 2013 Jan 23;309(4):343', pmid: null },
      { refType: 'CommentIn', refSource: 'Something else', pmid: '1' },
    ]);
    expect(status).toEqual({
      retracted: true,
      expressionOfConcern: true,
      notice:
        'Retraction in: N Engl J Med. 2018 Nov 8;379(19):1870. doi: 10.1056/NEJMe1813802 (PMID 30332555); Expression of concern in: Circ Res. 2018 Nov 20. doi: 10.1161/RES.0000000000000241',
      noticeDate: '2018-11-08',
      correction: 'Erratum in: JAMA. 2013 Jan 23;309(4):343',
      urls: ['https://pubmed.ncbi.nlm.nih.gov/30332555/'],
      noticeOf: null,
    });
  });

  it.each([
    ['Lancet. 2018 Jan 6;391(10115):11', '2018-01-06'],
    ['Ann Rehabil Med. 2021 Oct;45(5):410', null],
    [null, null],
  ])('dates a notice from its citation: %s → %s', (source, date) => {
    expect(dateInRefSource(source)).toBe(date);
  });
});

describe('import pubmed into drafts', () => {
  const removed = Object.keys(STUDIES);
  const { dirs, report } = importWithout(removed);

  it('writes one valid draft per study missing from the record, named surname+year+first title word', () => {
    expect(report.drafts.map((d) => d.id)).toEqual(Object.values(STUDIES));
    expect(report.inRecord).toEqual([]);
    for (const id of Object.values(STUDIES)) {
      const text = readFileSync(join(dirs.drafts, `${id}.json`), 'utf8');
      expect(parseRecordFile({ name: `${id}.json`, text }), id).toHaveProperty('study');
    }
  });

  it.each(Object.entries(STUDIES))(
    '%s: the draft %s agrees with the curated record on what PubMed states',
    (curatedId, draftId) => {
      const curated = realRecord(curatedId);
      const draft = readJson(join(dirs.drafts, `${draftId}.json`));
      expect(draft.ids.pmid).toBe(curated.ids.pmid);
      expect(draft.ids.doi).toBe(curated.ids.doi);
      expect(draft.ids.pmcid).toBe(curated.ids.pmcid);
      expect(draft.ids.registry).toEqual(curated.ids.registry);
      expect(draft.title.toLowerCase()).toBe(curated.title.toLowerCase());
      expect(draft.authors.slice(0, curated.authors.length)).toEqual(curated.authors);
      expect(draft.journal.abbrev).toBe(curated.journal.abbrev ?? draft.journal.abbrev);
      // A record may lack the issue that PubMed gives (macchiarini2008: 372(9655)); it never disagrees.
      expect([draft.year, draft.volume, draft.issue]).toEqual([curated.year, curated.volume, curated.issue ?? draft.issue]);
      // Text a person writes stays empty.
      expect([draft.keyResult, draft.population, draft.primaryEndpoint.text, draft.harms.serious, draft.funding]).toEqual([
        null,
        null,
        null,
        null,
        null,
      ]);
      expect(draft.limitations).toEqual([]);
    },
  );

  it.each([
    // id, publicationType, phase, randomized, control, blinding, n (enrolled, treated), retracted, correction?
    ['genchi2023_neural', null, '1', false, null, 'open-label', [null, 12], false, false],
    ['dawson2020_phase', 'rct', '2', true, 'placebo', 'double-blind', [180, null], false, false],
    ['traverse2012_effect', 'rct', null, true, 'placebo', 'double-blind', [120, null], false, true],
    ['macchiarini2008_clinical', 'case-report', null, null, null, null, [null, null], true, false],
    ['cho2021_mesenchymal', 'systematic-review', null, null, null, null, [null, null], false, true],
    ['bauer2018_concise', 'narrative-review', null, null, null, null, [null, null], false, false],
    ['kuriyan2017_vision', 'case-report', null, null, null, null, [null, 3], false, false],
    ['drazen2018_retraction', 'commentary', null, null, null, null, [null, null], false, false],
  ])(
    '%s: type %s, phase %s, randomized %s, control %s, blinding %s, n %j, retracted %s',
    (id, type, phase, randomized, control, blinding, n, retracted, corrected) => {
      const draft = readJson(join(dirs.drafts, `${id}.json`));
      expect(draft.publicationType).toBe(type);
      expect(draft.phase).toBe(phase);
      expect(draft.randomized).toBe(randomized);
      expect(draft.control).toBe(control);
      expect(draft.blinding).toBe(blinding);
      expect([draft.n.enrolled, draft.n.treated]).toEqual(n);
      expect(draft.status.retracted).toBe(retracted);
      expect(draft.status.correction !== null).toBe(corrected);
    },
  );

  it('marks every extracted field as awaiting review and sources each one to the PubMed page', () => {
    const draft = readJson(join(dirs.drafts, 'dawson2020_phase.json'));
    expect(draft.verification.level).toBe('partial');
    expect(draft.verification.date).toBe(DATE);
    expect(draft.verification.notes).toMatch(
      new RegExp(
        `^${DRAFT_NOTE_PREFIX} ids\\.pmid, ids\\.doi, title, authors, journal, year, volume, pages, citation, publicationType, phase, randomized, control, blinding, n\\. How: `,
      ),
    );
    expect(draft.verification.notes).toContain(
      'n.enrolled from "a total of 180 children aged 2 to 7 years with ASD were randomized"',
    );
    expect(draft.verification.notes).toContain('other counts in the abstract, not used: "n = 56", "n = 63", "n = 61"');
    const fields = report.drafts.find((d) => d.id === 'dawson2020_phase')?.autoFields ?? [];
    expect(Object.keys(draft.sources).sort()).toEqual([...fields].sort());
    for (const urls of Object.values(draft.sources)) expect(urls).toEqual(['https://pubmed.ncbi.nlm.nih.gov/32444220/']);
    expect(draft.verification.missingCoreFields).toEqual(['key_results']);
  });

  it('writes retraction and erratum links with their own PubMed pages as sources', () => {
    const time = readJson(join(dirs.drafts, 'traverse2012_effect.json'));
    expect(time.status.correction).toBe(
      'Erratum in: JAMA. 2013 Jan 23;309(4):343; Erratum in: JAMA. 2015 Jul 7;314(1):86. doi: 10.1001/jama.2015.6074 (PMID 26151281)',
    );
    expect(time.sources.status).toEqual([
      'https://pubmed.ncbi.nlm.nih.gov/23129008/',
      'https://pubmed.ncbi.nlm.nih.gov/26151281/',
    ]);
    const airway = readJson(join(dirs.drafts, 'macchiarini2008_clinical.json'));
    expect(airway.status).toMatchObject({ retracted: true, notice: null });
    expect(airway.sources.status).toEqual(['https://pubmed.ncbi.nlm.nih.gov/19022496/']);
  });

  it('keeps an existing draft on a second import and reports it as already drafted', () => {
    const before = snapshot(dirs.drafts);
    const again = importPubmed(xml, { dirs, date: '2026-12-02', source: 'pubmed-set.xml' });
    expect(again.drafts).toEqual([]);
    expect(again.alreadyDrafted.map((k) => k.id)).toEqual(Object.values(STUDIES));
    expect(again.alreadyDrafted.every((k) => k.differences.length === 0)).toBe(true);
    expect(snapshot(dirs.drafts)).toEqual(before);
  });
});

describe('import pubmed next to curated records', () => {
  it('never overwrites a curated record: prints the differences and keeps them as pending changes', () => {
    const { dirs, report } = importWithout([]);
    expect(report.drafts).toEqual([]);
    expect(report.inRecord.map((k) => [k.id, k.matchedBy])).toEqual(
      Object.keys(STUDIES).map((id, i) => [id, `PMID ${Object.values(realRecordPmids)[i]}`]),
    );
    const dawson = report.inRecord.find((k) => k.id === 'dawson2020_duke_asd_cordblood_phase2');
    expect(dawson?.differences).toEqual([{ field: 'pages', record: '"164-173"', pubmed: '"164-173.e5"' }]);
    const stems = report.inRecord.find((k) => k.id === 'genchi2023_stems');
    expect(stems?.differences).toEqual([]);
    const airway = report.inRecord.find((k) => k.id === 'macchiarini2008_airway_lancet_retracted');
    // "The Lancet" and PubMed's "Lancet (London, England)" name the same journal; the missing issue is a real gap.
    expect(airway?.differences).toEqual([{ field: 'issue', record: '(none)', pubmed: '"9655"' }]);
    for (const id of Object.keys(STUDIES)) {
      expect(readJson(join(dirs.records, `${id}.json`))).toEqual(realRecord(id));
    }
    const pending = readJson(join(dirs.drafts, 'changes', 'dawson2020_duke_asd_cordblood_phase2.json'));
    expect(pending).toMatchObject({
      record: 'dawson2020_duke_asd_cordblood_phase2',
      pmid: '32444220',
      date: DATE,
      differences: dawson?.differences,
    });
    expect(existsSync(join(dirs.drafts, 'changes', 'genchi2023_stems.json'))).toBe(false);
  });

  it('drops a pending change once the record agrees with PubMed', () => {
    const { dirs } = importWithout([]);
    const pending = join(dirs.drafts, 'changes', 'dawson2020_duke_asd_cordblood_phase2.json');
    expect(existsSync(pending)).toBe(true);
    const path = join(dirs.records, 'dawson2020_duke_asd_cordblood_phase2.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"pages": "164-173"', '"pages": "164-173.e5"'));
    importPubmed(xml, { dirs, date: DATE, source: 'pubmed-set.xml' });
    expect(existsSync(pending)).toBe(false);
  });

  it('reports PubMed values that differ from the record as "record value vs PubMed value"', () => {
    const dirs = tempDirs();
    const path = join(dirs.records, 'kuriyan2017_vision_loss_clinic_adipose_cells.json');
    const study = readJson(path);
    study.year = 2016;
    study.n.treated = 4;
    writeFileSync(path, `${JSON.stringify(study, null, 2)}\n`);
    const report = importPubmed(xml, { dirs, date: DATE, source: 'pubmed-set.xml' });
    expect(report.inRecord.find((k) => k.id === study.id)?.differences).toEqual([
      { field: 'year', record: '2016', pubmed: '2017' },
      { field: 'n.treated', record: '4', pubmed: '3' },
    ]);
    expect(readJson(path)).toEqual(study);
  });

  it('matches a record that has no PubMed id by its title, and makes a taken id unique', () => {
    const dirs = tempDirs(['genchi2023_stems']);
    const path = join(dirs.records, 'kuriyan2017_vision_loss_clinic_adipose_cells.json');
    const kuriyan = readJson(path);
    kuriyan.ids = { pmid: null, doi: null, pmcid: null, registry: [] };
    for (const key of ['ids.pmid', 'ids.doi']) delete kuriyan.sources[key];
    writeFileSync(path, `${JSON.stringify(kuriyan, null, 2)}\n`);
    // A different study already holds the id the STEMS draft would get.
    const other = readJson(join(dirs.records, 'bauer2018_adverse_events_unproven_stem_cell_interventions.json'));
    other.id = 'genchi2023_neural';
    writeFileSync(
      join(dirs.records, 'genchi2023_neural.json'),
      `${JSON.stringify({ ...other, ids: { ...other.ids, pmid: '1', doi: null, pmcid: null } }, null, 2)}\n`,
    );
    const report = importPubmed(xml, { dirs, date: DATE, source: 'pubmed-set.xml' });
    const k = report.inRecord.find((r) => r.id === 'kuriyan2017_vision_loss_clinic_adipose_cells');
    expect(k?.matchedBy).toBe('title');
    expect(k?.differences.map((d) => d.field)).toEqual(['ids.pmid', 'ids.doi']);
    expect(report.drafts.map((d) => d.id)).toEqual(['genchi2023_neural_2']);
  });

  it('--pmid imports only the listed articles; --dry-run writes nothing', () => {
    const dirs = tempDirs(Object.keys(STUDIES));
    const before = snapshot(dirs.root);
    const dry = importPubmed(xml, {
      dirs,
      date: DATE,
      source: 'pubmed-set.xml',
      dryRun: true,
      only: new Set(['36624312', '28296617']),
    });
    expect(dry.drafts.map((d) => d.id)).toEqual(['genchi2023_neural', 'kuriyan2017_vision']);
    expect(dry.notes).toContain('6 articles not in the --pmid list left aside');
    expect(dry.written).toBe(false);
    expect(snapshot(dirs.root)).toEqual(before);
  });

  it('writes nothing when the XML is malformed', () => {
    const dirs = tempDirs(Object.keys(STUDIES));
    const before = snapshot(dirs.root);
    const bad = xml.replace('</PubmedArticleSet>', '');
    expect(() => importPubmed(bad, { dirs, date: DATE, source: 'bad.xml' })).toThrow(ImportError);
    expect(() => importPubmed(bad, { dirs, date: DATE, source: 'bad.xml' })).toThrow(/the file ends inside <PubmedArticleSet>/);
    expect(snapshot(dirs.root)).toEqual(before);
  });

  it('leaves out a value the record schema would refuse (a year before 1900) and says so, keeping the draft valid', () => {
    const dirs = tempDirs(Object.keys(STUDIES));
    const bad = xml.replace(
      '<Year>2018</Year>\n              <Month>Nov</Month>',
      '<Year>1850</Year>\n              <Month>Nov</Month>',
    );
    const report = importPubmed(bad, { dirs, date: DATE, source: 'bad.xml', dryRun: true });
    const draft = report.drafts.find((d) => d.pmid === '30332555')?.study;
    expect(draft?.year).toBeNull();
    expect(draft?.verification.notes).toContain('Left out: year 1850.');
    expect(draft?.verification.missingCoreFields).toContain('year');
  });
});

const realRecordPmids = Object.fromEntries(Object.keys(STUDIES).map((id) => [id, realRecord(id).ids.pmid]));
