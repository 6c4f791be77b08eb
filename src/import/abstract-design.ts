/**
 * Design facts written in a title or abstract: how many people, randomized
 * or not, blinding, placebo or sham, trial phase, single arm.
 *
 * Every finding keeps the words it came from, so a reviewer can check it.
 * A fact is only filled when every mention agrees; conflicting mentions
 * (two different totals, "double-blind" and "open-label") leave it empty and
 * say why. Counts per group ("placebo (n = 61)") are reported, never summed.
 */
import type { ControlKind } from '../evidence/schema';

export interface Finding<T> {
  value: T;
  /** The words of the abstract the value was read from. */
  quote: string;
}

export interface DesignFindings {
  enrolled: Finding<number> | null;
  treated: Finding<number> | null;
  analysed: Finding<number> | null;
  /** "n = …" mentions that did not settle a count (per-group sizes, or several different values). */
  otherCounts: string[];
  randomized: Finding<boolean> | null;
  blinding: Finding<string> | null;
  control: Finding<ControlKind> | null;
  phase: Finding<string> | null;
  singleArm: Finding<true> | null;
  nonrandomizedControlled: Finding<true> | null;
  cohort: Finding<true> | null;
  /** Why a fact was left empty although the text mentions it. */
  conflicts: string[];
}

const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** "24", "1,024", "Twelve", "twenty-four" → number; null for anything else. */
export function parseCount(word: string): number | null {
  const w = word.toLowerCase().trim();
  if (/^\d{1,3}(,\d{3})+$|^\d+$/.test(w)) return Number(w.replace(/,/g, ''));
  const unit = UNITS.indexOf(w);
  if (unit >= 0) return unit;
  const m = /^([a-z]+)(?:[- ]([a-z]+))?$/.exec(w);
  const tens = m?.[1] ? TENS.indexOf(m[1]) : -1;
  if (tens < 2) return null;
  if (!m?.[2]) return tens * 10;
  const u = UNITS.indexOf(m[2]);
  return u >= 1 && u <= 9 ? tens * 10 + u : null;
}

const NUMBER_WORD = `(?:(?:${TENS.slice(2).join('|')})(?:[- ](?:${UNITS.slice(1, 10).join('|')}))?|${UNITS.slice(1)
  .reverse()
  .join('|')})`;
const NUM = `(\\d{1,3}(?:,\\d{3})+|\\d+|${NUMBER_WORD})`;
const PEOPLE =
  '(?:patients|participants|subjects|children|adolescents|adults|individuals|people|persons|volunteers|men|women|cases|infants|neonates|recipients|boys|girls)';
// Up to three describing words between the number and the noun ("12 consecutive adult patients"),
// but not units or prepositions ("12 months in patients" is no count).
const DESCRIBING =
  '(?:(?!(?:in|of|with|for|from|at|on|to|after|per|by|and|or|than|hundred|thousand|months?|weeks?|years?|days?|hours?|times?|doses?|eyes|knees|hips|joints|lesions|sites)\\b)[a-z][a-z-]*\\s+){0,3}';
const ENROLLED =
  '(?:were |was )?(?:randomly (?:assigned|allocated)|randomi[sz]ed|enrolled|recruited|included|participated|took part|entered)';
const TREATED =
  '(?:received|were treated|was treated|underwent|were given|were injected|were transplanted|were infused|were implanted)';
const ANALYSED =
  '(?:were analy[sz]ed|were included in the (?:final )?analys[ie]s|completed|were evaluated|were assessed|were available)';

type CountKind = 'enrolled' | 'treated' | 'analysed';

const COUNT_THEN_VERB = new RegExp(
  `(?:^|[^\\w.,-])(?:a total of |in total,? )?${NUM}\\s+${DESCRIBING}${PEOPLE}\\b(?:\\s*\\(\\s*n\\s*=\\s*\\d+\\s*\\))?([^.;]{0,100}?)\\b(${ANALYSED}|${TREATED}|${ENROLLED})\\b`,
  'gi',
);
const VERB_THEN_COUNT = new RegExp(
  `\\b(?:we )?(randomi[sz]ed|enrolled|recruited|included|treated|analy[sz]ed)\\s+(?:a total of |data (?:from|of) )?${NUM}\\s+${DESCRIBING}${PEOPLE}\\b`,
  'gi',
);
const N_EQUALS = /\b[nN]\s*=\s*(\d{1,3}(?:,\d{3})+|\d+)\b/g;

function kindOfVerb(verb: string): CountKind {
  if (new RegExp(`^${ANALYSED}$`, 'i').test(verb) || /analy[sz]ed/i.test(verb)) return 'analysed';
  if (new RegExp(`^${TREATED}$`, 'i').test(verb) || /^treated$/i.test(verb)) return 'treated';
  return 'enrolled';
}

/** "In 2019 patients were enrolled": a year, not a count. */
function isYear(n: number, before: string): boolean {
  return n >= 1900 && n <= 2100 && /\b(in|since|from|during|until|by|between|and)\s*$/i.test(before);
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.;!?])\s+(?=[A-Z(0-9])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function one<T>(found: Finding<T>[], what: string, conflicts: string[], same = (a: T, b: T) => a === b): Finding<T> | null {
  const first = found[0];
  if (!first) return null;
  if (found.every((f) => same(f.value, first.value))) return first;
  conflicts.push(`${what}: the text says ${found.map((f) => `"${f.quote}"`).join(' and ')}; left empty`);
  return null;
}

const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4', '0': '0', '1': '1', '2': '2', '3': '3', '4': '4' };
const PHASE = /\bphase\s+(0|[1-4]|iv|i{1,3})([ab])?(?:\s*(?:\/|-|–|and|or)\s*(?:phase\s+)?([1-4]|iv|i{1,3})([ab])?)?\b/gi;

/** "Phase I/II" → "1/2", "phase 2b" → "2b". */
export function phaseFromText(text: string): Finding<string>[] {
  const out: Finding<string>[] = [];
  for (const m of text.matchAll(PHASE)) {
    const first = ROMAN[(m[1] ?? '').toLowerCase()];
    if (!first) continue;
    const second = m[3] ? ROMAN[m[3].toLowerCase()] : undefined;
    const value = `${first}${m[2]?.toLowerCase() ?? ''}${second ? `/${second}${m[4]?.toLowerCase() ?? ''}` : ''}`;
    out.push({ value, quote: m[0] });
  }
  return out;
}

/**
 * Reads the design facts of a title and abstract. `reviewLike` (systematic
 * and narrative reviews) skips randomization, blinding and control: a
 * review's abstract describes the trials it read, not itself.
 */
export function readDesign(title: string | null, abstract: string | null, reviewLike = false): DesignFindings {
  const text = [title, abstract].filter(Boolean).join('. ');
  const conflicts: string[] = [];
  const counts: Record<CountKind, Finding<number>[]> = { enrolled: [], treated: [], analysed: [] };
  const countedNumbers = new Set<number>();

  if (!reviewLike) {
    for (const sentence of sentences(text)) {
      for (const m of sentence.matchAll(COUNT_THEN_VERB)) {
        const between = m[2] ?? '';
        // "180 children with ASD, of whom 56 received …": the verb belongs to another count.
        if (
          /\b(of whom|of these|of them|whereas|while)\b/i.test(between) ||
          new RegExp(`\\b${NUM}\\s+${PEOPLE}\\b`, 'i').test(between)
        )
          continue;
        const n = parseCount(m[1] ?? '');
        if (n === null || n === 0 || isYear(n, sentence.slice(Math.max(0, (m.index ?? 0) - 12), (m.index ?? 0) + 1))) continue;
        counts[kindOfVerb(m[3] ?? '')].push({ value: n, quote: m[0].replace(/^[^\w]+/, '').trim() });
        countedNumbers.add(n);
      }
      for (const m of sentence.matchAll(VERB_THEN_COUNT)) {
        const n = parseCount(m[2] ?? '');
        if (n === null || n === 0) continue;
        counts[kindOfVerb(m[1] ?? '')].push({ value: n, quote: m[0].trim() });
        countedNumbers.add(n);
      }
    }
  }
  const enrolled = one(counts.enrolled, 'number enrolled', conflicts);
  const treated = one(counts.treated, 'number treated', conflicts);
  const analysed = one(counts.analysed, 'number analysed', conflicts);

  const nValues = [...(reviewLike ? [] : text.matchAll(N_EQUALS))].map((m) => ({
    value: Number((m[1] ?? '').replace(/,/g, '')),
    quote: m[0],
  }));
  const distinct = [...new Set(nValues.map((v) => v.value))];
  let lone: Finding<number> | null = null;
  if (!enrolled && !treated && !analysed && distinct.length === 1 && nValues[0]) {
    lone = nValues[0];
  }
  const otherCounts = lone ? [] : nValues.filter((v) => !countedNumbers.has(v.value)).map((v) => v.quote);

  const find = (re: RegExp): string | null => re.exec(text)?.[0] ?? null;

  let randomized: Finding<boolean> | null = null;
  let blinding: Finding<string> | null = null;
  let control: Finding<ControlKind> | null = null;
  let singleArm: Finding<true> | null = null;
  let nonrandomizedControlled: Finding<true> | null = null;
  if (!reviewLike) {
    const notRandom = find(/\bnon-?randomi[sz]ed\b|\bnot randomi[sz]ed\b/i);
    const random = find(
      /\b(?:were|was|we) randomi[sz]ed\b|\brandomly (?:assigned|allocated)\b|\brandomi[sz]ed (?:in|at) a \d:\d\b|\b(?:this|a|an|our|the) (?:phase [^\s,]+,? )?(?:multi-?cent(?:er|re),? |prospective,? |pilot,? |double-blind,? |single-blind,? |placebo-controlled,? )*randomi[sz]ed\b/i,
    );
    if (notRandom && random) conflicts.push(`randomized: the text says "${random}" and "${notRandom}"; left empty`);
    else if (random) randomized = { value: true, quote: random };
    else if (notRandom) randomized = { value: false, quote: notRandom };

    const blindings: Finding<string>[] = [];
    for (const m of text.matchAll(
      /\b(triple|double|single)[- ]blind(?:ed)?\b|\bopen[- ]label\b|\b(assessor|observer|evaluator|rater)[- ]blind(?:ed)?\b/gi,
    )) {
      const value = m[1] ? `${m[1].toLowerCase()}-blind` : m[2] ? `${m[2].toLowerCase()}-blinded` : 'open-label';
      blindings.push({ value, quote: m[0] });
    }
    blinding = one(blindings, 'blinding', conflicts);

    const controls: Finding<ControlKind>[] = [];
    for (const m of text.matchAll(/\b(?:(no|without|non-)\s*)?(placebo|sham)\b/gi)) {
      if (m[1]) continue;
      controls.push({ value: (m[2] ?? '').toLowerCase() as ControlKind, quote: m[0] });
    }
    const single = find(/\bsingle[- ](?:arm|group)\b|\buncontrolled\b|\bno control group\b|\bwithout a control group\b/i);
    if (single) {
      singleArm = { value: true, quote: single };
      controls.push({ value: 'none', quote: single });
    }
    control = one(controls, 'control', conflicts);
    const nrc = find(/\bnon-?randomi[sz]ed,? (?:controlled|comparative)\b/i);
    if (nrc) nonrandomizedControlled = { value: true, quote: nrc };
  }
  const phase = one(phaseFromText(text), 'phase', conflicts);
  const cohortWord = find(/\bcohort study\b|\b(?:prospective|retrospective) cohort\b/i);

  return {
    enrolled: enrolled ?? lone,
    treated,
    analysed,
    otherCounts,
    randomized,
    blinding,
    control,
    phase,
    singleArm,
    nonrandomizedControlled,
    cohort: cohortWord ? { value: true, quote: cohortWord } : null,
    conflicts,
  };
}
