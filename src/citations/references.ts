/**
 * References without identifiers ("Genchi et al. (2023)", "Genchi A, … Nat
 * Med. 2023;29(1):75-85", "Centeno, C. J., … (2008). Title. Pain Physician,
 * 11(3)", "(Zhou et al., 2018)", "Riordan 2018, J Transl Med") and in-text
 * mentions without a year ("Genchi et al.", "Centeno and colleagues"). The
 * detector proposes a surname and a year; the record, the lists or the
 * reference's own title decide what the badge says.
 */

export interface ReferenceCandidate {
  surname: string;
  year: number;
  /** Offsets of the matched reference text. */
  start: number;
  end: number;
  /** The reference's shape: a full entry (authors, title, journal) or a short in-text citation. */
  form: 'entry' | 'in-text';
}

// Cheap gate: text without any of these shapes is not scanned further.
export const REFERENCE_GATE =
  /et al|\d{4}\s*;\s*\d|\p{Lu}\p{Ll}+ (?:19|20)\d\d,|\((?:19|20)\d\d[a-z]?\)|\p{Ll}, (?:19|20)\d\d[a-z]?[;)]|colleagues|[,;:] (?:19|20)\d\d[a-z]?[.;]|^\s*(?:\[?\d{1,3}[.)\]]\s*)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?,? \p{Lu}{1,3}[,.]/u;
// A surname: "Genchi", "Álvaro-Gracia", "O'Brien", "McDonald", "van der Berg", "De Luca".
// \b is ASCII-only, so a lookbehind marks the start of a word in any script.
const START = String.raw`(?<![\p{L}\p{N}'’])`;
const PARTICLES = String.raw`(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Dd]el|[Dd]ella|[Dd]i|[Dd]a|[Dd]os|[Dd]u|[Ll]e|[Ll]a|[Tt]en|[Tt]er)\s){0,2}`;
const NAME = String.raw`(?:Mc|Mac|O['’]|D['’])?\p{Lu}[\p{Ll}'’]*\p{Ll}(?:-\p{Lu}?[\p{Ll}'’]*\p{Ll})?`;
const SURNAME = `${PARTICLES}${NAME}`;
const YEAR = String.raw`((?:19|20)\d\d)(?!\d)`;
// Capitalized words that are not surnames before a year: "In March 2018, …", "Copyright 2024, …".
const NOT_SURNAME = String.raw`(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Spring|Summer|Autumn|Fall|Winter|Since|In|From|By|Until|Before|After|During|Early|Late|Copyright|Updated|Published|Posted|Revised|Accessed|Retrieved|Version|Issue|Volume|Year|Class|Phase|Study|Trial|The|This|That|These|Our|We|See|And|Also|Both|Data|Results)\b)`;
const INITIALS = String.raw`\p{Lu}{1,3}`;

// "Genchi et al. (2023)", "Genchi et al., 2023", "Genchi et al. [2023]", "Genchi AB et al. 2023".
const ET_AL = new RegExp(
  String.raw`${START}${NOT_SURNAME}(${SURNAME})(?:\s+${INITIALS})?,?\s+et\s+al\.?,?\s*[([]?\s*${YEAR}`,
  'gu',
);
// Vancouver: "Genchi A, Brambilla E, … Nat Med. 2023;29(1):75-85" (surname and initials, year before ";volume").
const VANCOUVER = new RegExp(
  String.raw`${START}${NOT_SURNAME}(${SURNAME})\s+${INITIALS}[,.][^;]{0,300}?${START}${YEAR}(?:\s+\p{Lu}\p{Ll}{2}(?:\s+\d{1,2})?)?\s*;\s*\d`,
  'gu',
);
// APA and Harvard: "Centeno, C. J., Busse, D., … (2008)." or "Zhou, Y. (2018)".
const APA = new RegExp(
  String.raw`${START}${NOT_SURNAME}(${SURNAME}),\s+(?:\p{Lu}\.[\s-]?){1,3}[^()]{0,300}?\(${YEAR}[a-z]?\)`,
  'gu',
);
// In-text: "(Zhou, 2018)", "(Zhou & Li, 2018; …)", "Zhou and Li (2018)".
const IN_TEXT = new RegExp(
  String.raw`(?:[(;]\s*${NOT_SURNAME}(${SURNAME})(?:\s+(?:&|and)\s+${NAME})?,\s+${YEAR}[a-z]?(?=\s*[;)])|${START}${NOT_SURNAME}(${SURNAME})\s+(?:&|and)\s+${NAME}\s+\(${YEAR}[a-z]?\))`,
  'gu',
);
// A reference-list entry in any style, at the start of its block: "Coleman J Jr. Title. Publisher, 2016.",
// "12. Soria-Zavala K, García-Sánchez J. Title. In: Book. IntechOpen; 2020.": the surname and initials open
// the block, and the first year within its first 400 characters is the entry's.
const LIST_ENTRY = new RegExp(
  String.raw`^\s*(?:\[?\d{1,3}[.)\]]\s*)?${NOT_SURNAME}(${SURNAME}),?\s+(?:${INITIALS}|(?:\p{Lu}\.\s?){1,3}|et al(?=\.\s+\p{Lu}))(?:\s+Jr\.?)?[,.][^]{0,400}?${START}${YEAR}`,
  'u',
);
// "In 2010, Vardi and colleagues reported …": a year and the author in one clause.
const YEAR_THEN_AUTHOR = new RegExp(
  String.raw`\b[Ii]n ${YEAR},\s+${NOT_SURNAME}(${SURNAME})\s+(?:et\s+al\b\.?|and\s+(?:colleagues|co-?workers))`,
  'gu',
);
// "Riordan 2018, J Transl Med": surname, year, then a capitalized journal abbreviation. A journal's own
// name before a year is not a surname: its last word follows another capitalized word ("Stem Cells
// Transl Med 2019, Volume 8", "Bone Marrow Transplant 2011, Vol. 46") or is a one-word title ("Lancet
// 2011, …"); and what follows the comma must not be the issue's volume or month.
const JOURNAL_TITLE = String.raw`(?!(?:Lancet|Cytotherapy|Cells?|Blood|Brain|Circulation|Neurology|Stroke|Science|Nature|Spine|Cureus)\b)`;
const NOT_ISSUE = String.raw`(?!Vol|Issue|No\b|Suppl|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)`;
const NAME_YEAR_JOURNAL = new RegExp(
  String.raw`${START}(?<!\p{Lu}[\p{L}.]*\s+)${NOT_SURNAME}${JOURNAL_TITLE}(${SURNAME})\s+${YEAR},\s+${NOT_ISSUE}\p{Lu}\p{Ll}*\.?(?:\s+\p{Lu}\p{Ll}*\.?){0,4}`,
  'gu',
);

/** Longest block of text examined; a block longer than this is not a reference. */
const MAX_TEXT = 5000;
/** Most references taken from one block. */
const MAX_PER_BLOCK = 60;

const PATTERNS: [RegExp, ReferenceCandidate['form']][] = [
  [VANCOUVER, 'entry'],
  [APA, 'entry'],
  [LIST_ENTRY, 'entry'],
  [YEAR_THEN_AUTHOR, 'in-text'],
  [ET_AL, 'in-text'],
  [IN_TEXT, 'in-text'],
  [NAME_YEAR_JOURNAL, 'in-text'],
];

/**
 * Every plausible author-year reference in a block's text, in text order.
 * Where two shapes match the same words, the fuller one (an entry) wins.
 */
export function findReferenceHints(text: string): ReferenceCandidate[] {
  if (text.length > MAX_TEXT || !REFERENCE_GATE.test(text)) return [];
  const found: ReferenceCandidate[] = [];
  for (const [re, form] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null && found.length < MAX_PER_BLOCK * 2; m = re.global ? re.exec(text) : null) {
      // IN_TEXT has two alternatives, each with its own surname and year groups; YEAR_THEN_AUTHOR has the year first.
      const [surname, year] = re === YEAR_THEN_AUTHOR ? [m[2], m[1]] : [m[1] ?? m[3], m[2] ?? m[4]];
      if (!surname || !year) continue;
      // "(Zhou, 2018)": the candidate starts at the surname, not at the bracket.
      const start = m.index + m[0].indexOf(surname);
      found.push({ surname, year: Number(year), start, end: m.index + m[0].length, form });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ReferenceCandidate[] = [];
  for (const c of found) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) continue;
    kept.push(c);
    if (kept.length >= MAX_PER_BLOCK) break;
  }
  return kept;
}

/** The first plausible author-year reference in a block's text, if any. */
export function findReferenceHint(text: string): ReferenceCandidate | null {
  return findReferenceHints(text)[0] ?? null;
}

export interface ReferenceParts {
  /** The article's title as the reference prints it; null when it could not be told apart. */
  title: string | null;
  /** The journal as printed (abbreviated or not); null when not found. */
  journal: string | null;
}

/** Sentence ends inside a reference: ". " not after an initial ("J. ") or "et al". */
const YEAR_FIRST = /^(?:19|20)\d\d/;
const PART_END = /(?<![\s,]\p{Lu}|\bvs|\bno|\bVol)[.?!]\s+(?=[\p{Lu}\p{N}("'“])/gu;

/**
 * Splits a full reference into its title and journal. Vancouver: "Authors.
 * Title. Journal. Year;Vol…"; APA/Harvard: "Authors (Year). Title. Journal,
 * Vol…". Only the shapes it is sure of give a title.
 */
export function referenceParts(text: string): ReferenceParts {
  const clean = text
    .slice(0, 1000)
    .replace(/\s+/g, ' ')
    .replace(/^\s*(?:\[\d{1,3}\]|\d{1,3}[.)])\s*/, '')
    .trim();
  // APA: the title follows "(Year)."; Vancouver: it follows the author list, which ends at the first
  // full stop after initials or "et al" ("… Karli D. Title…", "Genchi A, et al. Title…").
  const apa = /\((?:19|20)\d\d[a-z]?\)[.,]?\s+/.exec(clean);
  const authors = apa ? null : /^[^.]{0,400}?(?:\b\p{Lu}{1,3}|\bet al|\b[JS]r)\.\s+/u.exec(clean);
  const body = apa ? clean.slice(apa.index + apa[0].length) : authors ? clean.slice(authors[0].length) : '';
  const parts: string[] = [];
  let at = 0;
  PART_END.lastIndex = 0;
  for (let m = PART_END.exec(body); m !== null && parts.length < 4; m = PART_END.exec(body)) {
    parts.push(body.slice(at, m.index + 1).trim());
    at = m.index + m[0].length;
  }
  parts.push(body.slice(at).trim());
  const isTitle = (t: string | undefined): t is string =>
    !!t && t.split(' ').length >= 3 && !/^(?:19|20)\d\d\b/.test(t) && !/^(?:doi|https?|PMID|PMC)/i.test(t);
  const [p0 = '', p1 = '', p2 = '', p3 = ''] = parts;
  // Vancouver without a title: "Authors. J Clin Aesthet Dermatol. 2023;16(12)": what follows the authors is the journal.
  // Without a journal, "Authors. A title: a critical review. 2019.": a colon or many words make it a title.
  if (!apa && YEAR_FIRST.test(p1)) {
    const only = p0.replace(/[.,]$/, '');
    return /:|(?:\S+\s){8}/.test(only) ? { title: only, journal: null } : { title: null, journal: only || null };
  }
  // A title that asks a question goes on after it: "Is PRP ideal? A systematic review. J Orthop Surg Res. 2019;14".
  if (p0.endsWith('?') && /^(?!(?:19|20)\d\d).+(?:19|20)\d\d/.test(`${p2} ${p3.slice(0, 4)}`)) parts.splice(0, 2, `${p0} ${p1}`);
  const [title, journal] = parts;
  const journalName = journal
    ? journal
        .replace(/[,.;]?\s*(?:(?:19|20)\d\d\b|doi\b|https?:|PMID\b).*$/i, '')
        .replace(/,\s*\d.*$/, '')
        .replace(/[.,]$/, '')
        .trim()
    : '';
  return isTitle(title)
    ? { title: title.replace(/[.]$/, ''), journal: journalName && journalName.length < 120 ? journalName : null }
    : { title: null, journal: null };
}

export interface MentionCandidate {
  surname: string;
  start: number;
  end: number;
}

// Cheap gate for mentions without a year.
export const MENTION_GATE = /et al|colleagues|co-?workers/;
// "Genchi et al." not followed by a year; "Centeno and colleagues"; "Riordan and co-workers".
const MENTION = new RegExp(
  String.raw`${START}${NOT_SURNAME}(${SURNAME})(?:\s+(?:et\s+al(?!\.?,?\s*[([]?\s*(?:19|20)\d\d)\.?|and\s+(?:colleagues|co-?workers|his\s+colleagues|her\s+colleagues|their\s+colleagues)))`,
  'gu',
);
/** The words that find blocks worth reading for mentions (for the scanner's extra hints). */
export const MENTION_HINTS = /\bet al\b|\band (?:colleagues|co-?workers)\b/gi;

/** In-text mentions of a first author without a year. */
export function findMentions(text: string): MentionCandidate[] {
  if (text.length > MAX_TEXT || !MENTION_GATE.test(text)) return [];
  const out: MentionCandidate[] = [];
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(text); m !== null && out.length < MAX_PER_BLOCK; m = MENTION.exec(text)) {
    if (m[1]) out.push({ surname: m[1], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
