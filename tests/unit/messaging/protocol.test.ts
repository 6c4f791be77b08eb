import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dispatch, parseRequest } from '../../../src/messaging/protocol';

const lookup = { type: 'lookup', append: false, url: 'https://clinic.example/', title: 't', citations: [] };
const claims = {
  type: 'claims',
  append: false,
  url: 'https://clinic.example/',
  blocks: [{ text: 'Stem cells repair nerves.', role: 'content' }],
  formCount: 1,
};

describe('messages are validated at receipt', () => {
  it('accepts a well-formed lookup and claims request', () => {
    expect(parseRequest(lookup)).toEqual({ ok: true, value: lookup });
    expect(parseRequest(claims)).toEqual({ ok: true, value: claims });
  });

  it.each([
    [{ ...claims, blocks: [{ text: 'x', role: 'sidebar' }] }],
    [{ ...claims, blocks: [{ text: 'x'.repeat(5001), role: 'content' }] }],
    [{ ...claims, blocks: Array.from({ length: 1501 }, () => ({ text: 'x', role: 'content' })) }],
    [{ ...claims, formCount: -1 }],
    [{ ...lookup, claims: [] }],
  ])('refuses a claims request or lookup of the wrong shape %#', (raw) => {
    expect(parseRequest(raw)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });

  it.each([
    [null, 'invalid-message'],
    ['lookup', 'invalid-message'],
    [[], 'invalid-message'],
    [{}, 'unknown-type'],
    [{ type: 'deleteEverything' }, 'unknown-type'],
    [{ ...lookup, citations: 'all' }, 'invalid-message'],
    [{ ...lookup, extra: true }, 'invalid-message'],
    [{ ...lookup, citations: [{ key: 'k', ids: { pmid: 1 }, text: '' }] }, 'invalid-message'],
    [{ ...lookup, citations: [{ key: 'k', ids: { isbn: 'x' }, text: '' }] }, 'invalid-message'],
    [{ ...lookup, citations: Array.from({ length: 1001 }, (_, i) => ({ key: `k${i}`, ids: {}, text: '' })) }, 'invalid-message'],
    [{ ...lookup, title: 'x'.repeat(10_000) }, 'invalid-message'],
    [{ type: 'getSummary', tabId: -1 }, 'invalid-message'],
    [{ type: 'reveal', key: '' }, 'invalid-message'],
  ])('%#: %o → %s', (raw, code) => {
    const result = parseRequest(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });

  it('runs the handler and wraps its answer; a handler that throws becomes a typed error', async () => {
    expect(await dispatch({ type: 'ping' }, null, { ping: () => ({ ready: true as const, url: 'https://a.example/' }) })).toEqual(
      {
        ok: true,
        value: { ready: true, url: 'https://a.example/' },
      },
    );
    expect(await dispatch({ type: 'ping' }, null, {})).toEqual({
      ok: false,
      error: { code: 'not-available', message: expect.any(String) },
    });
    expect(
      await dispatch({ type: 'ping' }, null, {
        ping: () => {
          throw new Error('boom');
        },
      }),
    ).toEqual({ ok: false, error: { code: 'internal', message: 'boom' } });
  });

  it('never crashes and never calls a handler on 1,000 random messages', async () => {
    let called = 0;
    const handlers = { lookup: () => ({ results: [], studies: {} }), reveal: () => ({ found: false }) };
    const counting = {
      lookup: () => {
        called++;
        return handlers.lookup();
      },
      reveal: () => {
        called++;
        return handlers.reveal();
      },
    };
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.anything(),
          fc.record({
            type: fc.constantFrom('lookup', 'reveal', 'getSummary', 'ping', 'x'),
            citations: fc.anything(),
            key: fc.anything(),
          }),
        ),
        async (raw) => {
          const before = called;
          const reply = await dispatch(raw, null, counting);
          expect(typeof reply.ok).toBe('boolean');
          if (!reply.ok) expect(called).toBe(before);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
