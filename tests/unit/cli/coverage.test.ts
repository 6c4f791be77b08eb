import { describe, expect, it } from 'vitest';
import { identifierCoverage } from '../../../src/cli/coverage';
import type { Study } from '../../../src/evidence/schema';

const article = (id: string, doi: string | null, pmid: string | null) =>
  ({ id, ids: { doi, pmid, pmcid: null, registry: [] } }) as unknown as Study;

describe('identifierCoverage', () => {
  it('counts each article once, by the identifiers it carries, and names those with neither', () => {
    const out = identifierCoverage([
      article('a', '10.1/x', '1'),
      article('b', '10.1/y', null),
      article('c', null, '2'),
      article('d', null, null),
      article('e', null, null),
    ]);
    expect(out).toEqual({ both: 1, doiOnly: 1, pmidOnly: 1, neither: ['d', 'e'] });
  });
});
