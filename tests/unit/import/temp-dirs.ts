import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { StudyDirs } from '../../../src/import/record-store';
import type { CommandIo } from '../../../src/import/commands';

export const ROOT = join(import.meta.dirname, '../../..');
export const REAL_RECORDS = join(ROOT, 'src/evidence/records');
export const FIXTURES = join(ROOT, 'tests/fixtures/import');

const made: string[] = [];
// Registered while the importing test file is collected: removes that file's copies when it is done.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A temporary copy of the real record folder (minus `without`) and an empty
 * drafts folder: the importers never run on src/evidence/records itself.
 */
export function tempDirs(without: string[] = []): StudyDirs & { root: string } {
  const root = mkdtempSync(join(tmpdir(), 'el-import-'));
  made.push(root);
  const records = join(root, 'records');
  cpSync(REAL_RECORDS, records, { recursive: true });
  for (const id of without) rmSync(join(records, `${id}.json`));
  return { root, records, drafts: join(root, 'drafts') };
}

/** An empty record folder and drafts folder, for tests that write their own studies. */
export function emptyDirs(): StudyDirs & { root: string } {
  const root = mkdtempSync(join(tmpdir(), 'el-import-'));
  made.push(root);
  mkdirSync(join(root, 'records'));
  return { root, records: join(root, 'records'), drafts: join(root, 'drafts') };
}

/** Every file under a folder with its text, to prove that nothing was written. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[p] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

export function readJson(path: string) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The real curated record of `id` (read only). */
export function realRecord(id: string) {
  return readJson(join(REAL_RECORDS, `${id}.json`));
}

export function captureIo(): CommandIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}
