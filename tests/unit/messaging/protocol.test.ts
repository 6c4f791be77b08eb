import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dispatch, parseRequest } from '../../../src/messaging/protocol';

const lookup = { type: 'lookup', append: false, url: 'https://clinic.example/', title: 't', citations: [], claims: [] };

describe('messages are validated at receipt', () => {
  it('accepts a well-formed lookup', () => {
    expect(parseRequest(lookup)).toEqual({ ok: true, value: lookup });
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
