/**
 * The in-memory index over the record: constant-time lookup by any
 * identifier, and a bibliographic index for references without identifiers.
 */
import { type CitationIds, citationKeys } from '../citations/ids';
import { identifierKeys } from './load';
import type { Study } from './schema';

/** The parts of a study the index reads; both full records and shipped views have them. */
export type IndexedStudy = Pick<Study, 'id' | 'ids' | 'authors' | 'year' | 'journal' | 'volume' | 'pages' | 'title'>;

/** A reference without identifiers, as the detector parsed it from page text. */
export interface ReferenceHint {
  surname: string;
  year: number;
  /** The reference's whole text, for confirming journal, volume, pages or title words. */
  text: string;
  /** The article's title and journal as the reference prints them, when they could be told apart. */
  title?: string | null;
  journal?: string | null;
}

export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function surnameOf(author: string): string {
  // "Genchi A" → "genchi"; "van der Berg J" → "van der berg"
  return foldText(author.replace(/\s+[A-Z]{1,4}$/, '')).trim();
}

const STOP_WORDS = new Set(
  'a an and for from in into of on or the to with without versus vs after by at patients patient study trial'.split(' '),
);

function titleWords(title: string): string[] {
  return foldText(title)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 3 && !STOP_WORDS.has(w));
}

/**
 * What the index keeps of a study, computed once: its identifier keys, its
 * first-author-and-year key and the details that confirm a reference. The
 * extension computes it at build time, so starting the index is only filling
 * maps.
 */
export interface IndexEntry {
  id: string;
  keys: string[];
  /** "surname|year" of the first author, folded; null without author or year. */
  bib: string | null;
  /** Journal name and abbreviation, folded, without dots (only those of 4+ characters). */
  journals: string[];
  volume: string | null;
  firstPage: string | null;
  /** Distinctive words of the title, folded. */
  words: string[];
}

export function indexEntry(study: IndexedStudy): IndexEntry {
  const first = study.authors[0];
  const { name, abbrev } = study.journal;
  return {
    id: study.id,
    keys: identifierKeys(study),
    bib: first && study.year !== null ? `${surnameOf(first)}|${study.year}` : null,
    journals: [name, abbrev]
      .filter((j): j is string => !!j)
      .map((j) => foldText(j).replace(/\./g, ''))
      .filter((j) => j.length >= 4),
    volume: study.volume,
    firstPage: study.pages?.split(/[-–]/)[0] ?? null,
    words: study.title ? titleWords(study.title) : [],
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function confirms(entry: IndexEntry, text: string): boolean {
  const plain = text.replace(/\./g, '');
  if (entry.journals.some((j) => plain.includes(j))) return true;
  if (entry.volume && entry.firstPage) {
    const pattern = `\\b${escapeRegExp(entry.volume)}\\b[^\\n]{0,12}\\b${escapeRegExp(entry.firstPage)}\\b`;
    if (new RegExp(pattern).test(text)) return true;
  }
  const hits = entry.words.filter((w) => text.includes(w)).length;
  return hits > 0 && hits >= Math.min(3, entry.words.length);
}

/**
 * The index: items of any shape (full records, shipped entries), each with
 * its {@link IndexEntry}.
 */
export class EvidenceIndex<S extends { id: string } = Study> {
  private readonly byKey = new Map<string, S>();
  private readonly byAuthorYear = new Map<string, { item: S; entry: IndexEntry }[]>();
  private readonly byId = new Map<string, S>();

  constructor(
    readonly studies: readonly S[],
    entryOf: (item: S) => IndexEntry = (item) => indexEntry(item as unknown as IndexedStudy),
  ) {
    for (const item of studies) {
      const entry = entryOf(item);
      this.byId.set(item.id, item);
      for (const key of entry.keys) this.byKey.set(key, item);
      if (entry.bib) {
        const list = this.byAuthorYear.get(entry.bib);
        if (list) list.push({ item, entry });
        else this.byAuthorYear.set(entry.bib, [{ item, entry }]);
      }
    }
  }

  get size(): number {
    return this.studies.length;
  }

  study(id: string): S | undefined {
    return this.byId.get(id);
  }

  /**
   * The study a citation's identifiers point to. When two identifiers of one
   * citation point to different studies the citation is ambiguous and nothing
   * is returned: a wrong match is worse than none. A trial registry number is
   * shared by every paper of a trial, so it decides only when the citation
   * names no article (no PMID, DOI or PMCID).
   */
  lookup(ids: CitationIds): S | null {
    const article = ids.pmid !== undefined || ids.doi !== undefined || ids.pmcid !== undefined;
    const usable: CitationIds = article ? { pmid: ids.pmid, doi: ids.doi, pmcid: ids.pmcid } : ids;
    let found: S | null = null;
    for (const key of citationKeys(usable)) {
      const study = this.byKey.get(key);
      if (!study) continue;
      if (found && found !== study) return null;
      found = study;
    }
    return found;
  }

  /**
   * Matches a reference without identifiers. Surname and year must match the
   * first author, plus one confirming detail in the reference text: the
   * journal (name or abbreviation), the volume with the first page, or at
   * least three title words. Two candidates → no match.
   */
  lookupReference(ref: ReferenceHint): S | null {
    const candidates = this.byAuthorYear.get(`${foldText(ref.surname)}|${ref.year}`);
    if (!candidates) return null;
    const text = foldText(ref.text);
    const confirmed = candidates.filter(({ entry }) => confirms(entry, text));
    return confirmed.length === 1 ? (confirmed[0]?.item ?? null) : null;
  }
}
