/**
 * `review`: what the imports left for a person, and moving a reviewed draft
 * into the record.
 *
 * A draft is accepted only if it is a valid record on its own
 * (`parseRecordFile`) and together with the record (`loadRecord`: unique
 * id, no identifier claimed twice, later-evidence links that resolve).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRecord, parseRecordFile, RecordError, type RecordFile, type RecordProblem } from '../evidence/load';
import { badgeLabel } from '../evidence/derive';
import { ImportError } from './import-error';
import type { PendingChange } from './import-pubmed';
import { DRAFT_NOTE_PREFIX } from './pubmed-draft';
import {
  changesDir,
  readStudyFile,
  readStudyFiles,
  shownPath,
  type StudyDirs,
  type StudyFile,
  studyText,
  writeAllOrNothing,
} from './record-store';

export interface DraftListing {
  file: StudyFile;
  /** The badge readers would see, when the draft is valid. */
  label: string | null;
  /** Fields the import filled that still await a person's check. */
  awaiting: string[];
}

export interface ChangeListing {
  path: string;
  change: PendingChange | null;
  problem: string | null;
}

const ID = /^[a-z0-9][a-z0-9_-]*$/;

/** The fields a draft's notes still list as awaiting review. */
export function awaitingFields(notes: string | null): string[] {
  if (!notes?.startsWith(DRAFT_NOTE_PREFIX)) return [];
  // The list ends at the first full stop followed by a space ("ids.pmid" has one without).
  const list = notes.slice(DRAFT_NOTE_PREFIX.length).split(/\.(?:\s|$)/)[0] ?? '';
  return list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function listReview(dirs: StudyDirs): { drafts: DraftListing[]; changes: ChangeListing[] } {
  const drafts = readStudyFiles(dirs.drafts).map((file) => ({
    file,
    label: file.study ? badgeLabel(file.study) : null,
    awaiting: awaitingFields(file.study?.verification.notes ?? null),
  }));
  const dir = changesDir(dirs);
  const changes: ChangeListing[] = existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => n.endsWith('.json') && !n.startsWith('.'))
        .sort()
        .map((name) => {
          const path = join(dir, name);
          try {
            const change = JSON.parse(readFileSync(path, 'utf8')) as PendingChange;
            if (!change.record || !Array.isArray(change.differences)) throw new Error('not a pending-change file');
            return { path: shownPath(path), change, problem: null };
          } catch (error) {
            return { path: shownPath(path), change: null, problem: (error as Error).message };
          }
        })
    : [];
  return { drafts, changes };
}

function problemLines(problems: RecordProblem[]): string {
  return problems.map((p) => `  ${p.file}: ${p.field}: ${p.reason}`).join('\n');
}

function checkId(id: string): void {
  if (!ID.test(id)) throw new ImportError(`"${id}" is not a record id (lower-case letters, digits, _ and - only)`);
}

/**
 * Validates the draft `id` and moves it into the record, its notes marked
 * "reviewed <date>". Throws {@link ImportError} (nothing moved) when the
 * draft is missing or invalid, or the record already has that id.
 */
export function acceptDraft(id: string, dirs: StudyDirs, date: string): { from: string; to: string } {
  checkId(id);
  const from = join(dirs.drafts, `${id}.json`);
  const to = join(dirs.records, `${id}.json`);
  if (existsSync(join(changesDir(dirs), `${id}.json`)) && !existsSync(from)) {
    throw new ImportError(
      `${id} is a curated record with pending PubMed differences, not a draft: edit ${shownPath(to)} by hand where PubMed is right, then run "review --dismiss ${id}"`,
    );
  }
  if (!existsSync(from)) {
    const known = readStudyFiles(dirs.drafts).map((f) => f.shown.replace(/^.*\//, '').replace(/\.json$/, ''));
    throw new ImportError(
      `no draft "${id}" in ${shownPath(dirs.drafts)}${known.length ? ` (drafts: ${known.join(', ')})` : ' (there are no drafts)'}`,
    );
  }
  if (existsSync(to)) throw new ImportError(`${shownPath(to)} already exists; a curated record is never overwritten`);
  const draft = readStudyFile(from);
  if (!draft.study) {
    throw new ImportError(
      `${draft.shown} is not a valid record; fix it and run review --accept again:\n${problemLines(draft.problems)}`,
    );
  }
  const study = structuredClone(draft.study);
  const notes = study.verification.notes;
  study.verification.notes = notes?.startsWith(DRAFT_NOTE_PREFIX)
    ? `Imported from PubMed XML; extracted automatically, reviewed ${date}:${notes.slice(DRAFT_NOTE_PREFIX.length)}`
    : `${notes ? `${notes} ` : ''}Reviewed ${date}.`;
  study.verification.date = date;
  const text = studyText(study);
  const file: RecordFile = { name: shownPath(to), text };
  const own = parseRecordFile(file);
  if ('problems' in own) throw new ImportError(`${id} would not be a valid record:\n${problemLines(own.problems)}`);

  const current = readStudyFiles(dirs.records).map((f) => ({ name: f.shown, text: f.text }));
  const before = new Set(recordProblems(current).map((p) => `${p.file}|${p.field}|${p.reason}`));
  const added = recordProblems([...current, file]).filter((p) => !before.has(`${p.file}|${p.field}|${p.reason}`));
  if (added.length) throw new ImportError(`${id} does not fit the record:\n${problemLines(added)}`);

  writeAllOrNothing([{ path: to, text }], [from]);
  return { from: shownPath(from), to: shownPath(to) };
}

function recordProblems(files: RecordFile[]): RecordProblem[] {
  try {
    loadRecord(files);
    return [];
  } catch (error) {
    if (error instanceof RecordError) return error.problems;
    throw error;
  }
}

/** Drops a draft or a pending change once a person has dealt with it. */
export function dismiss(id: string, dirs: StudyDirs): string[] {
  checkId(id);
  const paths = [join(dirs.drafts, `${id}.json`), join(changesDir(dirs), `${id}.json`)].filter((p) => existsSync(p));
  if (!paths.length) throw new ImportError(`no draft or pending change "${id}"`);
  writeAllOrNothing([], paths);
  return paths.map(shownPath);
}
