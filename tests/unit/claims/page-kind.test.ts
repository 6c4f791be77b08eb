import { describe, expect, it } from 'vitest';
import type { ClaimKind } from '../../../src/claims/kinds';
import { classifyPage, type PageSignals } from '../../../src/claims/page-kind';

const page = (overrides: Partial<PageSignals>): PageSignals => ({
  url: 'https://example-clinic.com/',
  metaNames: [],
  claimKinds: [],
  formCount: 0,
  priceCount: 0,
  ...overrides,
});

describe('classifyPage', () => {
  it.each<[string, Partial<PageSignals>]>([
    [
      'a journal article (citation_* meta tags)',
      { url: 'https://www.nature.com/articles/x', metaNames: ['viewport', 'citation_doi'] },
    ],
    ['citation tags in capitals', { url: 'https://journal.example/a', metaNames: ['Citation_Title'] }],
    ['PubMed', { url: 'https://pubmed.ncbi.nlm.nih.gov/36624312/' }],
    ['PMC', { url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9873560/' }],
    ['Europe PMC', { url: 'https://europepmc.org/article/MED/36624312' }],
    ['ClinicalTrials.gov', { url: 'https://clinicaltrials.gov/study/NCT03269071' }],
    ['the ISRCTN registry', { url: 'https://www.isrctn.com/ISRCTN12345678' }],
    ['the FDA', { url: 'https://www.fda.gov/vaccines-blood-biologics/cellular-gene-therapy-products' }],
    ['the NIH', { url: 'https://www.nih.gov/news-events' }],
    ['the NHS', { url: 'https://www.nhs.uk/conditions/multiple-sclerosis/' }],
    ['GOV.UK', { url: 'https://www.gov.uk/guidance/x' }],
    ['the WHO', { url: 'https://www.who.int/news-room' }],
    ['an MS charity', { url: 'https://www.nationalmssociety.org/research/stem-cells' }],
    ['a UK MS charity', { url: 'https://www.mssociety.org.uk/research' }],
    ['the ALS Association', { url: 'https://www.alsa.org/' }],
    [
      'a journal page that sells access (scholarly wins)',
      { metaNames: ['citation_title'], priceCount: 1, formCount: 1, claimKinds: ['call-to-action'] },
    ],
  ])('%s → scholarly', (_name, overrides) => {
    expect(classifyPage(page(overrides))).toBe('scholarly');
  });

  it.each<[string, Partial<PageSignals>]>([
    ['a call to action', { claimKinds: ['efficacy', 'call-to-action'] }],
    ['urgency', { claimKinds: ['urgency'] }],
    ['prices', { priceCount: 3 }],
    ['a booking form', { formCount: 1 }],
    ['a clinic on a look-alike domain', { url: 'https://fda-approved-stemcells.com/', claimKinds: ['call-to-action'] }],
    ['a clinic whose name contains gov', { url: 'https://govstemcell.com/', priceCount: 1 }],
  ])('%s → commercial', (_name, overrides) => {
    expect(classifyPage(page(overrides))).toBe('commercial');
  });

  it.each<[string, Partial<PageSignals>]>([
    ['no signals', {}],
    ['claims but nothing for sale', { claimKinds: ['efficacy', 'cure', 'testimonial'] satisfies ClaimKind[] }],
    ['a news article', { url: 'https://news.example.com/stem-cell-tourism', claimKinds: ['social-proof'] }],
    ['an unparseable address', { url: 'not a url' }],
  ])('%s → neutral', (_name, overrides) => {
    expect(classifyPage(page(overrides))).toBe('neutral');
  });
});
