/**
 * From blocks to citations. The detectors run on each block's text and on
 * its links; identifiers close together are one citation, with the
 * reference printed just before them (authors, year, title); a reference
 * without identifiers is a citation of its own. When the scan ends, repeats
 * of a citation get numbered keys, mentions are linked to their entries
 * (mentions.ts), and a page that is itself an article gets its page-level
 * citation.
 */
import type { ReferenceHint } from '../../evidence/evidence-index';
import type { TextMatch } from '../detectors';
import { findIdentifiers, identifierFromHref, MAY_LINK_TO_ID } from '../find-in-text';
import { type CitationIds, citationKeys, type IdKind } from '../ids';
import { identifiersFromJsonLd, identifiersFromMeta } from '../metadata';
import { findReferenceHints, type ReferenceCandidate, referenceParts } from '../references';
import { placeAt, placeAtOffset } from './badge-position';
import { type BlockText, nodeAt } from './blocks';
import { clip, type FoundCitation } from './found-citation';
import { collectMentions, linkMentions, type Mention } from './mentions';

/** Identifiers further apart than this (in characters) are not one reference's. */
const MAX_GAP = 400;
/** Longest text kept of one reference (what the record's bibliography and the title reading look at). */
const REFERENCE_TEXT = 600;
/** Prose words between two identifiers that make them two references ("…, and an earlier paper … (PMID: …)"). */
const PROSE_WORDS = 4;
/** Words of a reference's identifier part, not prose: labels, link parts, publication notes. */
const LABEL_WORDS = new Set(
  'pmid pmcid doi nct pubmed pmc available epub https http www org gov ncbi nlm nih clinicaltrials registration registered trial number identifier free full text article retrieved accessed online print published ahead'.split(
    ' ',
  ),
);

/** A number printed at the start of a reference entry: "3.", "3)", "[3]". */
const ENTRY_NUMBER = /^\s*\[?(\d{1,3})[.)\]]\s/;

/**
 * The number of the reference-list entry a block is, when it has one: the
 * number it starts with, or its place in an ordered list (its `value`, or
 * the list's `start` plus the items before it).
 */
export function entryNumber(element: Element, text: string): number | undefined {
  const printed = ENTRY_NUMBER.exec(text);
  if (printed) return Number(printed[1]);
  if (element.tagName !== 'LI' || element.parentElement?.tagName !== 'OL') return undefined;
  const value = Number(element.getAttribute('value'));
  if (Number.isInteger(value) && value > 0) return value;
  const start = Number(element.parentElement.getAttribute('start') ?? 1);
  let n = Number.isInteger(start) ? start : 1;
  for (let sibling = element.previousElementSibling; sibling && n < 1000; sibling = sibling.previousElementSibling) {
    if (sibling.tagName === 'LI') n++;
  }
  return n;
}

/** Whether the text between two identifiers is prose (several ordinary words), not a reference's labels. */
function isProse(between: string): boolean {
  let words = 0;
  for (const word of between.toLowerCase().match(/\p{L}{3,}/gu) ?? []) {
    if (!LABEL_WORDS.has(word) && ++words >= PROSE_WORDS) return true;
  }
  return false;
}

/** An identifier found in a block, with the node it was read from (a text node, or a link). */
interface Located extends TextMatch {
  node: Text | Element;
}

/** The citations of one scan, in document order, as blocks are read. */
export class CitationGrouper {
  readonly citations: FoundCitation[] = [];
  private readonly mentions: Mention[] = [];
  /** The page's own identifiers (from its meta tags), when the scan covers the whole page. */
  private readonly pageIds: CitationIds;
  private readonly pageKeys: Set<string>;
  /** The page's base URL, read once (on the first link). */
  private baseUrl: string | undefined;

  constructor(
    private readonly doc: Document,
    private readonly wholePage: boolean,
    private readonly baseUrlOption?: string,
  ) {
    this.pageIds = wholePage ? identifiersFromMeta(doc) : {};
    this.pageKeys = new Set(citationKeys(this.pageIds));
  }

  /** Finds the citations (and mentions) in a block just read. */
  addBlock(block: BlockText): void {
    const located: Located[] = [];
    // findIdentifiers tests MAY_CITE itself.
    for (const m of findIdentifiers(block.text)) {
      const at = m as Located;
      at.node = nodeAt(block, m.end);
      located.push(at);
    }
    for (const [link, end] of block.links) {
      const href = link.getAttribute('href') ?? '';
      if (!MAY_LINK_TO_ID.test(href)) continue;
      this.baseUrl ??= this.baseUrlOption ?? this.doc.baseURI;
      const id = identifierFromHref(href, this.baseUrl);
      if (id) located.push({ kind: id.kind, value: id.value, start: end - 1, end, node: link });
    }
    const hints = findReferenceHints(block.text);
    if (located.length) {
      located.sort((a, b) => a.start - b.start || a.end - b.end);
      this.group(block, located, hints);
    } else {
      for (const [i, hint] of hints.entries()) this.pushReference(block, hint, hints[i + 1]?.start ?? block.text.length);
    }
    collectMentions(block, this.mentions);
  }

  /** Once every block is read: numbered repeats, linked mentions, and the page-level citation. */
  finish(): void {
    // Blocks were read in document order. Number repeats of the same reference so that
    // every key is unique and stable.
    const seen = new Map<string, number>();
    for (let i = 0; i < this.citations.length; i++) {
      const c = this.citations[i] as FoundCitation;
      const n = seen.get(c.key) ?? 0;
      seen.set(c.key, n + 1);
      if (n) this.citations[i] = { ...c, key: `${c.key}#${n}` };
    }
    linkMentions(this.citations, this.mentions);
    if (!this.wholePage) return;
    const jsonLd: string[] = [];
    for (const script of this.doc.scripts) {
      if (script.getAttribute('type') === 'application/ld+json') jsonLd.push(script.textContent ?? '');
    }
    const ids: CitationIds = { ...identifiersFromJsonLd(jsonLd), ...this.pageIds };
    const keys = citationKeys(ids);
    if (!keys.length) return;
    const title = this.doc.title?.trim() ?? '';
    this.citations.unshift({
      key: `page:${keys.join(' ')}`,
      ids,
      text: clip(title || keys.join(' ')),
      after: null,
      pageLevel: true,
    });
  }

  /**
   * Groups a block's identifiers into citations: identifiers close together
   * belong to one reference, a new value of a kind starts another. A
   * reference hint just before a group (its authors and title) joins it;
   * other hints are references of their own.
   */
  private group(block: BlockText, located: Located[], hints: ReferenceCandidate[]): void {
    let ids: CitationIds = {};
    let text: string | null = null;
    let first: Located | null = null;
    let last: Located | null = null;
    let previousEnd = 0;
    let h = 0;
    const close = () => {
      if (!last || !first) return;
      // Of the hints before this group, the last that starts after the previous group is this reference's.
      let own: ReferenceCandidate | null = null;
      for (; h < hints.length && (hints[h] as ReferenceCandidate).start < first.start; h++) {
        const hint = hints[h] as ReferenceCandidate;
        if (hint.start < previousEnd) continue;
        if (own) this.pushReference(block, own, hint.start);
        own = hint;
      }
      // An in-text citation followed by a sentence of prose is a citation of its own, not this group's reference.
      if (own?.form === 'in-text' && isProse(block.text.slice(own.end, first.start))) {
        this.pushReference(block, own, first.start);
        own = null;
      }
      // The article's own identifiers in its header are the page-level citation, not a badge.
      const keys = citationKeys(ids);
      const pageKeys = this.pageKeys;
      if (keys.length && (!pageKeys.size || !keys.every((k) => pageKeys.has(k)))) {
        text ??= clip(block.text);
        const citation: FoundCitation = { key: keys.join(' '), ids, text, ...placeAt(block, last.node, last.end) };
        if (own) citation.reference = this.referenceOf(block, own, first.start);
        // Only a block's first reference can be its numbered entry.
        const number = previousEnd === 0 ? entryNumber(block.element, block.text) : undefined;
        if (number !== undefined) citation.number = number;
        this.citations.push(citation);
      } else if (own) this.pushReference(block, own, first.start);
      previousEnd = last.end;
      ids = {};
      first = null;
      last = null;
    };
    for (const m of located) {
      const kind: IdKind = m.kind;
      const current = ids[kind];
      if (
        (current && current !== m.value) ||
        (last && (m.start - last.end > MAX_GAP || isProse(block.text.slice(last.end, m.start))))
      )
        close();
      ids[kind] = m.value;
      first ??= m;
      if (!last || m.end >= last.end) last = m;
    }
    close();
    // Hints after the last group.
    for (; h < hints.length; h++) {
      const hint = hints[h] as ReferenceCandidate;
      if (hint.start >= previousEnd) this.pushReference(block, hint, hints[h + 1]?.start ?? block.text.length);
    }
  }

  /** The reference a hint starts, with the entry's text up to `until` and its title and journal. */
  private referenceOf(block: BlockText, hint: ReferenceCandidate, until: number): ReferenceHint {
    const text = block.text.slice(hint.start, Math.min(until, hint.start + REFERENCE_TEXT));
    const parts = hint.form === 'entry' ? referenceParts(text) : { title: null, journal: null };
    return { surname: hint.surname, year: hint.year, text, title: parts.title, journal: parts.journal };
  }

  /** A reference without identifiers: a citation of its own, badged after its text. */
  private pushReference(block: BlockText, hint: ReferenceCandidate, until: number): void {
    const reference = this.referenceOf(block, hint, until);
    // A list entry's badge goes after the whole entry; an in-text citation's right after it.
    const end = hint.form === 'entry' ? hint.start + entryLength(reference.text) : hint.end;
    const number = hint.form === 'entry' ? entryNumber(block.element, block.text.slice(Math.max(0, hint.start - 6))) : undefined;
    this.citations.push({
      key: `ref:${hint.surname.toLowerCase()}|${hint.year}|${clip(reference.text).slice(0, 60)}`,
      ids: {},
      text: clip(hint.form === 'entry' ? reference.text : block.text),
      ...placeAtOffset(block, Math.max(end, hint.end)),
      reference,
      ...(number !== undefined ? { number } : {}),
    });
  }
}

/** The length of an entry's own text: without the next entry's number ("… 2019. 2. ") or trailing space. */
function entryLength(text: string): number {
  return text.replace(/\s*(?:\[\d{1,3}\]|\d{1,3}[.)])?\s*$/, '').length;
}
