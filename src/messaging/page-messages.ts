/**
 * The messages the content script receives (from the popup and the
 * background), checked as strictly as protocol.ts checks the background's,
 * without a schema library: the content script runs on every page, and zod
 * would add 26 KB to it (decision 006). A test checks that these checks
 * accept exactly what protocol.ts's schemas accept.
 */
import { LIMITS, type ProtocolError, type Reply, type RequestOf, type Responses } from './protocol';

export type PageRequest = RequestOf<'reveal'> | RequestOf<'ping'> | RequestOf<'checkSelection'>;
type PageType = PageRequest['type'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const only = (raw: Record<string, unknown>, keys: string[]) => Object.keys(raw).every((k) => keys.includes(k));

/** Why a message is refused, or null when it is well formed. */
function problem(raw: Record<string, unknown>): string | null {
  switch (raw.type) {
    case 'reveal':
      if (!only(raw, ['type', 'key'])) return 'unexpected field';
      return typeof raw.key === 'string' && raw.key.length >= 1 && raw.key.length <= LIMITS.key ? null : 'key';
    case 'ping':
      return only(raw, ['type']) ? null : 'unexpected field';
    case 'checkSelection':
      if (!only(raw, ['type', 'text'])) return 'unexpected field';
      return typeof raw.text === 'string' && raw.text.length <= 5000 ? null : 'text';
    default:
      return 'type';
  }
}

/** Parses an untrusted message meant for the page. Never throws. */
export function parsePageRequest(raw: unknown): { ok: true; value: PageRequest } | { ok: false; error: ProtocolError } {
  if (!isObject(raw)) return { ok: false, error: { code: 'invalid-message', message: 'a message must be an object' } };
  if (!['reveal', 'ping', 'checkSelection'].includes(raw.type as string)) {
    return {
      ok: false,
      error: { code: 'unknown-type', message: `unknown message type ${JSON.stringify(String(raw.type)).slice(0, 60)}` },
    };
  }
  const wrong = problem(raw);
  if (wrong) return { ok: false, error: { code: 'invalid-message', message: `${String(raw.type)}: ${wrong}: invalid` } };
  return { ok: true, value: raw as unknown as PageRequest };
}

export type PageHandlers = {
  [T in PageType]: (request: Extract<PageRequest, { type: T }>) => Responses[T] | Promise<Responses[T]>;
};

/** Validates a message for the page and runs its handler; every failure becomes a typed error reply. */
export async function dispatchOnPage(raw: unknown, handlers: PageHandlers): Promise<Reply<unknown>> {
  const parsed = parsePageRequest(raw);
  if (!parsed.ok) return parsed;
  const handler = handlers[parsed.value.type] as (r: PageRequest) => unknown;
  try {
    return { ok: true, value: await handler(parsed.value) };
  } catch (error) {
    return { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
  }
}
