/**
 * Trial registry numbers. Each registry is a small detector of the same shape.
 */
import type { IdKind } from '../ids';
import { collect, type Detector } from './types';

// The WHO search portal links every registry's trials the same way: Trial2.aspx?TrialID=….
const ICTRP_HOST = /^(?:trialsearch\.who\.int|apps\.who\.int)$/i;

/**
 * Text without a match for this holds no registry number: every registry's
 * own gate below is covered by one branch (tested against each detector).
 */
export const REGISTRY_GATE = /nct|isrctn|\d-\d{6}-\d|chictr|actrn|ctri|drks/i;

function registry(
  kind: IdKind,
  re: RegExp,
  normalize: (raw: string) => string | null,
  fromUrl: (url: URL) => string | null,
  /** Text without this cannot hold the number (a cheap test before the full pattern). */
  gate: RegExp,
): Detector {
  return {
    kind,
    registry: true,
    findInText: (text) =>
      !gate.test(text)
        ? []
        : collect(kind, re, text, (m) => {
            const value = normalize(m[1] ?? m[0]);
            return value ? { value } : null;
          }),
    normalize,
    fromUrl: (url) => {
      if (ICTRP_HOST.test(url.hostname)) {
        const id = url.searchParams.get('TrialID') ?? url.searchParams.get('trialid');
        return id ? normalize(id) : null;
      }
      return fromUrl(url);
    },
  };
}

const match = (re: RegExp, text: string, map: (m: RegExpExecArray) => string | null) => {
  const m = re.exec(text);
  return m ? map(m) : null;
};

/** A normalizer from a whole-value pattern, built once (not on every call). */
const exact =
  (re: RegExp, map: (m: RegExpExecArray) => string | null) =>
  (raw: string): string | null =>
    match(re, raw.trim(), map);

const onHost = (host: RegExp, url: URL, re: RegExp, map: (m: RegExpExecArray) => string | null) =>
  host.test(url.hostname) ? match(re, safeDecode(url.pathname) + url.search, map) : null;

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// Space or a little punctuation between a registry prefix and its digits: "NCT 01234567", "ISRCTN: 12345678".
const GAP = String.raw`(?:[ \u00a0]|[:#-][ \u00a0]?)?`;

// Exactly 8 digits: "NCT0123456" (truncated) and "NCT012345678" are not NCT numbers.
export const nct = registry(
  'nct',
  new RegExp(String.raw`(?<![A-Za-z])(NCT${GAP}\d{8})(?!\d)`, 'gi'),
  exact(new RegExp(String.raw`^NCT${GAP}(\d{8})$`, 'i'), (m) => `NCT${m[1]}`),
  (url) => onHost(/(?:^|\.)clinicaltrials\.gov$/i, url, /(?<![A-Za-z])(NCT\d{8})(?!\d)/i, (m) => (m[1] ?? '').toUpperCase()),
  /nct/i,
);

export const isrctn = registry(
  'isrctn',
  new RegExp(String.raw`(?<![A-Za-z])(ISRCTN${GAP}\d{8})(?!\d)`, 'gi'),
  exact(new RegExp(String.raw`^ISRCTN${GAP}(\d{8})$`, 'i'), (m) => `ISRCTN${m[1]}`),
  (url) =>
    onHost(/(?:^|\.)(?:isrctn\.(?:com|org)|controlled-trials\.com)$/i, url, /(ISRCTN\d{8})(?!\d)/i, (m) =>
      (m[1] ?? '').toUpperCase(),
    ),
  /isrctn/i,
);

// EudraCT numbers: YYYY-NNNNNN-CC, never followed by a fourth number group (that is a CTIS number).
// With a label ("EudraCT Number: …", "EUCTR…" as the WHO portal writes it) any year counts; bare, only
// the years EudraCT gave out numbers (2004–2024), which keeps other dashed numbers out.
const EUDRACT_LABEL = String.raw`(?:EudraCT|EUCTR)(?:[ \u00a0]?(?:number|no\.?|nr\.?|n°|id|identifier))?[ \u00a0]?[:#-]?[ \u00a0]?`;
export const eudract = registry(
  'eudract',
  new RegExp(
    String.raw`(?<![A-Za-z])${EUDRACT_LABEL}((?:19|20)\d\d-\d{6}-\d{2})(?!\d|-\d)|(?<![\d-])(20(?:0[4-9]|1\d|2[0-4])-\d{6}-\d{2})(?!\d|-\d)`,
    'gi',
  ),
  exact(new RegExp(String.raw`^(?:${EUDRACT_LABEL})?((?:19|20)\d\d-\d{6}-\d{2})(?:-[A-Z]{2,3})?$`, 'i'), (m) => m[1] ?? null),
  (url) =>
    onHost(/(?:^|\.)clinicaltrialsregister\.eu$/i, url, /(?<![\d-])((?:19|20)\d\d-\d{6}-\d{2})(?!\d|-\d)/, (m) => m[1] ?? null),
  /\d-\d{6}-\d/,
);

// EU CTIS numbers: YYYY-5NNNNN-NN-NN (CTIS opened in 2022).
export const ctis = registry(
  'ctis',
  /(?<![\d-])(20[2-3]\d-5\d{5}-\d{2}-\d{2})(?!\d|-\d)/g,
  exact(
    /^(?:(?:CTIS|EU[ \u00a0]?CT)(?:[ \u00a0]?(?:number|no\.?))?[ \u00a0]?[:#]?[ \u00a0]?)?(20[2-3]\d-5\d{5}-\d{2}-\d{2})$/i,
    (m) => m[1] ?? null,
  ),
  (url) => onHost(/(?:^|\.)euclinicaltrials\.eu$/i, url, /(?<![\d-])(20[2-3]\d-5\d{5}-\d{2}-\d{2})(?!\d)/, (m) => m[1] ?? null),
  /\d-5\d{5}-\d/,
);

// ChiCTR: "ChiCTR2000029953" (since 2016) or "ChiCTR-IOR-17013476" (with a study-type code).
export const chictr = registry(
  'chictr',
  /(?<![A-Za-z])(ChiCTR-?(?:[A-Z]{2,4}-)?\d{7,10})(?!\d)/gi,
  exact(/^ChiCTR(?:-?([A-Z]{2,4})-|-?)(\d{7,10})$/i, (m) => (m[1] ? `ChiCTR-${m[1].toUpperCase()}-${m[2]}` : `ChiCTR${m[2]}`)),
  () => null,
  /chictr/i,
);

export const actrn = registry(
  'actrn',
  new RegExp(String.raw`(?<![A-Za-z])(ACTRN${GAP}\d{14})(?!\d)`, 'gi'),
  exact(new RegExp(String.raw`^(?:ACTRN${GAP})?(\d{14})$`, 'i'), (m) => `ACTRN${m[1]}`),
  (url) => {
    if (!/(?:^|\.)anzctr\.org\.au$/i.test(url.hostname)) return null;
    // anzctr.org.au/ACTRN12617000638336.aspx, or …TrialReview.aspx?ACTRN=12617000638336 (the "id" parameter is internal).
    const inPath = /^\/(ACTRN\d{14})\.aspx$/i.exec(url.pathname);
    const raw = inPath?.[1] ?? url.searchParams.get('ACTRN') ?? url.searchParams.get('actrn') ?? '';
    return match(/^(?:ACTRN)?(\d{14})$/i, raw, (m) => `ACTRN${m[1]}`);
  },
  /actrn/i,
);

// CTRI: "CTRI/2020/05/025214"; numbers before 2010 carry a three-digit middle part ("CTRI/2009/091/000123").
export const ctri = registry(
  'ctri',
  /(?<![A-Za-z])(CTRI[ \u00a0]?\/[ \u00a0]?\d{4}[ \u00a0]?\/[ \u00a0]?\d{2,3}[ \u00a0]?\/[ \u00a0]?\d{6})(?!\d)/gi,
  exact(
    /^CTRI[ \u00a0]?\/[ \u00a0]?(\d{4})[ \u00a0]?\/[ \u00a0]?(\d{2,3})[ \u00a0]?\/[ \u00a0]?(\d{6})$/i,
    (m) => `CTRI/${m[1]}/${m[2]}/${m[3]}`,
  ),
  () => null,
  /ctri/i,
);

export const drks = registry(
  'drks',
  new RegExp(String.raw`(?<![A-Za-z])(DRKS${GAP}\d{8})(?!\d)`, 'gi'),
  exact(new RegExp(String.raw`^DRKS${GAP}(\d{8})$`, 'i'), (m) => `DRKS${m[1]}`),
  (url) => onHost(/(?:^|\.)drks\.de$/i, url, /(DRKS\d{8})(?!\d)/i, (m) => (m[1] ?? '').toUpperCase()),
  /drks/i,
);
