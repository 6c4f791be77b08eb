/** What the scan finds: one citation on the page, with where its badge goes. */
import type { ReferenceHint } from '../../evidence/evidence-index';
import type { CitationIds } from '../ids';

export interface FoundCitation {
  /** Stable key from the identifiers (or the reference), the same on every scan. */
  key: string;
  ids: CitationIds;
  /** The citation's text on the page: its block's text, whitespace collapsed, at most 300 characters. */
  text: string;
  /** The badge goes right after this node; null for a page-level citation (the page is the article). */
  after: Node | null;
  /**
   * When the citation ends inside a longer text node, the offset in `after`
   * (a Text node) where it ends: the badge goes there, not at the node's end.
   */
  afterOffset?: number;
  /**
   * The reference as the page prints it (surname, year, the entry's text, and
   * its title and journal when they can be told apart): matched against the
   * record's bibliography when there are no identifiers, and read for design
   * words when nothing knows the study.
   */
  reference?: ReferenceHint;
  pageLevel?: boolean;
  /** The entry's number in a numbered reference list ("3." or the third item of an ordered list), for "(3)" and "[3]" in the text. */
  number?: number;
  /**
   * An in-text mention ("Genchi et al.", "Centeno and colleagues", "(Zhou et
   * al., 2018)") of the one entry of the page's reference list with this key:
   * its badge says what that entry's says.
   */
  sameAs?: string;
}

const TEXT_LIMIT = 300;
/** Whitespace other than single spaces: only text with some needs collapsing (the test costs a tenth of the replace). */
const LOOSE_SPACE = /[^\S ]| {2}/;

/** A citation's `text`: whitespace collapsed, at most TEXT_LIMIT characters. */
export function clip(text: string): string {
  const flat = (LOOSE_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
  return flat.length > TEXT_LIMIT ? `${flat.slice(0, TEXT_LIMIT - 1)}…` : flat;
}
