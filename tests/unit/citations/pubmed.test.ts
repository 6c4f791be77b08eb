/**
 * PubMed IDs and PubMed Central IDs: labels, links, Europe PMC, and the bare
 * numbers that must never become PMIDs.
 */
import { describe, expect, it } from 'vitest';
import { normalizePmcid } from '../../../src/citations/detectors/pmcid';
import { normalizePmid } from '../../../src/citations/detectors/pmid';
import { type Found, inHref, inText } from './helpers';

const PMID = '36624312';
const PMCID = 'PMC9873560';

describe('PMIDs in text', () => {
  it.each<[string, Found[]]>([
    ['PMID: 36624312', [['pmid', PMID]]],
    ['PMID 36624312', [['pmid', PMID]]],
    ['PMID:36624312', [['pmid', PMID]]],
    ['PMID:\u00a036624312', [['pmid', PMID]]],
    ['[PMID: 36624312]', [['pmid', PMID]]],
    ['(PMID 36624312)', [['pmid', PMID]]],
    ['PubMed PMID: 36624312.', [['pmid', PMID]]],
    ['PMID- 36624312', [['pmid', PMID]]],
    ['PMID - 36624312', [['pmid', PMID]]],
    ['PMID #36624312', [['pmid', PMID]]],
    ['PubMed ID: 36624312', [['pmid', PMID]]],
    ['PubMed ID 36624312', [['pmid', PMID]]],
    ['PUBMED ID: 36624312', [['pmid', PMID]]],
    ['pubmed: 36624312', [['pmid', PMID]]],
    ['PMID: 036624312', [['pmid', PMID]]],
    ['PMID: 9', [['pmid', '9']]],
    ['Nat Med. 2023;29(1):75-85.PMID: 36624312', [['pmid', PMID]]],
    ['PMIDs: 36624312', [['pmid', PMID]]],
    [
      'PMIDs: 36624312, 23903654; 26405233 and 28000000',
      [
        ['pmid', PMID],
        ['pmid', '23903654'],
        ['pmid', '26405233'],
        ['pmid', '28000000'],
      ],
    ],
    [
      'PubMed IDs 36624312 & 23903654. Call 555 0148',
      [
        ['pmid', PMID],
        ['pmid', '23903654'],
      ],
    ],
    ['PMID: 36624312, 23903654', [['pmid', PMID]]],
    ['https://pubmed.ncbi.nlm.nih.gov/36624312/', [['pmid', PMID]]],
    ['pubmed.ncbi.nlm.nih.gov/36624312', [['pmid', PMID]]],
    ['See www.ncbi.nlm.nih.gov/pubmed/36624312.', [['pmid', PMID]]],
    ['Europe PMC: https://europepmc.org/article/MED/36624312', [['pmid', PMID]]],
    ['europepmc.org/abstract/MED/36624312)', [['pmid', PMID]]],
    [
      'PMID: 36624312; PMCID: PMC9873560',
      [
        ['pmid', PMID],
        ['pmcid', PMCID],
      ],
    ],
    [
      'PMID: 36624312PMCID: PMC9873560',
      [
        ['pmid', PMID],
        ['pmcid', PMCID],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(inText(text)).toEqual(expected);
  });
});

describe('numbers that are not PMIDs', () => {
  it.each([
    '36624312',
    'Call us today at (305) 555-0148',
    '+1 305 555 0148',
    '305.555.0148',
    'Order no. 88120045',
    'Order #36624312',
    'Invoice 2023-0045',
    'Miami, FL 33137',
    'Treatment packages start at $9,500.',
    'Price: 36624312 USD',
    'Posted March 14, 2024',
    '2024-03-14',
    '14/03/2024',
    'Ref. 12345678',
    'ID: 36624312',
    'Patient ID 36624312',
    'PubMed 36624312',
    'Indexed in PubMed since 2019',
    'PMID: 1234567890',
    'PMID: 0',
    'PMID: 00000000',
    'PMID: none',
    'SPMID: 36624312',
    'Tracking 1Z999AA10123456784',
  ])('%s', (text) => {
    expect(inText(text).filter(([kind]) => kind === 'pmid')).toEqual([]);
  });
});

describe('PMIDs in links', () => {
  it.each<[string, string | null]>([
    ['https://pubmed.ncbi.nlm.nih.gov/36624312/', PMID],
    ['https://pubmed.ncbi.nlm.nih.gov/36624312/?from_term=stem+cells&from_pos=2', PMID],
    ['https://pubmed.ncbi.nlm.nih.gov/36624312#affiliation-1', PMID],
    ['https://www.ncbi.nlm.nih.gov/pubmed/36624312', PMID],
    ['https://www.ncbi.nlm.nih.gov/m/pubmed/36624312/', PMID],
    ['https://www.ncbi.nlm.nih.gov/pmc/articles/pmid/36624312/', PMID],
    ['https://www.ncbi.nlm.nih.gov/entrez/query.fcgi?cmd=Retrieve&db=PubMed&list_uids=36624312&dopt=Abstract', PMID],
    ['https://europepmc.org/article/MED/36624312', PMID],
    ['https://europepmc.org/abstract/MED/36624312', PMID],
    ['https://www.europepmc.org/abstract/med/36624312/', PMID],
    ['https://pubmed.gov/36624312', PMID],
    ['info:pmid/36624312', PMID],
    ['https://example.org/openurl?rft_id=info%3Apmid%2F36624312', PMID],
    ['https://www.google.com/url?q=https://pubmed.ncbi.nlm.nih.gov/36624312/', PMID],
    ['https://pubmed.ncbi.nlm.nih.gov/?term=stem+cells', null],
    ['https://www.ncbi.nlm.nih.gov/pubmed/?term=36624312', null],
    ['https://www.ncbi.nlm.nih.gov/entrez/query.fcgi?db=nucleotide&list_uids=36624312', null],
    ['https://example.com/pubmed/36624312', null],
    ['https://pubmed.ncbi.nlm.nih.gov.example.com/36624312', null],
    ['https://europepmc.org/article/PPR/PPR123456', null],
    ['tel:36624312', null],
  ])('%s', (href, pmid) => {
    expect(inHref(href)).toEqual(pmid === null ? null : ['pmid', pmid]);
  });
});

describe('PMCIDs in text', () => {
  it.each<[string, Found[]]>([
    ['PMC9873560', [['pmcid', PMCID]]],
    ['PMCID: PMC9873560', [['pmcid', PMCID]]],
    ['PMCID: 9873560', [['pmcid', PMCID]]],
    ['PMCID:PMC9873560.', [['pmcid', PMCID]]],
    ['pmcid: pmc9873560', [['pmcid', PMCID]]],
    ['PMC 9873560', [['pmcid', PMCID]]],
    ['(PMC9873560)', [['pmcid', PMCID]]],
    ['free full text: PMC9873560;', [['pmcid', PMCID]]],
    ['https://pmc.ncbi.nlm.nih.gov/articles/PMC9873560/', [['pmcid', PMCID]]],
    ['https://www.ncbi.nlm.nih.gov/pmc/articles/PMC9873560/', [['pmcid', PMCID]]],
    ['europepmc.org/article/PMC/PMC9873560', [['pmcid', PMCID]]],
    ['Free PMC article', []],
    ['pmc9873560', []],
    ['PMC123', []],
    ['PMC1234567890', []],
    ['PMC 2023 annual meeting', []],
    ['PMC2019', []],
    ['PMCID: 2019', [['pmcid', 'PMC2019']]],
    ['XPMC9873560', []],
  ])('%s', (text, expected) => {
    expect(inText(text)).toEqual(expected);
  });
});

describe('PMCIDs in links', () => {
  it.each<[string, string | null]>([
    ['https://pmc.ncbi.nlm.nih.gov/articles/PMC9873560/', PMCID],
    ['https://pmc.ncbi.nlm.nih.gov/articles/PMC9873560', PMCID],
    ['https://www.ncbi.nlm.nih.gov/pmc/articles/PMC9873560/', PMCID],
    ['https://www.ncbi.nlm.nih.gov/pmc/articles/PMC9873560/pdf/41591_2022_Article_2097.pdf', PMCID],
    ['https://europepmc.org/article/PMC/PMC9873560', PMCID],
    ['https://europepmc.org/article/PMC/9873560', PMCID],
    ['https://europepmc.org/articles/PMC9873560', PMCID],
    ['https://europepmc.org/abstract/PMCID/PMC9873560', PMCID],
    ['https://www.pubmedcentral.nih.gov/articlerender.fcgi?artid=1234567', 'PMC1234567'],
    ['https://www.ncbi.nlm.nih.gov/pmc/articlerender.fcgi?artid=1234567', 'PMC1234567'],
    ['https://pmc.ncbi.nlm.nih.gov/search/?term=stem+cells', null],
    ['https://example.com/pmc/articles/PMC9873560/', null],
  ])('%s', (href, pmcid) => {
    expect(inHref(href)).toEqual(pmcid === null ? null : ['pmcid', pmcid]);
  });
});

describe('normalizing', () => {
  it.each<[string, string | null]>([
    ['36624312', PMID],
    [' 0036624312 ', PMID],
    ['PMID: 36624312', PMID],
    ['info:pmid/36624312', PMID],
    ['0', null],
    ['1234567890', null],
    ['36624312a', null],
  ])('PMID %s → %s', (raw, value) => {
    expect(normalizePmid(raw)).toBe(value);
  });

  it.each<[string, string | null]>([
    ['PMC9873560', PMCID],
    ['pmc9873560', PMCID],
    ['9873560', PMCID],
    ['PMCID: PMC9873560', PMCID],
    ['PMC09873560', PMCID],
    ['PMC', null],
    ['PMC0', null],
    ['PMC1234567890', null],
  ])('PMCID %s → %s', (raw, value) => {
    expect(normalizePmcid(raw)).toBe(value);
  });
});
