/**
 * The 121 cases in ../shared/identifiers/public-suites.jsonl, taken from the
 * public test suites of identifier libraries (regexhq/doi-regex, zotero/utilities,
 * inveniosoftware/idutils, altmetric/identifiers, PLOS/rich_citations). Each
 * case names its source; `note` says where the expectation deliberately differs
 * from the source library. Read at test time so the shared file stays the one copy.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Found, inHref, inText, sharedFile } from './helpers';

interface SuiteCase {
  input: string;
  context: 'text' | 'href' | 'meta';
  expect: { type: Found[0]; value: string }[];
  source: string;
  note?: string;
}

const file = sharedFile('identifiers', 'public-suites.jsonl');
const cases: SuiteCase[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as SuiteCase);

const label = (c: SuiteCase, i: number) => `#${i + 1} ${JSON.stringify(c.input)} (${c.source})`;
const expected = (c: SuiteCase): Found[] => c.expect.map((e) => [e.type, e.value]);

describe('public identifier suites', () => {
  it('holds all 121 cases, each with a source', () => {
    expect(cases).toHaveLength(121);
    for (const c of cases) expect(c.source).toBeTruthy();
  });

  it.each(cases.map((c, i) => [label(c, i), c] as const).filter(([, c]) => c.context === 'text'))('text %s', (_, c) => {
    expect(inText(c.input)).toEqual(expected(c));
  });

  it.each(cases.map((c, i) => [label(c, i), c] as const).filter(([, c]) => c.context === 'href'))('href %s', (_, c) => {
    const found = inHref(c.input);
    expect(found ? [found] : []).toEqual(expected(c));
  });
});
