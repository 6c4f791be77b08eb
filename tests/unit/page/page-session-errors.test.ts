/**
 * A page session tells its owner when not one badge of a scan could be put on
 * the page (issue #19: in Firefox the page stayed bare and nothing said why),
 * and stays quiet when a page refuses only some of them.
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { badgeResults } from '../../../src/cards/card-content';
import { composeAnswer } from '../../../src/evidence/answer';
import type { Reply, Request, Responses } from '../../../src/messaging/protocol';
import { PageSession } from '../../../src/page/page-session';

const PAGE = '<p>Our results (PMID: 36624312) and a later trial (PMID: 31234567) show it works.</p>';

/** A page whose document refuses to create our element the first `refusals` times. */
function page(refusals: number): Document {
  const window = new Window({ url: 'https://clinic.example/blog/post' });
  window.document.write(`<!doctype html><html><head></head><body>${PAGE}</body></html>`);
  const doc = window.document as unknown as Document;
  const create = doc.createElement.bind(doc);
  let left = refusals;
  doc.createElement = ((tag: string, options?: ElementCreationOptions) => {
    if (tag.startsWith('evidence-lens-ui') && left-- > 0) throw new Error('refused by the page');
    return create(tag, options);
  }) as typeof doc.createElement;
  return doc;
}

/** The background's answer: every citation looked up, none in the record (each still gets a badge). */
async function send(request: Request): Promise<Reply<unknown>> {
  if (request.type !== 'lookup') return { ok: false, error: { code: 'not-available', message: request.type } };
  const results = request.citations.map((c) => ({
    key: c.key,
    studyId: null,
    answer: composeAnswer({ study: null, listed: null, trial: null, reading: null, ids: c.ids, reference: null }),
  }));
  const value: Responses['lookup'] = { results: badgeResults({ results, studies: {} }, request.citations) };
  return { ok: true, value };
}

async function scan(refusals: number): Promise<{ errors: unknown[]; hosts: number }> {
  const doc = page(refusals);
  const errors: unknown[] = [];
  const session = new PageSession({
    doc,
    send,
    setTimeout: (fn) => setTimeout(fn, 0),
    now: () => performance.now(),
    onError: (error) => errors.push(error),
  });
  session.applySettings({ badges: 'all', compact: false, claimNotes: false, allClaims: false });
  const found = await session.scan();
  expect(found).toHaveLength(2);
  return { errors, hosts: doc.querySelectorAll('[data-evidence-lens="badge"]').length };
}

describe('page session failure report', () => {
  it('says nothing when the badges are placed', async () => {
    expect(await scan(0)).toEqual({ errors: [], hosts: 2 });
  });

  it('says nothing when the page refuses only some badges', async () => {
    expect(await scan(1)).toEqual({ errors: [], hosts: 1 });
  });

  it('reports the first error when no badge could be placed', async () => {
    const { errors, hosts } = await scan(2);
    expect(hosts).toBe(0);
    expect(errors).toHaveLength(1);
    expect(String((errors[0] as Error).message)).toBe('refused by the page');
  });
});
