/**
 * What a reference says about itself: design words read from the title a page
 * prints ("…: a randomized, placebo-controlled phase 2 trial", "… in
 * rabbits"). Shown as read, never as checked: "Title says: study in rabbits".
 * A title without any of these words gets no reading.
 */

export type TitleWord =
  | 'systematic-review'
  | 'meta-analysis'
  | 'review'
  | 'randomized'
  | 'placebo'
  | 'double-blind'
  | 'phase'
  | 'pilot'
  | 'open-label'
  | 'case-report'
  | 'case-series'
  | 'retrospective'
  | 'cohort'
  | 'animal'
  | 'in-vitro'
  | 'protocol';

export interface TitleReading {
  /** The design words found, in the order of {@link RULES}, each with the words to show. */
  words: { word: TitleWord; text: string }[];
  /** The badge: "Title says: randomized · placebo-controlled". */
  label: string;
}

const SPECIES: Record<string, string> = {
  mice: 'mice',
  mouse: 'mice',
  murine: 'mice',
  rat: 'rats',
  rats: 'rats',
  rodent: 'rodents',
  rodents: 'rodents',
  rabbit: 'rabbits',
  rabbits: 'rabbits',
  dog: 'dogs',
  dogs: 'dogs',
  canine: 'dogs',
  horse: 'horses',
  horses: 'horses',
  equine: 'horses',
  pig: 'pigs',
  pigs: 'pigs',
  porcine: 'pigs',
  swine: 'pigs',
  minipigs: 'pigs',
  sheep: 'sheep',
  ovine: 'sheep',
  goat: 'goats',
  goats: 'goats',
  caprine: 'goats',
  cats: 'cats',
  feline: 'cats',
  monkey: 'monkeys',
  monkeys: 'monkeys',
  primate: 'primates',
  primates: 'primates',
  zebrafish: 'zebrafish',
};
const SPECIES_WORDS = Object.keys(SPECIES).join('|');

const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4' };
const phaseNumber = (p: string) => ROMAN[p.toLowerCase()] ?? p;

interface Rule {
  word: TitleWord;
  re: RegExp;
  /** The words to show; by default the rule's own. */
  text: (m: RegExpExecArray) => string;
}

// Each rule needs words that only a study design uses: "randomized" beside "trial" or "controlled",
// never alone ("Randomized response techniques"); an animal only as the study's subject ("in
// rabbits", "a rat model"), never as a word ("Mouse-over guide").
const RULES: Rule[] = [
  { word: 'systematic-review', re: /\bsystematic (?:literature )?review\b/i, text: () => 'systematic review' },
  { word: 'meta-analysis', re: /\bmeta-?analys[ie]s\b/i, text: () => 'meta-analysis' },
  {
    word: 'review',
    // A review as a kind of paper ("a review", "narrative review", ": review", "review of the literature"),
    // not "peer review" or a "retrospective review" of charts.
    re: /\b(?:narrative|literature|scoping|critical|comprehensive|umbrella|mini-?|state-of-the-art|clinical|updated?) review\b|\ban? (?:brief |short |updated? )?review\b|:\s*(?:an? )?review\b|\breview of (?:the )?(?:literature|current|recent|evidence|studies|clinical)\b/i,
    text: () => 'review',
  },
  {
    word: 'randomized',
    re: /\brandomi[sz]ed\b(?=[^.;:]{0,60}?\b(?:trials?|study|studies|controlled|comparisons?|crossover|cross-over)\b)|\brandomi[sz]ed[- ]controlled\b/i,
    text: () => 'randomized',
  },
  {
    word: 'placebo',
    re: /\bplacebo[- ]controlled\b|\b(?:versus|vs\.?|compared with|or) (?:a )?placebo\b|\bplacebo (?:injections?|group)\b/i,
    text: () => 'placebo-controlled',
  },
  {
    word: 'double-blind',
    re: /\b(double|triple|single)[- ]blind(?:ed)?\b/i,
    text: (m) => `${(m[1] as string).toLowerCase()}-blind`,
  },
  {
    word: 'phase',
    re: /\bphase\s+(I{1,3}|IV|[1-4])(?:\s*[/-]\s*(I{1,3}|IV|[1-4]))?([ab])?\b(?=[^.;]{0,50}?\b(?:trials?|study|studies)\b)/i,
    text: (m) => `phase ${phaseNumber(m[1] as string)}${m[2] ? `/${phaseNumber(m[2])}` : ''}${m[3] ?? ''}`,
  },
  { word: 'pilot', re: /\bpilot (?:study|trial|randomi[sz]ed)\b/i, text: () => 'pilot study' },
  { word: 'open-label', re: /\bopen[- ]label\b/i, text: () => 'open-label' },
  {
    word: 'case-report',
    re: /\bcase reports?\b|\ba case of\b|\breport of (?:a|one|two|three) cases?\b/i,
    text: () => 'case report',
  },
  { word: 'case-series', re: /\bcase series\b/i, text: () => 'case series' },
  { word: 'retrospective', re: /\bretrospective\b/i, text: () => 'retrospective' },
  { word: 'cohort', re: /\bcohort (?:study|analysis)\b|\bprospective cohort\b/i, text: () => 'cohort study' },
  {
    word: 'animal',
    re: new RegExp(
      String.raw`\bin (?:an? |the )?(?:experimental |pre-?clinical )?(${SPECIES_WORDS})\b(?! (?:cells?|serum|anti))|\b(${SPECIES_WORDS}) (?:models?|knees?|tendons?|joints?)\b|\b(dogs|horses|cats) with\b`,
      'i',
    ),
    text: (m) => `study in ${SPECIES[(m[1] ?? m[2] ?? m[3] ?? '').toLowerCase()] ?? 'animals'}`,
  },
  { word: 'in-vitro', re: /\bin vitro\b/i, text: () => 'lab study (in vitro)' },
  {
    word: 'protocol',
    re: /\b(?:study|trial) protocol\b|\bprotocol (?:for|of) an? (?:randomi[sz]ed|multi-?cent(?:er|re)|phase|clinical|pilot)\b|:\s*(?:a |the )?protocol\b/i,
    text: () => 'protocol (a plan, no results)',
  },
];

/** Words that make "review" redundant: a systematic review or meta-analysis is already named. */
const NAMES_A_REVIEW: ReadonlySet<TitleWord> = new Set(['systematic-review', 'meta-analysis']);

/** Longest title read. */
const MAX_TITLE = 600;
/** Most words on the badge; the card lists them all. */
const BADGE_WORDS = 3;

/** Reads design words from a reference's title; null when it has none. */
export function readTitle(title: string | null | undefined): TitleReading | null {
  if (!title) return null;
  const text = title.slice(0, MAX_TITLE);
  const words: TitleReading['words'] = [];
  for (const rule of RULES) {
    if (rule.word === 'review' && words.some((w) => NAMES_A_REVIEW.has(w.word))) continue;
    const m = rule.re.exec(text);
    if (m) words.push({ word: rule.word, text: rule.text(m) });
  }
  if (!words.length) return null;
  return {
    words,
    label: `Title says: ${words
      .slice(0, BADGE_WORDS)
      .map((w) => w.text)
      .join(' · ')}`,
  };
}
