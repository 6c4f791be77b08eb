/**
 * Reads the open bulk data from its folder at build time (and in the CLI):
 * `../shared/data` beside the project by default, `EVIDENCE_LENS_DATA=DIR`
 * for another place. Nothing is copied into the repository. A list whose
 * file is missing is left out and named; a malformed file fails naming the
 * file and the line.
 *
 * Node only: never imported by the extension's runtime code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { type EuropePmcRow, type PackedRetractions, packRetractions, type RetractionWatchDois } from './retractions';
import { type PackedTrials, packTrials, type TrialRow } from './trials';
import { DATA_LISTS, type DataManifest } from './sources';

export class DataError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'DataError';
  }
}

export interface OpenData {
  dir: string;
  retractions: PackedRetractions | null;
  trials: PackedTrials | null;
  /** The lists left out because their files were not found, by name. */
  missing: string[];
  /** What this build includes, for the options page's "About the data". */
  manifest: DataManifest;
}

/** The data folder: `EVIDENCE_LENS_DATA`, else `../shared/data` beside the project root. */
export function dataDir(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.EVIDENCE_LENS_DATA ? resolve(env.EVIDENCE_LENS_DATA) : resolve(projectRoot, '../shared/data');
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DataError(file, `not valid JSON: ${(error as Error).message}`);
  }
}

/** Parses CSV or TSV (RFC 4180: quoted cells may hold commas, quotes and line breaks), columns by header name. */
export function readTable(file: string, delimiter = ','): TrialRow[] {
  try {
    return parse(readFileSync(file, 'utf8'), {
      columns: true,
      delimiter,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: false,
    }) as TrialRow[];
  } catch (error) {
    const e = error as Error & { lines?: number };
    throw new DataError(file, `${e.lines ? `line ${e.lines}: ` : ''}${e.message}`);
  }
}

function retractionWatch(file: string): RetractionWatchDois {
  const data = readJson(file) as Partial<RetractionWatchDois> | null;
  const isMap = (v: unknown): v is Record<string, string> =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');
  if (!data || !isMap(data.retractions) || !isMap(data.concerns)) {
    throw new DataError(file, 'expected {"retractions": {doi: noticeDoi}, "concerns": {doi: noticeDoi}}');
  }
  return { retractions: data.retractions, concerns: data.concerns };
}

function europePmc(file: string): EuropePmcRow[] {
  const rows = readTable(file, '\t');
  const first = rows[0];
  if (first && !('doi' in first && 'pmid' in first && 'pmcid' in first)) {
    throw new DataError(file, 'expected tab-separated columns doi, pmid, pmcid');
  }
  return rows.map((r) => ({ doi: r.doi ?? '', pmid: r.pmid ?? '', pmcid: r.pmcid ?? '' }));
}

/** Reads every list it finds in `dir`. Throws {@link DataError} on a malformed file. */
export function readOpenData(dir: string): OpenData {
  const missing: string[] = [];
  const present = (file: string, name: string) => {
    if (existsSync(file)) return true;
    missing.push(name);
    return false;
  };
  const rwFile = join(dir, DATA_LISTS.retractionWatch.file);
  const epmcFile = join(dir, DATA_LISTS.europePmc.file);
  const watch = present(rwFile, DATA_LISTS.retractionWatch.name)
    ? { data: retractionWatch(rwFile), asOf: DATA_LISTS.retractionWatch.asOf }
    : null;
  const epmc = present(epmcFile, DATA_LISTS.europePmc.name)
    ? { rows: europePmc(epmcFile), asOf: DATA_LISTS.europePmc.asOf }
    : null;
  const lists: DataManifest['lists'] = [];
  const listed = (list: (typeof DATA_LISTS)[keyof typeof DATA_LISTS], entries: number) =>
    lists.push({ name: list.name, asOf: list.asOf, credit: list.credit, entries });
  if (watch) {
    listed(DATA_LISTS.retractionWatch, Object.keys(watch.data.retractions).length + Object.keys(watch.data.concerns).length);
  }
  if (epmc) listed(DATA_LISTS.europePmc, epmc.rows.length);
  const trialsDir = join(dir, DATA_LISTS.trials.file);
  let trials: PackedTrials | null = null;
  const csvFiles = existsSync(trialsDir)
    ? readdirSync(trialsDir)
        .filter((f) => f.endsWith('.csv'))
        .sort()
    : [];
  if (csvFiles.length) {
    const rows: TrialRow[] = [];
    for (const f of csvFiles) {
      const path = join(trialsDir, f);
      const table = readTable(path);
      if (table[0] && !('NCT Number' in table[0])) throw new DataError(path, 'expected a "NCT Number" column');
      rows.push(...table);
    }
    trials = packTrials(rows, DATA_LISTS.trials.asOf);
    listed(DATA_LISTS.trials, Object.keys(JSON.parse(trials.json)).length);
  } else missing.push(DATA_LISTS.trials.name);
  return {
    dir,
    retractions: watch || epmc ? packRetractions(watch, epmc) : null,
    trials,
    missing,
    manifest: { lists, missing },
  };
}
