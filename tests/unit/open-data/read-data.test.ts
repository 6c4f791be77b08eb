/** Reading the data folder: missing lists are named and left out; a malformed file fails naming file and line. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError, dataDir, readOpenData } from '../../../src/open-data/read-data';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'el-data-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('readOpenData', () => {
  it('builds without a data folder, naming every list it left out', () => {
    const data = readOpenData(join(tmpdir(), 'no-such-evidence-lens-data'));
    expect(data.retractions).toBeNull();
    expect(data.trials).toBeNull();
    expect(data.missing).toEqual([
      'Retraction Watch retractions and expressions of concern',
      'Europe PMC retracted publications',
      'ClinicalTrials.gov registrations of cell-therapy trials',
    ]);
    expect(data.manifest.lists).toEqual([]);
  });

  it('takes the lists it finds and names the others', () => {
    const dir = folder({ 'retractions/europepmc-retracted.tsv': '\tdoi\tpmid\tpmcid\tid\n0\t10.1/x\t123\t\tMED123\n' });
    const data = readOpenData(dir);
    expect(data.missing).toEqual([
      'Retraction Watch retractions and expressions of concern',
      'ClinicalTrials.gov registrations of cell-therapy trials',
    ]);
    expect(data.retractions?.pmid).toBe('123\t10.1/x');
    expect(data.manifest.lists).toEqual([
      { name: 'Europe PMC retracted publications', asOf: '2023-07-28', credit: 'Europe PMC, CC0', entries: 1 },
    ]);
  });

  it('fails on a malformed CSV naming the file and the line', () => {
    const dir = folder({ 'trials/broken.csv': 'NCT Number,Title\nNCT01234567,"an open quote\nNCT07654321,fine\n' });
    expect(() => readOpenData(dir)).toThrow(DataError);
    expect(() => readOpenData(dir)).toThrow(/broken\.csv: .*line/);
  });

  it('fails on a Retraction Watch file of the wrong shape naming the file', () => {
    const dir = folder({ 'retractions/retraction-watch-dois.json': '{"retractions": []}' });
    expect(() => readOpenData(dir)).toThrow(/retraction-watch-dois\.json: expected/);
  });

  it('reads EVIDENCE_LENS_DATA when set, else ../shared/data beside the project', () => {
    expect(dataDir('/p/main', { EVIDENCE_LENS_DATA: '/elsewhere' })).toBe('/elsewhere');
    expect(dataDir('/p/main', {})).toBe('/p/shared/data');
  });
});
