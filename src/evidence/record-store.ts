/**
 * The record as the extension ships it: a small index parsed at start-up and
 * every study's full view kept as JSON text, parsed the first time a page
 * cites it. Starting the background costs one small JSON.parse, however large
 * the record grows.
 */
import type { CitationIds } from '../citations/ids';
import { EvidenceIndex, type IndexEntry, indexEntry, type ReferenceHint } from './evidence-index';
import type { StudyView } from './study-view';

/** What the index needs of a study (computed at build time), plus where its view sits in the data text. */
export type PackedEntry = IndexEntry & { at: [start: number, end: number] };

export interface PackedRecord {
  entries: PackedEntry[];
  /** Every study view's JSON, one after the other. */
  data: string;
}

/** Packs study views for shipping (at build time, and for the CLI so both run the same code). */
export function packRecord(views: readonly StudyView[]): PackedRecord {
  const entries: PackedEntry[] = [];
  let data = '';
  for (const v of views) {
    const json = JSON.stringify(v);
    entries.push({ ...indexEntry(v), at: [data.length, data.length + json.length] });
    data += json;
  }
  return { entries, data };
}

export class RecordStore {
  private readonly index: EvidenceIndex<PackedEntry>;
  private readonly cache = new Map<string, StudyView>();

  constructor(private readonly packed: PackedRecord) {
    this.index = new EvidenceIndex(packed.entries, (entry) => entry);
  }

  static fromViews(views: readonly StudyView[]): RecordStore {
    return new RecordStore(packRecord(views));
  }

  get size(): number {
    return this.index.size;
  }

  lookup(ids: CitationIds): StudyView | null {
    const entry = this.index.lookup(ids);
    return entry ? (this.view(entry.id) ?? null) : null;
  }

  lookupReference(ref: ReferenceHint): StudyView | null {
    const entry = this.index.lookupReference(ref);
    return entry ? (this.view(entry.id) ?? null) : null;
  }

  view(id: string): StudyView | undefined {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const entry = this.index.study(id);
    if (!entry) return undefined;
    const view = JSON.parse(this.packed.data.slice(entry.at[0], entry.at[1])) as StudyView;
    this.cache.set(id, view);
    return view;
  }
}
