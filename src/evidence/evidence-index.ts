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

export class EvidenceIndex<S extends IndexedStudy = Study> {
  private readonly byKey = new Map<string, S>();
  private readonly byAuthorYear = new Map<string, S[]>();
  private readonly byId = new Map<string, S>();

  constructor(readonly studies: readonly S[]) {
    for (const study of studies) {
      this.byId.set(study.id, study);
      for (const key of identifierKeys(study)) this.byKey.set(key, study);
      const first = study.authors[0];
      if (first && study.year !== null) {
        const key = `${surnameOf(first)}|${study.year}`;
        const list = this.byAuthorYear.get(key);
        if (list) list.push(study);
        else this.byAuthorYear.set(key, [study]);
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
    const confirmed = candidates.filter((study) => confirms(study, text));
    return confirmed.length === 1 ? (confirmed[0] ?? null) : null;
  }
}

function confirms(study: IndexedStudy, text: string): boolean {
  const { name, abbrev } = study.journal;
  const journalNames = [name, abbrev].filter((j): j is string => !!j).map((j) => foldText(j).replace(/\./g, ''));
  const plain = text.replace(/\./g, '');
  if (journalNames.some((j) => j.length >= 4 && plain.includes(j))) return true;
  if (study.volume && study.pages) {
    const firstPage = study.pages.split(/[-–]/)[0];
    if (firstPage && new RegExp(`\\b${study.volume}\\b[^\\n]{0,12}\\b${firstPage}\\b`).test(text)) return true;
  }
  if (study.title) {
    const words = titleWords(study.title);
    const hits = words.filter((w) => text.includes(w)).length;
    if (hits >= Math.min(3, words.length) && hits > 0) return true;
  }
  return false;
}
