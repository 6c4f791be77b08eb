/**
 * Every message between content script, background and popup: one schema per
 * message, types inferred from it, parsed on receipt. Replies are
 * `{ ok: true, value } | { ok: false, error }`.
 */
import * as z from 'zod/mini';
import { BLOCK_ROLES } from '../claims/block-role';
import type { PageClaim } from '../claims/page-analysis';
import type { PageTopic } from '../topics/detect-topic';
import type { BriefView } from '../topics/brief-view';
import { ID_KINDS } from '../citations/ids';
import type { Answer } from '../evidence/answer';
import type { StudyView } from '../evidence/study-view';
import type { CardView } from '../cards/card-node';

/** Limits that keep any one message small; a page with more is summarised by its first citations. */
export const LIMITS = { citations: 1000, claims: 300, blocks: 1500, blockText: 5000, key: 400, text: 600, url: 4096 } as const;

/**
 * The schemas, built on first use: a content script that never receives a
 * message never pays for building them at start-up (a long task on slow pages).
 */
function buildSchemas() {
  const shortText = z.string().check(z.maxLength(LIMITS.text));
  const key = z.string().check(z.minLength(1), z.maxLength(LIMITS.key));
  const citationIds = z.partialRecord(z.enum(ID_KINDS), z.string().check(z.minLength(1), z.maxLength(300)));
  const citationRequest = z.strictObject({
    key,
    ids: citationIds,
    text: shortText,
    pageLevel: z.optional(z.boolean()),
    /** The entry's number in a numbered reference list. */
    number: z.optional(z.int().check(z.gte(1), z.lte(999))),
    reference: z.optional(
      z.strictObject({
        surname: z.string().check(z.minLength(2), z.maxLength(80)),
        year: z.int().check(z.gte(1900), z.lte(2100)),
        text: shortText,
        /** The reference's own title and journal, when the page prints them. */
        title: z.optional(z.nullable(shortText)),
        journal: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
      }),
    ),
  });
  const topic = z.strictObject({
    title: z.string().check(z.maxLength(LIMITS.text)),
    path: z.string().check(z.maxLength(LIMITS.text)),
    h1: z.array(shortText).check(z.maxLength(5)),
    headings: z.array(shortText).check(z.maxLength(24)),
    opening: z.string().check(z.maxLength(LIMITS.blockText)),
  });
  const block = z.strictObject({
    text: z.string().check(z.maxLength(LIMITS.blockText)),
    role: z.enum(BLOCK_ROLES),
  });
  const request = z.discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('lookup'),
      /** true when these citations were added to a page already reported (a dynamic page); false replaces the tab's summary. */
      append: z.boolean(),
      url: z.string().check(z.maxLength(LIMITS.url)),
      title: z.string().check(z.maxLength(LIMITS.text)),
      citations: z.array(citationRequest).check(z.maxLength(LIMITS.citations)),
      /** What the page is about (title, address, headings, opening text), on a page's first scan. */
      topic: z.optional(topic),
      /** The page reports research (a journal, registry, agency or charity): a brief shows in the popup only. */
      scholarly: z.optional(z.boolean()),
    }),
    /**
     * The text of the blocks the scan read, each with its role (the chrome only for signs that the page sells), for the claims analysis in the
     * background. Sent after the lookup: badges never wait for claims. `append` as for lookup.
     */
    z.strictObject({
      type: z.literal('claims'),
      append: z.boolean(),
      url: z.string().check(z.maxLength(LIMITS.url)),
      blocks: z.array(block).check(z.maxLength(LIMITS.blocks)),
      /** Forms on the page that are not search boxes: a sign the page sells. */
      formCount: z.int().check(z.nonnegative()),
    }),
    z.strictObject({ type: z.literal('getSummary'), tabId: z.int().check(z.nonnegative()) }),
    z.strictObject({ type: z.literal('reveal'), key }),
    z.strictObject({ type: z.literal('ping') }),
    /** Looks citations up without adding them to the tab's summary (the "Check citation" menu). */
    z.strictObject({ type: z.literal('resolve'), citations: z.array(citationRequest).check(z.maxLength(20)) }),
    /** Background → content: the person chose "Check citation" on this selected text. */
    z.strictObject({ type: z.literal('checkSelection'), text: z.string().check(z.maxLength(5000)) }),
    /** Content → background, once per page: the scan, the lookup or the badges failed (the popup says so). */
    z.strictObject({ type: z.literal('reportError'), url: z.string().check(z.maxLength(LIMITS.url)), message: shortText }),
  ]);
  return { citationRequest, block, request };
}

type Schemas = ReturnType<typeof buildSchemas>;
let schemas: Schemas | undefined;
const getSchemas = (): Schemas => {
  schemas ??= buildSchemas();
  return schemas;
};

export type CitationRequest = z.infer<Schemas['citationRequest']>;
export type BlockMessage = z.infer<Schemas['block']>;
export type Request = z.infer<Schemas['request']>;
export type RequestOf<T extends Request['type']> = Extract<Request, { type: T }>;

export interface CitationResult {
  key: string;
  /** The curated record's study, or null. */
  studyId: string | null;
  /** What the badge says and where it comes from (record, retraction list, registry, title, nothing). */
  answer: Answer;
}

/** What the background knows about one tab's page; the popup renders it. */
export interface PageSummary {
  url: string;
  title: string;
  citations: (CitationRequest & { studyId: string | null; answer: Answer })[];
  /** The page's claims, each distinct sentence once with its count and note. */
  claims: PageClaim[];
  /** "This page sells the treatment it describes: …", when it does. */
  pitch: string | null;
  /** What kind of page it is and what it is about. */
  page: { kind: 'commercial' | 'scholarly' | 'neutral'; conditions: PageTopic[] };
  /** What is known about the treatment for the conditions the page is about. */
  briefs: BriefView[];
  studies: Record<string, StudyView>;
  /** Set when the content script could not read the page: what went wrong, for the popup to say so. */
  error?: string;
}

/** A citation's answer with what the page paints: whether its badge shows in quiet mode, and its card. */
export interface BadgeResult extends CitationResult {
  flagged: boolean;
  card: CardView;
}

export interface Responses {
  lookup: { results: BadgeResult[] };
  getSummary: PageSummary | null;
  reveal: { found: boolean };
  ping: { ready: true; url: string };
  resolve: { results: BadgeResult[] };
  checkSelection: { found: boolean };
  claims: { claims: PageClaim[]; pitch: string | null };
  reportError: { recorded: boolean };
}

export type ErrorCode = 'invalid-message' | 'unknown-type' | 'not-available' | 'internal';
export interface ProtocolError {
  code: ErrorCode;
  message: string;
}
export type Reply<T> = { ok: true; value: T } | { ok: false; error: ProtocolError };

/** Parses an untrusted message. Never throws. */
export function parseRequest(raw: unknown): { ok: true; value: Request } | { ok: false; error: ProtocolError } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: { code: 'invalid-message', message: 'a message must be an object' } };
  }
  const type = (raw as { type?: unknown }).type;
  if (
    typeof type !== 'string' ||
    !['lookup', 'claims', 'getSummary', 'reveal', 'ping', 'resolve', 'checkSelection', 'reportError'].includes(type)
  ) {
    return {
      ok: false,
      error: { code: 'unknown-type', message: `unknown message type ${JSON.stringify(String(type)).slice(0, 60)}` },
    };
  }
  const parsed = z.safeParse(getSchemas().request, raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : '(message)';
    return { ok: false, error: { code: 'invalid-message', message: `${type}: ${where}: ${issue?.message ?? 'invalid'}` } };
  }
  return { ok: true, value: parsed.data };
}

export type Handlers<Ctx> = {
  [T in Request['type']]?: (request: RequestOf<T>, ctx: Ctx) => Responses[T] | Promise<Responses[T]>;
};

/** Validates a message and runs its handler; every failure becomes a typed error reply. */
export async function dispatch<Ctx>(raw: unknown, ctx: Ctx, handlers: Handlers<Ctx>): Promise<Reply<unknown>> {
  const parsed = parseRequest(raw);
  if (!parsed.ok) return parsed;
  const request = parsed.value;
  const handler = handlers[request.type] as ((r: Request, c: Ctx) => unknown) | undefined;
  if (!handler) return { ok: false, error: { code: 'not-available', message: `${request.type} is not handled here` } };
  try {
    return { ok: true, value: await handler(request, ctx) };
  } catch (error) {
    return { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
  }
}
