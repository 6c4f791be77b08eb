import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badges, type Harness, ROOT, startHarness } from './harness';

const PAGES = ['stems-clinic-blog.html', 'knee-clinic-blog.html', 'reference-list.html', 'sidebar-sticky.html'];

/** The CLI's report on the same saved pages: one JSON line per file. */
interface CliClaim {
  text: string;
  kind: string;
  note: string | null;
  count: number;
}

function cliReports(): Map<
  string,
  { citations: { ids: Record<string, string>; study: string | null; sameAs?: number }[]; claims: CliClaim[] }
> {
  const files = PAGES.map((p) => join('tests/fixtures/pages', p));
  const out = execFileSync('node', ['bin/evidence-lens.mjs', 'scan', '--json', ...files], { cwd: ROOT, encoding: 'utf8' });
  return new Map(
    out
      .trim()
      .split('\n')
      .map((line) => {
        const report = JSON.parse(line);
        return [report.input.replace('tests/fixtures/pages/', ''), report];
      }),
  );
}

describe('the CLI and the content script report the same citations on the same pages', () => {
  let h: Harness;
  let reports: ReturnType<typeof cliReports>;
  beforeAll(async () => {
    reports = cliReports();
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it.each(PAGES)('%s', async (path) => {
    const expected = reports.get(path);
    expect(expected).toBeDefined();
    const page = await h.open(path);
    await badges(page).first().waitFor({ timeout: 15_000 });
    // Claims are analysed in the background after the badges are placed.
    await expect.poll(async () => (await h.summary(page.url())).summary.claims.length).toBe(expected?.claims.length);
    const { summary } = await h.summary(page.url());
    const inBrowser = summary.citations.map((c: { ids: Record<string, string>; studyId: string | null }) => ({
      ids: c.ids,
      study: c.studyId,
    }));
    // In-text citations of a reference-list entry are one badge-sharing mention in the browser, a citation in the CLI.
    const entries = expected?.citations.filter((c) => c.sameAs === undefined) ?? [];
    expect(inBrowser).toEqual(entries.map((c) => ({ ids: c.ids, study: c.study })));
    const claims = summary.claims.map((c: CliClaim & { shown: boolean }) => ({
      text: c.text,
      kind: c.kind,
      note: c.shown ? c.note : null,
      count: c.count,
    }));
    expect(claims).toEqual(expected?.claims);
  });
});
