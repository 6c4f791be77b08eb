import { collect, type Detector } from './types';

// Registrant: 4–9 digits, or 3 digits when a sub-element follows (ISBN-A "10.978.88…").
// Suffix: any non-space run; SICI DOIs carry "<…>" which are allowed as balanced pairs.
const DOI_IN_TEXT = /(?<![\d.])10\.(?:\d{4,9}|\d{3}(?=\.\d))(?:\.\d+)*\/(?:[^\s"'<>{}|\\^`]|<[^\s<>]{1,40}>)+/g;
const DOI_AT_START = /^10\.(?:\d{4,9}|\d{3}(?=\.\d))(?:\.\d+)*\/(?:[^\s"'<>{}|\\^`]|<[^\s<>]{1,40}>)+/;
const TRAILING = /[.,;:!?'"’”…*]+$/;
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** Trims trailing punctuation and unbalanced closing brackets, keeping balanced ones: 10.1016/S0140-6736(19)32226-2. */
function trimEnd(doi: string): string {
  let out = doi;
  for (;;) {
    const before = out;
    out = out.replace(TRAILING, '');
    const last = out.at(-1);
    const opener = last ? CLOSERS[last] : undefined;
    if (last && opener && count(out, last) > count(out, opener)) out = out.slice(0, -1);
    if (out === before) return out;
  }
}

function decode(doi: string): string {
  if (!doi.includes('%')) return doi;
  try {
    return decodeURIComponent(doi);
  } catch {
    return doi.replace(/%3C/gi, '<').replace(/%3E/gi, '>').replace(/%2F/gi, '/');
  }
}

export function normalizeDoi(raw: string): string | null {
  const candidate = trimEnd(decode(raw.trim()).replace(/[\u2010-\u2015\u2212]/g, '-'));
  const m = DOI_AT_START.exec(candidate);
  if (!m || m[0].length !== candidate.length) return null;
  const slash = candidate.indexOf('/');
  const registrant = candidate.slice(3, slash);
  const suffix = candidate.slice(slash + 1);
  if (!suffix || !/[\p{L}\p{N}]/u.test(suffix)) return null;
  // "10.2024/11" reads as a version or date, not a DOI.
  if (/^(19|20)\d\d$/.test(registrant) && /^\d{1,4}$/.test(suffix)) return null;
  return candidate.toLowerCase();
}

/** Publisher URL paths that embed a DOI; each host has a test. */
const DOI_IN_PATH =
  /\/(?:doi|article|articles|chapter|content)\/(?:abs\/|full\/|pdf\/|epdf\/|pdfdirect\/|fulltext\/|reader\/)?(10\.\d{4,9}\/.+?)(?:\/(?:full|abstract|pdf|fulltext|html|epdf)\/?)?$/i;
const LANCET_PII = /\/article\/PII(S\d{4}-\d{3}[\dX]\(\d\d\)\d{5}-[\dX])\//i;

export const doi: Detector = {
  kind: 'doi',
  findInText(text) {
    return collect('doi', DOI_IN_TEXT, text, (m) => {
      const value = normalizeDoi(m[0]);
      if (!value) return null;
      return { value, end: m.index + trimEnd(m[0]).length };
    });
  },
  normalize: normalizeDoi,
  fromUrl(url) {
    const host = url.hostname.toLowerCase();
    const path = url.pathname;
    if (url.protocol === 'info:' || url.href.startsWith('info:doi/')) return normalizeDoi(url.href.slice(9));
    if (/(^|\.)doi\.org$/.test(host)) return normalizeDoi(path.slice(1));
    if (host.endsWith('nature.com')) {
      const m = /^\/articles\/([a-z0-9][a-z0-9.-]+)$/i.exec(path);
      if (m?.[1]) return normalizeDoi(`10.1038/${m[1]}`);
    }
    if (host.endsWith('journals.plos.org')) {
      const id = url.searchParams.get('id');
      if (id) return normalizeDoi(id);
    }
    if (host.endsWith('thelancet.com')) {
      const m = LANCET_PII.exec(path);
      if (m?.[1]) return normalizeDoi(`10.1016/${m[1]}`);
    }
    const m = DOI_IN_PATH.exec(path);
    if (m?.[1]) return normalizeDoi(m[1]);
    const q = url.searchParams.get('doi');
    if (q) return normalizeDoi(q);
    return null;
  },
};
