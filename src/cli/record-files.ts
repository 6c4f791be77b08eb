/**
 * Reads the record from disk for the CLI and scripts (the extension gets it
 * bundled at build time instead).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRecord, type RecordFile } from '../evidence/load';
import { type LoadedBrief, loadConditionBriefs } from '../evidence/load-conditions';
import type { Study } from '../evidence/schema';

export const RECORD_DIR = join(import.meta.dirname, '../evidence/records');
/** The project's root folder (the data folder is looked for beside it). */
export const PROJECT_ROOT = join(import.meta.dirname, '../..');

export function readRecordFiles(dir = RECORD_DIR): RecordFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name: `src/evidence/records/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
}

export function readRecord(dir = RECORD_DIR): Study[] {
  return loadRecord(readRecordFiles(dir));
}

export const CONDITIONS_DIR = join(import.meta.dirname, '../evidence/conditions');

/** The condition briefs, validated against the record. */
export function readConditionBriefs(studies: readonly Study[] = readRecord()): LoadedBrief[] {
  const files = readdirSync(CONDITIONS_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name: `src/evidence/conditions/${name}`, text: readFileSync(join(CONDITIONS_DIR, name), 'utf8') }));
  return loadConditionBriefs(files, studies).briefs;
}
