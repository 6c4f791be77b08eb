/**
 * findIdentifiers over whole references and page text: several kinds in one
 * string, overlaps, offsets, and a saved page whose only identifiers are the
 * three in its source line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { findIdentifiers, MAY_CITE } from '../../../src/citations/find-in-text';
import { type Found, inText, REPO_ROOT } from './helpers';

describe('references with several identifiers', () => {
  it.each<[string, Found[]]>([
    [
      'Genchi A, et al. Neural stem cell transplantation in patients with progressive multiple sclerosis. Nat Med. 2023;29(1):75-85. PMID: 36624312; PMCID: PMC9873560; DOI: 10.1038/s41591-022-02097-3',
      [
        ['pmid', '36624312'],
        ['pmcid', 'PMC9873560'],
        ['doi', '10.1038/s41591-022-02097-3'],
      ],
    ],
    [
      'Choudry F, et al. Eur Heart J. 2016;37(3):256-63. doi:10.1093/eurheartj/ehv493. (NCT00765453; EudraCT 2007-002144-16)',
      [
        ['doi', '10.1093/eurheartj/ehv493'],
        ['nct', 'NCT00765453'],
        ['eudract', '2007-002144-16'],
      ],
    ],
    [
      'Trial registration: ClinicalTrials.gov NCT03282760; ISRCTN91288089; DRKS00012345; ACTRN12617000638336; CTRI/2020/05/025214; ChiCTR2000029953.',
      [
        ['nct', 'NCT03282760'],
        ['isrctn', 'ISRCTN91288089'],
        ['drks', 'DRKS00012345'],
        ['actrn', 'ACTRN12617000638336'],
        ['ctri', 'CTRI/2020/05/025214'],
        ['chictr', 'ChiCTR2000029953'],
      ],
    ],
    [
      'Available from: https://pubmed.ncbi.nlm.nih.gov/36624312/ and https://doi.org/10.1038/s41591-022-02097-3.',
      [
        ['pmid', '36624312'],
        ['doi', '10.1038/s41591-022-02097-3'],
      ],
    ],
    [
      'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC9873560/ (PMID 36624312)',
      [
        ['pmcid', 'PMC9873560'],
        ['pmid', '36624312'],
      ],
    ],
    [
      'doi:10.1038/nature12373\nPMID: 23903654',
      [
        ['doi', '10.1038/nature12373'],
        ['pmid', '23903654'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(inText(text)).toEqual(expected);
  });

  it('reports offsets that cover each identifier', () => {
    const text = 'PMID: 36624312; PMCID: PMC9873560; DOI: 10.1038/s41591-022-02097-3.';
    expect(findIdentifiers(text).map((m) => text.slice(m.start, m.end))).toEqual([
      'PMID: 36624312',
      'PMCID: PMC9873560',
      '10.1038/s41591-022-02097-3',
    ]);
  });

  it('lets a publisher URL win over the DOI-looking text inside it', () => {
    expect(inText('https://link.springer.com/content/pdf/10.1007/s00415-020-10000-1.pdf')).toEqual([
      ['doi', '10.1007/s00415-020-10000-1'],
    ]);
  });
});

describe('ordinary page text', () => {
  it.each([
    'Our clinic has treated thousands of patients from over 40 countries.',
    'Call us today at (305) 555-0148 or visit us at 2200 Bayview Drive, Suite 310, Miami, FL 33137.',
    'Treatment packages start at $9,500. Limited spots are available this month.',
    '© 2024 Brightwater Regenerative Clinic · Order no. 88120045 · Open 9–5, Monday to Friday',
    'Posted March 14, 2024 by the Brightwater patient team · 6 min read',
    'Visit https://example.com/stem-cells/10-facts for more.',
    'Version 10.2024/11 of our app is out.',
    'Our success rate is 10.5/10!',
  ])('%s', (text) => {
    expect(findIdentifiers(text)).toEqual([]);
  });

  it('skips text that cannot cite anything before running the detectors', () => {
    expect(MAY_CITE.test('Stem cells repair the damage that MS leaves behind.')).toBe(false);
  });
});

describe('the saved clinic blog page', () => {
  it('finds the source line identifiers and nothing in the phone number, address, price or order number', () => {
    const html = readFileSync(path.join(REPO_ROOT, 'tests/fixtures/pages/stems-clinic-blog.html'), 'utf8');
    const window = new Window();
    window.document.write(html);
    const text = window.document.body.textContent ?? '';
    expect(inText(text)).toEqual([
      ['pmid', '36624312'],
      ['pmcid', 'PMC9873560'],
      ['doi', '10.1038/s41591-022-02097-3'],
    ]);
    window.close();
  });
});
