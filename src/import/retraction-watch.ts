/**
 * The Retraction Watch database as Crossref publishes it (one CSV, a row per
 * notice), read into checked {@link RetractionNotice}s.
 *
 * Columns (by name, any order): Record ID, Title, Subject, Institution,
 * Journal, Publisher, Country, Author, URLS, ArticleType, RetractionDate,
 * RetractionDOI, RetractionPubMedID, OriginalPaperDate, OriginalPaperDOI,
 * OriginalPaperPubMedID, RetractionNature, Reason, Paywalled, Notes.
 * The data writes a missing DOI as "unavailable" and a missing PubMed id as 0.
 */
import { type CsvRow, parseCsv } from './csv';
import { ImportError } from './import-error';

export const RETRACTION_WATCH_COLUMNS = [
  'Record ID',
  'Title',
  'Subject',
  'Institution',
  'Journal',
  'Publisher',
  'Country',
  'Author',
  'URLS',
  'ArticleType',
  'RetractionDate',
  'RetractionDOI',
  'RetractionPubMedID',
  'OriginalPaperDate',
  'OriginalPaperDOI',
  'OriginalPaperPubMedID',
  'RetractionNature',
  'Reason',
  'Paywalled',
  'Notes',
] as const;

export const NATURES = ['Retraction', 'Expression of concern', 'Correction', 'Reinstatement'] as const;
export type Nature = (typeof NATURES)[number];

export interface RetractionNotice {
  line: number;
  recordId: string;
  title: string;
  journal: string;
  nature: Nature;
  /** YYYY-MM-DD */
  date: string;
  noticeDoi: string | null;
  noticePmid: string | null;
  originalDoi: string | null;
  originalPmid: string | null;
  reason: string;
  urls: string[];
}

/** Problems found in the rows; the import stops and names each by line. */
export class RetractionDataError extends ImportError {
  constructor(
    source: string,
    readonly problems: string[],
  ) {
    const shown = problems.slice(0, 25);
    super(
      `${source}: ${problems.length} invalid row${problems.length === 1 ? '' : 's'}; nothing written:\n` +
        shown.map((p) => `  ${p}`).join('\n') +
        (problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : ''),
    );
    this.name = 'RetractionDataError';
  }
}

const MISSING = /^(|unavailable|not available|n\/?a|none|0)$/i;

/** A DOI as the record writes it (lower-case, no prefix), null when missing, or an error message. */
function readDoi(raw: string): string | null | Error {
  const v = raw.trim();
  if (MISSING.test(v)) return null;
  const doi = v
    .replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '')
    .trim()
    .toLowerCase();
  return /^10\.\d{4,9}\/\S+$/.test(doi) ? doi : new Error(`"${raw}" is not a DOI`);
}

function readPmid(raw: string): string | null | Error {
  const v = raw.trim();
  if (MISSING.test(v)) return null;
  return /^[1-9]\d{0,8}$/.test(v) ? v : new Error(`"${raw}" is not a PubMed id`);
}

/** "12/3/2018 0:00", "12/3/2018" or "2018-12-03" → "2018-12-03"; an Error for anything else or an impossible date. */
export function readRetractionDate(raw: string): string | Error {
  const v = raw.trim();
  let y: number;
  let m: number;
  let d: number;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(v);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?$/.exec(v);
  if (us) [m, d, y] = [Number(us[1]), Number(us[2]), Number(us[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return new Error(`"${raw}" is not a date (expected M/D/YYYY, as "12/3/2018 0:00")`);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 1900) {
    return new Error(`"${raw}" is not a real date`);
  }
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Parses and checks the whole CSV. Every row is checked (column count,
 * nature, date, identifiers) before any is used; all problems are reported
 * at once in a {@link RetractionDataError}.
 */
export function parseRetractionWatch(text: string, source: string): RetractionNotice[] {
  const rows = parseCsv(text, source);
  const header = rows[0];
  if (!header) throw new RetractionDataError(source, ['the file is empty: expected a header row naming the columns']);
  const names = header.fields.map((f) => f.trim());
  const missing = RETRACTION_WATCH_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length) {
    throw new RetractionDataError(source, [
      `line ${header.line}: the header lacks column${missing.length === 1 ? '' : 's'} ${missing.map((c) => `"${c}"`).join(', ')} (is this Crossref's Retraction Watch CSV?)`,
    ]);
  }
  const col = Object.fromEntries(RETRACTION_WATCH_COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<
    (typeof RETRACTION_WATCH_COLUMNS)[number],
    number
  >;
  const problems: string[] = [];
  const notices: RetractionNotice[] = [];
  for (const row of rows.slice(1)) {
    const notice = readRow(row, names.length, col, problems);
    if (notice) notices.push(notice);
  }
  if (problems.length) throw new RetractionDataError(source, problems);
  return notices;
}

function readRow(
  row: CsvRow,
  width: number,
  col: Record<(typeof RETRACTION_WATCH_COLUMNS)[number], number>,
  problems: string[],
): RetractionNotice | null {
  const at = `line ${row.line}`;
  if (row.fields.length !== width) {
    problems.push(`${at}: ${row.fields.length} fields where the header has ${width}`);
    return null;
  }
  const get = (c: (typeof RETRACTION_WATCH_COLUMNS)[number]) => (row.fields[col[c]] ?? '').trim();
  const before = problems.length;
  const recordId = get('Record ID');
  if (!recordId) problems.push(`${at}: Record ID is empty`);
  const natureText = get('RetractionNature');
  const nature = NATURES.find((n) => n.toLowerCase() === natureText.toLowerCase());
  if (!nature) problems.push(`${at}: RetractionNature "${natureText}" is not one of ${NATURES.map((n) => `"${n}"`).join(', ')}`);
  const date = readRetractionDate(get('RetractionDate'));
  if (date instanceof Error) problems.push(`${at}: RetractionDate ${date.message}`);
  const fields = {
    noticeDoi: readDoi(get('RetractionDOI')),
    noticePmid: readPmid(get('RetractionPubMedID')),
    originalDoi: readDoi(get('OriginalPaperDOI')),
    originalPmid: readPmid(get('OriginalPaperPubMedID')),
  };
  const columnOf = {
    noticeDoi: 'RetractionDOI',
    noticePmid: 'RetractionPubMedID',
    originalDoi: 'OriginalPaperDOI',
    originalPmid: 'OriginalPaperPubMedID',
  };
  for (const [key, value] of Object.entries(fields)) {
    if (value instanceof Error) problems.push(`${at}: ${columnOf[key as keyof typeof columnOf]} ${value.message}`);
  }
  if (problems.length > before || !nature || date instanceof Error) return null;
  return {
    line: row.line,
    recordId,
    title: get('Title'),
    journal: get('Journal'),
    nature,
    date,
    noticeDoi: fields.noticeDoi as string | null,
    noticePmid: fields.noticePmid as string | null,
    originalDoi: fields.originalDoi as string | null,
    originalPmid: fields.originalPmid as string | null,
    reason: get('Reason'),
    urls: get('URLS')
      .split(/[;\s]+/)
      .filter((u) => /^https?:\/\/\S+$/.test(u)),
  };
}
