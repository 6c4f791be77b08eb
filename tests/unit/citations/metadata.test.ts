/**
 * Identifiers a page declares about itself: meta tags in the head (read from a
 * happy-dom document) and JSON-LD blocks.
 */
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import type { CitationIds } from '../../../src/citations/ids';
import { identifiersFromJsonLd, identifiersFromMeta } from '../../../src/citations/metadata';

const windows: Window[] = [];
afterEach(() => {
  for (const w of windows.splice(0)) w.close();
});

function docWithHead(head: string): Document {
  const window = new Window({ url: 'https://example.org/article' });
  windows.push(window);
  window.document.head.innerHTML = head;
  return window.document as unknown as Document;
}

const NATMED = '10.1038/s41591-022-02097-3';

describe('identifiersFromMeta', () => {
  it.each<[string, CitationIds]>([
    [`<meta name="citation_doi" content="${NATMED}">`, { doi: NATMED }],
    [`<meta name="citation_doi" content="doi:10.1038/S41591-022-02097-3">`, { doi: NATMED }],
    [`<meta name="citation_doi" content="https://doi.org/${NATMED}">`, { doi: NATMED }],
    [`<meta name="CITATION_DOI" content="${NATMED}">`, { doi: NATMED }],
    [`<meta property="citation_doi" content="${NATMED}">`, { doi: NATMED }],
    [`<meta name="prism.doi" content="${NATMED}">`, { doi: NATMED }],
    [`<meta name="dc.identifier" content="${NATMED}">`, { doi: NATMED }],
    [`<meta name="DC.Identifier" content="info:doi/${NATMED}">`, { doi: NATMED }],
    [`<meta name="dc.identifier" scheme="doi" content="doi:${NATMED}">`, { doi: NATMED }],
    [`<meta name="DC.identifier" content="https://doi.org/${NATMED}">`, { doi: NATMED }],
    [`<meta name="dcterms.identifier" content="info:doi/${NATMED}">`, { doi: NATMED }],
    ['<meta name="dc.identifier" content="info:pmid/36624312">', { pmid: '36624312' }],
    ['<meta name="dc.identifier" content="ISSN 1078-8956">', {}],
    ['<meta name="dc.identifier" content="36624312">', {}],
    ['<meta name="dc.identifier" content="https://www.example.org/blog/stem-cells">', {}],
    ['<meta name="citation_pmid" content="36624312">', { pmid: '36624312' }],
    ['<meta name="citation_pmid" content="PMID: 36624312">', { pmid: '36624312' }],
    ['<meta name="citation_pmid" content="not a number">', {}],
    ['<meta name="citation_pmcid" content="PMC9873560">', { pmcid: 'PMC9873560' }],
    ['<meta name="ncbi_db" content="pubmed"><meta name="ncbi_uid" content="36624312">', { pmid: '36624312' }],
    ['<meta name="ncbi_db" content="pmc"><meta name="ncbi_uid" content="9873560">', { pmcid: 'PMC9873560' }],
    ['<meta name="ncbi_uid" content="36624312">', {}],
    [
      `<meta name="citation_title" content="Neural stem cell transplantation"><meta name="citation_doi" content="${NATMED}"><meta name="citation_pmid" content="36624312">`,
      { doi: NATMED, pmid: '36624312' },
    ],
    [`<meta name="citation_doi" content="${NATMED}"><meta name="dc.identifier" content="10.1000/other">`, { doi: NATMED }],
    ['<meta name="description" content="doi:10.1038/s41591-022-02097-3">', {}],
    ['<meta name="citation_doi" content="10.5 mg">', {}],
    ['', {}],
  ])('%s', (head, expected) => {
    expect(identifiersFromMeta(docWithHead(head))).toEqual(expected);
  });

  it('reads only the head', () => {
    const doc = docWithHead('');
    doc.body.innerHTML = `<meta name="citation_doi" content="${NATMED}">`;
    expect(identifiersFromMeta(doc)).toEqual({});
  });
});

describe('identifiersFromJsonLd', () => {
  const json = (value: unknown) => JSON.stringify(value);

  it.each<[string, string[], CitationIds]>([
    [
      'identifier as a DOI URL',
      [json({ '@type': 'ScholarlyArticle', identifier: `https://doi.org/${NATMED}` })],
      { doi: NATMED },
    ],
    ['identifier as doi:', [json({ '@type': 'ScholarlyArticle', identifier: `doi:${NATMED}` })], { doi: NATMED }],
    ['a doi property', [json({ '@type': 'ScholarlyArticle', doi: NATMED })], { doi: NATMED }],
    [
      'PropertyValue identifiers',
      [
        json({
          '@type': 'ScholarlyArticle',
          identifier: [
            { '@type': 'PropertyValue', propertyID: 'DOI', value: NATMED },
            { '@type': 'PropertyValue', propertyID: 'PMID', value: '36624312' },
            { '@type': 'PropertyValue', propertyID: 'PMCID', value: 'PMC9873560' },
          ],
        }),
      ],
      { doi: NATMED, pmid: '36624312', pmcid: 'PMC9873560' },
    ],
    [
      'PropertyValue with a name and a number',
      [json({ identifier: { '@type': 'PropertyValue', name: 'PubMed ID', value: 36624312 } })],
      { pmid: '36624312' },
    ],
    [
      'identifiers.org property IDs',
      [json({ identifier: { propertyID: 'https://registry.identifiers.org/registry/pubmed', value: '36624312' } })],
      { pmid: '36624312' },
    ],
    ['pmid: string', [json({ identifier: 'pmid:36624312' })], { pmid: '36624312' }],
    ['a bare number is not a PMID', [json({ identifier: '36624312' })], {}],
    [
      'sameAs links',
      [json({ sameAs: ['https://pubmed.ncbi.nlm.nih.gov/36624312/', 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC9873560/'] })],
      { pmid: '36624312', pmcid: 'PMC9873560' },
    ],
    ['@id as a DOI URL', [json({ '@type': 'ScholarlyArticle', '@id': `https://doi.org/${NATMED}` })], { doi: NATMED }],
    [
      'url of a publisher page',
      [json({ '@type': 'ScholarlyArticle', url: 'https://www.nature.com/articles/s41591-022-02097-3' })],
      { doi: NATMED },
    ],
    [
      '@graph and mainEntity',
      [json({ '@graph': [{ '@type': 'WebPage', mainEntity: { '@type': 'MedicalTrial', identifier: 'NCT03282760' } }] })],
      { nct: 'NCT03282760' },
    ],
    [
      'works the page cites are not the page',
      [
        json({
          '@type': 'BlogPosting',
          url: 'https://clinic.example/blog',
          citation: [{ '@type': 'ScholarlyArticle', identifier: `doi:${NATMED}` }],
        }),
      ],
      {},
    ],
    [
      'two different DOIs: ambiguous, dropped',
      [json({ '@graph': [{ identifier: `doi:${NATMED}` }, { identifier: 'doi:10.1038/nature12373' }] })],
      {},
    ],
    ['the same DOI twice is fine', [json({ identifier: `doi:${NATMED}`, sameAs: `https://doi.org/${NATMED}` })], { doi: NATMED }],
    ['broken JSON', ['{"identifier": "doi:10.1038/x"'], {}],
    ['a string block', [json('doi:10.1038/s41591-022-02097-3')], { doi: NATMED }],
    ['a too-large block', [json({ identifier: `doi:${NATMED}`, pad: 'x'.repeat(200_001) })], {}],
    [
      'several blocks',
      [
        json({ '@type': 'Organization', url: 'https://clinic.example' }),
        json({ '@type': 'ScholarlyArticle', identifier: `doi:${NATMED}` }),
      ],
      { doi: NATMED },
    ],
  ])('%s', (_, blocks, expected) => {
    expect(identifiersFromJsonLd(blocks)).toEqual(expected);
  });

  it('stops at a depth limit instead of recursing forever', () => {
    let nested: unknown = { identifier: `doi:${NATMED}` };
    for (let i = 0; i < 50; i++) nested = { mainEntity: nested };
    expect(identifiersFromJsonLd([JSON.stringify(nested)])).toEqual({});
  });
});
