/**
 * `import retractions`: the Retraction Watch CSV in, updated `status` out,
 * for every record and draft whose DOI or PMID is a notice's original paper.
 * All rows and all resulting records are checked first; if any is invalid,
 * nothing is written.
 */
import { parseRecordFile } from '../evidence/load';
import { type AppliedNotice, applyNotices } from './apply-notices';
import { ImportError } from './import-error';
import { type FileWrite, fileKeys, readStudyFiles, type StudyDirs, studyText, writeAllOrNothing } from './record-store';
import { NATURES, type Nature, parseRetractionWatch, type RetractionNotice } from './retraction-watch';

export interface RetractionImportOptions {
  dirs: StudyDirs;
  source: string;
  dryRun?: boolean;
}

export interface RecordUpdate {
  id: string;
  path: string;
  draft: boolean;
  applied: AppliedNotice[];
  changed: boolean;
}

export interface RetractionImportReport {
  source: string;
  rows: number;
  byNature: Record<Nature, number>;
  /** Rows whose original paper is in the record or the drafts. */
  matchedRows: number;
  updates: RecordUpdate[];
  written: boolean;
}

export function importRetractions(csv: string, options: RetractionImportOptions): RetractionImportReport {
  const { dirs, source } = options;
  const notices = parseRetractionWatch(csv, source);
  const byKey = new Map<string, RetractionNotice[]>();
  const index = (key: string, n: RetractionNotice) => byKey.set(key, [...(byKey.get(key) ?? []), n]);
  for (const n of notices) {
    if (n.originalDoi) index(`doi:${n.originalDoi}`, n);
    if (n.originalPmid) index(`pmid:${n.originalPmid}`, n);
  }
  const byNature = Object.fromEntries(NATURES.map((k) => [k, 0])) as Record<Nature, number>;
  for (const n of notices) byNature[n.nature]++;

  const files = [
    ...readStudyFiles(dirs.records).map((f) => ({ f, draft: false })),
    ...readStudyFiles(dirs.drafts).map((f) => ({ f, draft: true })),
  ];
  const problems: string[] = [];
  const writes: FileWrite[] = [];
  const updates: RecordUpdate[] = [];
  const matched = new Set<RetractionNotice>();
  for (const { f, draft } of files) {
    const k = fileKeys(f);
    const mine = [
      ...new Set([...(k.doi ? (byKey.get(`doi:${k.doi}`) ?? []) : []), ...(k.pmid ? (byKey.get(`pmid:${k.pmid}`) ?? []) : [])]),
    ];
    if (!mine.length) continue;
    for (const n of mine) matched.add(n);
    if (!f.study) {
      problems.push(
        `${f.shown} matches line ${mine.map((n) => n.line).join(', ')} but is not a valid record, so it cannot be updated:\n` +
          f.problems.map((p) => `    ${p.field}: ${p.reason}`).join('\n'),
      );
      continue;
    }
    const { study, applied } = applyNotices(f.study, mine);
    const changed = applied.some((a) => a.changes.length);
    updates.push({ id: study.id, path: f.shown, draft, applied, changed });
    if (!changed) continue;
    const text = studyText(study);
    const result = parseRecordFile({ name: f.shown, text });
    if ('problems' in result) {
      problems.push(`${f.shown} would become invalid:\n${result.problems.map((p) => `    ${p.field}: ${p.reason}`).join('\n')}`);
      continue;
    }
    writes.push({ path: f.path, text });
  }
  if (problems.length) {
    throw new ImportError(
      `${source}: nothing written; ${problems.length} record${problems.length === 1 ? '' : 's'} cannot be updated:\n  ${problems.join('\n  ')}`,
    );
  }
  let written = false;
  if (!options.dryRun && writes.length) {
    writeAllOrNothing(writes);
    written = true;
  }
  return { source, rows: notices.length, byNature, matchedRows: matched.size, updates, written };
}
