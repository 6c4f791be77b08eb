/**
 * The open retraction lists, as the build packs them from ../shared/data:
 * real entries of both lists, looked up the way the background does.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir, readOpenData } from '../../../src/open-data/read-data';
import { packRetractions, RESTART_EVERY, RetractionIndex } from '../../../src/open-data/retractions';

const data = readOpenData(dataDir(join(import.meta.dirname, '../../..')));
const lists = new RetractionIndex(data.retractions ?? packRetractions(null, null));

describe('the bundled retraction lists', () => {
  it('are both present in the data folder this project builds from', () => {
    expect(data.missing).toEqual([]);
    expect(lists.sizes.doi).toBeGreaterThan(60_000);
    expect(lists.sizes.pmid).toBe(15_550);
  });

  it('find a retracted DOI that holds parentheses, in both lists, with its notice', () => {
    expect(lists.lookup({ doi: '10.1016/s0140-6736(23)00394-x' })).toEqual({
      kind: 'retracted',
      lists: ['retraction-watch', 'europe-pmc'],
      notice: '10.1016/s0140-6736(23)00691-8',
    });
  });

  it('find a DOI the Retraction Watch file prints in upper case (Wakefield 1998) by its lower-case form', () => {
    expect(lists.lookup({ doi: '10.1016/s0140-6736(97)11096-0' })).toMatchObject({
      kind: 'retracted',
      notice: '10.1016/s0140-6736(10)60175-4',
    });
  });

  it('find a retraction Europe PMC keys by PMID only (no DOI in its row)', () => {
    expect(lists.lookup({ pmid: '33208416' })).toEqual({ kind: 'retracted', lists: ['europe-pmc'], notice: null });
    expect(lists.lookup({ pmcid: 'PMC8302419' })).toEqual({ kind: 'retracted', lists: ['europe-pmc'], notice: null });
  });

  it('tell an expression of concern from a retraction', () => {
    expect(lists.lookup({ doi: '10.1002/tox.21926' })).toEqual({
      kind: 'concern',
      lists: ['retraction-watch'],
      notice: '10.1002/tox.70145',
    });
  });

  it('list Riordan et al. 2019 (the umbilical-cord MSC autism study) as retracted, by DOI and by PMID', () => {
    const byDoi = lists.lookup({ doi: '10.1002/sctm.19-0010' });
    expect(byDoi).toEqual({ kind: 'retracted', lists: ['retraction-watch', 'europe-pmc'], notice: '10.1002/sct3.13044' });
    // A PMID alone reaches the Retraction Watch notice through the DOI Europe PMC gives for it.
    expect(lists.lookup({ pmid: '31187597' })).toEqual(byDoi);
  });

  it('say nothing of a paper neither list holds (STEMS)', () => {
    expect(lists.lookup({ doi: '10.1038/s41591-022-02097-3', pmid: '36624312', pmcid: 'PMC9873560' })).toBeNull();
    expect(lists.lookup({})).toBeNull();
  });
});

describe('packRetractions', () => {
  const packed = packRetractions(
    {
      data: {
        retractions: { '10.1/ABC': '10.1/ABC', '10.1/two': '10.1/notice-two' },
        concerns: { '10.1/two': '10.1/concern-two', '10.1/eoc': '10.1/eoc-notice' },
      },
      asOf: '2026-08-08',
    },
    {
      rows: [
        { doi: '', pmid: '123', pmcid: 'pmc7777' },
        { doi: '10.1/two', pmid: 'x', pmcid: '' },
      ],
      asOf: '2023-07-28',
    },
  );
  const index = new RetractionIndex(packed);

  it('keeps sorted, front-coded lines, lower-cases DOIs and drops a notice that only repeats the original', () => {
    // Front-coded: each DOI as the previous one's first k characters and the rest; a notice likewise against its DOI.
    expect(packed.doi.split('\n')).toEqual(['0\t10.1/abc\tR', '5\teoc\tC\t8\t-notice', '5\ttwo\tRCE\t5\tnotice-two']);
    expect(packed.pmid).toBe('123\t');
    expect(packed.pmcid).toBe('PMC7777\t');
    expect(packed.asOf).toEqual({ 'retraction-watch': '2026-08-08', 'europe-pmc': '2023-07-28' });
  });

  it('finds every DOI of a long list and no other, across the runs a lookup decodes', () => {
    const retractions: Record<string, string> = {};
    // 200 DOIs sharing long starts: runs of RESTART_EVERY lines, each begun by a whole DOI.
    for (let i = 0; i < 200; i++) retractions[`10.1000/journal.${String(i * 7).padStart(4, '0')}`] = `10.1000/notice.${i}`;
    const long = packRetractions({ data: { retractions, concerns: {} }, asOf: '2026-08-08' }, null);
    const lines = long.doi.split('\n');
    expect(lines.filter((l, i) => i % RESTART_EVERY === 0).every((l) => l.startsWith('0\t10.1000/'))).toBe(true);
    const big = new RetractionIndex(long);
    for (const [doi, notice] of Object.entries(retractions)) expect(big.lookup({ doi })?.notice).toBe(notice);
    for (const doi of ['10.1000/journal.0001', '10.1000/journal.9999', '10.0999/a', '10.2/z', '10.1000/journal.']) {
      expect(big.lookup({ doi })).toBeNull();
    }
    expect(big.sizes.doi).toBe(200);
  });

  it('counts a paper as retracted when any list says so, a concern only when none does', () => {
    expect(index.lookup({ doi: '10.1/Two' })).toEqual({
      kind: 'retracted',
      lists: ['retraction-watch', 'europe-pmc'],
      notice: '10.1/notice-two',
    });
    expect(index.lookup({ doi: '10.1/eoc' })?.kind).toBe('concern');
    expect(index.lookup({ doi: '10.1/abc' })).toEqual({ kind: 'retracted', lists: ['retraction-watch'], notice: null });
  });

  it('works with either list missing', () => {
    const none = new RetractionIndex(packRetractions(null, null));
    expect(none.lookup({ doi: '10.1/abc', pmid: '1' })).toBeNull();
  });
});
