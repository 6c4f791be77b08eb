import { describe, expect, it } from 'vitest';
import { readDesign } from '../../../src/import/abstract-design';
import { readPublicationTypes } from '../../../src/import/publication-types';
import { registryIdFromDataBank, registryIdsInText } from '../../../src/import/registry-ids';

describe('readPublicationTypes', () => {
  it.each([
    [['Journal Article', 'Randomized Controlled Trial'], '', 'rct', null],
    [['Clinical Trial, Phase I', 'Journal Article'], '', null, '1'],
    [['Clinical Trial, Phase II', 'Clinical Trial, Phase III', 'Randomized Controlled Trial'], '', 'rct', '2/3'],
    [['Clinical Trial'], '', null, null],
    [['Clinical Trial'], 'Patients were randomized to cells or usual care.', 'rct', null],
    [['Clinical Trial, Phase II'], 'An open-label, single-arm study.', 'single-arm-trial', '2'],
    [['Clinical Trial'], 'A non-randomized controlled study.', 'nonrandomized-trial', null],
    [['Controlled Clinical Trial'], '', 'nonrandomized-trial', null],
    [['Case Reports', 'Journal Article'], '', 'case-report', null],
    [['Journal Article', 'Review'], '', 'narrative-review', null],
    [['Journal Article', 'Review', 'Systematic Review', 'Meta-Analysis'], '', 'systematic-review', null],
    [['Meta-Analysis'], '', 'systematic-review', null],
    [['Practice Guideline'], '', 'guideline', null],
    [['Editorial'], '', 'commentary', null],
    [['Retraction of Publication'], '', 'commentary', null],
    [['Observational Study'], 'A prospective cohort of 300 adults.', 'cohort', null],
    [['Observational Study'], '', null, null],
    [['Journal Article'], '', null, null],
  ])('%j %s → %s, phase %s', (types, abstract, type, phase) => {
    const reading = readPublicationTypes(types, readDesign(null, abstract));
    expect(reading.publicationType).toBe(type);
    expect(reading.phase).toBe(phase);
  });

  it('flags "Retracted Publication" and tells notices apart from the papers they concern', () => {
    expect(readPublicationTypes(['Case Reports', 'Retracted Publication'], null)).toMatchObject({
      retracted: true,
      notice: null,
    });
    expect(readPublicationTypes(['Retraction of Publication'], null)).toMatchObject({
      retracted: false,
      notice: 'Retraction of Publication',
    });
  });

  it('calls a paper about animals only an animal study (MeSH)', () => {
    expect(readPublicationTypes(['Journal Article'], null, ['Animals', 'Mice']).publicationType).toBe('animal');
    expect(readPublicationTypes(['Journal Article'], null, ['Animals', 'Humans']).publicationType).toBeNull();
  });
});

describe('registry ids', () => {
  it.each([
    ['ClinicalTrials.gov', 'NCT03269071', 'NCT03269071'],
    ['EudraCT', '2016-002020-86', 'EudraCT 2016-002020-86'],
    ['ISRCTN', '12345678', 'ISRCTN12345678'],
    ['ISRCTN', 'ISRCTN12345678', 'ISRCTN12345678'],
    ['ANZCTR', 'ACTRN12614000123456', 'ACTRN12614000123456'],
    ['GENBANK', 'AB123456', null],
    ['ClinicalTrials.gov', 'NCT0326907', null],
  ])('%s %s → %s', (bank, accession, id) => {
    expect(registryIdFromDataBank(bank, accession)).toBe(id);
  });

  it('finds registry numbers written in an abstract', () => {
    expect(registryIdsInText('ClinicalTrials.gov registration: NCT03269071; EudraCT 2016-002020-86. ISRCTN 12345678.')).toEqual([
      'NCT03269071',
      'EudraCT 2016-002020-86',
      'ISRCTN12345678',
    ]);
  });
});
