/**
 * Parses and checks the record files. Pure: takes file names and texts, so the
 * build plugin, the CLI and the tests share it.
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { SOURCED_FIELDS, type Study, studySchema } from './schema';
import { registryIdKey } from '../citations/ids';

z.config(en());

export interface RecordFile {
  name: string;
  text: string;
}

export interface RecordProblem {
  file: string;
  field: string;
  reason: string;
}

export class RecordError extends Error {
  constructor(readonly problems: RecordProblem[]) {
    super(
      `The evidence record is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${p.file}: ${p.field}: ${p.reason}`).join('\n'),
    );
    this.name = 'RecordError';
  }
}

function isFilled(study: Study, field: (typeof SOURCED_FIELDS)[number]): boolean {
  switch (field) {
    case 'ids.pmid':
      return study.ids.pmid !== null;
    case 'ids.doi':
      return study.ids.doi !== null;
    case 'ids.pmcid':
      return study.ids.pmcid !== null;
    case 'ids.registry':
      return study.ids.registry.length > 0;
    case 'authors':
    case 'limitations':
      return study[field].length > 0;
    case 'journal':
      return study.journal.name !== null || study.journal.abbrev !== null;
    case 'n':
      return study.n.enrolled !== null || study.n.treated !== null || study.n.analysed !== null;
    case 'intervention':
    case 'harms':
      return Object.values(study[field]).some((v) => v !== null);
    case 'primaryEndpoint':
      return Object.values(study.primaryEndpoint).some((v) => v !== null);
    case 'sponsor':
      return study.sponsor.sellsTreatment !== null || study.sponsor.note !== null;
    case 'review':
      return study.review !== null && Object.values(study.review).some((v) => v !== null);
    case 'status':
      return (
        study.status.retracted ||
        study.status.expressionOfConcern ||
        study.status.notice !== null ||
        study.status.correction !== null
      );
    default:
      return study[field] !== null;
  }
}

/** Parses one record file; returns the study or the problems found in it. */
export function parseRecordFile(file: RecordFile): { study: Study } | { problems: RecordProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(file.text);
  } catch (error) {
    return { problems: [{ file: file.name, field: '(file)', reason: `not valid JSON: ${(error as Error).message}` }] };
  }
  const parsed = z.safeParse(studySchema, data);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => ({
        file: file.name,
        field: issue.path.length ? issue.path.join('.') : '(record)',
        reason: issue.message,
      })),
    };
  }
  const study = parsed.data;
  const problems: RecordProblem[] = [];
  const expectedName = `${study.id}.json`;
  if (!file.name.endsWith(expectedName)) {
    problems.push({ file: file.name, field: 'id', reason: `file must be named ${expectedName}` });
  }
  for (const field of SOURCED_FIELDS) {
    if (isFilled(study, field) && !study.sources[field]?.length) {
      problems.push({ file: file.name, field, reason: 'filled but has no source URL in sources' });
    }
  }
  return problems.length ? { problems } : { study };
}

/**
 * Parses every file and checks the record as a whole: unique ids, no
 * identifier shared by two studies, later-evidence links that resolve.
 * Throws {@link RecordError} listing every problem.
 */
export function loadRecord(files: RecordFile[]): Study[] {
  const problems: RecordProblem[] = [];
  const studies: Study[] = [];
  const fileOf = new Map<string, string>();
  for (const file of files) {
    const result = parseRecordFile(file);
    if ('problems' in result) problems.push(...result.problems);
    else {
      if (fileOf.has(result.study.id)) {
        problems.push({ file: file.name, field: 'id', reason: `duplicate id, also in ${fileOf.get(result.study.id)}` });
        continue;
      }
      fileOf.set(result.study.id, file.name);
      studies.push(result.study);
    }
  }
  const owner = new Map<string, string>();
  for (const study of studies) {
    for (const key of identifierKeys(study)) {
      const other = owner.get(key);
      if (other) {
        problems.push({ file: fileOf.get(study.id) ?? study.id, field: 'ids', reason: `${key} is also claimed by ${other}` });
      } else owner.set(key, study.id);
    }
  }
  for (const study of studies) {
    for (const later of study.laterEvidence) {
      if (!fileOf.has(later) || later === study.id) {
        problems.push({ file: fileOf.get(study.id) ?? study.id, field: 'laterEvidence', reason: `unknown study "${later}"` });
      }
    }
  }
  if (problems.length) throw new RecordError(problems);
  return studies.sort((a, b) => a.id.localeCompare(b.id));
}

/** Lookup keys (`kind:value`) of a study's identifiers. */
export function identifierKeys(study: Pick<Study, 'ids'>): string[] {
  const keys: string[] = [];
  if (study.ids.pmid) keys.push(`pmid:${study.ids.pmid}`);
  if (study.ids.doi) keys.push(`doi:${study.ids.doi}`);
  if (study.ids.pmcid) keys.push(`pmcid:${study.ids.pmcid}`);
  for (const reg of study.ids.registry) {
    const key = registryIdKey(reg);
    if (key) keys.push(key);
  }
  return keys;
}
