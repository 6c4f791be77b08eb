import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { scanDocument } from '../../../src/citations/scan';
import { findClaims } from '../../../src/claims/find-claims';
import { CLAIM_HINTS, ClaimCollector } from '../../../src/claims/page-claims';

const BLOCKS = [
  'Our stem cell therapy repairs the damage that MS leaves behind.',
  'Request your FREE information packet today.',
  'The clinic is open from nine to five.',
  'Stem cells are proven to reverse arthritis in weeks.',
];

function page(): Document {
  const window = new Window({ url: 'https://clinic.example/blog/post' });
  window.document.write(`<!doctype html><html><body>${BLOCKS.map((b) => `<p>${b}</p>`).join('')}</body></html>`);
  return window.document as unknown as Document;
}

describe('ClaimCollector', () => {
  it('keeps the blocks during the scan and finds their claims only when asked, in slices', () => {
    const claims = new ClaimCollector();
    scanDocument(page(), { extraHints: CLAIM_HINTS, onBlock: claims.onBlock });
    expect(claims.claims).toEqual([]);
    expect(claims.pending).toBe(true);
    let slices = 0;
    while (!claims.analyse(() => true)) slices++;
    expect(claims.pending).toBe(false);
    // One block per slice when every check says stop: the blocks with a trigger word, less the last call.
    expect(slices).toBeGreaterThanOrEqual(2);
    const expected = BLOCKS.flatMap((b) => findClaims(b).map((c) => c.text));
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(claims.claims.map((c) => c.text)).toEqual(expected);
    for (const c of claims.claims) expect(c.after.textContent).toContain(c.text.slice(0, 20));
  });
});
