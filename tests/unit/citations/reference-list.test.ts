/**
 * References without identifiers are citations too: every entry of a
 * reference list gets one, with its title when printed, and in-text mentions
 * share the badge of the one entry they name.
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { type FoundCitation, scanDocument } from '../../../src/citations/scan';

function scan(body: string): FoundCitation[] {
  const window = new Window({ url: 'https://clinic.example/blog/post' });
  window.document.write(`<!doctype html><html><head></head><body>${body}</body></html>`);
  return scanDocument(window.document as unknown as Document);
}

const refs = (found: FoundCitation[]) =>
  found.map((c) => [
    c.reference?.surname ?? null,
    c.reference?.year ?? null,
    c.reference?.title ?? null,
    Object.keys(c.ids).length,
  ]);

const LIST = `
<h2>References</h2>
<ol>
  <li>Centeno CJ, Busse D, Kisiday J, Keohan C, Freeman M, Karli D. Increased knee cartilage volume in degenerative joint disease using percutaneously implanted, autologous mesenchymal stem cells. Pain Physician. 2008;11(3):343-53.</li>
  <li>Zhou, Y., Li, H., &amp; Wang, Q. (2018). Exosomes from adipose stem cells in a rat model of osteoarthritis. Stem Cell Research &amp; Therapy, 9, 247.</li>
  <li>Coleman J Jr. Autologous stem cell therapy and its effects on COPD: a pilot study. Lung Institute white paper, 2016.</li>
  <li>Genchi A, Brambilla E, Sangalli F, et al. Neural stem cell transplantation in patients with progressive multiple sclerosis: an open-label, phase 1 study. Nat Med. 2023;29(1):75-85. doi:10.1038/s41591-022-02097-3</li>
</ol>`;

describe('a reference list without identifiers', () => {
  it('gives each entry a citation of its own, with its title (Vancouver, APA, free form) or the identifier it prints', () => {
    expect(refs(scan(LIST))).toEqual([
      [
        'Centeno',
        2008,
        'Increased knee cartilage volume in degenerative joint disease using percutaneously implanted, autologous mesenchymal stem cells',
        0,
      ],
      ['Zhou', 2018, 'Exosomes from adipose stem cells in a rat model of osteoarthritis', 0],
      ['Coleman', 2016, 'Autologous stem cell therapy and its effects on COPD: a pilot study', 0],
      [
        'Genchi',
        2023,
        'Neural stem cell transplantation in patients with progressive multiple sclerosis: an open-label, phase 1 study',
        1,
      ],
    ]);
  });

  it('places each badge right after its entry', () => {
    const found = scan(LIST);
    expect(found.map((c) => c.after?.parentElement?.tagName)).toEqual(['LI', 'LI', 'LI', 'LI']);
    // After the whole entry, not after its year.
    const first = found[0] as (typeof found)[number];
    expect((first.after as Text).data.slice(0, first.afterOffset)).toMatch(/Pain Physician\. 2008;11\(3\):343-53\.$/);
  });

  it('finds every in-text citation of a paragraph and links each to its one entry', () => {
    const found = scan(
      `<p>Cartilage grew back (Centeno et al., 2008; Zhou et al., 2018), and older work agreed (Black, 2007).</p>${LIST}`,
    );
    const inText = found.filter((c) => c.reference && !c.reference.title && !Object.keys(c.ids).length);
    expect(inText.map((c) => [c.reference?.surname, c.reference?.year, c.sameAs?.startsWith('ref:') ?? null])).toEqual([
      ['Centeno', 2008, true],
      ['Zhou', 2018, true],
      ['Black', 2007, null],
    ]);
  });
});

describe('a short entry: "Surname et al. Journal. Year."', () => {
  it('is an entry of its own, the in-text citation of that name and year links to it, and its own authors are not a mention', () => {
    const found = scan(
      '<p>Another trial randomized 111 patients (Dallari et al., 2016).</p><ol><li>Dallari et al. Am J Sports Med. 2016.</li><li>Schepers, et al. Interventional Pain Medicine. 2022. https://doi.org/10.1016/j.inpm.2022.100011</li><li>Barman et al. Knee Surg Relat Res. 2022. doi:10.1186/s43019-022-00151-5</li></ol>',
    );
    expect(
      found.map((c) => [c.reference?.surname, c.reference?.year, c.reference?.journal ?? null, c.sameAs !== undefined]),
    ).toEqual([
      ['Dallari', 2016, null, true],
      ['Dallari', 2016, 'Am J Sports Med', false],
      ['Schepers', 2022, 'Interventional Pain Medicine', false],
      // One badge for the entry: its own "Barman et al." is not a mention of it.
      ['Barman', 2022, 'Knee Surg Relat Res', false],
    ]);
  });

  it('is not read into prose that opens with an author', () => {
    expect(scan('<p>Genchi et al. said in 2023 that the cells were safe.</p>').filter((c) => c.reference)).toEqual([]);
  });
});

describe('in-text mentions without a year', () => {
  const SOURCE =
    '<p class="source">Source: Genchi A, et al. Neural stem cell transplantation in patients with progressive multiple sclerosis. Nat Med. 2023;29(1):75-85. PMID: 36624312</p>';

  it('share the badge of the one entry they name ("Genchi et al.", "Genchi and colleagues")', () => {
    const found = scan(
      `<p>In this review, Genchi et al. present the results.</p><p>Genchi and colleagues followed them for two years.</p>${SOURCE}`,
    );
    const entry = found.find((c) => c.ids.pmid === '36624312');
    const mentions = found.filter((c) => c.sameAs);
    expect(mentions).toHaveLength(2);
    for (const m of mentions) {
      expect(m.sameAs).toBe(entry?.key);
      expect(m.ids).toEqual({ pmid: '36624312' });
    }
    expect(mentions.map((m) => m.after?.textContent)).toEqual([
      'In this review, Genchi et al. present the results.',
      'Genchi and colleagues followed them for two years.',
    ]);
  });

  it('are left alone when two entries share the name', () => {
    const two = `${SOURCE}<p>Genchi A, Rocca MA. Another paper on cells in the spine. Brain. 2021;144(2):10-20.</p>`;
    expect(scan(`<p>Genchi et al. present the results.</p>${two}`).filter((c) => c.sameAs)).toEqual([]);
  });

  it('are left alone when no entry has the name', () => {
    expect(scan(`<p>Centeno and colleagues present the results.</p>${SOURCE}`).filter((c) => c.sameAs)).toEqual([]);
  });
});
