/**
 * The record and drafts folders on disk, for the import and review
 * commands: reading every study file (valid or not), and writing a set of
 * files all-or-nothing.
 *
 * The folders are parameters so tests run on temporary copies; the CLI
 * passes the real ones ({@link DEFAULT_DIRS}).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parseRecordFile, type RecordProblem } from '../evidence/load';
import type { Study } from '../evidence/schema';

export interface StudyDirs {
  /** The curated record, bundled into the extension. */
  records: string;
  /** Drafts awaiting review; not bundled. */
  drafts: string;
}

const EVIDENCE_DIR = join(import.meta.dirname, '../evidence');

export const DEFAULT_DIRS: StudyDirs = {
  records: join(EVIDENCE_DIR, 'records'),
  drafts: join(EVIDENCE_DIR, 'drafts'),
};

/** Pending PubMed differences for curated records live beside the drafts, one file per record. */
export function changesDir(dirs: StudyDirs): string {
  return join(dirs.drafts, 'changes');
}

export interface StudyFile {
  path: string;
  /** The path as shown to people: relative to the working directory when inside it. */
  shown: string;
  text: string;
  /** The parsed study when the file is valid. */
  study: Study | null;
  /** The file's JSON when it parses at all (for matching identifiers of files that are mid-edit). */
  data: Record<string, unknown> | null;
  problems: RecordProblem[];
}

export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/** Every `*.json` study file of a folder, sorted by name; a missing folder holds none. */
export function readStudyFiles(dir: string): StudyFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.json') && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort()
    .map((name) => readStudyFile(join(dir, name)));
}

export function readStudyFile(path: string): StudyFile {
  const text = readFileSync(path, 'utf8');
  const shown = shownPath(path);
  const result = parseRecordFile({ name: shown, text });
  let data: Record<string, unknown> | null = null;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
  } catch {
    data = null;
  }
  return 'study' in result
    ? { path, shown, text, study: result.study, data, problems: [] }
    : { path, shown, text, study: null, data, problems: result.problems };
}

/** The text of a study file: the format every record file has (2-space JSON, final newline). */
export function studyText(study: unknown): string {
  return `${JSON.stringify(study, null, 2)}\n`;
}

/** Identifier keys of a study file, read leniently from its JSON (so a file mid-edit still matches). */
export function fileKeys(file: StudyFile): { id: string | null; pmid: string | null; doi: string | null; pmcid: string | null } {
  const data = file.data ?? {};
  const ids = (data.ids && typeof data.ids === 'object' ? data.ids : {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  return {
    id: str(data.id) ?? basename(file.path, '.json'),
    pmid: str(ids.pmid),
    doi: str(ids.doi)?.toLowerCase() ?? null,
    pmcid: str(ids.pmcid),
  };
}

export interface FileWrite {
  path: string;
  text: string;
}

/**
 * Writes every file, or none: each goes to a temporary file beside its
 * target first, then all are renamed into place. If a rename fails, the
 * files already replaced get their old text back. `removals` are deleted
 * only after every write succeeded.
 */
export function writeAllOrNothing(writes: FileWrite[], removals: string[] = []): void {
  const staged: { tmp: string; path: string; old: string | null }[] = [];
  try {
    for (const w of writes) {
      mkdirSync(dirname(w.path), { recursive: true });
      const tmp = join(dirname(w.path), `.${basename(w.path)}.${process.pid}.tmp`);
      writeFileSync(tmp, w.text);
      staged.push({ tmp, path: w.path, old: existsSync(w.path) ? readFileSync(w.path, 'utf8') : null });
    }
  } catch (error) {
    for (const s of staged) safeUnlink(s.tmp);
    throw error;
  }
  const done: typeof staged = [];
  try {
    for (const s of staged) {
      renameSync(s.tmp, s.path);
      done.push(s);
    }
  } catch (error) {
    for (const s of done) {
      if (s.old === null) safeUnlink(s.path);
      else writeFileSync(s.path, s.old);
    }
    for (const s of staged.slice(done.length)) safeUnlink(s.tmp);
    throw error;
  }
  for (const path of removals) safeUnlink(path);
}

function safeUnlink(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}
