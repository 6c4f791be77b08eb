/**
 * Record ids for imported studies: first author's surname, year and the
 * first word of the title, lower-case ASCII ("genchi2023_neural"), made
 * unique with "_2", "_3", … when taken.
 */

/** Leading words that say nothing about the study ("The TIME trial" → "time"). */
const SKIPPED_WORDS = new Set(['a', 'an', 'the']);

function ascii(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .toLowerCase();
}

/** The id stem for a study: surname + year + "_" + first title word. */
export function draftIdStem(surname: string | null, year: number | null, title: string | null): string {
  const name = ascii(surname ?? '').replace(/[^a-z0-9]/g, '') || 'anon';
  const words = ascii(title ?? '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const word = words.find((w) => !SKIPPED_WORDS.has(w)) ?? words[0] ?? 'untitled';
  return `${name}${year ?? ''}_${word}`;
}

/** `stem`, or `stem_2`, `stem_3`, … whichever `taken` does not hold yet. */
export function uniqueId(stem: string, taken: ReadonlySet<string>): string {
  if (!taken.has(stem)) return stem;
  for (let i = 2; ; i++) {
    const id = `${stem}_${i}`;
    if (!taken.has(id)) return id;
  }
}
