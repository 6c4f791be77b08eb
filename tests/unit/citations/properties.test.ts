/**
 * Property tests (fast-check): normalizing is idempotent for every kind,
 * nothing throws on any string, every reported value is already normalized,
 * and a DOI survives being URL-encoded into a doi.org link.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../../src/citations/detectors';
import { normalizeDoi } from '../../../src/citations/detectors/doi';
import { REGISTRY_GATE } from '../../../src/citations/detectors/registries';
import { findIdentifiers, identifierFromHref } from '../../../src/citations/find-in-text';
import { ID_KINDS, type IdKind } from '../../../src/citations/ids';
import { identifiersFromJsonLd } from '../../../src/citations/metadata';
import { findReferenceHint } from '../../../src/citations/references';

const RUNS = { numRuns: 400 };

/** Pieces that identifiers and their look-alikes are made of. */
const PIECES = [
  '10.',
  '10.1',
  '1234',
  '978.',
  '0',
  '9',
  '.',
  '/',
  '//',
  '(',
  ')',
  '[',
  ']',
  '<',
  '>',
  '::',
  '%2F',
  '%',
  '%E0%A4',
  '#',
  ' ',
  '\n',
  '\u00a0',
  '\u200b',
  '–',
  '…',
  '"',
  'doi:',
  'DOI ',
  'https://',
  'doi.org/',
  'info:doi/',
  'PMID',
  'PMID: ',
  'PubMed',
  'PubMed ID',
  ':',
  'PMC',
  'PMCID',
  'NCT',
  'NCT ',
  'ISRCTN',
  'EudraCT ',
  'EUCTR',
  '2007-',
  '002144-',
  '2022-5',
  '16',
  '-',
  'ChiCTR',
  'ACTRN',
  'CTRI/',
  'DRKS',
  'et al',
  'pubmed.ncbi.nlm.nih.gov/',
  'www.',
  'nature.com/articles/',
  '?id=',
  '🐔',
  'É',
  '\ud800',
];

const pieces = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  pieces,
  fc.tuple(fc.string({ unit: 'grapheme', maxLength: 20 }), pieces, fc.string({ maxLength: 20 })).map((p) => p.join('')),
);

const DOI_CHARS = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._;()/:[]+#%üé–',
  '<1::AID-X>',
  '%2F',
  '%3C',
  ')',
  '.',
];
const rawDoi = fc
  .tuple(
    fc.constantFrom('', 'doi:', 'DOI: ', 'https://doi.org/', 'info:doi/', ' '),
    fc.integer({ min: 1000, max: 999_999_999 }),
    fc.array(fc.integer({ min: 0, max: 999 }), { maxLength: 2 }),
    fc.string({ unit: fc.constantFrom(...DOI_CHARS), minLength: 1, maxLength: 40 }),
    fc.constantFrom('', '.', ').', ',', '…', '"', ']'),
  )
  .map(
    ([prefix, registrant, subs, suffix, end]) => `${prefix}10.${registrant}${subs.map((s) => `.${s}`).join('')}/${suffix}${end}`,
  );

const digits = (chars: string, maxLength: number) => fc.string({ unit: fc.constantFrom(...chars), maxLength });
/** A label, then either a well-formed number (`core`) or a near miss of digits and separators. */
const sample = (labels: string[], core: RegExp, chars: string, maxLength: number) =>
  fc
    .tuple(
      fc.constantFrom(...labels),
      fc.oneof(fc.stringMatching(core), digits(chars, maxLength)),
      fc.constantFrom('', '', '-GB', ' ', '.'),
    )
    .map((p) => p.join(''));

/** Realistic and near-miss values for each kind (mixed with arbitrary text below). */
const SAMPLES: Record<IdKind, fc.Arbitrary<string>> = {
  doi: rawDoi,
  pmid: sample(['', 'PMID: ', 'pmid', 'PubMed ID ', 'info:pmid/', ' '], /^0{0,2}[0-9]{1,9}$/, '00129', 12),
  pmcid: sample(['', 'PMC', 'pmc', 'PMCID: ', 'PMC ', ' '], /^0?[0-9]{1,9}$/, '00129', 11),
  nct: sample(['NCT', 'nct', 'NCT ', 'NCT: ', ''], /^[0-9]{8}$/, '0129', 10),
  isrctn: sample(['ISRCTN', 'isrctn ', ''], /^[0-9]{8}$/, '0129', 10),
  eudract: sample(['EudraCT ', 'EUCTR', 'EudraCT Number: ', ''], /^20[0-2][0-9]-[0-9]{6}-[0-9]{2}$/, '0179-', 16),
  ctis: sample(['CTIS ', 'EU CT ', ''], /^202[0-9]-5[0-9]{5}-[0-9]{2}-[0-9]{2}$/, '0259-', 18),
  chictr: sample(['ChiCTR', 'chictr-', 'ChiCTR-IOR-', 'ChiCTR-'], /^[0-9]{7,10}$/, '0129', 11),
  actrn: sample(['ACTRN', 'actrn ', ''], /^[0-9]{14}$/, '0126', 16),
  ctri: sample(['CTRI/', 'ctri / ', 'CTRI/2020/'], /^20[0-9]{2}\/[0-9]{2,3}\/[0-9]{6}$/, '0129/ ', 18),
  drks: sample(['DRKS', 'drks ', 'DRKS0'], /^[0-9]{8}$/, '0129', 10),
};

describe('normalizing is idempotent', () => {
  it.each(DETECTORS.map((d) => [d.kind, d] as const))('%s', (kind, detector) => {
    let normalizedSome = 0;
    fc.assert(
      fc.property(fc.oneof(SAMPLES[kind], SAMPLES[kind], anyText), (raw) => {
        const once = detector.normalize(raw);
        if (once === null) return;
        normalizedSome++;
        expect(detector.normalize(once)).toBe(once);
      }),
      RUNS,
    );
    // The generator must actually reach valid values, or the property says nothing.
    expect(normalizedSome).toBeGreaterThan(10);
  });
});

describe('never throws, and only reports normalized values', () => {
  const normalizer = new Map(DETECTORS.map((d) => [d.kind, d.normalize]));

  it('findIdentifiers', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const found = findIdentifiers(text);
        let lastStart = -1;
        for (const m of found) {
          expect(ID_KINDS).toContain(m.kind);
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.start).toBeGreaterThanOrEqual(lastStart);
          lastStart = m.start;
          expect(normalizer.get(m.kind)?.(m.value)).toBe(m.value);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('the shared registry gate passes every text in which a registry detector finds a number', () => {
    const registries = DETECTORS.filter((d) => d.registry);
    expect(registries.map((d) => d.kind).sort()).toEqual(['actrn', 'chictr', 'ctis', 'ctri', 'drks', 'eudract', 'isrctn', 'nct']);
    let found = 0;
    const text = fc.oneof(...registries.map((d) => SAMPLES[d.kind]), anyText);
    fc.assert(
      fc.property(text, (t) => {
        if (!registries.some((d) => d.findInText(t).length)) return;
        found++;
        expect(REGISTRY_GATE.test(t)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(found).toBeGreaterThan(300);
  });

  it('identifierFromHref', () => {
    const href = fc.oneof(
      anyText,
      anyText.map((t) => `https://doi.org/${t}`),
      anyText.map((t) => `https://pubmed.ncbi.nlm.nih.gov/${t}`),
      anyText.map((t) => `https://www.nature.com/articles/${t}`),
      anyText.map((t) => `https://www.google.com/url?q=${t}`),
      anyText.map((t) => `info:${t}`),
    );
    fc.assert(
      fc.property(href, fc.constantFrom(undefined, 'https://example.org/a/b'), (h, base) => {
        const id = identifierFromHref(h, base);
        if (id) expect(normalizer.get(id.kind)?.(id.value)).toBe(id.value);
      }),
      { numRuns: 1000 },
    );
  });

  it('plain doi.org and PubMed links read without a URL parser give what the parser gives', () => {
    const general = (href: string) => {
      const url = new URL(href);
      for (const d of DETECTORS) {
        const value = d.fromUrl(url);
        if (value) return { kind: d.kind, value };
      }
      return null;
    };
    const plain = fc.oneof(
      fc
        .tuple(
          fc.constantFrom('https://doi.org/', 'http://dx.doi.org/', 'https://www.doi.org/', 'https://DOI.org/'),
          fc.integer({ min: 1000, max: 999_999_999 }),
          fc.string({ unit: fc.constantFrom(...'abcXYZ0129._;()/:-#%?'), minLength: 1, maxLength: 30 }),
        )
        .map(([prefix, registrant, suffix]) => `${prefix}10.${registrant}/${suffix}`),
      fc
        .tuple(
          fc.constantFrom('https://pubmed.ncbi.nlm.nih.gov/', 'http://pubmed.ncbi.nlm.nih.gov/'),
          fc.stringMatching(/^[0-9]{1,10}$/),
          fc.constantFrom('', '/', '//', '?x=1', '#a'),
        )
        .map((p) => p.join('')),
    );
    let answered = 0;
    fc.assert(
      fc.property(plain, (href) => {
        const id = identifierFromHref(href);
        if (id) answered++;
        expect(id).toEqual(general(href));
      }),
      { numRuns: 2000 },
    );
    expect(answered).toBeGreaterThan(500);
  });

  it('findReferenceHint and identifiersFromJsonLd', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        findReferenceHint(text);
        identifiersFromJsonLd([text, JSON.stringify({ identifier: text, sameAs: [text] })]);
      }),
      RUNS,
    );
  });
});

describe('DOIs survive URL encoding and surrounding text', () => {
  const doi = rawDoi.map(normalizeDoi).filter((d): d is string => d !== null);

  it('encodeURIComponent into a doi.org link gives the same DOI', () => {
    fc.assert(
      fc.property(doi, (d) => {
        expect(identifierFromHref(`https://doi.org/${encodeURIComponent(d)}`)).toEqual({ kind: 'doi', value: d });
        // encodeURI leaves "#", "?" and "/./" alone, which then start a fragment or a query or
        // are resolved away, as in any link.
        if (!/[#?]|\/\.\.?(?:\/|$)/.test(d))
          expect(identifierFromHref(`https://doi.org/${encodeURI(d)}`)).toEqual({ kind: 'doi', value: d });
        expect(
          identifierFromHref(`https://www.google.com/url?q=${encodeURIComponent(`https://doi.org/${encodeURIComponent(d)}`)}`),
        ).toEqual({
          kind: 'doi',
          value: d,
        });
      }),
      RUNS,
    );
  });

  it('an encoded doi.org link or the bare DOI in a sentence gives the same DOI', () => {
    fc.assert(
      fc.property(doi, fc.constantFrom('.', ',', ';', ')', '', '…'), (d, end) => {
        // A closing bracket after a DOI with an open one inside is the DOI's own.
        fc.pre(end !== ')' || !d.includes('('));
        expect(findIdentifiers(`See https://doi.org/${encodeURIComponent(d)}${end} next`).map((m) => m.value)).toEqual([d]);
        expect(findIdentifiers(`See doi:${d}${end} next`).map((m) => m.value)).toEqual([d]);
      }),
      RUNS,
    );
  });
});
