import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { scanDocument } from '../../../src/citations/scan';

function doc(body: string, head = ''): Document {
  const window = new Window({ url: 'https://clinic.example/blog/post' });
  window.document.write(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
  return window.document as unknown as Document;
}

const ids = (body: string, head = '') => scanDocument(doc(body, head)).map((c) => c.ids);

describe('scanning a page', () => {
  it('groups the identifiers of one "Source:" line into one citation, wherever the links split the text', () => {
    const d = doc(
      '<p class="source">Source: Genchi A, et al. Nat Med. 2023;29(1):75-85. PMID: <a href="https://pubmed.ncbi.nlm.nih.gov/36624312/">36624312</a>; PMCID: PMC9873560; DOI: <a href="https://doi.org/10.1038/s41591-022-02097-3">10.1038/s41591-022-02097-3</a></p>',
    );
    const found = scanDocument(d);
    expect(found.map((c) => c.ids)).toEqual([{ pmid: '36624312', pmcid: 'PMC9873560', doi: '10.1038/s41591-022-02097-3' }]);
    // The badge goes after the DOI link, never inside it.
    expect((found[0]?.after as Element | undefined)?.tagName).toBe('A');
    expect(found[0]?.text).toMatch(/^Source: Genchi A, et al\./);
  });

  it('finds identifiers split across elements', () => {
    expect(ids('<p>DOI: <span>10.1038/</span><span>s41591-022-02097-3</span>.</p>')).toEqual([
      { doi: '10.1038/s41591-022-02097-3' },
    ]);
    expect(ids('<p><em>PMID</em>: <a href="#">36624312</a></p>')).toEqual([{ pmid: '36624312' }]);
  });

  it('splits one block into several citations when an identifier kind repeats', () => {
    expect(ids('<p>See PMID: 32444220 and, for the ALS trial, PMID: 34812863 with doi:10.1001/jama.2021.19415.</p>')).toEqual([
      { pmid: '32444220' },
      { pmid: '34812863', doi: '10.1001/jama.2021.19415' },
    ]);
  });

  it('keeps two identifiers apart when prose separates them, however close', () => {
    expect(
      ids(
        '<p>Research was published in a stem cell journal (DOI: 10.1186/s13287-019-1456-x), and an earlier paper on cord blood cells is often quoted (PMID: 21291304).</p>',
      ),
    ).toEqual([{ doi: '10.1186/s13287-019-1456-x' }, { pmid: '21291304' }]);
    // Labels between them are one reference's.
    expect(ids('<p>PMID: 36624312; PMCID: PMC9873560; available online at DOI: 10.1038/s41591-022-02097-3</p>')).toEqual([
      { pmid: '36624312', pmcid: 'PMC9873560', doi: '10.1038/s41591-022-02097-3' },
    ]);
  });

  it('reads a link that names a study even when its text does not', () => {
    expect(ids('<p>Our results are <a href="https://pubmed.ncbi.nlm.nih.gov/37919438/">backed by science</a>.</p>')).toEqual([
      { pmid: '37919438' },
    ]);
  });

  it.each([
    ['script', '<script>var x = "PMID: 36624312";</script><p>Hello</p>'],
    ['style', '<style>.a{content:"10.1038/s41591-022-02097-3"}</style>'],
    ['textarea', '<form><textarea>PMID: 36624312</textarea><input value="PMID: 36624312"></form>'],
    ['contenteditable', '<div contenteditable="true"><p>PMID: 36624312</p></div>'],
    ['hidden attribute', '<div hidden><p>PMID: 36624312</p></div>'],
    ['template', '<template><p>PMID: 36624312</p></template>'],
    ['our own UI', '<evidence-lens-ui>PMID: 36624312</evidence-lens-ui>'],
  ])('skips %s', (_, body) => {
    const found = scanDocument(doc(body), { isOwnElement: (el) => el.localName === 'evidence-lens-ui' });
    expect(found).toEqual([]);
  });

  it.each([
    ['Call (305) 555-0148 or visit 2200 Bayview Drive, Miami, FL 33137.'],
    ['Packages from $9,500 · order no. 88120045 · posted 03/14/2024'],
    ['Take 10.5 mg twice daily; version 10.2024/11 of our protocol.'],
    ['The trial NCT0327807 was truncated in the source.'],
  ])('reports no identifier in ordinary text: %s', (text) => {
    expect(ids(`<p>${text}</p>`)).toEqual([]);
  });

  it.each([
    ['Registered as 2010-024081-21.', { eudract: '2010-024081-21' }],
    ['EUDRACT 2010-024081-21', { eudract: '2010-024081-21' }],
    ['PUBMED ID: 36624312', { pmid: '36624312' }],
    ['chictr2000029953', { chictr: 'ChiCTR2000029953' }],
    ['ctri/2020/05/025214', { ctri: 'CTRI/2020/05/025214' }],
    ['Isrctn 91288089', { isrctn: 'ISRCTN91288089' }],
    ['Drks00012345', { drks: 'DRKS00012345' }],
    ['NCT 03269071', { nct: 'NCT03269071' }],
  ])('the page-wide pre-check lets %s through to the detectors', (text, expected) => {
    expect(ids(`<p>${text}</p>`)).toEqual([expected]);
  });

  it('gives an article page one page-level citation from its meta tags, not a badge in its header', () => {
    const found = scanDocument(
      doc(
        '<header><p>doi: 10.1038/s41591-022-02097-3</p></header><ol><li>Dawson G, et al. J Pediatr. 2020. PMID: 32444220</li></ol>',
        '<meta name="citation_doi" content="10.1038/s41591-022-02097-3"><meta name="citation_pmid" content="36624312"><title>STEMS</title>',
      ),
    );
    expect(found.map((c) => [c.ids, c.pageLevel ?? false])).toEqual([
      [{ doi: '10.1038/s41591-022-02097-3', pmid: '36624312' }, true],
      [{ pmid: '32444220' }, false],
    ]);
    expect(found[0]?.after).toBeNull();
  });

  it('keeps an in-text citation apart from an identifier a sentence of prose later', () => {
    const found = scanDocument(
      doc(
        '<p>The cells did not reduce new lesions compared with placebo (Uccelli et al., 2021). A phase 2 trial of cells injected into the spinal fluid also missed its main goal (NCT03355365).</p>',
      ),
    );
    expect(found.map((c) => [c.ids, c.reference?.surname ?? null])).toEqual([
      [{}, 'Uccelli'],
      [{ nct: 'NCT03355365' }, null],
    ]);
    // Right before its identifier, the in-text citation is that identifier's reference.
    const joined = scanDocument(doc('<p>Genchi et al. 2023 (PMID: 36624312) reported on 12 people.</p>'));
    expect(joined.map((c) => [c.ids, c.reference?.surname ?? null])).toEqual([[{ pmid: '36624312' }, 'Genchi']]);
  });

  it('numbers the entries of a numbered reference list, printed or ordered', () => {
    const ordered = scanDocument(
      doc(
        '<ol start="4"><li>Genchi A, et al. Neural stem cells in progressive MS. Nat Med. 2023;29:75-85.</li><li>Dawson G, et al. Cord blood for autism. J Pediatr. 2020;222:164-173. PMID: 32444220</li></ol>',
      ),
    );
    expect(ordered.map((c) => c.number)).toEqual([4, 5]);
    const printed = scanDocument(
      doc('<p>[7] Genchi A, et al. Neural stem cells in progressive MS. Nat Med. 2023. PMID: 36624312</p>'),
    );
    expect(printed.map((c) => c.number)).toEqual([7]);
    // A paragraph of prose is no numbered entry.
    expect(scanDocument(doc('<p>A trial of 12 people (PMID: 36624312) found the cells safe.</p>'))[0]?.number).toBeUndefined();
  });

  it('proposes references without identifiers for the record to confirm', () => {
    const found = scanDocument(
      doc('<li>Genchi A, Brambilla E, et al. Neural stem cells in progressive MS. Nat Med. 2023;29(1):75-85.</li>'),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.ids).toEqual({});
    expect(found[0]?.reference).toMatchObject({ surname: 'Genchi', year: 2023 });
  });

  it('places a badge right after a citation inside a longer text node, after its closing punctuation', () => {
    const found = scanDocument(doc('<p>Studies show this works (PMID: 37919438), and it takes an hour.</p>'));
    const c = found[0];
    expect(c?.after?.nodeType).toBe(3);
    expect((c?.after as Text | undefined)?.data.slice(0, c?.afterOffset)).toBe('Studies show this works (PMID: 37919438),');
  });

  it('numbers repeats of the same reference so every key is unique and stable', () => {
    const keys = scanDocument(doc('<p>PMID: 36624312</p><div>text</div><p>Again PMID: 36624312</p>')).map((c) => c.key);
    expect(keys).toEqual(['pmid:36624312', 'pmid:36624312#1']);
  });
});
