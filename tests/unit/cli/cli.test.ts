import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/evidence-lens.mjs');
const DEMO = 'tests/fixtures/pages/stems-clinic-blog.html';

function cli(args: string[]) {
  return spawnSync('node', [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('evidence-lens scan --json', () => {
  it('reports the demo page as one citation with all three identifiers, resolved to STEMS', () => {
    const result = cli(['scan', '--json', DEMO]);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const report = JSON.parse(lines[0] as string);
    expect(report.input).toBe(DEMO);
    expect(report.citations).toHaveLength(1);
    expect(report.citations[0]).toMatchObject({
      ids: { pmid: '36624312', pmcid: 'PMC9873560', doi: '10.1038/s41591-022-02097-3' },
      study: 'genchi2023_stems',
    });
    expect(report.citations[0].text).toMatch(/^Source: Genchi A, et al\./);
    // The claims engine runs on the blocks the scan kept, after the scan (ClaimCollector.analyse).
    expect(report.claims).toContainEqual({
      kind: 'cure',
      text: expect.stringMatching(/^Stem cell therapy repairs the damage that MS leaves behind/),
      note: expect.stringMatching(/^The study this page cites was a phase 1 safety trial in 12 people/),
      count: 1,
    });
    // A sentence the page repeats is one claim, with its count.
    expect(report.claims.filter((c: { kind: string }) => c.kind === 'call-to-action')).toHaveLength(3);
    expect(report.claims.find((c: { text: string }) => c.text.startsWith('Request your FREE'))?.count).toBe(2);
  });

  it('reports an unreadable file on stderr by name, still processes the others, and exits non-zero', () => {
    const dir = mkdtempSync(join(tmpdir(), 'el-cli-'));
    const other = join(dir, 'other.html');
    writeFileSync(other, '<p>See NCT03269071 and PMID: 99999999 for details. Call 555-0148.</p>');
    const result = cli(['scan', '--json', join(dir, 'missing.html'), DEMO, other]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`cannot read ${join(dir, 'missing.html')}`);
    const reports = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(reports.map((r) => r.input)).toEqual([DEMO, other]);
    expect(reports[1].citations).toEqual([
      {
        ids: { nct: 'NCT03269071', pmid: '99999999' },
        text: expect.any(String),
        study: null,
        answer: { basis: 'none', label: 'Not in record' },
      },
    ]);
  });

  it('prints a readable report without --json', () => {
    const out = execFileSync('node', [BIN, 'scan', DEMO], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toContain('1 citation');
    expect(out).toContain('Phase 1 · no control · 12 people');
  });

  it('explains its usage for an unknown command', () => {
    const result = cli(['scna']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown command "scna"');
  });
});

describe('evidence-lens records --json', () => {
  it('prints every study as one JSON array with the contract fields', () => {
    const out = execFileSync('node', [BIN, 'records', '--json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const records = JSON.parse(out);
    expect(records.length).toBeGreaterThanOrEqual(300);
    for (const r of records) {
      for (const key of [
        'id',
        'ids',
        'title',
        'authors',
        'journal',
        'year',
        'publicationType',
        'phase',
        'randomized',
        'control',
        'blinding',
        'n',
        'primaryEndpoint',
        'limitations',
        'status',
        'laterEvidence',
        'sources',
        'verification',
      ]) {
        expect(r, `${r.id} lacks ${key}`).toHaveProperty(key);
      }
      expect(Object.keys(r.ids).sort()).toEqual(['doi', 'pmcid', 'pmid', 'registry']);
      expect(Object.keys(r.n)).toEqual(expect.arrayContaining(['enrolled', 'treated', 'analysed']));
      expect(r.primaryEndpoint).toHaveProperty('met');
      expect(r.status).toHaveProperty('retracted');
      expect(r.status).toHaveProperty('expressionOfConcern');
      expect(r.status).toHaveProperty('notice');
    }
  });

  it('check-record prints a coverage report', () => {
    const out = execFileSync('node', [BIN, 'check-record'], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toMatch(/The record: \d+ studies, all valid\./);
    expect(out).toMatch(/Journal articles by identifier \(\d+\): DOI and PMID \d+, DOI only \d+, PMID only \d+, neither \d+/);
    expect(out).toContain('By publication type:');
  });
});
