import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { readRecord } from '../../../src/cli/record-files';
import { isJournalArticle } from '../../../src/evidence/derive';
import { efetchUrls, esearchIds, esearchUrls, missingPmids, searchTerm } from '../../../src/import/pmid-search';
import { captureIo } from './temp-dirs';

// What esearch returns for a DOI search (shape of eutils' eSearchResult; the PMIDs are real).
const ESEARCH = `<?xml version="1.0" encoding="UTF-8" ?>
<!DOCTYPE eSearchResult PUBLIC "-//NLM//DTD esearch 20060628//EN" "https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20060628/esearch.dtd">
<eSearchResult><Count>2</Count><RetMax>2</RetMax><RetStart>0</RetStart><IdList>
<Id>36624312</Id>
<Id>24883322</Id>
</IdList><TranslationSet/><QueryTranslation>"10.1038/s41591-022-02097-3"[doi] OR "10.1155/2014/760709"[doi]</QueryTranslation></eSearchResult>`;

describe('pmid-search', () => {
  it('lists exactly the journal articles the coverage report counts as lacking a PMID', () => {
    const studies = readRecord();
    const missing = missingPmids(studies);
    expect(missing.length).toBe(studies.filter((s) => isJournalArticle(s) && !s.ids.pmid).length);
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((m) => !studies.find((s) => s.id === m.id)?.ids.pmid)).toBe(true);
  });

  it('searches by DOI, else by exact title, with quotes and brackets taken out of titles', () => {
    expect(searchTerm({ id: 'a', doi: '10.1001/jama.2012.25321', title: 'X' })).toBe('"10.1001/jama.2012.25321"[doi]');
    expect(searchTerm({ id: 'b', doi: null, title: 'A "quoted" [bracketed]  title' })).toBe('"A quoted bracketed title"[ti]');
    expect(searchTerm({ id: 'c', doi: null, title: null })).toBeNull();
  });

  it('splits the searches into addresses of at most 40 terms, each a valid esearch address', () => {
    const missing = Array.from({ length: 85 }, (_, i) => ({ id: `s${i}`, doi: `10.1000/test.${i}`, title: null }));
    const urls = esearchUrls(missing);
    expect(urls).toHaveLength(3);
    const first = new URL(urls[0] as string);
    expect(first.origin + first.pathname).toBe('https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esearch.fcgi');
    expect(first.searchParams.get('db')).toBe('pubmed');
    expect(first.searchParams.get('term')?.split(' OR ')).toHaveLength(40);
    expect(first.searchParams.get('term')?.startsWith('"10.1000/test.0"[doi]')).toBe(true);
  });

  it('reads the PMIDs of a saved esearch result and refuses anything else', () => {
    expect(esearchIds(ESEARCH)).toEqual(['36624312', '24883322']);
    expect(esearchIds('<eSearchResult><Count>0</Count><IdList/></eSearchResult>')).toEqual([]);
    expect(() => esearchIds('<html><body>Too many requests</body></html>')).toThrow(/not an esearch result/);
  });

  it('builds efetch addresses of at most 200 PMIDs, without repeats', () => {
    const ids = Array.from({ length: 250 }, (_, i) => String(30000000 + i));
    const urls = efetchUrls([...ids, '30000000']);
    expect(urls).toHaveLength(2);
    expect(new URL(urls[1] as string).searchParams.get('id')?.split(',')).toHaveLength(50);
    expect(new URL(urls[0] as string).searchParams.get('retmode')).toBe('xml');
  });

  it('the CLI prints the efetch address from saved results, and reports an unreadable file but goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'el-esearch-'));
    const good = join(dir, 'esearch-1.xml');
    writeFileSync(good, ESEARCH);
    const io = captureIo();
    expect(await main(['pmid-search', '--esearch', join(dir, 'missing.xml'), good], io)).toBe(1);
    expect(io.stderr.join('\n')).toContain('missing.xml: ENOENT');
    expect(io.stdout).toContain(`${good}: 2 PMIDs`);
    expect(io.stdout.at(-1)).toBe(
      'https://eutils.ncbi.nlm.nih.gov/entrez/eutils/efetch.fcgi?db=pubmed&retmode=xml&id=36624312,24883322',
    );
  });

  it('the CLI lists the articles and prints the search addresses', async () => {
    const io = captureIo();
    expect(await main(['pmid-search'], io)).toBe(0);
    expect(io.stdout[0]).toMatch(/^Journal articles without a PMID: \d+$/);
    expect(io.stdout.some((l) => l.startsWith('https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esearch.fcgi?db=pubmed'))).toBe(
      true,
    );
  });
});
