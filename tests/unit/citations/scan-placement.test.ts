/**
 * The scanner reads the page's text once, finds hints (digit runs the
 * detectors' gate accepts) and places each hint on its text node by stepping
 * over runs of children. These tests check that placement against pages whose
 * answer is known: every citation found once, in document order, with its
 * badge inside its own block, on generated pages of every shape; and that a
 * page changing its text between two slices loses nothing.
 */
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { DocumentScanner, scanDocument } from '../../../src/citations/scan';

function doc(body: string): Document {
  const window = new Window({ url: 'https://clinic.example/blog/post' });
  window.document.write(`<!doctype html><html><head></head><body>${body}</body></html>`);
  return window.document as unknown as Document;
}

const FILLER = [
  'Our clinic has treated patients since 2009 and',
  'call 555-0100 between 9 and 5 or book online;',
  'the 12-week programme costs $4,500 in total.',
  'Many people ask whether stem cells can help them.',
  'Results vary from person to person.',
  '',
];

/** How a citation with PMID `n` is written: plain, split by elements, or only in a link. */
const FORMS = [
  (n: number) => `as shown in a trial (PMID: ${n}).`,
  (n: number) => `<em>PMID</em>: <a href="#">${n}</a>`,
  (n: number) => `see <a href="https://pubmed.ncbi.nlm.nih.gov/${n}/">the paper</a> for details`,
  (n: number) => `PubMed ID <span>${String(n).slice(0, 3)}</span><span>${String(n).slice(3)}</span>`,
];

interface Tree {
  tag: string;
  children: (Tree | { text: number } | { cite: number; form: number })[];
}

const leaf = fc.oneof(
  { weight: 4, arbitrary: fc.record({ text: fc.nat(FILLER.length - 1) }) },
  { weight: 1, arbitrary: fc.record({ cite: fc.constant(0), form: fc.nat(FORMS.length - 1) }) },
);
// Blocks that are valid wherever they are put (a <td> outside a table loses its tag, and its
// text joins the container's own text, which is read as one block).
const BLOCKS = ['p', 'li', 'h2', 'dd', 'blockquote'];
const CONTAINERS = ['div', 'section', 'article', 'main', 'span'];

// A block of inline text with at most a few citations' worth of leaves.
const block: fc.Arbitrary<Tree> = fc.record({
  tag: fc.constantFrom(...BLOCKS),
  children: fc.array(leaf, { minLength: 1, maxLength: 3 }),
});

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    block,
    // A container of a few nodes of any kind.
    fc.record({ tag: fc.constantFrom(...CONTAINERS), children: fc.array(tie('node'), { maxLength: 5 }) }),
    // A wide container (a long list, a page of paragraphs): runs of its children are stepped over.
    fc.record({ tag: fc.constantFrom(...CONTAINERS), children: fc.array(block, { minLength: 30, maxLength: 150 }) }),
  ),
})).node;

/** Renders the tree, numbering citations in document order; returns the HTML and the PMIDs in that order. */
function render(root: Tree): { html: string; pmids: string[] } {
  const pmids: string[] = [];
  const out = (t: Tree): string => {
    const inner = t.children
      .map((c) => {
        if ('tag' in c) return out(c);
        if ('text' in c) return `${FILLER[c.text]} `;
        const n = 30000000 + pmids.length * 7;
        pmids.push(String(n));
        return (FORMS[c.form] as (n: number) => string)(n);
      })
      .join('\n');
    return `<${t.tag}>${inner}</${t.tag}>`;
  };
  return { html: out(root), pmids };
}

/** A block (not an inline wrapper) that holds the node. */
function blockOf(node: Node): Element | null {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (['P', 'LI', 'H2', 'DD', 'BLOCKQUOTE', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'BODY'].includes(el.tagName)) return el;
  }
  return null;
}

/** Scans in Range mode, counting the characters Range reads return; gives the PMIDs found in order. */
function scanCountingReads(d: Document): { found: (string | undefined)[]; read: number } {
  const range = (d.defaultView as unknown as { Range: typeof Range }).Range.prototype;
  const original = range.toString;
  let read = 0;
  range.toString = function (this: Range) {
    const text = original.call(this);
    read += text.length;
    return text;
  };
  try {
    return { found: scanDocument(d, { useRanges: true }).map((c) => c.ids.pmid), read };
  } finally {
    range.toString = original;
  }
}

// Runs of text are read with Ranges in browsers and child by child in the CLI: both ways are checked.
describe.each([
  ['with Ranges', true],
  ['child by child', false],
])('placing hints on generated pages, %s', (_name, useRanges) => {
  it('finds every citation once, in document order, with its badge in its own block', () => {
    fc.assert(
      fc.property(tree, (root) => {
        const { html, pmids } = render(root);
        const d = doc(html);
        const found = scanDocument(d, { useRanges }).filter((c) => !c.pageLevel);
        expect(found.map((c) => c.ids.pmid)).toEqual(pmids);
        for (const c of found) {
          const block = blockOf(c.after as Node);
          expect(block?.textContent?.includes(c.ids.pmid as string) || block?.innerHTML.includes(c.ids.pmid as string)).toBe(
            true,
          );
        }
      }),
      { numRuns: useRanges ? 30 : 100 },
    );
  });

  it('finds the same citations when the scan yields after every step', () => {
    fc.assert(
      fc.property(tree, (root) => {
        const { html, pmids } = render(root);
        const scanner = new DocumentScanner(doc(html), undefined, { useRanges });
        let steps = 0;
        while (!scanner.step(() => true)) steps++;
        expect(steps).toBeLessThan(10_000);
        expect(scanner.citations.filter((c) => !c.pageLevel).map((c) => c.ids.pmid)).toEqual(pmids);
      }),
      { numRuns: useRanges ? 15 : 50 },
    );
  });
});

describe('a page that changes its text while it is scanned', () => {
  const page = (n: number) =>
    `<main>${Array.from({ length: n }, (_, i) => `<p id="p${i}">Paragraph ${i} cites PMID: ${31000000 + i}.</p>`).join('\n')}</main>`;

  it('still finds every citation when text before the next hints grows between slices', () => {
    const d = doc(page(400));
    const scanner = new DocumentScanner(d);
    let slices = 0;
    while (!scanner.step(() => true)) {
      slices++;
      // A ticker at the top of the page: its text changes length between our slices.
      const first = d.getElementById('p0')?.firstChild as Text;
      first.data = `${first.data} (updated ${slices})`;
    }
    expect(slices).toBeGreaterThan(1);
    const pmids = scanner.citations.map((c) => c.ids.pmid);
    expect(new Set(pmids).size).toBe(400);
    expect(pmids).toHaveLength(400);
  });

  it('still finds every citation when paragraphs are removed ahead of the scan', () => {
    const d = doc(page(400));
    const scanner = new DocumentScanner(d);
    let removed = false;
    while (!scanner.step(() => true)) {
      if (!removed) {
        d.getElementById('p399')?.remove();
        d.getElementById('p398')?.remove();
        removed = true;
      }
    }
    const pmids = scanner.citations.map((c) => c.ids.pmid);
    expect(pmids).toHaveLength(398);
    expect(pmids).not.toContain('31000399');
  });
});

describe('hints', () => {
  const pmids = (html: string) => scanDocument(doc(html)).map((c) => c.ids);

  it.each([
    ['a PMID of one digit after its label', '<p>PMID: 9</p>', [{ pmid: '9' }]],
    ['a lower-case label', '<p>pmid 36624312</p>', [{ pmid: '36624312' }]],
    ['a PMCID with its label and a short number', '<p>PMCID: 123</p>', [{ pmcid: 'PMC123' }]],
    ['a bare EudraCT number', '<p>Trial 2016-002020-86 enrolled adults.</p>', [{ eudract: '2016-002020-86' }]],
    [
      'a DOI whose first digits are far from any label',
      '<p>10.1038/s41591-022-02097-3</p>',
      [{ doi: '10.1038/s41591-022-02097-3' }],
    ],
    ['a registry number after a long label', '<p>ClinicalTrials.gov Identifier: NCT03269071</p>', [{ nct: 'NCT03269071' }]],
  ])('finds %s', (_name, html, expected) => {
    expect(pmids(html)).toEqual(expected);
  });

  it('proposes an author-year reference (the year is the hint)', () => {
    const found = scanDocument(doc('<p>As Genchi et al. (2023) showed, the cells were tolerated.</p>'));
    expect(found.map((c) => c.reference?.surname)).toEqual(['Genchi']);
  });

  it('does not read blocks whose numbers have nothing of a citation around them', () => {
    const read: string[] = [];
    const far = '<p>We are a friendly team of nurses and doctors who love to help you feel better every day.</p>';
    scanDocument(
      doc(`<p>Call 555-0100 or 555-0199.</p>${far}<p>Open since 2009, 1200 patients a year.</p>${far}<p>PMID: 36624312</p>`),
      {
        onBlock: (b) => read.push(b.text),
      },
    );
    expect(read).toEqual(['PMID: 36624312']);
  });

  it('finds a citation that straddles the edge of a search window', () => {
    // The hint search works in windows of 256 KB: put the identifier across the first edge.
    const before = 'x'.repeat(256 * 1024 - 6);
    const found = scanDocument(doc(`<p>${before} PMID: 36624312</p>`));
    expect(found.map((c) => c.ids)).toEqual([{ pmid: '36624312' }]);
  });

  it('reads the own text of a container with blocks inside it as one block, losing nothing', () => {
    const found = pmids('<div>Intro PMID: 11111111 <p>Nested PMID: 22222222</p> outro PMID: 33333333</div>');
    expect(found.map((c) => c.pmid).sort()).toEqual(['11111111', '22222222', '33333333']);
  });

  it('a large saved page scans in seconds in the CLI (child by child), with every citation', () => {
    const parts = Array.from(
      { length: 1000 },
      (_, i) => `<div>${'<i>x</i>'.repeat(50)}<p>Story ${i}${i % 250 === 0 ? ` (PMID: ${32000000 + i})` : ''}</p></div>`,
    );
    const d = doc(`<main>${parts.join('')}</main><p>Last: <a href="https://doi.org/10.1000/last">paper</a></p>`);
    const found = scanDocument(d, { useRanges: false }).map((c) => c.ids);
    expect(found).toEqual([
      { pmid: '32000000' },
      { pmid: '32000250' },
      { pmid: '32000500' },
      { pmid: '32000750' },
      { doi: '10.1000/last' },
    ]);
  });

  it('reads link-only citations in document order among text citations', () => {
    const html =
      '<p>PMID: 11111111</p><p>Read <a href="https://doi.org/10.1000/first">the paper</a>.</p>' +
      '<div>' +
      Array.from({ length: 80 }, (_, i) => `<p>Filler paragraph number ${i} about our clinic.</p>`).join('') +
      '</div><p>PMID: 22222222</p><p><a href="https://doi.org/10.1000/second">more</a></p>';
    expect(pmids(html)).toEqual([
      { pmid: '11111111' },
      { doi: '10.1000/first' },
      { pmid: '22222222' },
      { doi: '10.1000/second' },
    ]);
  });

  it('reads each stretch of text about once when stepping over runs, even with one inline element under the body', () => {
    // One inline element under the body holding every paragraph: a run that reaches the end of its
    // parent must shrink to the children left, not be read again at full length for every hint.
    const paragraphs = Array.from({ length: 150 }, (_, i) =>
      i % 7 === 3
        ? `<p>As shown (PMID: ${33000000 + i}).</p>`
        : `<p>Our clinic has treated patients since 2009, paragraph ${i}.</p>`,
    );
    const d = doc(`<span><span>${paragraphs.join('\n')}</span></span>`);
    const { found, read } = scanCountingReads(d);
    expect(found).toEqual(
      Array.from({ length: 150 }, (_, i) => i)
        .filter((i) => i % 7 === 3)
        .map((i) => String(33000000 + i)),
    );
    // The first read (the whole text) plus the runs stepped over: about twice the text, never 20 times.
    expect(read).toBeLessThan(3 * (d.body.textContent?.length ?? 0));
  });

  it('reads each stretch of text about once when the children of one element are far longer than those of another', () => {
    // Sections of a few thousand characters hold paragraphs of a hundred: an estimate of how many
    // sections to step over must come from the sections, or each hint costs reads of the whole page.
    const sections = Array.from({ length: 40 }, (_, s) => {
      const ps = Array.from({ length: 40 }, (_, i) =>
        (s * 40 + i) % 37 === 5
          ? `<p>Trial results (PMID: ${34000000 + s * 40 + i}).</p>`
          : `<p>Our clinic has treated patients since 2009; ${'stem cell care '.repeat(1 + ((s + i) % 9))}${i}.</p>`,
      );
      return `<section><h2>Part ${s}</h2><div>${ps.join('\n')}</div></section>`;
    });
    const d = doc(`<main>${sections.join('\n')}</main>`);
    const { found, read } = scanCountingReads(d);
    expect(found).toEqual(
      Array.from({ length: 1600 }, (_, k) => k)
        .filter((k) => k % 37 === 5)
        .map((k) => String(34000000 + k)),
    );
    expect(read).toBeLessThan(3 * (d.body.textContent?.length ?? 0));
  });

  it('checks its time budget after every block it reads, so a slow block reader cannot stretch a slice', () => {
    // The claims engine reads blocks too; cold, one block can cost tens of milliseconds. Here each
    // block "costs" 5 ms on a fake clock and a slice may last 8 ms: no slice reads more than two.
    const paragraphs = Array.from({ length: 120 }, (_, i) =>
      i % 3 === 0
        ? `<p>Trial ${i} (PMID: ${35000000 + i}).</p>`
        : `<p>See <a href="https://doi.org/10.1000/x${i}">paper ${i}</a>.</p>`,
    );
    const d = doc(`<main>${paragraphs.join('')}</main>`);
    let clock = 0;
    let blocksThisSlice = 0;
    let most = 0;
    const scanner = new DocumentScanner(d, undefined, {
      onBlock: () => {
        clock += 5;
        blocksThisSlice++;
        most = Math.max(most, blocksThisSlice);
      },
    });
    let slices = 0;
    for (;;) {
      const start = clock;
      blocksThisSlice = 0;
      slices++;
      if (scanner.step(() => clock - start > 8)) break;
    }
    expect(scanner.citations).toHaveLength(120);
    expect(most).toBeLessThanOrEqual(2);
    expect(slices).toBeGreaterThanOrEqual(60);
  });
});
