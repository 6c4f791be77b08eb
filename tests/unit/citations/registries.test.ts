/**
 * Trial registry numbers: ClinicalTrials.gov, ISRCTN, EudraCT, EU CTIS,
 * ChiCTR, ANZCTR, CTRI and DRKS, in text and in links (including the WHO
 * search portal, which links every registry's trials the same way).
 */
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../../src/citations/detectors';
import type { IdKind } from '../../../src/citations/ids';
import { type Found, inHref, inText } from './helpers';

describe('registry numbers in text', () => {
  it.each<[string, Found[]]>([
    // ClinicalTrials.gov
    ['NCT03282760', [['nct', 'NCT03282760']]],
    ['NCT 03282760', [['nct', 'NCT03282760']]],
    ['NCT\u00a003282760', [['nct', 'NCT03282760']]],
    ['NCT: 03282760', [['nct', 'NCT03282760']]],
    ['nct03282760', [['nct', 'NCT03282760']]],
    ['ClinicalTrials.gov Identifier: NCT03282760.', [['nct', 'NCT03282760']]],
    ['(NCT03282760)', [['nct', 'NCT03282760']]],
    ['registered2019NCT03282760', [['nct', 'NCT03282760']]],
    [
      'NCT03282760, NCT00765453',
      [
        ['nct', 'NCT03282760'],
        ['nct', 'NCT00765453'],
      ],
    ],
    ['https://clinicaltrials.gov/study/NCT03282760', [['nct', 'NCT03282760']]],
    ['clinicaltrials.gov/ct2/show/NCT03282760?term=ms', [['nct', 'NCT03282760']]],
    // ISRCTN
    ['ISRCTN91288089', [['isrctn', 'ISRCTN91288089']]],
    ['ISRCTN 91288089', [['isrctn', 'ISRCTN91288089']]],
    ['ISRCTN: 91288089', [['isrctn', 'ISRCTN91288089']]],
    ['https://www.isrctn.com/ISRCTN91288089', [['isrctn', 'ISRCTN91288089']]],
    // EudraCT
    ['EudraCT 2007-002144-16', [['eudract', '2007-002144-16']]],
    ['EudraCT Number: 2007-002144-16', [['eudract', '2007-002144-16']]],
    ['EudraCT number 2007-002144-16', [['eudract', '2007-002144-16']]],
    ['EudraCT No. 2007-002144-16', [['eudract', '2007-002144-16']]],
    ['EudraCT-Nr. 2007-002144-16', [['eudract', '2007-002144-16']]],
    ['EudraCT: 2007-002144-16', [['eudract', '2007-002144-16']]],
    ['Registered as 2007-002144-16.', [['eudract', '2007-002144-16']]],
    ['EUCTR2007-002144-16-GB', [['eudract', '2007-002144-16']]],
    ['EudraCT 2003-000123-45', [['eudract', '2003-000123-45']]],
    // EU CTIS
    ['2022-500014-26-00', [['ctis', '2022-500014-26-00']]],
    ['EU CT number: 2023-503456-12-00', [['ctis', '2023-503456-12-00']]],
    // ChiCTR
    ['ChiCTR2000029953', [['chictr', 'ChiCTR2000029953']]],
    ['ChiCTR-2000029953', [['chictr', 'ChiCTR2000029953']]],
    ['chictr2000029953', [['chictr', 'ChiCTR2000029953']]],
    ['ChiCTR-IOR-17013476', [['chictr', 'ChiCTR-IOR-17013476']]],
    ['ChiCTR-TRC-12001234', [['chictr', 'ChiCTR-TRC-12001234']]],
    // ANZCTR
    ['ACTRN12617000638336', [['actrn', 'ACTRN12617000638336']]],
    ['ACTRN 12617000638336', [['actrn', 'ACTRN12617000638336']]],
    ['(ACTRN12614000814673)', [['actrn', 'ACTRN12614000814673']]],
    // CTRI
    ['CTRI/2020/05/025214', [['ctri', 'CTRI/2020/05/025214']]],
    ['CTRI/2009/091/000123', [['ctri', 'CTRI/2009/091/000123']]],
    ['CTRI / 2020 / 05 / 025214', [['ctri', 'CTRI/2020/05/025214']]],
    ['ctri/2020/05/025214', [['ctri', 'CTRI/2020/05/025214']]],
    // DRKS
    ['DRKS00012345', [['drks', 'DRKS00012345']]],
    ['DRKS 00012345', [['drks', 'DRKS00012345']]],
    ['https://drks.de/search/en/trial/DRKS00012345', [['drks', 'DRKS00012345']]],
    // An ISRCTN inside its own DOI is the DOI.
    ['doi:10.1186/ISRCTN91288089', [['doi', '10.1186/isrctn91288089']]],
  ])('%s', (text, expected) => {
    expect(inText(text)).toEqual(expected);
  });
});

describe('strings that are not registry numbers', () => {
  it.each([
    'NCT0328276',
    'NCT032827601',
    'NCT 0328 2760',
    'NCT-',
    'XNCT03282760',
    'ISRCTN9128808',
    'ISRCTN912880891',
    '2001-002144-16',
    '2031-002144-16',
    '0207-123456-12',
    '2007-002144-1',
    '2007-002144-160',
    '12007-002144-16',
    '2015-500014-26-00',
    '2022-400014-26-00',
    'ChiCTR20000',
    'ACTRN1261700063833',
    'ACTRN126170006383361',
    'CTRI/2020/05/02521',
    'DRKS0001234',
    'DRKS000123456',
    'Model NCT-2000 X',
  ])('%s', (text) => {
    expect(inText(text)).toEqual([]);
  });

  it('keeps a CTIS number whole instead of reading its start as EudraCT', () => {
    expect(inText('EudraCT 2022-500014-26-00')).toEqual([['ctis', '2022-500014-26-00']]);
  });
});

describe('registry links', () => {
  it.each<[string, Found | null]>([
    ['https://clinicaltrials.gov/study/NCT03282760', ['nct', 'NCT03282760']],
    ['https://clinicaltrials.gov/study/NCT03282760?tab=results', ['nct', 'NCT03282760']],
    ['https://clinicaltrials.gov/ct2/show/NCT03282760', ['nct', 'NCT03282760']],
    ['https://www.clinicaltrials.gov/ct2/show/NCT03282760?term=stem+cell&draw=2&rank=1', ['nct', 'NCT03282760']],
    ['https://classic.clinicaltrials.gov/ct2/show/record/NCT03282760', ['nct', 'NCT03282760']],
    ['https://clinicaltrials.gov/ct2/show/results/NCT03282760', ['nct', 'NCT03282760']],
    ['https://clinicaltrials.gov/show/nct03282760', ['nct', 'NCT03282760']],
    ['https://clinicaltrials.gov/ct2/show/NCT032827601', null],
    ['https://clinicaltrials.gov/search?cond=Multiple%20Sclerosis', null],
    ['https://example.com/NCT03282760', null],
    ['https://www.isrctn.com/ISRCTN91288089', ['isrctn', 'ISRCTN91288089']],
    ['http://www.controlled-trials.com/ISRCTN91288089', ['isrctn', 'ISRCTN91288089']],
    ['https://www.clinicaltrialsregister.eu/ctr-search/trial/2007-002144-16/GB', ['eudract', '2007-002144-16']],
    ['https://www.clinicaltrialsregister.eu/ctr-search/search?query=2007-002144-16', ['eudract', '2007-002144-16']],
    ['https://euclinicaltrials.eu/search-for-clinical-trials/?lang=en&EUCT=2022-500014-26-00', ['ctis', '2022-500014-26-00']],
    ['https://euclinicaltrials.eu/ctis-public/view/2022-500014-26-00', ['ctis', '2022-500014-26-00']],
    ['https://www.anzctr.org.au/ACTRN12617000638336.aspx', ['actrn', 'ACTRN12617000638336']],
    ['https://www.anzctr.org.au/Trial/Registration/TrialReview.aspx?ACTRN=12617000638336', ['actrn', 'ACTRN12617000638336']],
    ['https://www.anzctr.org.au/Trial/Registration/TrialReview.aspx?id=372345', null],
    ['https://drks.de/search/en/trial/DRKS00012345', ['drks', 'DRKS00012345']],
    ['https://www.drks.de/drks_web/navigate.do?navigationId=trial.HTML&TRIAL_ID=DRKS00012345', ['drks', 'DRKS00012345']],
    ['https://trialsearch.who.int/Trial2.aspx?TrialID=NCT03282760', ['nct', 'NCT03282760']],
    ['https://trialsearch.who.int/Trial2.aspx?TrialID=EUCTR2007-002144-16-GB', ['eudract', '2007-002144-16']],
    ['https://trialsearch.who.int/Trial2.aspx?TrialID=ChiCTR2000029953', ['chictr', 'ChiCTR2000029953']],
    ['https://trialsearch.who.int/Trial2.aspx?TrialID=CTRI/2020/05/025214', ['ctri', 'CTRI/2020/05/025214']],
    ['https://trialsearch.who.int/Trial2.aspx?TrialID=ACTRN12617000638336', ['actrn', 'ACTRN12617000638336']],
    ['https://trialsearch.who.int/Trial2.aspx?TrialID=DRKS00012345', ['drks', 'DRKS00012345']],
    ['https://trialsearch.who.int/Trial2.aspx?TrialID=ISRCTN91288089', ['isrctn', 'ISRCTN91288089']],
    ['https://trialsearch.who.int/Trial2.aspx?TrialID=JPRN-UMIN000012345', null],
  ])('%s', (href, expected) => {
    expect(inHref(href)).toEqual(expected);
  });
});

describe('registry normalizers', () => {
  const normalize = (kind: IdKind, raw: string) => DETECTORS.find((d) => d.kind === kind)?.normalize(raw) ?? null;

  it.each<[IdKind, string, string | null]>([
    ['nct', 'nct03282760', 'NCT03282760'],
    ['nct', 'NCT 03282760', 'NCT03282760'],
    ['nct', 'NCT0328276', null],
    ['isrctn', 'isrctn91288089', 'ISRCTN91288089'],
    ['eudract', 'EudraCT 2007-002144-16', '2007-002144-16'],
    ['eudract', 'EUCTR2007-002144-16-GB', '2007-002144-16'],
    ['eudract', '2007-002144-16', '2007-002144-16'],
    ['ctis', 'CTIS 2022-500014-26-00', '2022-500014-26-00'],
    ['chictr', 'chictr-ior-17013476', 'ChiCTR-IOR-17013476'],
    ['actrn', 'ACTRN 12617000638336', 'ACTRN12617000638336'],
    ['ctri', 'ctri/2020/05/025214', 'CTRI/2020/05/025214'],
    ['drks', 'drks00012345', 'DRKS00012345'],
  ])('%s %s → %s', (kind, raw, value) => {
    expect(normalize(kind, raw)).toBe(value);
  });
});
