/**
 * Retractions for any paper, from two open lists bundled at build time: the
 * Retraction Watch database (via Crossref) reduced to DOIs, and Europe PMC's
 * "Retracted Publication" list keyed by PMID, PMCID and DOI.
 *
 * The lists are packed into sorted lines (`key\tflags\tnotice`) that the
 * background searches by halving: starting it costs one split per list, and a
 * lookup a few dozen string comparisons.
 */
import type { CitationIds } from '../citations/ids';

export type RetractionList = 'retraction-watch' | 'europe-pmc';

/** What the lists say about one paper. */
export interface ListedRetraction {
  /** A retraction, or only an expression of concern (Retraction Watch lists both). */
  kind: 'retracted' | 'concern';
  /** Which lists name it. */
  lists: RetractionList[];
  /** The notice's DOI when the list knows it (Retraction Watch); null otherwise. */
  notice: string | null;
}

/** The two lists packed for shipping; a list the build did not find is absent. */
export interface PackedRetractions {
  /** Date each included list's data was taken ("YYYY-MM-DD"). */
  asOf: Partial<Record<RetractionList, string>>;
  /**
   * Sorted DOIs, front-coded (sorted DOIs share long beginnings: this halves the list): one line per
   * DOI, `k\tsuffix\tflags` or `k\tsuffix\tflags\tj\tnoticeSuffix`, where the DOI is the previous
   * one's first k characters then `suffix`, and the notice's DOI is this DOI's first j characters then
   * `noticeSuffix`. Flags: R (retracted, Retraction Watch), C (concern, Retraction Watch), E (Europe
   * PMC); no notice when unknown or the DOI itself.
   */
  doi: string;
  /** Sorted lines `pmid\tdoi` (Europe PMC; doi may be empty). */
  pmid: string;
  /** Sorted lines `pmcid\tdoi` (Europe PMC; doi may be empty). */
  pmcid: string;
}

/** The Retraction Watch file as published: original DOI → notice DOI. */
export interface RetractionWatchDois {
  retractions: Record<string, string>;
  concerns: Record<string, string>;
}

export interface EuropePmcRow {
  doi: string;
  pmid: string;
  pmcid: string;
}

const byKey = (a: [string, string], b: [string, string]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** How many characters two strings share at their start. */
function sharedStart(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let n = 0;
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** The front-coded DOI lines back as sorted `doi\tflags\tnotice` lines (see {@link PackedRetractions.doi}). */
/** Every this many lines a DOI is written whole, so that a lookup decodes at most this many lines. */
export const RESTART_EVERY = 32;

/**
 * The DOI lines as packed: sorted, each DOI written as the length it shares
 * with the one before and the rest (whole at every RESTART_EVERY-th line).
 * A lookup halves over the whole DOIs, then decodes one run of lines: start-up
 * only splits the text into lines.
 */
class FrontCodedLines {
  private readonly lines: string[];
  /** The whole DOI each run starts with (cut out once: one in RESTART_EVERY lines). */
  private readonly starts: string[];

  constructor(coded: string) {
    this.lines = coded ? coded.split('\n') : [];
    this.starts = [];
    for (let i = 0; i < this.lines.length; i += RESTART_EVERY) {
      const line = this.lines[i] as string;
      const start = line.indexOf('\t') + 1;
      const end = line.indexOf('\t', start);
      this.starts.push(line.slice(start, end < 0 ? undefined : end));
    }
  }

  get size(): number {
    return this.lines.length;
  }

  /** `[flags, notice]` for a DOI, or null when it is not listed. */
  find(doi: string): string[] | null {
    let lo = 0;
    let hi = this.starts.length - 1;
    // The last run whose first DOI is not after the one looked for.
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as string) <= doi) lo = mid;
      else hi = mid - 1;
    }
    let previous = '';
    const end = Math.min(this.lines.length, (lo + 1) * RESTART_EVERY);
    for (let i = lo * RESTART_EVERY; i < end; i++) {
      const line = this.lines[i] as string;
      // Only the DOI is decoded on the way; the flags and notice of the one found.
      const tab1 = line.indexOf('\t');
      const tab2 = line.indexOf('\t', tab1 + 1);
      const current = previous.slice(0, Number(line.slice(0, tab1))) + line.slice(tab1 + 1, tab2 < 0 ? undefined : tab2);
      if (current === doi) {
        const [flags = '', j, noticeSuffix = ''] = tab2 < 0 ? [] : line.slice(tab2 + 1).split('\t');
        return [flags, j === undefined ? '' : current.slice(0, Number(j)) + noticeSuffix];
      }
      if (current > doi) return null;
      previous = current;
    }
    return null;
  }
}

/** Packs the lists (at build time, and in the CLI). Either may be null when its file is missing. */
export function packRetractions(
  watch: { data: RetractionWatchDois; asOf: string } | null,
  europePmc: { rows: EuropePmcRow[]; asOf: string } | null,
): PackedRetractions {
  const dois = new Map<string, { flags: string; notice: string }>();
  const add = (rawDoi: string, flag: string, rawNotice: string) => {
    const doi = rawDoi.trim().toLowerCase();
    if (!doi.startsWith('10.')) return;
    const notice = rawNotice.trim().toLowerCase();
    const entry = dois.get(doi) ?? { flags: '', notice: '' };
    if (!entry.flags.includes(flag)) entry.flags += flag;
    // The file repeats the original DOI where the notice's is unknown.
    if (notice && notice !== doi && !entry.notice) entry.notice = notice;
    dois.set(doi, entry);
  };
  if (watch) {
    for (const [doi, notice] of Object.entries(watch.data.retractions)) add(doi, 'R', notice);
    for (const [doi, notice] of Object.entries(watch.data.concerns)) add(doi, 'C', notice);
  }
  const pmids: [string, string][] = [];
  const pmcids: [string, string][] = [];
  if (europePmc) {
    for (const row of europePmc.rows) {
      const doi = row.doi.trim().toLowerCase();
      if (doi) add(doi, 'E', '');
      const pmid = row.pmid.trim();
      if (/^[1-9]\d{0,8}$/.test(pmid)) pmids.push([pmid, doi]);
      const pmcid = row.pmcid.trim().toUpperCase();
      if (/^PMC\d{3,9}$/.test(pmcid)) pmcids.push([pmcid, doi]);
    }
  }
  const doiLines: string[] = [];
  let previous = '';
  for (const [doi, e] of [...dois.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const k = doiLines.length % RESTART_EVERY === 0 ? 0 : sharedStart(previous, doi);
    const j = e.notice ? sharedStart(doi, e.notice) : 0;
    doiLines.push(`${k}\t${doi.slice(k)}\t${e.flags}${e.notice ? `\t${j}\t${e.notice.slice(j)}` : ''}`);
    previous = doi;
  }
  const join = (rows: [string, string][]) =>
    rows
      .sort(byKey)
      .map(([k, v]) => `${k}\t${v}`)
      .join('\n');
  const asOf: PackedRetractions['asOf'] = {};
  if (watch) asOf['retraction-watch'] = watch.asOf;
  if (europePmc) asOf['europe-pmc'] = europePmc.asOf;
  return { asOf, doi: doiLines.join('\n'), pmid: join(pmids), pmcid: join(pmcids) };
}

/** Sorted `key\t…` lines searched by halving; the keys are cut out once, at start. */
class SortedLines {
  private readonly keys: string[];
  private readonly rest: string[];

  constructor(text: string) {
    const lines = text ? text.split('\n') : [];
    this.keys = new Array(lines.length);
    this.rest = new Array(lines.length);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as string;
      const tab = line.indexOf('\t');
      this.keys[i] = tab < 0 ? line : line.slice(0, tab);
      this.rest[i] = tab < 0 ? '' : line.slice(tab + 1);
    }
  }

  get size(): number {
    return this.keys.length;
  }

  /** The fields after the key, or null when the key is not listed. */
  find(key: string): string[] | null {
    let lo = 0;
    let hi = this.keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = this.keys[mid] as string;
      if (k === key) return (this.rest[mid] as string).split('\t');
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return null;
  }
}

/** Looks cited papers up in the bundled retraction lists. */
export class RetractionIndex {
  private readonly doi: FrontCodedLines;
  private readonly pmid: SortedLines;
  private readonly pmcid: SortedLines;

  constructor(readonly packed: PackedRetractions) {
    this.doi = new FrontCodedLines(packed.doi);
    this.pmid = new SortedLines(packed.pmid);
    this.pmcid = new SortedLines(packed.pmcid);
  }

  /** How many DOIs, PMIDs and PMCIDs the lists hold. */
  get sizes(): { doi: number; pmid: number; pmcid: number } {
    return { doi: this.doi.size, pmid: this.pmid.size, pmcid: this.pmcid.size };
  }

  /**
   * What the lists say about a paper cited by these identifiers, or null when
   * neither lists it. A PMID or PMCID found in Europe PMC's list also brings
   * what Retraction Watch says under the DOI Europe PMC gives for it.
   */
  lookup(ids: Pick<CitationIds, 'doi' | 'pmid' | 'pmcid'>): ListedRetraction | null {
    const flags = new Set<string>();
    let notice: string | null = null;
    const fromDoi = (doi: string | undefined) => {
      if (!doi) return;
      const found = this.doi.find(doi.toLowerCase());
      if (!found) return;
      for (const f of found[0] ?? '') flags.add(f);
      notice ||= found[1] || null;
    };
    fromDoi(ids.doi);
    for (const [lines, key] of [
      [this.pmid, ids.pmid],
      [this.pmcid, ids.pmcid?.toUpperCase()],
    ] as const) {
      if (!key) continue;
      const found = lines.find(key);
      if (!found) continue;
      flags.add('E');
      if (found[0] && found[0] !== ids.doi) fromDoi(found[0]);
    }
    if (!flags.size) return null;
    const lists: RetractionList[] = [];
    if (flags.has('R') || flags.has('C')) lists.push('retraction-watch');
    if (flags.has('E')) lists.push('europe-pmc');
    // Only an expression of concern when no list says retracted.
    const kind = flags.has('R') || flags.has('E') ? 'retracted' : 'concern';
    return { kind, lists, notice };
  }
}
