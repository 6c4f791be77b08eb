/**
 * References without identifiers ("Genchi et al. (2023)", "Genchi A, … Nat
 * Med. 2023;29(1):75-85", "Riordan 2018, J Transl Med"). The detector only
 * proposes a surname and a year; the record decides, and only when certain.
 */

export interface ReferenceCandidate {
  surname: string;
  year: number;
  /** Offset just after the matched reference text. */
  end: number;
}

const HINT = /et al|\d{4}\s*;\s*\d|\b[A-Z][a-z]+ (?:19|20)\d\d,/;
const SURNAME = "[A-Z][a-zà-ÿ'’-]+(?:[ -][A-Z][a-zà-ÿ'’-]+)?";
const ET_AL = new RegExp(`\\b(${SURNAME})\\s+et\\s+al\\.?,?\\s*[([]?\\s*((?:19|20)\\d\\d)\\b`, 'g');
const VANCOUVER = new RegExp(
  `\\b(${SURNAME})\\s+[A-Z]{1,3}[,.][^;]{0,300}?\\b((?:19|20)\\d\\d)(?:\\s+[A-Z][a-z]{2}(?:\\s+\\d{1,2})?)?\\s*;\\s*\\d`,
  'g',
);
const NAME_YEAR_JOURNAL = new RegExp(`\\b(${SURNAME})\\s+((?:19|20)\\d\\d),\\s+[A-Z][a-z]*\\.?(?:\\s+[A-Z][a-z]*\\.?){0,4}`, 'g');

/** The first plausible author-year reference in a block's text, if any. */
export function findReferenceHint(text: string): ReferenceCandidate | null {
  if (text.length > 5000 || !HINT.test(text)) return null;
  for (const re of [VANCOUVER, ET_AL, NAME_YEAR_JOURNAL]) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m?.[1] && m[2]) return { surname: m[1], year: Number(m[2]), end: m.index + m[0].length };
  }
  return null;
}
