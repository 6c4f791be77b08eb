/**
 * Finds promotional claims in the text of one page block (a paragraph,
 * heading, list item, button or call-to-action box).
 *
 * The block is split into sentences; each sentence gets at most one claim
 * kind. The rules are lexical and deliberately conservative: a false flag on
 * a neutral sentence costs more trust than a missed claim. In order:
 *
 * 1. Questions, disclaimers ("results may vary", "consult your doctor"),
 *    findings reported from a particular study ("the trial found…"), claims
 *    reported from a third party ("one clinic's website says…") and quotes
 *    attributed to an expert are not the seller's claims: skipped.
 * 2. Every kind has trigger patterns. A trigger preceded, within its clause,
 *    by a negation ("there is no cure", "not FDA approved") does not count.
 * 3. When several kinds fire, the most specific wins, in this order:
 *    testimonial › cure › efficacy › safety › approval › urgency ›
 *    call-to-action › other. A patient's story stays a story even when it
 *    praises results; what a treatment is said to do outweighs the offer
 *    attached to it.
 * 4. A cure, efficacy or safety claim with a modal hedge ("may help",
 *    "could improve") is kept, with `hedged: true`.
 *
 * Runs in time linear in the length of the text: a single keyword pre-check
 * lets ordinary text skip classification at once, sentences are found in one pass, and
 * every pattern is applied once per sentence with bounded look-arounds.
 */
import type { ClaimKind } from './kinds';

/** A claim found in a block; `text` is exactly `input.slice(start, end)`. */
export interface ClaimMatch {
  kind: ClaimKind;
  text: string;
  start: number;
  end: number;
  hedged: boolean;
}

/** Half-open range of one sentence in the block text. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** Longer "sentences" are layout debris (menus, run-together lists), not claims; also the protocol's text limit. */
const MAX_SENTENCE = 600;

// ---------------------------------------------------------------------------
// Sentence splitting
// ---------------------------------------------------------------------------

const TERMINATORS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);
/** Characters that start a new list item when text is flattened. */
const ITEM_BREAKS = new Set(['•', '▪', '►', '✓', '✔', '|']);
/** Words that end in a full stop without ending the sentence (case-sensitive: "MS." ends one, "Ms." does not). */
const ABBREVIATIONS = new Set([
  'Dr',
  'Drs',
  'Mr',
  'Mrs',
  'Ms',
  'Prof',
  'St',
  'Jr',
  'Sr',
  'Mt',
  'Ft',
  'Lt',
  'Gen',
  'Rev',
  'vs',
  'Vs',
  'approx',
  'Approx',
  'ca',
  'cf',
  'Fig',
  'Figs',
  'fig',
  'Vol',
  'vol',
  'Dept',
  'Univ',
  'Inst',
  'Assoc',
]);

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\f' || ch === '\v' || ch === '\u2009' || ch === '\u202f';
}

function isLineBreak(ch: string | undefined): boolean {
  return ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';
}

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const DIGIT = /\d/;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

function isLower(ch: string | undefined): boolean {
  return ch !== undefined && LOWER.test(ch);
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && UPPER.test(ch);
}

/**
 * Whether the full stop at `dot` belongs to an abbreviation, an initial or an
 * initialism ("Dr.", "et al.", "J. Smith", "U.S.", "e.g.") rather than ending
 * the sentence. Looks back at most one short word: constant work.
 */
function isAbbreviationDot(text: string, dot: number, next: string | undefined): boolean {
  let i = dot - 1;
  while (i >= 0 && dot - i <= 12 && (isLetter(text[i]) || text[i] === '.')) i--;
  const word = text.slice(i + 1, dot);
  if (!word) return false;
  if (word.includes('.')) return true; // U.S. / e.g. / Ph.D. / a.m.
  if (ABBREVIATIONS.has(word)) return true;
  if (word === 'al' && text.slice(Math.max(0, i - 2), i + 1) === 'et ') return true;
  if (word === 'No' || word === 'no') return next !== undefined && DIGIT.test(next);
  if (word.length === 1 && isUpper(word)) {
    // An initial follows a capitalised name or title ("Dr. A. Morales", "Karen A. Smith"),
    // unlike "vitamin D. Take two…".
    let j = i;
    while (j >= 0 && isSpace(text[j])) j--;
    if (j < 0) return true;
    if (text[j] === '.') return true;
    let k = j;
    while (k >= 0 && isLetter(text[k])) k--;
    return isUpper(text[k + 1]);
  }
  return false;
}

/** Punctuation after which a line break does not end the sentence. */
const CONTINUES = /[,;:(&/\-–—]/;

/**
 * Splits a block into sentences. A sentence ends at ., !, ? or … (with any
 * closing quotes or brackets) when the next word does not start in lower
 * case and the full stop is not an abbreviation's; at a line break that
 * starts a new capitalised line; and at list bullets. Offsets are into
 * `text`; spans are trimmed of spaces and leading bullets.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const push = (start: number, end: number) => {
    let s = start;
    let e = end;
    while (
      s < e &&
      (isSpace(text[s]) || isLineBreak(text[s]) || ITEM_BREAKS.has(text[s] ?? '') || text[s] === '-' || text[s] === '*')
    )
      s++;
    while (e > s && (isSpace(text[e - 1]) || isLineBreak(text[e - 1]))) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  let start = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i] ?? '';
    if (ITEM_BREAKS.has(ch)) {
      push(start, i);
      start = i + 1;
      i++;
      continue;
    }
    if (isLineBreak(ch)) {
      let prev = i - 1;
      while (prev >= start && isSpace(text[prev])) prev--;
      let next = i + 1;
      while (next < n && (isSpace(text[next]) || isLineBreak(text[next]))) next++;
      const blankLine = text
        .slice(i + 1, next)
        .split('')
        .some(isLineBreak);
      const prevCh = text[prev];
      const continues = prevCh !== undefined && CONTINUES.test(prevCh);
      if (blankLine || (!isLower(text[next]) && !continues)) {
        push(start, i);
        start = next;
        i = next;
        continue;
      }
      i++;
      continue;
    }
    if (!TERMINATORS.has(ch)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && TERMINATORS.has(text[j] ?? '')) j++;
    const singleDot = ch === '.' && j === i + 1;
    while (j < n && CLOSERS.has(text[j] ?? '')) j++;
    if (j >= n) {
      push(start, j);
      start = j;
      i = j;
      continue;
    }
    if (!isSpace(text[j]) && !isLineBreak(text[j])) {
      i = j;
      continue;
    }
    let k = j;
    while (k < n && isSpace(text[k])) k++;
    const next = text[k];
    if (isLower(next) || (singleDot && isAbbreviationDot(text, i, next))) {
      i = j;
      continue;
    }
    push(start, j);
    start = k;
    i = k;
  }
  push(start, n);
  return spans;
}

// ---------------------------------------------------------------------------
// Patterns
// ---------------------------------------------------------------------------

/**
 * Stems of every trigger below, by kind, separated by spaces. A block without
 * any of them (and without a quotation or first-person word, see STORY_HINT)
 * holds no claim; one linear scan of the block decides that, and within a
 * block a sentence only runs the rules of kinds whose stems it contains.
 * Keep in step with the rules: a test generates texts from every rule and
 * checks that each passes its kind's stems.
 */
const HINT_STEMS: Record<ClaimKind, string> = {
  cure:
    'slow ageing aging attacking hurting progressing spreading shedding worse fully completely full\\s+recovery complete\\s+recovery tracks ' +
    'grow cur(?:e|es|ed|ing|ative)\\b revers eliminat eradicat regenerat regr[eo]w re-grow rebuil repair restor rejuvenat ' +
    'heal remission reset halt stop end for\\s+good permanent cause no\\s+longer freedom back clock erase grow\\s+new clear',
  efficacy:
    'is\\s+back back restored plump bounc shin silk tight dew gloss lush down\\b normally comfortably empower supercharg turbocharg times\\s taper ' +
    'off\\s needing subside renew increas denser new\\b curb chang cancel skip majority sweat lost ' +
    '\\bin\\s+(?:\\d|ten|five|four|three) most\\s many\\s nearly\\s+all almost\\s+all like\\s+\\w+\\s+again prov effective ' +
    'work result improv stud research science trial evidence data clinical relie pain reduc lower eas(?:e|es|ing)\\b cut ' +
    'decreas calm sooth fight boost enhanc strengthen sharpen accelerat speed recharg energi support promot stimulat banish ' +
    'smooth protect slow shorten mobili regain return recover avoid delay save help treat transform life-changing ' +
    'breakthrough miracle powerful potent success benefit respond recommend burn build lose shed drop gain muscle weight fade ' +
    'disappear vanish glow radiant youthful flawless even-toned wrinkle ageless younger detox cleans flush neutrali lighten ' +
    'brighten tighten plump nourish revitali activat awaken reviv wake melt again fix helped difference growth easily freely ' +
    'clearly comfortably confidently proof percent % out\\s+of in\\s+ten better more less fewer deeper clearer stronger ' +
    'brighter firmer healthier thicker fuller smoother smaller softer steadier sharper greater faster quicker easier farther ' +
    'further',
  safety:
    'too\\s+much problem seen\\b recorded gentle overdose observ weaken hurt injure damage never infection reaction adverse irritation ' +
    'tolerat safe risk side(?:-|\\s+)effect harm toxic danger rejection complication worry chance zero non-?existent rare ' +
    'minimal negligible',
  approval:
    'fellow members?\\s+of society academy association college board follow meet licen[cs] holds?\\s granted received approv ' +
    'regist licen[cs] certif accredit inspect cleared compliant complies compliance gmp guideline regulat authori',
  testimonial: 'reviews read watch hear swear rave testimonial stor(?:y|ies) report tell say describ share write rave',
  urgency:
    'delay booked don.t do\\s+not stock booking\\s+up rises goes\\s+up spots?\\b remain low\\b time\\s next won.t will\\s+not can.t cannot sign-?ups ' +
    'growing limited act\\b only just left remaining few last fill fast sell sold full gone expir ends before wait miss hurry ' +
    'deadline sooner counts matters early first\\s+\\d next\\s+\\d price lock running run\\s+out low\\s+(?:in\\s+)?stock ' +
    'neither time\\s+is\\s+not',
  'call-to-action':
    'price reduced pricing ^call 1st visit sign\\s+up see\\s+whether membership fraction member rate\\b intro special launch free complimentary ' +
    'no\\s+(?:cost|charge) obligation consult book call phone text email e-mail message whatsapp ring reach\\s+out touch chat ' +
    'schedule request contact apply order buy claim reserve register enrol subscribe download start get talk speak ask ' +
    'find\\s+out see\\s+if learn\\s+(?:if|whether) qualify compare send attend try save discount off\\b \\$ € £ dollars euros ' +
    'usd financ payment package guarantee money at\\s+a\\s+fraction walk-ins on\\s+us offer sign\\s+up join',
  other:
    'number\\s+one stars?\\b reviews thousand hundred million \\d{3} \\d,\\d years countr rated voted trusted featured ' +
    'leading leader renowned pioneer award #\\s*1 number\\s+one no\\.\\s*1 official as\\s+seen world',
};
const stemsPattern = (stems: string) => new RegExp(stems.split(' ').join('|'), 'i');
/** Per kind: a sentence without any of the kind's stems skips that kind's rules. */
const KIND_HINT = Object.fromEntries(Object.entries(HINT_STEMS).map(([kind, stems]) => [kind, stemsPattern(stems)])) as Record<
  ClaimKind,
  RegExp
>;
const CLAIM_HINT = stemsPattern(Object.values(HINT_STEMS).join(' '));

// Negation and scope ---------------------------------------------------------

/** Negators that cancel a trigger in the same clause: "no cure", "not FDA approved", "cannot reverse", "whether it works". */
const FULL_NEGATOR =
  /\b(?:not(?!\s+(?:only|just)\b)|no(?!\s+longer\b)|never|cannot|none|nothing|neither|nor|without|whether|unproven|lacks?|fail(?:s|ed)?\s+to|rather\s+than|instead\s+of)\b|n[’']t\b/i;
/** For triggers that are themselves negative ("no side effects"): only a negated assertion cancels them. */
const ASSERTION_NEGATOR = /\b(?:not(?!\s+(?:only|just)\b)|cannot|whether|untrue|false|myth)\b|n[’']t\b/i;
/** "approved only for", "only in a licensed clinic": a limit, not a credential. */
const LIMITER = /\bonly\b/i;
/**
 * Clause boundaries that end the scope of a negation. "and" starts a new
 * clause only before a new verb ("do not require chemotherapy and are
 * completely safe"), not in "no product is safe and effective".
 */
const CLAUSE_BREAK =
  /[,;:()—–]|\s-\s|\b(?:but|yet|while|whereas|although|though|however)\b|\band\s+(?=(?:is|are|was|were|has|have|had|can|will|does|do|carry|carries|it|they|we|you)\b)/gi;
const NEGATION_WINDOW = 60;

type Negation = 'full' | 'assertion' | 'limit' | 'none';

/** The part of the sentence before `index` that shares its clause, at most NEGATION_WINDOW characters. */
function clauseBefore(sentence: string, index: number): string {
  const from = Math.max(0, index - NEGATION_WINDOW);
  const before = sentence.slice(from, index);
  let cut = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) {
    cut = m.index + m[0].length;
    if (m[0].length === 0) CLAUSE_BREAK.lastIndex++;
  }
  return before.slice(cut);
}

function isNegated(sentence: string, index: number, negation: Negation): boolean {
  if (negation === 'none') return false;
  const clause = clauseBefore(sentence, index);
  if (negation === 'assertion') return ASSERTION_NEGATOR.test(clause);
  if (FULL_NEGATOR.test(clause)) return true;
  return negation === 'limit' && LIMITER.test(clause);
}

// Sentences that are not the seller's claims --------------------------------

const DISCLAIMER = new RegExp(
  [
    '\\bresults?\\s+(?:may\\s+|will\\s+|can\\s+)?(?:vary|varies|differ)',
    '\\bresults\\s+depend',
    '\\bindividual\\s+results\\b',
    '\\bresults\\s+(?:are|is)\\s+not\\s+guaranteed',
    '\\bnot\\s+typical\\b',
    '\\bno\\s+guarantees?\\b',
    "\\b(?:cannot|can[’']t|do\\s+not|don[’']t|does\\s+not|doesn[’']t)\\s+(?:promise|guarantee|predict)",
    '\\b(?:consult|ask|talk\\s+(?:to|with)|speak\\s+(?:to|with)|check\\s+with|see)\\s+(?:with\\s+)?(?:your|a|their)\\s+(?:own\\s+)?(?:doctor|physician|gp|healthcare|health\\s+care|medical|pharmacist|neurologist|specialist|dermatologist|cardiologist|rheumatologist|paediatrician|pediatrician|obstetrician|provider|surgeon|care\\s+team)',
    '\\bdiscuss\\b[^.!?]{0,60}\\bwith\\s+your\\s+(?:doctor|physician|neurologist|specialist|healthcare)',
    '\\bnot\\s+intended\\s+to\\s+(?:diagnose|treat|cure|prevent|replace)',
    '\\bnot\\s+been\\s+evaluated\\s+by\\b',
    '\\bnot\\s+(?:a\\s+)?(?:substitute|replacement)\\s+for\\b',
    '\\bnot\\s+medical\\s+advice\\b',
    '\\b(?:informational|educational|information)\\s+purposes\\b',
    '\\bresearch\\s+use\\s+only\\b',
    '\\bnot\\s+for\\s+human\\s+consumption\\b',
    '\\bseek\\s+(?:emergency|immediate|medical)\\b',
  ].join('|'),
  'i',
);

/** A finding reported from a particular study: "the trial found…", "Genchi et al. reported…". */
const STUDY_REPORT =
  /(?<!\b(?:that|which|who)\s+(?:\w+\s+)?)\b(?:stud(?:y|ies)|trials?|reviews?|meta-analys[ie]s|analysis|survey|report|experiments?|researchers|authors|investigators|scientists|doctors|team|et\s+al\.?)(?:\s|,)[^!?]{0,150}?\b(?:found|reported|observed|concluded|noted|described|compared|gave|followed|tested|assigned|enrolled|measured|recorded|did\s+not|saw|looked|treated|randomi[sz]ed|showed|had\s+(?:no|fewer|more|less|similar|better|worse))\b/i;
/** Research in progress is not a finding, let alone the seller's: "researchers are studying whether…". */
const ONGOING_RESEARCH =
  /\b(?:researchers|scientists|trials?|studies|teams?|groups)\s+(?:\w+\s+){0,3}?(?:are|is)\s+(?:now\s+|still\s+)?(?:studying|testing|investigating|exploring|looking\s+at|running)\b/i;
const ACCORDING_TO_STUDY = /\baccording\s+to\s+(?:a|an|the|one|this)\s+(?:\w+\s+){0,3}(?:study|trial|review|report|analysis)\b/i;
/** The seller's own study or survey is the seller's claim. */
const OWN_STUDY =
  /\b(?:our|we)\b[^.!?]{0,30}\b(?:stud(?:y|ies)|trials?|survey|data|research|results|patients|clinic|team)\b|\bwe\s+(?:found|saw|observed|reported)\b/i;
/** A sentence that continues a study report ("It reported…", "Seven of ten patients improved…"). */
const PAST_REPORT =
  /\b(?:was|were|had|did|improved|reported|found|showed|received|gained|needed|saw|got|went|lost|fell|rose|increased|decreased|declined|dropped|called|described)\b/i;
const SELLER_VOICE = /\b(?:our|we|us|you|your)\b/i;

/** A statement that the evidence is weak: "the evidence that PRP improves graft survival is mixed". */
const WEAK_EVIDENCE =
  /\bevidence\b[^.!?]{0,80}\b(?:is|are|remains?|was)\s+(?:still\s+)?(?:mixed|limited|weak|unclear|lacking|uncertain|inconclusive|conflicting|poor|thin|scarce|sparse)\b|\b(?:mixed|limited|weak|unclear|inconclusive|conflicting|little|no\s+good)\s+evidence\b|\blittle\s+(?:published\s+)?research\b/i;

/** Someone else's marketing, reported: "one clinic's website says its treatment…". */
const REPORTED_CLAIM =
  /\b(?:websites?|clinics?|compan(?:y|ies)|sellers?|advert\w*|marketing|ads?|brochures?|promoters?)(?:[’']s?)?\s+(?:\w+\s+){0,3}?(?:says?|said|claims?|claimed|promises?|promised|advertises?|advertised|presents?|presented|markets?|marketed|tout(?:s|ed)?)\b/i;
/** A quote attributed to an expert: `"…," said Dr. Park`. */
const EXPERT_QUOTE =
  /["“”][^"“”]{0,300}["“”],?\s*(?:said|says|explains?|explained|warns?|warned|adds?|added|according\s+to)\s+(?:Dr\b|Prof\b|Professor|a\s+\w+ist\b|the\s+\w+ist\b|researchers?|scientists?|experts?|neurologists?|doctors?)/i;

/** Getting better by itself is not a treatment's effect: "most back pain improves on its own". */
const NATURAL_COURSE =
  /\b(?:improves?|improved|resolves?|heals?|gets?\s+better|goes\s+away|settles?|recovers?)\s+(?:\w+\s+){0,2}?(?:on\s+(?:its|their)\s+own|by\s+(?:itself|themselves))\b|\bwhatever\s+the\s+treatment\b|\bregardless\s+of\s+(?:the\s+)?treatment\b|\bwithout\s+(?:any\s+)?treatment\b/i;

/** Sellers do not undersell: "can slow the decline a little in some people" describes a limit. */
const UNDERSTATEMENT = /\b(?:a\s+little|slightly|modest(?:ly)?|marginal(?:ly)?|small\s+(?:benefits?|improvements?|effects?))\b/i;

// Hedges -------------------------------------------------------------------

const HEDGE = /\b(?:may|might|could|possibly|potentially|perhaps|has\s+the\s+potential|have\s+the\s+potential)\b/i;

// Triggers per kind --------------------------------------------------------

/** One trigger pattern of a claim kind. */
export interface ClaimRule {
  re: RegExp;
  negation: Negation;
  /** Sentences where the trigger means something else. */
  unless?: RegExp;
}

const rule = (source: string, negation: Negation = 'full', unless?: RegExp): ClaimRule => ({
  re: new RegExp(source, 'gi'),
  negation,
  ...(unless ? { unless } : {}),
});

const NUMBER_WORD =
  '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|a\\s+few|few|a\\s+handful\\s+of)';
const PATIENTS =
  '(?:patients|clients|customers|users|parents|families|members|buyers|athletes|men|women|people|moms|mums|dads|mothers|fathers|children|kids|owners|guests|shoppers|reviewers)';
/** What people say a treatment did for them, in plain health words. */
const OUTCOME =
  '(?:energy|sleep|balance|focus|memory|mobility|movement|pain|fatigue|stamina|strength|density|relapses|flares|steroids|skin|hair|hairline|growth|vision|sight|breathing|speech|thinking|mood|libido|recovery|function|quality\\s+of\\s+life|grip|motor|eye\\s+contact|tone|control|health|hearing|digestion|circulation|blood\\s+flow|inflammation|symptoms|cravings|seizures|stiffness|flexibility|walking|voice|hands|pores|lines|wrinkles|scars|complexion|immunity|metabolism|performance|erections?|results|outcomes|movement|concentration|clarity|nights?|days|joints?|knees?|recall|cognition|attention|alertness|endurance|appetite|posture|sensation|fertility|drive)';
const COMPARATIVE =
  '(?:more|better|less|fewer|deeper|sharper|clearer|stronger|brighter|firmer|smaller|softer|steadier|greater|healthier|thicker|fuller|smoother|younger|improved|increased|reduced|restored|renewed|faster|quicker)';
/** Verbs of noticing a change: "patients show sharper recall", "clients notice better balance". */
const NOTICING =
  '(?:show|shows|showed|see|sees|saw|notice|notices|noticed|feel|feels|felt|experience|experiences|experienced|enjoy|enjoys|report|reports|reported|have|has|gain|gains)';

/** "approved by the FDA for some conditions": a statement of the limits of an approval. */
const APPROVED_FOR_SOME =
  /\bapproved\b[^.!?]{0,40}\bfor\s+(?:some|certain|only|a\s+few|specific|limited|a\s+small\s+number\s+of)\b|^(?![\s\S]*\b(?:our|we|us)\b)[\s\S]*\bapproved\b[^.!?]{0,60}\bfor\s+(?:the\s+)?(?:treatment|use|weight|people|adults|children|patients)\b/i;

const RULES: Record<ClaimKind, ClaimRule[]> = {
  testimonial: [
    // Unnumbered people reporting what happened to them: "Patients report…", "Parents tell us…".
    rule(
      `\\b${PATIENTS}\\s+(?:often\\s+|frequently\\s+|regularly\\s+|consistently\\s+|routinely\\s+|also\\s+|now\\s+)?(?:report|reports|tell\\s+us|tells\\s+us|say|says|describe|describes|share|shares|write|writes|rave|rave\\s+about|swear\\s+by)\\b`,
      'full',
      /\d\s?%|\bpercent\b|\bout\s+of\s+(?:\d+|ten|five|four|three)\b|\b\d+\s+of\s+\d+\b|\bin\s+(?:a|an|the|our)\s+(?:\w+\s+)?(?:survey|study|poll)\b/i,
    ),
    // Not a bare menu link ("Patient Stories"): stories framed as successes, or an invitation to watch them.
    rule(
      '\\bsuccess\\s+stor(?:y|ies)\\b|\\b(?:read|watch|see|hear)\\s+(?:more\\s+)?(?:of\\s+)?(?:our\\s+)?(?:\\w+\\s+){0,2}(?:testimonials|stories|reviews)\\b',
      'none',
    ),
  ],
  cure: [
    rule('\\bcur(?:e|es|ed|ing|ative)\\b'),
    rule('\\brevers(?:e|es|ed|ing|al)\\b'),
    rule('\\beliminat(?:e|es|ed|ing)\\b'),
    rule('\\beradicat(?:e|es|ed|ing)\\b'),
    rule('\\bregenerat(?:e|es|ed|ing)\\b'),
    rule('\\b(?:re-?grow(?:s|n|ing)?|regrew)\\b'),
    rule('\\brebuil(?:d|ds|ding|t)\\b'),
    rule('\\brejuvenat(?:e|es|ed)\\b'),
    rule('\\brestor(?:e|es|ed|ing)\\b'),
    rule('\\bheal(?:s|ed)?\\b'),
    rule('\\bhealing\\s+(?:them|it|your|the|damaged|injured)\\b'),
    // "repairs the damage", "help the brain repair itself"; not "DNA repair" or "the body's repair system".
    rule(
      '\\brepair(?:s|ed|ing)?\\b',
      'full',
      /\b(?:DNA|tissue|cellular|natural|own|body[’']s|wound|self)\s+repair\b|\brepair\s+(?:system|signals?|process|mechanisms?|of)\b/i,
    ),
    rule('\\bremission\\b|\\brecover(?:s|ed)?\\s+(?:fully|completely)\\b|\\b(?:full|complete)\\s+recovery\\b'),
    rule('\\bstops?\\s+(?:\\w+\\s+)?(?:attacking|hurting|progressing|spreading|shedding|getting\\s+worse)\\b'),
    rule('\\bresets?\\s+(?:your|the)\\s+(?:immune|body|brain|nervous|metabolism|cells)'),
    rule(
      '\\b(?:halt|halts|halting|stop|stops|stopping)\\s+(?:the\\s+)?(?:\\w+\\s+){0,1}(?:progression|decline|loss|damage|disease|burning|pain|aging|ageing|shedding|thinning|relapses|attacks)\\b',
      'full',
      /^(?:stop|stopping)\s+(?:using|taking)\b/i,
    ),
    rule('\\b(?:slow|slows|stop|stops|reverse|reverses)\\s+(?:the\\s+)?(?:aging|ageing)\\b'),
    rule('\\bends?\\s+(?:your\\s+|the\\s+)?(?:\\w+\\s+)?pain\\b'),
    rule('\\bfor\\s+good\\b(?!\\s+(?:reason|measure|cause))'),
    rule(
      '\\bpermanently\\s+(?:fix|fixes|cure|cures|heal|heals|restore|restores|end|ends|eliminate|eliminates|relieve|relieves|repair|repairs|reverse|reverses)\\b',
    ),
    rule('\\bpermanent\\s+(?:relief|fix|solution|cure|results?|recovery)\\b'),
    rule('\\b(?:treats?|targets?|address(?:es)?|fix(?:es)?|corrects?)\\s+the\\s+(?:root\\s+|underlying\\s+)?cause\\b'),
    rule('\\bno\\s+longer\\s+(?:need|needs|require|requires|have\\s+to\\s+take)\\b'),
    rule('\\bfreedom\\s+from\\b'),
    rule('\\bbring(?:s|ing)?\\s+(?:\\w+\\s+){0,3}?back\\b(?!\\s+(?:to\\s+(?:the\\s+)?(?:clinic|office|us)|for))'),
    rule('\\bturn(?:s|ing)?\\s+back\\s+(?:the|your)\\s+(?:\\w+\\s+)?clock\\b'),
    rule(
      '\\bclear(?:s|ing)?\\s+(?:away\\s+|out\\s+|up\\s+)?(?:the\\s+|your\\s+)?(?:\\w+\\s+)?(?:damage|plaques?|blockages?|scar\\s+tissue|fog)\\b',
    ),
    rule(
      '\\bgives?\\s+(?:you\\s+|them\\s+)?(?:your\\s+|their\\s+)?(?:\\w+\\s+){0,2}?back\\b|\\bin\\s+(?:its|their)\\s+tracks\\b',
    ),
    rule('\\berase(?:s)?\\b'),
    rule('\\bgrow(?:s|ing)?\\s+new\\b'),
  ],
  efficacy: [
    rule('\\bprov(?:en|e|es|ed)\\b', 'full', /\bremains?\s+the\s+(?:best[- ])?(?:proven|established|standard)\b/i),
    rule('\\bclinically\\s+(?:tested|studied|shown|validated|demonstrated)\\b'),
    rule('\\bliving\\s+proof\\b'),
    rule('\\beffective(?:ly|ness)?\\b', 'full', /\bcost[- ]effective/i),
    rule(
      '\\b(?:it|that|this|treatment|therapy|protocol|procedure|program|product|formula|which|really|actually|truly|injection|restoration)\\s+works\\b|\\b(?:they|treatments|therapies|cells|injections|products|drips|peptides)\\s+(?:really\\s+|actually\\s+|truly\\s+)?work\\b(?!\\s+by\\b)',
      'full',
      /\bhow\b/i,
    ),
    rule(
      '\\bworks?\\s+(?:for|wonders|well|fast|quickly|(?:\\w+\\s+)?better)\\b|\\bworks\\s+(?:with|alongside)\\s+(?!(?:your\\s+)?(?:insurance|schedule|budget|employer|team|us)\\b)',
      'full',
      /\bhow\b|\bworks?\s+for\s+(?:us|you\s+to|a\s+living)\b/i,
    ),
    rule(
      '\\b(?:real|proven|lasting|long-lasting|amazing|incredible|dramatic|remarkable|visible|guaranteed|excellent|great|life-changing|noticeable|impressive|same|fast|quick|best)\\s+results\\b',
    ),
    rule('\\b(?:see|sees|get|gets|getting|deliver|delivers|achieve|achieves|notice|feel)\\s+(?:\\w+\\s+){0,2}results\\b'),
    rule('\\bresults\\s+(?:you\\s+can|that\\s+last|last|start|speak|in\\s+as\\s+little|within)\\b'),
    rule(
      '\\bresults\\s+(?:look|looks|feel|are|were)\\s+(?:\\w+\\s+)?(?:natural|amazing|incredible|great|dramatic|permanent|long-lasting|lasting|stunning|visible|immediate)\\b|\\bresults\\s+(?:\\w+\\s+){0,4}last\\s+(?:for\\s+)?(?:years|months|a\\s+lifetime)\\b',
    ),
    rule('\\bimprov(?:e|es|ed|ing|ement|ements)\\b'),
    rule(
      '\\b(?:studies|research|science|trials|evidence|data)\\s+(?:\\w+\\s+){0,2}(?:show|shows|shown|prove|proves|proven|confirm|confirms|demonstrate|demonstrates|demonstrated|supports?)\\b',
    ),
    // Verbs that only ever describe a benefit.
    rule(
      '\\b(?:calms?|calming|soothes?|soothing|relieves?|relieving|banish(?:es)?|fights?\\s+(?:off\\s+)?(?:the|your|inflammation|infection|aging|ageing|fatigue|disease))\\b',
    ),
    rule(
      `\\b(?:reduce|reduces|reducing|lower|lowers|lowering|ease|eases|easing|smooth|smooths|cut|cuts|decrease|decreases)\\s+(?:\\w+\\s+){0,2}?(?:inflammation|pain|symptoms|stiffness|fatigue|anxiety|stress|swelling|attack|flares?|complications|wrinkles|lines|HbA1c|blood\\s+sugar|cravings|the\\s+gut|medications?|medicines?|drugs|doses?|need|reliance|dependence|relapses|seizures|tension|scarring|hair\\s+loss)\\b`,
    ),
    rule(
      '\\b(?:detoxif(?:y|ies|ying)|cleanses?|flush(?:es)?\\s+out|sweat\\s+out|neutrali[sz]es?|lightens?|brightens?|tightens?|plumps?|nourish(?:es|ing)?|revitali[sz]es?|reactivates?|activates?|awakens?|revives?|wakes?\\s+up|melts?\\s+away)\\b',
    ),
    rule(
      '\\b(?:radiant|youthful|glowing|flawless|even-toned|wrinkle-free|ageless|younger-looking)\\b|\\b(?:will|to|skin|you)\\s+glow\\b',
    ),
    rule(
      '\\b(?:energy|strength|hair|sight|vision|memory|mobility|sensation|feeling|colou?r|appetite|libido|confidence|smile)\\s+(?:return|returns|returned|comes\\s+back|came\\s+back|is\\s+back)\\b',
    ),
    rule(
      '\\b(?:walk|walking|run|running|talk|talking|play|playing|smile|smiling|laugh|laughing|sleep|sleeping|recogni[sz]e|recogni[sz]ing|hike|hiking|dance|dancing|drive|driving|live|living|feel|feeling|breathe|breathing|move|moving|enjoy|enjoying|work|working|speak|speaking|like\\s+\\w+)\\s+(?:[\\w,]+\\s+){0,4}?again\\b',
    ),
    rule(
      '\\bwe\\s+(?:can\\s+)?fix\\b|\\b(?:has|have)\\s+helped\\s+(?:many\\s+|countless\\s+|so\\s+many\\s+)?(?:women|men|patients|people|children|families|clients|athletes|dogs|pets)\\b',
    ),
    rule('\\b(?:pain|symptom)\\s+relief\\b|\\brelief\\b'),
    rule('\\bpain[- ]free\\b'),
    rule(
      '\\b(?:boost|boosts|boosting|enhance|enhances|strengthen|strengthens|sharpen|sharpens|accelerate|accelerates|speed\\s+up|speeds\\s+up|speeds|recharge|recharges|energi[sz]e|energi[sz]es|stimulates?|mobili[sz]es?)\\b',
    ),
    rule('\\bspeed(?:s|ing)?\\s+(?:up\\s+)?(?:your\\s+|the\\s+)?(?:\\w+\\s+)?(?:recovery|healing|repair)\\b'),
    rule(
      '\\b(?:support|supports|promote|promotes)\\s+(?:your\\s+|the\\s+)?(?:\\w+\\s+){0,2}(?:healing|repair|recovery|flexibility|comfort|immunity|immune|sleep|energy|growth|regeneration|health|healthy|function|mood|joints?|system|weight|blood\\s+pressure|heart|brain|skin|hair|nerves|liver|detox|focus|memory|longevity|vitality)\\b',
    ),
    rule('\\bprotects?\\s+(?:the|your)\\s+(?:\\w+\\s+){0,1}(?:nerves?|neurons|brain|cells|joints?|heart)\\b'),
    rule(
      '\\bslow(?:s|ing)?\\s+(?:down\\s+)?(?:the\\s+|further\\s+)?(?:\\w+\\s+)?(?:decline|progression|thinning|loss|damage)\\b',
    ),
    rule('\\bshorten(?:s)?\\s+(?:\\w+\\s+)?recovery\\b'),
    rule(`\\b${COMPARATIVE}\\s+(?:\\w+\\s+)?${OUTCOME}\\b`),
    rule(
      `\\b${NOTICING}\\s+(?:a\\s+|an\\s+)?(?:\\w+\\s+)?${COMPARATIVE}\\s+\\w+`,
      'full',
      /\bmore\s+(?:than|of\s+the|about|information|questions)\b/i,
    ),
    rule('\\bmore\\s+(?:easily|freely|clearly|comfortably|confidently)\\b'),
    // Comparatives that only ever praise, whatever they describe: "stronger, healthier teeth".
    rule(
      '\\b(?:stronger|healthier|younger|thicker|fuller|denser|smoother|firmer|steadier)\\s+(?:and\\s+|,\\s*)?(?:\\w+\\s+){0,2}?[a-z]+',
      'full',
      /\b(?:than|no)\s+(?:stronger|healthier)/i,
    ),
    rule(
      '\\b(?:\\w+\\s+)?years\\s+younger\\b|\\b(?:feel|feels|feeling|look|looks|looking)\\s+(?:like\\s+)?(?:\\w+\\s+){0,3}?(?:younger|yourself\\s+again|new)\\b',
    ),
    rule(
      '\\b(?:are|is|was|were|am|be|get|gets)\\s+(?:now\\s+|finally\\s+)?back\\s+(?:to|in|at|on)\\s+(?:work|school|the\\s+\\w+|training|playing|running|walking|full)',
    ),
    rule(
      '\\b(?:lose|loses|lost|drop|drops|dropped|shed|sheds)\\s+(?:up\\s+to\\s+|an\\s+average\\s+of\\s+|over\\s+)?(?:\\d+\\s?%|\\d+\\s+(?:pounds|lbs|kilos|kg|inches|sizes))|\\blose\\s+(?:\\w+\\s+){0,4}?weight\\b',
    ),
    rule('\\bcurbs?\\s+(?:your\\s+)?(?:appetite|cravings|hunger)\\b'),
    rule('\\b(?:plumper|bouncier|shinier|silkier|tighter|dewier|glossier|lusher|thicker|fuller)\\b'),
    rule('\\b(?:\\w+\\s+)?times\\s+(?:better|more\\s+effective|stronger|faster|more\\s+powerful)\\b'),
    rule(
      '\\b(?:taper|tapering|come|coming|get|getting)\\s+off\\s+(?:of\\s+)?(?:their\\s+|your\\s+|all\\s+)?\\w+|\\bstop(?:s|ped)?\\s+needing\\b',
    ),
    rule(
      '\\b(?:swelling|pain|inflammation|symptoms|stiffness|aches?)\\s+(?:\\w+\\s+)?(?:goes|go|went|going)\\s+down\\b|\\b(?:swelling|pain|inflammation|symptoms|stiffness)\\s+(?:\\w+\\s+)?(?:subsides?|eases?|fades?)\\b',
    ),
    rule(
      '\\b(?:walk|walking|move|moving|run|running|sleep|sleeping|live|living)\\s+(?:comfortably|normally|freely|pain-free|without\\s+pain)\\b',
    ),
    rule(
      '\\b(?:empower|empowers|supercharge|supercharges|turbocharge|turbocharges)\\b|\\bshorten(?:s)?\\s+(?:\\w+\\s+)?(?:colds?|illness|flu|infections?|recovery)\\b',
    ),
    rule(
      '\\b(?!(?:the|your|these|those|its|their|some|similar|mixed|early|study|trial|lab|test|blood|preliminary|inconsistent|disappointing|negative|published|individual|final|full|his|her|our|any|no)\\b)[a-z]+(?:-[a-z]+)?\\s+results\\b',
      'full',
      /\bresults?\s+(?:of|from|were|was|are\s+(?:mixed|unclear))\b/i,
    ),
    rule(
      '\\b(?:breathe|walk|move|sleep|think|hear|see|feel|feels|look|looks|looking|feeling)\\s+(?:\\w+\\s+)?(?:easier|better|younger|freely|farther|further|clearer|brighter|firmer|healthier|stronger|smoother)\\b',
    ),
    rule('\\bfeel\\s+the\\s+difference\\b'),
    rule(
      '\\b(?:see|sees|show|shows|shown|make|makes|notice|measurable)\\s+(?:\\w+\\s+){0,2}(?:gains|growth|improvement|difference|change)\\b',
    ),
    rule(
      '\\b(?:regain|regains|regained|regaining)\\b|\\breturn(?:s|ed)?\\s+to\\s+(?:play|sport|sports|training|the\\s+gym|hiking|running|golf|tennis|walking|an?\\s+active)\\b|\\bback\\s+(?:to|in)\\s+(?:walking|training|the\\s+gym|play|sport|running|hiking|work\\s+full)|\\bget(?:s|ting)?\\s+(?:you\\s+)?back\\s+to\\b',
    ),
    rule('\\brecover(?:s|y)?\\s+from\\b'),
    rule(
      '\\b(?:avoid|avoids|avoiding|delay|delays|skip|cancel)\\s+(?:\\w+\\s+){0,2}(?:surgery|replacement|operation|transplant)\\b|\\bsave\\s+(?:your\\s+)?\\w+\\s+from\\s+(?:\\w+\\s+)?(?:surgery|replacement|amputation)\\b',
    ),
    rule(
      '\\bhelps?(?:ing)?\\s+(?:\\w+\\s+){0,2}?(?:heal|recover|reduce|relieve|improve|restore|repair|regenerate|ease|fight|protect|rebuild|reach|gain|regain|connect|breathe|walk|manage|burn|lose|avoid|prevent|protect)\\b|\\bhelps?\\s+with\\b',
    ),
    rule(
      '\\b(?:can|could|may|might|will|effectively|successfully)\\s+treat\\b|\\bused\\s+to\\s+treat\\b|\\btreats?\\s+(?:more\\s+than\\s+|over\\s+)?\\d+\\s+(?:diseases|conditions)\\b',
    ),
    rule('\\btransform(?:s|ed|ing)?\\s+(?:\\w+\\s+)?lives\\b|\\blife-changing\\b|\\bbreakthrough\\b|\\bmiracle\\b'),
    rule('\\b(?:most|more)\\s+(?:powerful|potent|effective)\\b'),
    rule('\\bsuccess\\s+rate\\b'),
    rule('\\bbenefits\\b'),
    rule('\\brespond(?:s|ed)?\\s+(?:\\w+\\s+)?well\\b'),
    rule('\\b(?:doctors?|physicians?|experts?|dentists?)\\s+(?:\\w+\\s+)?recommend\\b'),
    rule(
      '\\b(?:burn|burns|drop|drops|lose|loses|shed|sheds)\\s+(?:body\\s+|belly\\s+)?fat\\b|\\b(?:build|builds|gain|gains)\\s+(?:lean\\s+)?muscle\\b|\\blose\\s+weight\\b',
    ),
    rule('\\b(?:scars|lines|wrinkles|spots|pain)\\s+(?:\\w+\\s+){0,1}(?:fade|disappear|vanish|melt\\s+away)\\b'),
    // A share of patients with a good outcome: "94% of patients report improvement", "most patients improve".
    rule(
      `\\b(?:\\d{1,3}\\s?%|\\w+\\s+percent|\\w+\\s+(?:out\\s+of|in)\\s+(?:\\d+|ten|five|four|three))\\s+(?:of\\s+)?(?:our\\s+)?${PATIENTS}\\s+(?:\\w+\\s+)?(?:report|reports|reported|see|saw|notice|noticed|feel|felt|experience|experienced|improve|improved|say|said|return|returned|get|got)\\b`,
    ),
    rule(
      `\\b(?:most|many|nearly\\s+all|almost\\s+all|the\\s+majority)\\s+(?:of\\s+)?(?:our\\s+)?${PATIENTS}\\s+(?:\\w+\\s+)?(?:improve|improved|recover|recovered|respond|responded)\\b`,
    ),
  ],
  safety: [
    rule(
      '\\bno\\s+(?:known\\s+|serious\\s+|harmful\\s+|major\\s+|significant\\s+|adverse\\s+|negative\\s+|unwanted\\s+|harsh\\s+)?side[- ]effects?\\b',
      'assertion',
    ),
    rule(
      '\\b(?:without|free\\s+(?:of|from))\\s+(?:any\\s+)?(?:\\w+\\s+)?side[- ]effects?\\b|\\bside[- ]effect[- ]free\\b',
      'assertion',
    ),
    rule(
      '\\b(?:no|zero|virtually\\s+no|without\\s+any)\\s+(?:serious\\s+|real\\s+|known\\s+|health\\s+)?(?:risks?|danger|dangers|chance\\s+of)\\b',
      'assertion',
      /\bguarantee|\bmoney[- ]back|\brefund|\bobligation/i,
    ),
    rule('\\bno\\s+(?:risk\\s+of\\s+)?rejection\\b|\\bwithout\\s+(?:any\\s+)?risks?\\b', 'assertion'),
    rule('\\bfree\\s+(?:of|from)\\s+(?:any\\s+)?risks?\\b|\\bgentle\\s+(?:on|enough)\\b', 'assertion'),
    rule(
      "\\b(?:will\\s+not|won't|does\\s+not|doesn't|cannot|can't)\\s+(?:harm|damage|weaken|hurt|injure)\\b|\\bcan't\\s+(?:take|have)\\s+too\\s+much\\b|\\bimpossible\\s+to\\s+overdose\\b",
      'none',
    ),
    rule(
      '\\b(?:have|has)\\s+(?:not|never)\\s+(?:seen|had|recorded|observed|reported)\\s+(?:a\\s+single\\s+|any\\s+|one\\s+)?(?:\\w+\\s+){0,2}?(?:complications?|side\\s+effects?|adverse|reactions?|problems?|infections?)\\b',
      'none',
    ),
    rule(
      '\\bside[- ]effects\\s+(?:are|were)\\s+(?:\\w+\\s+)?(?:non-existent|nonexistent|rare|minimal|negligible|unheard\\s+of|almost\\s+zero)\\b',
    ),
    rule(
      '\\bno\\s+(?:serious\\s+|major\\s+)?complications?\\b|\\bnever\\s+(?:\\w+\\s+){0,3}(?:complications?|side\\s+effects?|adverse|problems?|reactions?|infections?)\\b',
      'assertion',
    ),
    rule(
      '\\b(?:low|no|zero)[- ]risk\\b|\\bwell[- ]tolerated\\b|\\bzero\\s+(?:irritation|downtime\\s+and\\s+risk|reactions?)\\b',
      'full',
      /\bguarantee|\bmoney[- ]back|\brefund/i,
    ),
    rule('\\brisk[- ]free\\b', 'full', /\bguarantee|\bmoney[- ]back|\brefund|\btry\s+it\b/i),
    rule(
      '\\b(?:less|lower|minimal|little|low|negligible)\\s+risk\\b|\\brisks?\\s+(?:is|are)\\s+(?:minimal|low|negligible|tiny)\\b',
    ),
    rule('\\bsafe\\b', 'full', /\bsafe\s+(?:to\s+say|place|travels?|hands)\b/i),
    rule('\\b(?:harmless|non-toxic|nontoxic|worry-free)\\b'),
    rule('\\bnothing\\s+to\\s+worry\\s+about\\b|\\bno\\s+need\\s+to\\s+worry\\b', 'assertion'),
  ],
  approval: [
    rule('\\bFDA[- ]?(?:approved|registered|cleared|compliant|inspected|licensed|certified)\\b', 'limit', APPROVED_FOR_SOME),
    rule(
      '\\b(?:approved|registered|licensed|inspected|accredited|certified|authori[sz]ed|regulated)\\s+(?:by|under|with|on)\\b',
      'limit',
      APPROVED_FOR_SOME,
    ),
    rule(
      '\\b(?:board[- ]certified|board\\s+certified|certified|accredited|licensed|c?GMP)\\b',
      'full',
      /^only\b|\bonly\s+(?:have|go\s+to|choose|use)\b/i,
    ),
    rule(
      '\\b(?:holds?|has|have|granted|received)\\s+(?:a|an|the)\\s+(?:\\w+\\s+)?licen[cs]e\\b|\\b(?:with|under)\\s+(?:a|an)\\s+(?:\\w+\\s+)?licen[cs]e\\b',
      'full',
    ),
    rule(
      '\\b(?:members?|fellows?)\\s+of\\s+the\\s+(?:[A-Za-z-]+\\s+){0,4}(?:society|academy|association|college|board)\\b',
      'full',
    ),
    rule('\\bapproved\\b', 'limit', /^(?![\s\S]*\b(?:our|we|us)\b)/i),
    rule(
      '\\b(?:follows?|meets?|complies\\s+with|compliant\\s+with|in\\s+compliance\\s+with)\\s+(?:all\\s+)?(?:\\w+\\s+)?(?:FDA|federal|government|regulatory)\\b',
      'limit',
    ),
    rule('\\bpassed\\s+(?:an?\\s+)?(?:\\w+\\s+)?inspection\\b', 'limit'),
  ],
  urgency: [
    rule('\\blimited[- ]time\\b|\\bfor\\s+a\\s+limited\\s+time\\b', 'none'),
    rule('\\bact\\s+(?:now|fast|today|quickly)\\b', 'none'),
    rule(
      `\\b(?:only|just)\\s+${NUMBER_WORD}\\s+(?:[\\w-]+\\s+)?(?:spots?|slots?|places?|openings?|seats?|spaces?|appointments?|left|remaining|available|patients\\s+(?:accepted|per|each|a)|clients\\s+(?:accepted|per|each|a))\\b`,
      'none',
    ),
    rule(`\\b${NUMBER_WORD}\\s+(?:spots?|slots?|places?|openings?|seats?|spaces?)\\s+(?:left|remaining)\\b`, 'none'),
    rule('\\b(?:last|few)\\s+(?:remaining\\s+)?(?:spots?|slots?|places?|openings?|seats?|spaces?|chance)\\b', 'none'),
    rule(
      '\\b(?:seating|seats|spaces?|spots?|places?|availability|supplies|stock|openings|slots)\\s+(?:is|are)\\s+limited\\b|\\blimited\\s+(?:stock|availability|spots|spaces|places|seats|supply|openings)\\b',
      'none',
    ),
    rule(
      "\\b(?:offer|discount|sale|price|pricing|rate|deal|promotion)\\s+(?:\\w+\\s+){0,2}(?:ends|expires|won[’']t\\s+last|is\\s+only\\s+for|only\\s+lasts)\\b|\\b(?:ends|expires)\\s+(?:soon|today|tonight|on\\b|at\\s+the\\s+end|this|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)",
      'none',
    ),
    rule(
      "\\bbefore\\s+(?:it[’']s\\s+too\\s+late|(?:the\\s+)?prices?|(?:the\\s+)?deadline|our\\s+(?:\\w+\\s+)?(?:schedule|dates?)|your\\s+\\d+\\w*\\s+week|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|\\d)",
      'none',
    ),
    rule(
      "\\b(?:don[’']t|do\\s+not)\\s+(?:wait|delay|miss)\\b|\\bwhy\\s+wait\\b|\\bhurry\\b|\\btoday\\s+only\\b|\\bonly\\s+(?:for\\s+)?today\\b|\\bthis\\s+(?:week|month|weekend)\\s+only\\b",
      'none',
    ),
    rule(
      '\\bfill(?:s|ing)?\\s+(?:up\\s+)?(?:quickly|fast)\\b|\\bgoing\\s+fast\\b|\\bsell(?:s|ing)?\\s+out\\b|\\bselling\\s+fast\\b|\\balmost\\s+gone\\b|\\b(?:nearly|almost)\\s+(?:full|booked)\\b',
      'none',
    ),
    rule(
      '\\bprices?\\s+(?:will\\s+|are\\s+)?(?:increase|increases|increasing|rise|rises|rising|go\\s+up|goes\\s+up|going\\s+up)\\b|\\block\\s+in\\s+(?:your|a|this|the)\\b',
      'none',
    ),
    rule('\\bevery\\s+(?:day|week|month|minute)\\s+(?:counts|matters)\\b|\\bthe\\s+sooner\\s+you\\b', 'none'),
    rule(
      '\\bfilling\\s+up\\b|\\bbooking\\s+up\\b|\\bstock\\s+up\\b|\\blimited\\s+(?:\\w+\\s+)?(?:sessions|appointments|dates|spaces|places|seats|slots|spots|openings)\\b',
      'none',
    ),
    rule(
      '\\bwait(?:ing)?\\s*lists?\\s+(?:are|is)\\s+(?:growing|long|filling)\\b|\\b(?:in|within)\\s+the\\s+next\\s+\\d+\\s+(?:hours|minutes)\\b|\\bspots?\\s+remain\\b',
      'none',
    ),
    rule(
      '\\brunning\\s+low\\b|\\b(?:stock|supplies|supply|spots|places|seats|availability|inventory)\\s+(?:is|are)\\s+running\\s+out\\b|\\blow\\s+(?:in\\s+)?stock\\b|\\balmost\\s+sold\\s+out\\b',
      'none',
    ),
    rule(
      "\\b(?:won't|will\\s+not|can't|cannot)\\s+wait\\b|\\bneither\\s+should\\s+you\\b|\\btime\\s+is\\s+not\\s+on\\s+your\\s+side\\b",
      'none',
    ),
    rule('\\b(?:register|book|enrol|enroll|apply|sign\\s+up)\\s+early\\b', 'none'),
    rule(`\\b(?:first|next)\\s+\\d+\\s+(?:sign-?ups|customers|callers|patients|clients|members|buyers)\\b`, 'none'),
  ],
  'call-to-action': [
    rule(
      '\\bfree\\s+(?:\\w+\\s+){0,3}?(?:consultation|consult|evaluation|assessment|review|analysis|screening|quote|guide|packet|brochure|seminar|session|exam|shipping|opinion|call|webinar|trial|sample|information|info)s?\\b',
      'none',
    ),
    rule(
      '\\b(?:consultation|session|exam|evaluation|assessment|screening|visit|call)\\s+is\\s+(?:\\w+\\s+)?(?:free|on\\s+us)\\b|\\bshipping\\s+is\\s+free\\b',
      'none',
    ),
    rule('\\bcomplimentary\\b|\\bat\\s+no\\s+(?:cost|charge)\\b|\\bno[- ]obligation\\b', 'none'),
    rule('\\b(?:book|schedule|reserve)\\s+(?:now|today|online|yours|your|a|an|the|our|this)\\b', 'none'),
    rule('\\bclaim\\s+(?:your|this|a|the)\\b', 'none'),
    rule(
      '\\b(?:request|download|buy|(?<!\\bin\\s)order)\\s+(?:now|today|online|your|yours|a|an|the|our|this|pricing|info)\\b',
      'none',
    ),
    rule('\\b(?:enrol|enroll|register|subscribe|apply|sign\\s+up)\\s+(?:now|today|online|for|to\\s+our|and)\\b', 'none'),
    rule('^(?:book|schedule|subscribe|register|enrol|enroll|order|request|buy|reserve)\\b', 'none'),
    rule(
      '\\b(?:call|phone|text|email|e-mail|message|whatsapp|ring)\\s+(?:us|now|today|our|the\\s+(?:office|clinic|practice|team)|\\+?\\d|\\()',
      'none',
    ),
    rule(
      '\\b(?:first|1st)\\s+(?:\\w+\\s+)?(?:session|visit|consultation|class|month|treatment)\\s+(?:is\\s+)?(?:free|on\\s+us)\\b|^call\\b',
      'none',
    ),
    rule(
      '\\breach\\s+out\\s+(?:to\\s+us|to\\s+our|now|today)\\b|\\bget\\s+in\\s+touch\\b|\\bchat\\s+with\\s+(?:us|our)\\b',
      'none',
    ),
    rule('\\bcontact\\s+(?:us|our)\\b', 'none'),
    rule('\\b(?:talk|speak)\\s+(?:to|with)\\s+(?:us|our|a|one\\s+of\\s+our)\\b(?!\\s+(?:doctor|physician|gp))', 'none'),
    rule('\\bask\\s+(?:\\w+\\s+){0,3}?about\\s+our\\b|\\bask\\s+about\\s+the\\b', 'none'),
    rule('\\b(?:find\\s+out|see|learn)\\s+(?:if|whether)\\s+you\\b|\\bif\\s+you\\s+qualify\\b', 'none'),
    rule('\\bsend\\s+(?:us\\s+)?(?:your|us)\\b', 'none'),
    rule(
      '\\bjoin\\s+(?:us|our|the\\s+(?:waiting\\s+list|waitlist|wait\\s+list)|now|today)\\b|\\bsign\\s+up\\b|\\bget\\s+started\\b|\\bstart\\s+(?:your|with\\s+a)\\b',
      'none',
    ),
    rule(
      '\\b(?:attend|try)\\s+(?:our|it|a|the)\\b|\\bget\\s+(?:a|your)\\s+(?:free\\s+)?(?:quote|consultation|assessment)\\b',
      'none',
    ),
    rule('\\bcompare\\s+(?:prices|quotes|clinics|costs)\\b|\\b(?:intro|introductory|special|launch)\\s+offer\\b', 'none'),
    rule(
      '\\bsave\\s+(?:\\d|\\$|up\\s+to)|\\b\\d+\\s?%\\s+off\\b|\\bdiscount\\b|\\b(?:buy|get)\\s+\\w+,?\\s+get\\s+\\w+\\s+free\\b|\\bfor\\s+the\\s+price\\s+of\\b',
      'none',
    ),
    rule('\\b(?:reduced|special|introductory|discounted|member|membership)\\s+(?:rate|price|pricing)\\b', 'none'),
    rule(
      '(?:\\$|€|£|US\\$)\\s?\\d|\\b\\d[\\d,.]*\\s?(?:USD|dollars|euros)\\b',
      'none',
      /\b(?:paid|spent|spend|charged|costing|savings|loan|cost\s+(?:me|us|about|around|roughly|nearly|almost|over|more\s+than))\b/i,
    ),
    rule(
      '\\bfinancing\\b|\\bpayment\\s+plans?\\b|\\bpackage\\s+pricing\\b|\\bpackages?\\s+(?:start|available|include)\\b',
      'none',
    ),
    rule('\\bmoney[- ]back\\b|\\bat\\s+a\\s+fraction\\s+of\\b|\\bwalk-ins\\b', 'none'),
  ],
  other: [
    rule(
      `(?<![\\w.-])(?:\\d{1,3}(?:,\\d{3})+|\\d{3,}|thousands|hundreds|millions|half\\s+a\\s+million|tens\\s+of\\s+thousands)\\+?\\s+(?:of\\s+)?(?:[\\w-]+,?\\s+){0,3}?(?!(?:is|was|has|does|this|its|his|us|as|yes|less|unless|always|perhaps|across|thus|plus|years)\\b)[a-z-]{2,}s\\b`,
      'full',
      /^(?![\s\S]*(?:\b(?:treated|served|helped|trusted|chosen|sold|shipped|performed|given|delivered|happy|satisfied|loved|rated|found|completed|rely|relied|join|backed|published|listed|choose|five-star|5-star)\b|\b(?:over|more\s+than|nearly|almost)\s+(?:\d|thousands|hundreds|millions|half)|\d\+))|\b(?:affects?|affected|suffer|suffers|diagnosed|die|dies|died|living\s+with)\b/i,
    ),
    rule('\\bfrom\\s+(?:over\\s+|more\\s+than\\s+)?\\d+\\s+countries\\b', 'full'),
    rule('\\b\\d+\\+?\\s+years\\s+of\\s+(?:\\w+\\s+)?(?:experience|practice|research)\\b', 'full'),
    rule(
      '\\b(?:treated|practi[sc]ed|helped|serving|served|pioneers?|pioneering)\\s+(?:[\\w-]+\\s+){0,4}(?:for|since)\\s+(?:over\\s+|more\\s+than\\s+)?(?:\\d+\\s+years|(?:19|20)\\d\\d)\\b',
      'full',
    ),
    rule(
      '\\b(?:#\\s?1|number\\s+one|no\\.\\s?1)\\b|\\b(?:voted|rated|trusted\\s+by|featured\\s+(?:on|in)|as\\s+seen\\s+(?:on|in)|award[- ]winning)\\b',
      'full',
    ),
    rule(
      '\\b(?:world[- ](?:class|renowned|leading)|renowned|pioneers?\\s+in|leading\\s+(?:\\w+\\s+){0,3}(?:centre|center|clinic|provider|experts?))\\b',
      'full',
    ),
    rule('\\bofficial\\s+(?:\\w+\\s+){0,3}(?:provider|partner|clinic|sponsor)\\b|\\bleaders?\\s+in\\b', 'full'),
  ],
};

/** The trigger patterns by kind, for the tests that keep the pre-check in step with them. */
export const CLAIM_RULES: Readonly<Record<ClaimKind, readonly ClaimRule[]>> = RULES;

const PRIORITY: readonly ClaimKind[] = [
  'testimonial',
  'cure',
  'efficacy',
  'safety',
  'approval',
  'urgency',
  'call-to-action',
  'other',
];

// Testimonials told in the first person -------------------------------------

/** The sentence is itself a quotation (opens or closes one), not a phrase in scare quotes. */
const QUOTATION = /^["“]|[.!?…]["”]$/;
const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|[Uu]s)\b/;
const FIRST_PERSON_SINGULAR = /\b(?:I|I'm|I've|I'd|[Mm]e|[Mm]y|[Mm]ine)\b/;
/** Cheap pre-check for the story rules (case-sensitive "I"). */
const STORY_HINT = /["“”]|\bI\b|\b[Mm]y\b/;
/** Words of a story about one's own treatment; enough inside a quotation. */
const EXPERIENCE =
  /\b(?:after|since|again|finally|anymore|no\s+longer|my\s+treatment|treated|better|pain|walk(?:ed|ing)?|feel|felt|life|thanks\s+to|grateful|changed|amazing|first\s+time|years\s+ago|I\s+(?:can|could|was|had|have\s+been|am))\b/i;
/** A good outcome told in the first person; needed when the story is not quoted ("I was diagnosed in 2016" is not a testimonial). */
const GOOD_OUTCOME =
  /\b(?:again|no\s+longer|anymore|finally|gone|lifted|eased|disappeared|vanished|improved|better|stronger|healthier|younger|back\s+(?:to|at|on|in)|without\s+(?:the\s+|a\s+|my\s+)?(?:walker|cane|wheelchair|pain|pills|inhaler|glasses)|thanks\s+to|grateful|amazing|life-changing|changed\s+my\s+life|recommend)\b/i;

/** A quoted or first-person account of the speaker's own treatment. */
function isTestimonialStory(sentence: string): boolean {
  if (EXPERT_QUOTE.test(sentence)) return false;
  if (QUOTATION.test(sentence) && (FIRST_PERSON.test(sentence) || EXPERIENCE.test(sentence))) return true;
  return FIRST_PERSON_SINGULAR.test(sentence) && GOOD_OUTCOME.test(sentence);
}

// Classification -------------------------------------------------------------

/** The verdict on one sentence, or null when it is not a promotional claim. */
export interface SentenceVerdict {
  kind: ClaimKind;
  hedged: boolean;
}

function fires(sentence: string, rules: readonly ClaimRule[]): boolean {
  for (const r of rules) {
    if (r.unless?.test(sentence)) continue;
    for (const m of sentence.matchAll(r.re)) {
      if (!isNegated(sentence, m.index, r.negation)) return true;
    }
  }
  return false;
}

function isQuestion(sentence: string): boolean {
  let i = sentence.length - 1;
  while (i >= 0 && CLOSERS.has(sentence[i] ?? '')) i--;
  return sentence[i] === '?';
}

/** Whether the sentence reports a study's finding rather than the seller's claim. */
export function isStudyReport(sentence: string): boolean {
  if (OWN_STUDY.test(sentence)) return false;
  return STUDY_REPORT.test(sentence) || ACCORDING_TO_STUDY.test(sentence) || ONGOING_RESEARCH.test(sentence);
}

/** Same-length normalisation so that indices stay valid: curly apostrophes, no-break spaces. */
const CURLY_APOSTROPHES = /[‘’]/g;
const NARROW_SPACES = /[\u00a0\u2009\u202f]/g;
function normalise(sentence: string): string {
  return sentence.replace(CURLY_APOSTROPHES, "'").replace(NARROW_SPACES, ' ');
}

/**
 * Classifies one sentence. `afterStudyReport` tells whether the previous
 * sentence of the block reported a study, so that its continuation ("It
 * reported…", "Seven of ten patients improved…") is read the same way.
 */
export function classifySentence(raw: string, afterStudyReport = false): SentenceVerdict | null {
  if (raw.length > MAX_SENTENCE || isQuestion(raw)) return null;
  const sentence = normalise(raw);
  if (DISCLAIMER.test(sentence) || REPORTED_CLAIM.test(sentence) || EXPERT_QUOTE.test(sentence) || WEAK_EVIDENCE.test(sentence))
    return null;
  const ownStory = QUOTATION.test(sentence) && FIRST_PERSON_SINGULAR.test(sentence);
  if (!ownStory && isStudyReport(sentence)) return null;
  if (afterStudyReport && !SELLER_VOICE.test(sentence) && PAST_REPORT.test(sentence)) return null;
  for (const kind of PRIORITY) {
    if ((kind === 'cure' || kind === 'efficacy') && (NATURAL_COURSE.test(sentence) || UNDERSTATEMENT.test(sentence))) continue;
    const triggered = KIND_HINT[kind].test(sentence) && fires(sentence, RULES[kind]);
    const found = triggered || (kind === 'testimonial' && isTestimonialStory(sentence));
    if (!found) continue;
    const hedged = (kind === 'cure' || kind === 'efficacy' || kind === 'safety') && HEDGE.test(sentence);
    return { kind, hedged };
  }
  return null;
}

/**
 * The trigger words as one global pattern, for the page-wide pass that
 * decides which blocks the claims engine reads (see citations/scan-document).
 */
export function claimHintPattern(): RegExp {
  return new RegExp(`${CLAIM_HINT.source}|${STORY_HINT.source}`, 'gi');
}

/**
 * Cheap test that lets text without any trigger word skip classification;
 * with `kind`, whether the text holds a stem of that kind's rules.
 */
export function mayContainClaim(text: string, kind?: ClaimKind): boolean {
  if (kind) return KIND_HINT[kind].test(text);
  return CLAIM_HINT.test(text) || STORY_HINT.test(text);
}

/**
 * Every pattern the claims engine runs, for warming them up before a page is
 * read (see src/page/warm-up.ts). A convention test checks that no pattern
 * findClaims uses is missing here.
 */
export function claimPatterns(): RegExp[] {
  const rules = Object.values(RULES).flatMap((list) => list.flatMap((r) => (r.unless ? [r.re, r.unless] : [r.re])));
  return [
    CLAIM_HINT,
    ...Object.values(KIND_HINT),
    FULL_NEGATOR,
    ASSERTION_NEGATOR,
    LIMITER,
    CLAUSE_BREAK,
    DISCLAIMER,
    STUDY_REPORT,
    ONGOING_RESEARCH,
    ACCORDING_TO_STUDY,
    OWN_STUDY,
    PAST_REPORT,
    SELLER_VOICE,
    WEAK_EVIDENCE,
    REPORTED_CLAIM,
    EXPERT_QUOTE,
    NATURAL_COURSE,
    UNDERSTATEMENT,
    HEDGE,
    APPROVED_FOR_SOME,
    QUOTATION,
    FIRST_PERSON,
    FIRST_PERSON_SINGULAR,
    STORY_HINT,
    EXPERIENCE,
    GOOD_OUTCOME,
    CONTINUES,
    LETTER,
    LOWER,
    UPPER,
    DIGIT,
    CURLY_APOSTROPHES,
    NARROW_SPACES,
    ...rules,
  ];
}

/**
 * Finds the promotional claims in one block of page text. Never throws; on
 * unexpected input it returns what it found so far (usually nothing).
 * Offsets are UTF-16 indices into `text`.
 */
export function findClaims(text: string): ClaimMatch[] {
  const found: ClaimMatch[] = [];
  try {
    if (typeof text !== 'string' || !text || !mayContainClaim(text)) return found;
    let afterReport = false;
    for (const { start, end } of splitSentences(text)) {
      const sentence = text.slice(start, end);
      const verdict = classifySentence(sentence, afterReport);
      afterReport =
        isStudyReport(normalise(sentence)) || (afterReport && !SELLER_VOICE.test(sentence) && PAST_REPORT.test(sentence));
      if (verdict) found.push({ kind: verdict.kind, text: sentence, start, end, hedged: verdict.hedged });
    }
  } catch {
    // Page text is untrusted; a detector that fails stays quiet (STYLE rule 11).
  }
  return found;
}
