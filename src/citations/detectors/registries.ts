/**
 * Trial registry numbers. Each registry is a small detector of the same shape.
 */
import type { IdKind } from '../ids';
import { collect, type Detector } from './types';

function registry(
  kind: IdKind,
  re: RegExp,
  normalize: (raw: string) => string | null,
  fromUrl: (url: URL) => string | null,
): Detector {
  return {
    kind,
    findInText: (text) =>
      collect(kind, re, text, (m) => {
        const value = normalize(m[1] ?? m[0]);
        return value ? { value } : null;
      }),
    normalize,
    fromUrl,
  };
}

const match = (re: RegExp, text: string, map: (m: RegExpExecArray) => string | null) => {
  const m = re.exec(text);
  return m ? map(m) : null;
};

export const nct = registry(
  'nct',
  /\b(NCT\s?\d{8})(?![\d-])/gi,
  (raw) => match(/^NCT\s?(\d{8})$/i, raw.trim(), (m) => `NCT${m[1]}`),
  (url) =>
    /(^|\.)clinicaltrials\.gov$/i.test(url.hostname)
      ? match(/(NCT\d{8})/i, url.pathname + url.search, (m) => (m[1] ?? '').toUpperCase())
      : null,
);

export const isrctn = registry(
  'isrctn',
  /\b(ISRCTN\s?\d{8})(?!\d)/gi,
  (raw) => match(/^ISRCTN\s?(\d{8})$/i, raw.trim(), (m) => `ISRCTN${m[1]}`),
  (url) =>
    /(^|\.)isrctn\.(com|org)$/i.test(url.hostname)
      ? match(/(ISRCTN\d{8})/i, url.pathname, (m) => (m[1] ?? '').toUpperCase())
      : null,
);

// EudraCT numbers: YYYY-NNNNNN-CC, never followed by a fourth group (that is a CTIS number).
export const eudract = registry(
  'eudract',
  /(?<![\d-])((?:19|20)\d\d-\d{6}-\d{2})(?![\d-])/g,
  (raw) => match(/^((?:19|20)\d\d-\d{6}-\d{2})$/, raw.trim(), (m) => m[1] ?? null),
  (url) =>
    /clinicaltrialsregister\.eu$/i.test(url.hostname)
      ? match(/((?:19|20)\d\d-\d{6}-\d{2})(?![\d-]\d)/, url.pathname + url.search, (m) => m[1] ?? null)
      : null,
);

// EU CTIS numbers: YYYY-5NNNNN-NN-NN.
export const ctis = registry(
  'ctis',
  /(?<![\d-])((?:19|20)\d\d-5\d{5}-\d{2}-\d{2})(?![\d-])/g,
  (raw) => match(/^((?:19|20)\d\d-5\d{5}-\d{2}-\d{2})$/, raw.trim(), (m) => m[1] ?? null),
  (url) =>
    /euclinicaltrials\.eu$/i.test(url.hostname)
      ? match(/((?:19|20)\d\d-5\d{5}-\d{2}-\d{2})/, url.pathname + url.search, (m) => m[1] ?? null)
      : null,
);

export const chictr = registry(
  'chictr',
  /\b(ChiCTR-?(?:[A-Z]{2,4}-)?\d{7,10})(?!\d)/gi,
  (raw) => match(/^ChiCTR(-?(?:[A-Z]{2,4}-)?\d{7,10})$/i, raw.trim(), (m) => `ChiCTR${(m[1] ?? '').toUpperCase()}`),
  () => null,
);

export const actrn = registry(
  'actrn',
  /\b(ACTRN\s?\d{14})(?!\d)/gi,
  (raw) => match(/^ACTRN\s?(\d{14})$/i, raw.trim(), (m) => `ACTRN${m[1]}`),
  (url) =>
    /anzctr\.org\.au$/i.test(url.hostname)
      ? match(/^(?:ACTRN)?(\d{14})$/i, url.searchParams.get('ACTRN') ?? url.searchParams.get('id') ?? '', (m) => `ACTRN${m[1]}`)
      : null,
);

export const ctri = registry(
  'ctri',
  /\b(CTRI\s?\/\s?\d{4}\s?\/\s?\d{2,3}\s?\/\s?\d{6})(?!\d)/gi,
  (raw) => match(/^CTRI\s?\/\s?(\d{4})\s?\/\s?(\d{2,3})\s?\/\s?(\d{6})$/i, raw.trim(), (m) => `CTRI/${m[1]}/${m[2]}/${m[3]}`),
  () => null,
);

export const drks = registry(
  'drks',
  /\b(DRKS\s?\d{8})(?!\d)/gi,
  (raw) => match(/^DRKS\s?(\d{8})$/i, raw.trim(), (m) => `DRKS${m[1]}`),
  (url) =>
    /drks\.de$/i.test(url.hostname) ? match(/(DRKS\d{8})/i, url.pathname + url.search, (m) => (m[1] ?? '').toUpperCase()) : null,
);
