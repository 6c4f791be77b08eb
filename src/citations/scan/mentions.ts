/**
 * In-text mentions of the page's reference list. "(Zhou et al., 2018)" is a
 * reference of its own, found with the others; "Genchi et al." or "Centeno
 * and colleagues" has no year, and is kept as a mention until the whole page
 * is read, since its entry may come later. When the page's references name
 * first authors, a second pass (the mention pass) looks for those surnames
 * in the text already read. Each mention then shares the badge of the one
 * entry it names.
 */
import { findMentions, MENTION_GATE } from '../references';
import { type BadgePlace, placeAtOffset } from './badge-position';
import type { BlockText } from './blocks';
import { clip, type FoundCitation } from './found-citation';

/** A mention without a year, with its block's text and where its badge goes. */
export interface Mention {
  surname: string;
  text: string;
  place: BadgePlace;
}

/** Most in-text mentions without a year kept on one page (and found by the mention pass). */
const MAX_MENTIONS = 500;
/** Most reference surnames the mention pass looks for. */
const MAX_MENTION_SURNAMES = 200;

/** Adds the mentions without a year in a block to `out`. */
export function collectMentions(block: BlockText, out: Mention[]): void {
  if (!MENTION_GATE.test(block.text)) return;
  for (const m of findMentions(block.text)) {
    if (out.length >= MAX_MENTIONS) break;
    out.push({ surname: m.surname, text: clip(block.text), place: placeAtOffset(block, m.end) });
  }
}

/**
 * Where the mention pass reads: the offsets in `text` of the entries' first
 * authors followed by "et al." or "and colleagues". Empty when no entry
 * names one, so pages without such references pay nothing.
 */
export function mentionHints(citations: readonly FoundCitation[], text: string): number[] {
  const surnames = new Set<string>();
  for (const c of citations) {
    const surname = entrySurname(c);
    if (surname && surnames.size < MAX_MENTION_SURNAMES) surnames.add(surname);
  }
  if (!surnames.size) return [];
  const names = [...surnames].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const re = new RegExp(
    `(?<![\\p{L}'’])(?:${names})(?=\\s+(?:et\\s+al\\b|and\\s+(?:his\\s+|her\\s+|their\\s+)?(?:colleagues|co-?workers)))`,
    'giu',
  );
  const hints: number[] = [];
  for (let m = re.exec(text); m && hints.length < MAX_MENTIONS; m = re.exec(text)) hints.push(m.index);
  return hints;
}

/**
 * In-text mentions share the badge of the one reference-list entry they
 * name: "Genchi et al." or "Centeno and colleagues" by surname, "(Zhou et
 * al., 2018)" by surname and year. Two entries of that name: no link.
 * Author-year references get `sameAs`; mentions without a year are added.
 */
export function linkMentions(citations: FoundCitation[], mentions: readonly Mention[]): void {
  const entries = new Map<string, FoundCitation[]>();
  for (const c of citations) {
    const surname = entrySurname(c);
    if (!surname) continue;
    const list = entries.get(surname);
    if (list) list.push(c);
    else entries.set(surname, [c]);
  }
  if (!entries.size) return;
  for (const [i, c] of citations.entries()) {
    const ref = c.reference;
    if (!ref || Object.keys(c.ids).length || ref.title || ref.journal) continue;
    const same = entries.get(ref.surname.toLowerCase())?.filter((e) => e.reference?.year === ref.year);
    if (same?.length === 1) citations[i] = { ...c, sameAs: (same[0] as FoundCitation).key };
  }
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const same = entries.get(m.surname.toLowerCase());
    if (same?.length !== 1) continue;
    const entry = same[0] as FoundCitation;
    // The entry's own authors ("Barman et al. Knee Surg Relat Res. 2022") are not a mention of it.
    if (m.text === entry.text) continue;
    const n = counts.get(entry.key) ?? 0;
    counts.set(entry.key, n + 1);
    citations.push({ key: `${entry.key}@${n}`, ids: entry.ids, text: m.text, ...m.place, sameAs: entry.key });
  }
}

/** The lower-case surname of a reference-list entry (a reference with identifiers, a title or a journal), or null. */
function entrySurname(c: FoundCitation): string | null {
  if (!c.reference || c.sameAs || c.pageLevel) return null;
  return Object.keys(c.ids).length || c.reference.title || c.reference.journal ? c.reference.surname.toLowerCase() : null;
}
