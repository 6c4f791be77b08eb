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

export interface IdFill {
  record: string;
  file: string;
  filled: { field: 'ids.pmid' | 'ids.pmcid'; value: string }[];
}

const unquote = (shown: string): string => shown.replace(/^"(.*)"$/, '$1');

/**
 * Fills the identifiers a curated record lacks (PMID, PMCID) from pending
 * PubMed changes: the import matched the record to a PubMed article by an
 * identifier or the exact title, so the PMID was seen beside the same DOI or
 * title on PubMed's own record. Only empty fields are filled, each with the
 * PubMed page as its source; a record whose DOI disagrees with PubMed's is
 * left for a person. Everything is validated together with the whole record
 * before anything is written.
 */
export function fillIds(dirs: StudyDirs, date: string, dryRun = false): { fills: IdFill[]; skipped: string[] } {
  const fills: IdFill[] = [];
  const skipped: string[] = [];
  const writes: { path: string; text: string }[] = [];
  const removals: string[] = [];
  const replaced = new Map<string, string>();
  for (const { change } of listReview(dirs).changes) {
    if (!change) continue;
    const empty = change.differences.filter((d) => (d.field === 'ids.pmid' || d.field === 'ids.pmcid') && d.record === '(none)');
    if (!empty.length) continue;
    if (change.differences.some((d) => d.field === 'ids.doi' && d.record !== '(none)')) {
      skipped.push(`${change.record}: its DOI differs from PubMed's; check by hand`);
      continue;
    }
    checkId(change.record);
    const file = join(dirs.records, `${change.record}.json`);
    if (!existsSync(file)) {
      skipped.push(`${change.record}: no curated record at ${shownPath(file)}`);
      continue;
    }
    const current = readStudyFile(file);
    if (!current.study) {
      skipped.push(`${change.record}: ${current.shown} is not a valid record (${problemLines(current.problems).trim()})`);
      continue;
    }
    const study = structuredClone(current.study);
    const filled: IdFill['filled'] = [];
    for (const d of empty) {
      const key = d.field === 'ids.pmid' ? 'pmid' : 'pmcid';
      const value = key === 'pmid' ? change.pmid : unquote(d.pubmed);
      if (study.ids[key]) continue;
      study.ids[key] = value;
      study.sources[d.field] = [...new Set([...(study.sources[d.field] ?? []), change.source])];
      filled.push({ field: d.field as IdFill['filled'][number]['field'], value });
    }
    if (!filled.length) continue;
    const how = change.matchedBy ? `matched by ${change.matchedBy}` : 'matched by identifier or title';
    const note = `${filled.map((f) => `${f.field === 'ids.pmid' ? 'PMID' : 'PMCID'} ${f.value}`).join(' and ')} filled ${date} from PubMed's record (${change.source}, ${how}; import of ${change.importedFrom}).`;
    study.verification.notes = study.verification.notes ? `${study.verification.notes} ${note}` : note;
    const text = studyText(study);
    writes.push({ path: file, text });
    replaced.set(shownPath(file), text);
    fills.push({ record: change.record, file: shownPath(file), filled });
    const rest = change.differences.filter((d) => !empty.includes(d));
    const changePath = join(changesDir(dirs), `${change.record}.json`);
    if (rest.length) writes.push({ path: changePath, text: `${JSON.stringify({ ...change, differences: rest }, null, 2)}\n` });
    else removals.push(changePath);
  }
  if (!writes.length) return { fills, skipped };
  const current = readStudyFiles(dirs.records).map((f) => ({ name: f.shown, text: replaced.get(f.shown) ?? f.text }));
  const problems = recordProblems(current);
  if (problems.length)
    throw new ImportError(`filling identifiers would make the record invalid; nothing written:\n${problemLines(problems)}`);
  if (!dryRun) writeAllOrNothing(writes, removals);
  return { fills, skipped };
}
