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

// Cheap gate: text without any of these shapes is not scanned further.
export const REFERENCE_GATE = /et al|\d{4}\s*;\s*\d|\p{Lu}\p{Ll}+ (?:19|20)\d\d,/u;
// A surname: "Genchi", "Álvaro-Gracia", "O'Brien", "McDonald", "van der Berg", "De Luca".
// \b is ASCII-only, so a lookbehind marks the start of a word in any script.
const START = String.raw`(?<![\p{L}\p{N}'’])`;
const PARTICLES = String.raw`(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Dd]el|[Dd]ella|[Dd]i|[Dd]a|[Dd]os|[Dd]u|[Ll]e|[Ll]a|[Tt]en|[Tt]er)\s){0,2}`;
const NAME = String.raw`(?:Mc|Mac|O['’]|D['’])?\p{Lu}[\p{Ll}'’]*\p{Ll}(?:-\p{Lu}?[\p{Ll}'’]*\p{Ll})?`;
const SURNAME = `${PARTICLES}${NAME}`;
const YEAR = String.raw`((?:19|20)\d\d)(?!\d)`;
// Capitalized words that are not surnames before a year: "In March 2018, …", "Copyright 2024, …".
const NOT_SURNAME = String.raw`(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Spring|Summer|Autumn|Fall|Winter|Since|In|From|By|Until|Before|After|During|Early|Late|Copyright|Updated|Published|Posted|Revised|Accessed|Retrieved|Version|Issue|Volume|Year|Class|Phase|Study|Trial|The)\b)`;

// "Genchi et al. (2023)", "Genchi et al., 2023", "Genchi et al. [2023]".
const ET_AL = new RegExp(String.raw`${START}${NOT_SURNAME}(${SURNAME})\s+et\s+al\.?,?\s*[([]?\s*${YEAR}`, 'gu');
// Vancouver: "Genchi A, Brambilla E, … Nat Med. 2023;29(1):75-85" (surname and initials, year before ";volume").
const VANCOUVER = new RegExp(
  String.raw`${START}${NOT_SURNAME}(${SURNAME})\s+\p{Lu}{1,3}[,.][^;]{0,300}?${START}${YEAR}(?:\s+\p{Lu}\p{Ll}{2}(?:\s+\d{1,2})?)?\s*;\s*\d`,
  'gu',
);
// "Riordan 2018, J Transl Med": surname, year, then a capitalized journal abbreviation.
const NAME_YEAR_JOURNAL = new RegExp(
  String.raw`${START}${NOT_SURNAME}(${SURNAME})\s+${YEAR},\s+\p{Lu}\p{Ll}*\.?(?:\s+\p{Lu}\p{Ll}*\.?){0,4}`,
  'gu',
);

/** The first plausible author-year reference in a block's text, if any. */
export function findReferenceHint(text: string): ReferenceCandidate | null {
  if (text.length > 5000 || !REFERENCE_GATE.test(text)) return null;
  for (const re of [VANCOUVER, ET_AL, NAME_YEAR_JOURNAL]) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m?.[1] && m[2]) return { surname: m[1], year: Number(m[2]), end: m.index + m[0].length };
  }
  return null;
}
