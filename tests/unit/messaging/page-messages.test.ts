/**
 * The content script's checks of the messages it receives accept exactly
 * what protocol.ts's schemas accept, without carrying zod into every page.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dispatchOnPage, parsePageRequest } from '../../../src/messaging/page-messages';
import { parseRequest } from '../../../src/messaging/protocol';

const PAGE_TYPES = ['reveal', 'ping', 'checkSelection'];

describe('parsePageRequest', () => {
  it.each([
    [{ type: 'reveal', key: 'pmid:36624312' }, true],
    [{ type: 'reveal', key: '' }, false],
    [{ type: 'reveal', key: 'k'.repeat(401) }, false],
    [{ type: 'reveal' }, false],
    [{ type: 'ping' }, true],
    [{ type: 'ping', extra: 1 }, false],
    [{ type: 'checkSelection', text: 'PMID 36624312' }, true],
    [{ type: 'checkSelection', text: 'x'.repeat(5001) }, false],
    [{ type: 'lookup', append: false, url: '', title: '', citations: [] }, false],
    [null, false],
    ['ping', false],
  ])('%o → %s', (raw, ok) => {
    expect(parsePageRequest(raw).ok).toBe(ok);
  });

  it('agrees with the protocol schemas on any message of the types the page receives', () => {
    const message = fc.record(
      {
        type: fc.constantFrom(...PAGE_TYPES, 'lookup', 'other'),
        key: fc.oneof(fc.string({ maxLength: 420 }), fc.integer(), fc.constant(undefined)),
        text: fc.oneof(fc.string({ maxLength: 20 }), fc.constant('y'.repeat(5001)), fc.boolean()),
        extra: fc.constant(1),
      },
      { requiredKeys: ['type'] },
    );
    fc.assert(
      fc.property(message, (raw) => {
        const forPage = parsePageRequest(raw).ok;
        const schema = parseRequest(raw);
        const expected = schema.ok && PAGE_TYPES.includes(schema.value.type);
        expect(forPage).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('answers a handler’s failure with a typed error', async () => {
    const reply = await dispatchOnPage(
      { type: 'ping' },
      {
        ping: () => {
          throw new Error('boom');
        },
        reveal: () => ({ found: false }),
        checkSelection: () => ({ found: false }),
      },
    );
    expect(reply).toEqual({ ok: false, error: { code: 'internal', message: 'boom' } });
  });
});
