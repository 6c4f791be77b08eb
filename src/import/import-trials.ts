/**
 * `import trials`: ClinicalTrials.gov search exports (December 2021) in,
 * empty `phase` and `n.enrolled` of curated records filled from the
 * registration the record names (an NCT number in `ids.registry`).
 *
 * A filled value is never overwritten: where the record and the registration
 * differ, the difference is reported and the field left as it is. Only
 * records of trials (or of the registration itself) are filled: a case
 * report or review citing a trial does not share its phase or size, nor does
 * a paper pooling several registrations. Everything is checked before
 * anything is written.
 */
import { basename } from 'node:path';
import * as z from 'zod/mini';
import { parseRecordFile } from '../evidence/load';
import { type PublicationType, type Study, studySchema } from '../evidence/schema';
import { DataError, readTable } from '../open-data/read-data';
import { type RegisteredTrial, trialFromRow } from '../open-data/trials';
import { ImportError } from './import-error';
import { type FileWrite, readStudyFiles, type StudyDirs, studyText, writeAllOrNothing } from './record-store';

export interface TrialImportOptions {
  dirs: StudyDirs;
  /** The import date, YYYY-MM-DD, written into the verification note. */
  date: string;
  /** Report, write nothing. */
  dryRun?: boolean;
}

export interface TrialExport {
  source: string;
  rows: number;
}

export interface TrialFill {
  field: 'phase' | 'n.enrolled';
  value: string | number;
}

export interface TrialConflict {
  field: 'phase' | 'n.enrolled';
  record: string;
  registered: string;
}

export interface TrialMatch {
  id: string;
  path: string;
  /** The record's NCT numbers found in the exports. */
  ncts: string[];
  fills: TrialFill[];
  conflicts: TrialConflict[];
  /** Fields that already hold the registered value. */
  agreements: string[];
  /** Why something was not filled. */
  notes: string[];
}

export interface TrialImportReport {
  exports: TrialExport[];
  /** Distinct NCT numbers across the exports. */
  registrations: number;
  matches: TrialMatch[];
  written: boolean;
}

/** What the record's `phase` and `n.enrolled` describe when it is one of these: the registered trial itself. */
const TRIAL_TYPES: ReadonlySet<PublicationType> = new Set(['rct', 'nonrandomized-trial', 'single-arm-trial', 'registry-entry']);

export const AS_REGISTERED = 'as registered, December 2021';

export function registryUrl(nct: string): string {
  return `https://clinicaltrials.gov/study/${nct}`;
}

/** Can the record's `phase` hold this value? ("early 1" it cannot.) */
const phaseFits = (phase: string) => z.safeParse(studySchema.shape.phase, phase).success;

/** Does the record's phase say what the registration says? "2b" and "1/2a" are more precise forms of "2" and "1/2". */
export function samePhase(recordPhase: string, registered: string): boolean {
  return recordPhase.split(', ').some((p) => p.replace(/[ab]/g, '').replace('-', '/') === registered);
}

/**
 * Reads the exports; the first row of an NCT number wins (the exports
 * overlap). Throws {@link ImportError} naming the file (and line) at fault.
 */
export function readTrialExports(files: string[]): { exports: TrialExport[]; trials: Map<string, RegisteredTrial> } {
  const trials = new Map<string, RegisteredTrial>();
  const exports: TrialExport[] = [];
  for (const file of files) {
    let rows: ReturnType<typeof readTable>;
    try {
      rows = readTable(file);
    } catch (error) {
      if (error instanceof DataError) throw new ImportError(error.message);
      throw error;
    }
    if (rows[0] && !('NCT Number' in rows[0])) {
      throw new ImportError(`${file}: no "NCT Number" column (is this a ClinicalTrials.gov search export?)`);
    }
    for (const row of rows) {
      const trial = trialFromRow(row);
      if (trial && !trials.has(trial.nct)) trials.set(trial.nct, trial);
    }
    exports.push({ source: file, rows: rows.length });
  }
  return { exports, trials };
}

/** Runs the import. Throws {@link ImportError} and writes nothing when a matching record cannot be updated. */
export function importTrials(files: string[], options: TrialImportOptions): TrialImportReport {
  const { exports, trials } = readTrialExports(files);
  const problems: string[] = [];
  const writes: FileWrite[] = [];
  const matches: TrialMatch[] = [];
  for (const file of readStudyFiles(options.dirs.records)) {
    const ids = file.data?.ids as { registry?: unknown } | undefined;
    const registry = Array.isArray(ids?.registry) ? ids.registry.filter((r): r is string => typeof r === 'string') : [];
    const ncts = registry.filter((r) => trials.has(r));
    if (!ncts.length) continue;
    if (!file.study) {
      problems.push(
        `${file.shown} names ${ncts.join(', ')} but is not a valid record, so it cannot be updated:\n` +
          file.problems.map((p) => `    ${p.field}: ${p.reason}`).join('\n'),
      );
      continue;
    }
    const study = structuredClone(file.study);
    const match = fillFromRegistrations(
      study,
      ncts.map((nct) => trials.get(nct) as RegisteredTrial),
      options.date,
    );
    matches.push({ id: study.id, path: file.shown, ncts, ...match });
    if (!match.fills.length) continue;
    const text = studyText(study);
    const result = parseRecordFile({ name: basename(file.path), text });
    if ('problems' in result) {
      problems.push(
        `${file.shown} would become invalid:\n${result.problems.map((p) => `    ${p.field}: ${p.reason}`).join('\n')}`,
      );
      continue;
    }
    writes.push({ path: file.path, text });
  }
  if (problems.length) {
    throw new ImportError(
      `nothing written; ${problems.length} record${problems.length === 1 ? '' : 's'} cannot be updated:\n  ${problems.join('\n  ')}`,
    );
  }
  let written = false;
  if (!options.dryRun && writes.length) {
    writeAllOrNothing(writes);
    written = true;
  }
  return { exports, registrations: trials.size, matches, written };
}

/** Fills `study` in place from its registrations; returns what was filled, what differs and why anything was left. */
function fillFromRegistrations(
  study: Study,
  registrations: RegisteredTrial[],
  date: string,
): Pick<TrialMatch, 'fills' | 'conflicts' | 'agreements' | 'notes'> {
  const out: Pick<TrialMatch, 'fills' | 'conflicts' | 'agreements' | 'notes'> = {
    fills: [],
    conflicts: [],
    agreements: [],
    notes: [],
  };
  if (registrations.length > 1) {
    out.notes.push(
      `names ${registrations.length} registrations (${registrations.map((r) => r.nct).join(', ')}); its phase and size may pool them: nothing filled`,
    );
    return out;
  }
  const trial = registrations[0] as RegisteredTrial;
  if (!study.publicationType) {
    out.notes.push('no publication type yet: cannot tell whether it reports the registered trial itself; nothing filled');
    return out;
  }
  if (!TRIAL_TYPES.has(study.publicationType)) {
    out.notes.push(
      `a ${study.publicationType}, not the trial itself: the registration's phase and enrollment are the trial's, not this paper's; nothing filled`,
    );
    return out;
  }
  const url = registryUrl(trial.nct);
  const addSource = (key: 'phase' | 'n') => {
    const list = study.sources[key] ?? [];
    if (!list.includes(url)) study.sources[key] = [...list, url];
  };

  if (trial.phase !== null) {
    if (!phaseFits(trial.phase)) {
      out.notes.push(`phase: registered as "${trial.phase}", which the record's phase field cannot hold; left empty`);
    } else if (study.phase === null) {
      study.phase = trial.phase;
      addSource('phase');
      out.fills.push({ field: 'phase', value: trial.phase });
    } else if (samePhase(study.phase, trial.phase)) out.agreements.push('phase');
    else out.conflicts.push({ field: 'phase', record: `"${study.phase}"`, registered: `"${trial.phase}"` });
  }

  const enrolled = trial.enrollment;
  if (enrolled !== null) {
    const { treated, analysed } = study.n;
    // More people treated or analysed than enrolled: the registration counts something else.
    const above =
      treated !== null && treated > enrolled
        ? `treated ${treated}`
        : analysed !== null && analysed > enrolled
          ? `analysed ${analysed}`
          : null;
    if (study.n.enrolled !== null) {
      if (study.n.enrolled === enrolled) out.agreements.push('n.enrolled');
      else out.conflicts.push({ field: 'n.enrolled', record: String(study.n.enrolled), registered: String(enrolled) });
    } else if (enrolled === 0) {
      out.notes.push('n.enrolled: the registration gives 0 (withdrawn before enrolling?); left empty');
    } else if (above) {
      out.conflicts.push({ field: 'n.enrolled', record: `empty, but ${above}`, registered: String(enrolled) });
    } else {
      study.n.enrolled = enrolled;
      addSource('n');
      out.fills.push({ field: 'n.enrolled', value: enrolled });
    }
  }

  if (out.fills.length) {
    const what = out.fills
      .map((f) =>
        f.field === 'phase' ? `phase ${f.value}` : `n.enrolled ${f.value} (the export does not say whether actual or planned)`,
      )
      .join('; ');
    const note = `Filled from ClinicalTrials.gov ${trial.nct}, ${AS_REGISTERED} (import trials, ${date}): ${what}.`;
    study.verification.notes = study.verification.notes ? `${study.verification.notes} ${note}` : note;
  }
  return out;
}
