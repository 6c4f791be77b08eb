/**
 * Scanning stays linear on adversarial text: a megabyte of digits, dots,
 * slashes, repeated "10.", "PMID", "NCT", "(((" or "<<<" completes, and takes
 * about four times as long as a quarter megabyte. No absolute time limits
 * (machines differ); catastrophic backtracking would not finish at all, and a
 * quadratic scan would take 16 times as long instead of 4.
 */
import { describe, expect, it } from 'vitest';
import { findIdentifiers } from '../../../src/citations/find-in-text';
import { findReferenceHint } from '../../../src/citations/references';

const MB = 1 << 20;
const QUARTER = MB / 4;
// Generous: linear scans land near 1, quadratic ones near 4 (and at these sizes would never finish).
const MAX_RATIO = 3;
// Below this the timer's noise dominates; such a scan is fast whatever its shape.
const NOISE_MS = 20;

function build(prefix: string, unit: string, size: number, suffix = ''): string {
  const body = unit.repeat(Math.ceil((size - prefix.length - suffix.length) / unit.length));
  return prefix + body.slice(0, size - prefix.length - suffix.length) + suffix;
}

function timeMs(text: string): number {
  const t0 = performance.now();
  findIdentifiers(text);
  return performance.now() - t0;
}

/** The fastest of a few interleaved runs of each size: the least disturbed by GC and other test workers. */
function fastest(small: string, large: string): { small: number; large: number } {
  let s = Number.POSITIVE_INFINITY;
  let l = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 4; i++) {
    s = Math.min(s, timeMs(small));
    l = Math.min(l, timeMs(large));
  }
  return { small: s, large: l };
}

const CASES: [name: string, prefix: string, unit: string, suffix?: string][] = [
  ['digits', '', '1'],
  ['dots', '', '.'],
  ['slashes', '', '/'],
  ['repeated "10."', '', '10.'],
  ['repeated "10.1234/"', '', '10.1234/'],
  ['repeated "10.1234."', '', '10.1234.', '/x'],
  ['registrant then digits', '10.', '1'],
  ['DOI then closing brackets', '10.1234/a', ')'],
  ['DOI then dots', '10.1234/a', '.'],
  ['DOI then dots and a letter', '10.1234/a', '.', 'x'],
  ['DOI then "<"', '10.1234/a', '<'],
  ['DOI then SICI openers', '10.1234/a', '<1::'],
  ['DOI then percent signs', '10.1234/a', '%2'],
  ['repeated "PMID"', '', 'PMID'],
  ['repeated "PMID: "', '', 'PMID: '],
  ['repeated "PubMed ID "', '', 'PubMed ID '],
  ['a list after "PMIDs:"', 'PMIDs: ', '1, '],
  ['repeated "PMC"', '', 'PMC'],
  ['repeated "NCT"', '', 'NCT'],
  ['repeated "NCT0"', '', 'NCT0'],
  ['repeated "NCT 0123456 "', '', 'NCT 0123456 '],
  ['opening parentheses', '', '((('],
  ['closing parentheses after a DOI URL', 'https://doi.org/10.1234/a', ')'],
  ['angle brackets', '', '<<<'],
  ['repeated "https://"', '', 'https://'],
  ['repeated "https://doi.org/10.1234/a "', '', 'https://doi.org/10.1234/a '],
  ['repeated "doi.org/"', '', 'doi.org/'],
  ['host labels', '', 'a.'],
  ['host labels then a slash', '', 'ab.', '/'],
  ['letters', '', 'a'],
  ['dashed numbers', '', '2007-002144-16-'],
  ['repeated "EudraCT "', '', 'EudraCT '],
  ['repeated "ChiCTR-"', '', 'ChiCTR-'],
  ['repeated "CTRI/2020/"', '', 'CTRI/2020/'],
  ['whitespace and digits', '', ' 1'],
  ['identifiers of every kind', '', 'PMID: 1 PMC1234567 NCT01234567 10.1038/x 2007-002144-16 '],
];

describe('linear-time scanning', () => {
  it.each(CASES)('%s', (_, prefix, unit, suffix) => {
    findIdentifiers(build(prefix, unit, 4096, suffix)); // warm up the regexes
    const { small, large } = fastest(build(prefix, unit, QUARTER, suffix), build(prefix, unit, MB, suffix));
    const expected = Math.max(4 * small, NOISE_MS);
    expect(large / expected, `1 MB took ${large.toFixed(1)} ms, 256 KB took ${small.toFixed(1)} ms`).toBeLessThan(MAX_RATIO);
  });

  it('findReferenceHint looks at no more than a block of text', () => {
    const text = 'Genchi A, Brambilla E, '.repeat(200);
    const t0 = performance.now();
    findReferenceHint(text);
    findReferenceHint('Aa '.repeat(1600));
    findReferenceHint('Genchi et al '.repeat(380));
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
