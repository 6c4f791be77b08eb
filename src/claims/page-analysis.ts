/**
 * The claims of one page, as a careful reader would mark them: each distinct
 * sentence once (with how often the page repeats it), a note comparing it
 * with the studies the page cites, sentences that misdescribe a cited study,
 * and the sales pitch as one page-level line instead of a marker beside every
 * button. Pure: runs in the background (and in the CLI) on the text of the
 * blocks the content script read.
 */
import type { CitationIds } from '../citations/ids';
import type { ReferenceHint } from '../evidence/evidence-index';
import type { Answer } from '../evidence/answer';
import { type StudyView, viewOfAnswer } from '../evidence/study-view';
import type { BlockRole } from './block-role';
import { claimNote, describeStudy, strongestStudy } from './claim-note';
import { findClaims, isReferenceEntry, PITCH_KINDS } from './find-claims';
import type { ClaimKind } from './kinds';
import { type CitedRecordStudy, describeMismatch, referenceMismatch, studyDescribed } from './misdescription';
import { classifyPage } from './page-kind';
import { pitchLine } from './pitch';
import { splitSentences } from './language/sentences';

/** A block of page text the content script read, and what part of the page it is. */
export interface PageBlock {
  text: string;
  role: BlockRole;
}

/** A citation the page holds, with what the lookup answered. */
export interface PageCitation {
  key: string;
  ids: CitationIds;
  reference?: ReferenceHint;
  /** The entry's number in a numbered reference list. */
  number?: number;
  answer: Answer;
  /** The record's view of its study (retracted if a list says so), when the record has it. */
  study: StudyView | null;
}

export type MarkedKind = ClaimKind | 'misdescription';

/** The parts of the background's per-tab summary the analysis reads (the summary's own type lives with the protocol). */
interface PageSummaryLike {
  citations: {
    key: string;
    ids: CitationIds;
    reference?: ReferenceHint;
    number?: number;
    answer: Answer;
    studyId: string | null;
  }[];
  studies: Record<string, StudyView>;
}

/** Where a claim's marker goes: after a sentence of a block, or after a citation's badge. */
export type ClaimPlace = { block: number; end: number } | { citation: string };

export interface PageClaim {
  key: string;
  kind: MarkedKind;
  /** The sentence as the page has it, whitespace collapsed. */
  text: string;
  hedged: boolean;
  /** How many times the page says it. */
  count: number;
  /** What the person sees beside it; null when it does not go beyond the cited evidence. */
  note: string | null;
  /** Shown by default: a note is due and it is not part of the sales pitch (those are shown with "mark every claim"). */
  shown: boolean;
  at: ClaimPlace;
}

export interface PageClaims {
  claims: PageClaim[];
  /** "This page sells the treatment it describes: …", or null. */
  pitch: string | null;
  /** Whether the page sells (page-kind.ts). */
  sells: boolean;
}

/** Claims kept per page: a long page is judged by its first few hundred. */
const MAX_CLAIMS = 300;
const MAX_TEXT = 600;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const keyOf = (text: string) => `claim:${text.slice(0, 120)}`;

function notContradicted(views: readonly StudyView[]): string {
  const strongest = strongestStudy(views);
  return strongest
    ? `The strongest study this page cites is ${describeStudy(strongest)}; it does not contradict this claim.`
    : 'This claim is in line with the evidence this page cites.';
}

/** The cited studies claim notes compare with, and how many citations nothing knows. */
function evidenceOf(citations: readonly PageCitation[]): { views: StudyView[]; unknown: number } {
  const views: StudyView[] = [];
  let unknown = 0;
  for (const c of citations) {
    const view = c.study ?? viewOfAnswer(c.answer);
    if (view) views.push(view);
    else unknown++;
  }
  return { views, unknown };
}

/** What else tells whether the page sells (page-kind.ts): its address, meta tags and forms. */
export interface PageSignals {
  url: string;
  metaNames: string[];
  /** Forms that are not search boxes. */
  formCount: number;
}

const PRICE = /\$\s?\d/;
/** A price reported, not asked: "paid $38,000", "a $38,000 trip" in a headline. */
/** Money that is not asked of the reader: other clinics' prices, a charity's "£10 could pay for…". */
const OTHERS_MONEY = String.raw`their\s+prices|(?:often|typically|usually)\s+(?:run|cost|charge)|could\s+(?:pay|fund)\s+for|(?:clinics?|spas?|providers?|sellers?|companies)\s+(?:\w+\s+)?(?:charge|charged|charging|bill|billed)|prices?\s+(?:found|quoted|reported|seen|listed)\s+(?:to\s+(?:the\s+)?\w+\s+)?by|(?:a|the|one)\s+clinic\s+(?:\w+\s+){0,3}?(?:sent|quoted|offered|wanted|charged)|participants\s+(?:receive|are\s+paid|get)|compensat\w*|reimburs\w*|(?:most|all|many|some|several)\s+(?:of\s+them\s+)?(?:listed|quoted|charged|offered|advertised)|(?:she|he|they)\s+(?:chose|picked|bought|booked)|(?:why|how)\s+(?:some|many|most|other)\s+(?:[\w-]+\s+){0,3}?cost`;
const PRICE_REPORTED = new RegExp(
  String.raw`\b(?:${OTHERS_MONEY}|paid|spent|spend|raised|cost\s+(?:them|her|him|the\s+family)|handed\s+over|forked\s+out|shelled\s+out|charged\s+(?:her|him|them|me)|borrowed|loan|subscribe|subscription|a\s+week|per\s+week)\b`,
  'i',
);
/**
 * Calls to action that sell no treatment: subscriptions and sign-ups, donations, helplines, emergencies,
 * reporting side effects, a regulator's "contact us before you pay", research at no cost.
 */
const NOT_AN_OFFER = new RegExp(
  String.raw`\b(?:subscribe|subscription|newsletter|sign\s*up|log\s*in|donat\w*|give\s+(?:today|now|monthly)|helpline|hotline|call\s+(?:911|999|112)|emergency|volunteer|fundrais\w*|raised|appeal|still\s+needs?|target|${OTHERS_MONEY}|report(?:ing)?\s+(?:form|a\s+problem|side[- ]effects?|adverse|it|them)|side[- ]effects?\s+reporting|before\s+you\s+(?:pay|agree|travel|sign)|or\s+your\s+(?:GP|doctor|physician|nurse)|concerns?\s+about\s+your\s+care|complaints?|(?:saw|seen|read|heard)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:ad|advert|advertisement|flyer|mailer)\s+for|stud(?:y|ies)[- ](?:related|procedures|medicines|visits|tests)|study\s+(?:procedures|medicines|visits)|forward-looking|(?:pages|ads|adverts|advertisements|websites|sites|posts)\s+(?:with|that\s+(?:offer|promise|push))|reprints|today['’]s\s+paper|e-edition|(?:invites?|urges?|asks?|tells?)\s+(?:viewers|readers|people|patients|followers|listeners|visitors))\b|^\s*(?:talk\s+to|contact|get\s+in\s+touch\s+with|write\s+to|email)\s+us\s*[.!]?\s*$|^\s*(?:phone|tel\.?|telephone)\s*:?\s*\(?\d`,
  'i',
);

/**
 * An offer in the page's menu, header or footer: booking, a free consultation, a quote, a shop. Narrower than
 * the call-to-action kind, since every site's footer says "Contact us".
 */
const CHROME_OFFER =
  /\b(?:book|schedule|request)\s+(?:a\s+|an\s+|your\s+)?(?:free\s+)?(?:consult\w*|appointment|evaluation|assessment|visit|info\w*\s+(?:pack\w*|kit))\b|\bfree\s+(?:consult\w*|evaluation|assessment|quote)\b|\b(?:get\s+a\s+(?:free\s+)?quote|add\s+to\s+cart|buy\s+now|shop\s+now|book\s+now|treatment\s+(?:prices|pricing|packages))\b/i;

/** A sentence that goes on about the study just described: "That study was…", "The trial showed…", "It proved…". */
const REFERS_BACK =
  /^\s*(?:(?:in\s+)?(?:that|this|the\s+same)\s+(?:[\w-]+,?\s+){0,3}?(?:study|trial|paper|review)|it\s+(?:was|showed|proved|found|confirmed|demonstrated))\b/i;
/** How a page labels its source: "Source:", "Study:", "Original paper:", "Published in"; after a sentence, "… heal. Source:". */
const SOURCE_LABEL = String.raw`(?:^\s*(?:sources?|study|original\s+(?:study|paper|article)|reference|published\s+in)|[.!?]\s+(?:sources?|references?)(?=\s*:))`;
/** The page's one source line: "Source: Schiess M, et al. … Mov Disord. 2021 … PMID 33772873". */
const SOURCE_LINE = new RegExp(String.raw`${SOURCE_LABEL}\s*:`, 'i');
/** A study after the one just described: "That controlled trial followed", "the next trial", "a follow-up study". */
const ANOTHER_STUDY = /\b(?:followed|follow-up|next|later|subsequent|second|new)\b/i;
const NAMES_A_SOURCE = /\bet\s+al\b|\b(?:19|20)\d\d\b|\[\d{1,3}\]|\bPMID\b|\bdoi\b/i;

/** What a page that only reports says of itself: a charity, a newsroom, a press office, a study's own page. */
const REPORTS_ONLY =
  /\b(?:registered\s+charity|charity\s+(?:no|number|registration)|non-?profit|not-for-profit|501\(c\)\s?\(3\)|press\s+releases?|media\s+(?:contact|enquiries|inquiries|relations)|newsroom|staff\s+(?:writer|reporter)|(?:health|science|medical)\s+(?:reporter|correspondent|editor|writer)|reporting\s+by|editorial\s+(?:policy|guidelines|standards|independence)|sourcing\s+guidelines|related\s+stories|(?:does|do)\s+not\s+(?:endorse|recommend)\s+(?:any|specific)|not\s+a\s+recommendation|we\s+do\s+not\s+(?:sell|offer|provide)\s+(?:any\s+)?(?:treatments?|stem\s+cell)|encyclop(?:a)?edia|plain[- ]language\s+summary|citation\s+needed|position\s+statement|(?:our|this)\s+(?:research\s+)?study\s+is\s+(?:recruiting|enrolling)|consumer\s+(?:update|advice|information)|donat(?:e|ions?)|an\s+official\s+(?:website|site)\s+of|FOIA|office\s+of\s+(?:consumer|public)\s+health|page\s+last\s+reviewed|patient\s+information\s+(?:leaflet|sheet)|NHS\s+(?:Foundation\s+)?Trust|Patient\s+Advice\s+and\s+Liaison)\b/i;

/** A forum's members speak for themselves, whoever hosts it: "Member since 2019", "Reply · Quote · Report". */
const FORUM = /\bmember\s+since\b|\breply\s*·\s*quote\b|\bstarted\s+by\s+\S+\s*·|\bforum\s+rules\b/i;

/** A company's own press release promotes its product, whatever it calls itself. */
const COMPANY_RELEASE = /\bforward-looking\s+statements?\b|\b(?:NASDAQ|NYSE|OTCQB|OTC\s+Markets)\b/;

/** Words of an offer, as opposed to a price a headline reports ("a $38,000 trip for stem cells"). */
const OFFER_WORDS =
  /\b(?:book|call|free|consult\w*|request|contact|order|buy|schedule|packages?|starts?|from\s+\$|per\s+\w+|only)\b/i;

/** What only a seller asks: a booking, a consultation, a price, a package. */
const OFFERS_A_SALE =
  /\b(?:book\w*|free|consult\w*|appointments?|schedul\w*|prices?|pricing|costs?|quotes?|packages?|buy|purchase|treatment\s+plan)\b|[$£€]\s?\d/i;

/** Whether a claim found on the page makes it a seller: a call to action or deadline that offers the treatment. */
function isOffer(claim: PageClaim, blocks: readonly PageBlock[]): boolean {
  if (claim.kind === 'misdescription' || !PITCH_KINDS.has(claim.kind)) return true;
  if (NOT_AN_OFFER.test(claim.text)) return false;
  const block = 'block' in claim.at ? blocks[claim.at.block] : undefined;
  return !(block?.role === 'heading' && PRICE.test(claim.text) && !OFFER_WORDS.test(claim.text));
}

/**
 * Analyses a page: its claims, and its sales pitch when it sells a treatment.
 * `briefNote` is what is known about the treatment for the page's condition
 * (a condition brief): on a page that sells, it is the note beside an
 * efficacy or cure claim that no cited study bears on.
 */
export function analysePage(
  blocks: readonly PageBlock[],
  citations: readonly PageCitation[],
  signals: PageSignals,
  briefNote: string | null = null,
): PageClaims {
  const byText = new Map<string, PageClaim>();
  const pitchSentences: string[] = [];
  const { views, unknown } = evidenceOf(citations);
  const recordStudies: CitedRecordStudy[] = citations.flatMap((c) =>
    c.study
      ? [
          {
            ids: c.ids,
            study: c.study,
            ...(c.reference ? { reference: c.reference } : {}),
            ...(c.number !== undefined ? { number: c.number } : {}),
          },
        ]
      : [],
  );
  const add = (claim: Omit<PageClaim, 'key' | 'count'>) => {
    const seen = byText.get(claim.text);
    if (seen) {
      seen.count++;
      return;
    }
    if (byText.size < MAX_CLAIMS) byText.set(claim.text, { ...claim, key: keyOf(claim.text), count: 1 });
  };

  let chromeOffers = 0;
  // "This study…" before any sentence has named one refers to the page's own source: the study its "Source:" line
  // cites, or the only study it cites.
  const sourceBlock = blocks.find((b) => SOURCE_LINE.test(b.text));
  const pageSource =
    (sourceBlock ? studyDescribed(sourceBlock.text, recordStudies) : null) ??
    (new Set(recordStudies.map((c) => c.study.id)).size === 1 ? (recordStudies[0] ?? null) : null);
  let lastDescribed: CitedRecordStudy | null = null;
  let reportsOnly = false;
  let companyRelease = false;
  let forum = false;
  for (const [index, block] of blocks.entries()) {
    reportsOnly ||= REPORTS_ONLY.test(block.text);
    companyRelease ||= COMPANY_RELEASE.test(block.text);
    forum ||= FORUM.test(block.text);
    if (block.role === 'chrome') {
      if (CHROME_OFFER.test(block.text)) chromeOffers++;
      continue;
    }
    const described = new Set<string>();
    if (block.role === 'heading') lastDescribed = null;
    // Sentences that describe a cited study, compared with the record.
    if (recordStudies.length && block.role !== 'pitch-box' && !isReferenceEntry(block.text)) {
      for (const { start, end } of splitSentences(block.text)) {
        const sentence = block.text.slice(start, end);
        const named = studyDescribed(sentence, recordStudies);
        // "That study was a randomized controlled trial…": the study the sentence before described.
        // A sentence that names its own source (an author, a year) is about that one, known or not.
        const cited =
          named ??
          (REFERS_BACK.test(sentence) && !NAMES_A_SOURCE.test(sentence) && !ANOTHER_STUDY.test(sentence)
            ? (lastDescribed ?? pageSource)
            : null);
        if (named) lastDescribed = named;
        const mismatch = cited ? describeMismatch(sentence, cited.study) : null;
        if (!mismatch) continue;
        const text = collapse(sentence);
        described.add(text);
        add({ kind: 'misdescription', text, hedged: false, note: mismatch.note, shown: true, at: { block: index, end } });
      }
    }
    for (const claim of findClaims(block.text, block.role)) {
      const text = collapse(claim.text);
      if (!text || text.length > MAX_TEXT || described.has(text)) continue;
      if (PITCH_KINDS.has(claim.kind)) {
        if (!NOT_AN_OFFER.test(text)) pitchSentences.push(text);
        add({
          kind: claim.kind,
          text,
          hedged: claim.hedged,
          note: claimNote(claim, views, unknown),
          shown: false,
          at: { block: index, end: claim.end },
        });
        continue;
      }
      const note = claimNote(claim, views, unknown);
      add({
        kind: claim.kind,
        text,
        hedged: claim.hedged,
        // A claim the evidence does not contradict is shown only with "mark every claim", saying so.
        note: note ?? notContradicted(views),
        shown: note !== null,
        at: { block: index, end: claim.end },
      });
    }
  }
  // A printed reference that disagrees with the study its identifier names; a "Source: Journal, year" line too.
  for (const c of citations) {
    const reference = c.study ? (c.reference ?? sourceLineOf(c.ids, blocks)) : null;
    if (!c.study || !reference) continue;
    const note = referenceMismatch({ ids: c.ids, study: c.study, reference });
    if (note)
      add({
        kind: 'misdescription',
        text: collapse(reference.text),
        hedged: false,
        note,
        shown: true,
        at: { citation: c.key },
      });
  }
  const claims = [...byText.values()];
  // A page that says it only reports (a charity, a newsroom); a company's press release never does.
  const onlyReports = reportsOnly && !companyRelease;
  const sells =
    classifyPage({
      ...signals,
      // Calls to action that sell nothing (subscriptions, helplines) do not make the page a seller.
      claimKinds: [
        // On a page that says it only reports, "Call 0800 555 0139 or send us a message" is its helpline, not an offer.
        ...claims.flatMap((c) =>
          c.kind === 'misdescription' || !isOffer(c, blocks) || (onlyReports && !OFFERS_A_SALE.test(c.text)) ? [] : [c.kind],
        ),
        ...Array.from({ length: chromeOffers }, () => 'call-to-action' as const),
      ],
      // On a page that says it only reports, a price is one it reports unless it comes with an offer.
      priceCount: blocks.filter(
        (b) =>
          b.role !== 'chrome' &&
          b.role !== 'heading' &&
          PRICE.test(b.text) &&
          !PRICE_REPORTED.test(b.text) &&
          (!onlyReports || OFFER_WORDS.test(b.text)),
      ).length,
    }) === 'commercial';
  // A page that sells nothing and says what it is (a charity, a newsroom, a press office, a research study's page)
  // makes no promotional claims: what it says about treatments is reported, not sold. Its claims stay for "mark every
  // claim"; a page misdescribing its own source is still said. Without such a sign a page is not taken at its
  // silence: many clinics' booking forms are drawn by scripts a saved page does not run.
  if (!sells && onlyReports && !forum) for (const c of claims) if (c.kind !== 'misdescription') c.shown = false;
  // No cited study to compare with: on a page that sells, what is known about the treatment speaks instead.
  if (sells && briefNote && !views.some((v) => !v.status.retracted)) {
    for (const c of claims) if (c.shown && (c.kind === 'efficacy' || c.kind === 'cure')) c.note = briefNote;
  }
  return { claims, pitch: sells && pitchSentences.length ? pitchLine(pitchSentences) : null, sells };
}

/** "Source: Indian Journal of Orthopaedics, 2017 — doi:10.1007/…": a journal and a year printed beside an identifier. */
const JOURNAL_YEAR_LINE = new RegExp(
  String.raw`${SOURCE_LABEL}\s*:?\s*(?:[A-Z][\w'’-]+\s+(?:et\s+al\.?|and\s+colleagues),?\s+)?([A-Z][^,;:()\d]{2,80}?)\s*[,.(]\s*((?:19|20)\d\d)\b`,
  'i',
);

/** The journal and year a source line prints beside one of this citation's identifiers, as a reference without an author. */
function sourceLineOf(ids: CitationIds, blocks: readonly PageBlock[]): ReferenceHint | null {
  const keys = Object.values(ids)
    .flat()
    .filter((v): v is string => typeof v === 'string' && v.length > 4)
    .map((v) => v.toLowerCase());
  if (!keys.length) return null;
  for (const b of blocks) {
    if (b.text.length > 400) continue;
    const m = JOURNAL_YEAR_LINE.exec(b.text);
    if (!m || !keys.some((k) => b.text.toLowerCase().includes(k))) continue;
    // The source line itself, where it closes a paragraph: "… heal. Source: The Spine Journal, 2019, doi:…".
    const text = b.text.slice(m.index).replace(/^[.!?]\s+/, '');
    return { surname: '', year: Number(m[2]), text, title: null, journal: (m[1] as string).trim() };
  }
  return null;
}

/** The page's citations as the summary holds them, for the claims analysis. */
export function summaryCitations(summary: Pick<PageSummaryLike, 'citations' | 'studies'>): PageCitation[] {
  return summary.citations.map((c) => ({
    key: c.key,
    ids: c.ids,
    ...(c.reference ? { reference: c.reference } : {}),
    ...(c.number !== undefined ? { number: c.number } : {}),
    answer: c.answer,
    study: c.studyId ? (summary.studies[c.studyId] ?? null) : null,
  }));
}
