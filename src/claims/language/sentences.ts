/**
 * Splits a block of page text into sentences, in one pass, and the
 * sentence-level helpers that go with it.
 */
import { pattern } from '../rule';

/** Half-open range of one sentence in the block text. */
export interface SentenceSpan {
  start: number;
  end: number;
}

const TERMINATORS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);
/** Footnote marks after a full stop ("…cortisone shots.¹ In a separate study…"). */
const FOOTNOTE_MARKS = new Set(['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '⁰', '*', '†', '‡']);
/** Characters that start a new list item when text is flattened. */
const ITEM_BREAKS = new Set(['•', '▪', '►', '✓', '✔', '|']);
/** Words that end in a full stop without ending the sentence (case-sensitive: "MS." ends one, "Ms." does not). */
const ABBREVIATIONS = new Set([
  'Approx',
  'approx',
  'Assoc',
  'ca',
  'cf',
  'Dept',
  'Dr',
  'Drs',
  'Fig',
  'fig',
  'Figs',
  'Ft',
  'Gen',
  'Inst',
  'Jr',
  'Lt',
  'Mr',
  'Mrs',
  'Ms',
  'Mt',
  'Prof',
  'Rev',
  'Sr',
  'St',
  'Univ',
  'Vol',
  'vol',
  'Vs',
  'vs',
]);

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\f' || ch === '\v' || ch === '\u2009' || ch === '\u202f';
}

function isLineBreak(ch: string | undefined): boolean {
  return ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';
}

const LETTER = pattern(/\p{L}/u);
const LOWER = pattern(/\p{Ll}/u);
const UPPER = pattern(/\p{Lu}/u);
const DIGIT = pattern(/\d/);

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

function isLower(ch: string | undefined): boolean {
  return ch !== undefined && LOWER.test(ch);
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && UPPER.test(ch);
}

/**
 * Whether the full stop at `dot` belongs to an abbreviation, an initial or an
 * initialism ("Dr.", "et al.", "J. Smith", "U.S.", "e.g.") rather than ending
 * the sentence. Looks back at most one short word: constant work.
 */
function isAbbreviationDot(text: string, dot: number, next: string | undefined): boolean {
  let i = dot - 1;
  while (i >= 0 && dot - i <= 12 && (isLetter(text[i]) || text[i] === '.')) i--;
  const word = text.slice(i + 1, dot);
  if (!word) return false;
  if (word.includes('.')) return true; // U.S. / e.g. / Ph.D. / a.m.
  if (ABBREVIATIONS.has(word)) return true;
  if (word === 'al' && text.slice(Math.max(0, i - 2), i + 1) === 'et ') return true;
  if (word === 'No' || word === 'no') return next !== undefined && DIGIT.test(next);
  if (word.length === 1 && isUpper(word)) {
    // An initial follows a capitalised name or title ("Dr. A. Morales", "Karen A. Smith"),
    // unlike "vitamin D. Take two…".
    let j = i;
    while (j >= 0 && isSpace(text[j])) j--;
    if (j < 0) return true;
    if (text[j] === '.') return true;
    let k = j;
    while (k >= 0 && isLetter(text[k])) k--;
    return isUpper(text[k + 1]);
  }
  return false;
}

/** Punctuation after which a line break does not end the sentence. */
const CONTINUES = pattern(/[,;:(&/\-–—]/);

/**
 * Splits a block into sentences. A sentence ends at ., !, ? or … (with any
 * closing quotes or brackets) when the next word does not start in lower
 * case and the full stop is not an abbreviation's; at a line break that
 * starts a new capitalised line; and at list bullets. Offsets are into
 * `text`; spans are trimmed of spaces and leading bullets.
 */
/**
 * Whether a terminator at `i` with no space after it ends a sentence: the
 * next word is capitalised (upper case, then lower case) and the terminator
 * follows a lower-case letter or a digit, or is a question or exclamation
 * mark. "U.S.A." and "3.5" are not boundaries.
 */
function runTogether(text: string, i: number, j: number): boolean {
  const next = text[j] ?? '';
  const after = text[j + 1] ?? '';
  if (next === next.toLowerCase() || !isLower(after)) return false;
  const before = text[i - 1] ?? '';
  return text[i] !== '.' || isLower(before) || (before >= '0' && before <= '9');
}

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const push = (start: number, end: number) => {
    let s = start;
    let e = end;
    while (
      s < e &&
      (isSpace(text[s]) || isLineBreak(text[s]) || ITEM_BREAKS.has(text[s] ?? '') || text[s] === '-' || text[s] === '*')
    )
      s++;
    while (e > s && (isSpace(text[e - 1]) || isLineBreak(text[e - 1]))) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  let start = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i] ?? '';
    if (ITEM_BREAKS.has(ch)) {
      push(start, i);
      start = i + 1;
      i++;
      continue;
    }
    if (isLineBreak(ch)) {
      let prev = i - 1;
      while (prev >= start && isSpace(text[prev])) prev--;
      let next = i + 1;
      while (next < n && (isSpace(text[next]) || isLineBreak(text[next]))) next++;
      const blankLine = text
        .slice(i + 1, next)
        .split('')
        .some(isLineBreak);
      const prevCh = text[prev];
      const continues = prevCh !== undefined && CONTINUES.test(prevCh);
      if (blankLine || (!isLower(text[next]) && !continues)) {
        push(start, i);
        start = next;
        i = next;
        continue;
      }
      i++;
      continue;
    }
    if (!TERMINATORS.has(ch)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && TERMINATORS.has(text[j] ?? '')) j++;
    const singleDot = ch === '.' && j === i + 1;
    while (j < n && CLOSERS.has(text[j] ?? '')) j++;
    while (j < n && FOOTNOTE_MARKS.has(text[j] ?? '')) j++;
    // A footnote number run on after a word's full stop: "…in total.9 Others have…" (not "2.5").
    if (singleDot && isLower(text[i - 1]) && DIGIT.test(text[j] ?? '')) {
      let d = j;
      while (d < n && d - j < 2 && DIGIT.test(text[d] ?? '')) d++;
      if (isSpace(text[d]) && isUpper(text[d + 1])) j = d;
    }
    if (j >= n) {
      push(start, j);
      start = j;
      i = j;
      continue;
    }
    // A quote's byline right after it: "…from 25 to 40 percent.”— Harold B., Florida".
    if (j > i + 1 && CLOSERS.has(text[j - 1] ?? '') && (text[j] === '—' || text[j] === '–')) {
      push(start, j);
      start = j;
      i = j;
      continue;
    }
    if (!isSpace(text[j]) && !isLineBreak(text[j])) {
      // Text of adjacent elements run together ("…since 2010.English-speaking staff"): a boundary all the same.
      if (!runTogether(text, i, j)) {
        i = j;
        continue;
      }
      push(start, j);
      start = j;
      i = j;
      continue;
    }
    let k = j;
    while (k < n && isSpace(text[k])) k++;
    const next = text[k];
    if (isLower(next) || (singleDot && isAbbreviationDot(text, i, next))) {
      i = j;
      continue;
    }
    push(start, j);
    start = k;
    i = k;
  }
  push(start, n);
  return spans;
}

/** Whether the sentence ends in a question mark (before any closing quotes or brackets). */
export function isQuestion(sentence: string): boolean {
  let i = sentence.length - 1;
  while (i >= 0 && CLOSERS.has(sentence[i] ?? '')) i--;
  return sentence[i] === '?';
}

const CURLY_APOSTROPHES = pattern(/[‘’]/g);
const NARROW_SPACES = pattern(/[\u00a0\u2009\u202f]/g);

/** Same-length normalisation so that indices stay valid: curly apostrophes, no-break spaces. */
export function normalise(sentence: string): string {
  return sentence.replace(CURLY_APOSTROPHES, "'").replace(NARROW_SPACES, ' ');
}
