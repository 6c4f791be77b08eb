/**
 * What a study's record means, derived deterministically from its fields: its
 * tier and rung on the evidence ladder, a short badge label and one or two
 * plain sentences on what the design can and cannot show. The rules never say
 * more than the fields do: a trial shows benefit only when its primary
 * endpoint measured benefit, was compared between groups, and was met; the
 * strongest wording needs a known size of at least 100 and blinding; a
 * review is as strong as what it pooled.
 */
import type { ControlKind, PublicationType, Study } from './schema';
import { NOT_IN_JOURNALS, RUNG, type Rung, STUDY_TYPES } from './study-types';

/**
 * Tiers drive the badge colour. `rank` orders studies from weakest to
 * strongest (a {@link RUNG}; null where a publication is not evidence of an effect).
 */
export type EvidenceTier = 'retracted' | 'lab' | 'uncontrolled' | 'controlled' | 'randomized' | 'context' | 'unknown';

export interface EvidenceLevel {
  tier: EvidenceTier;
  rank: Rung | null;
}

/** Smallest trial called anything but small; smallest trial that can earn the strongest wording. */
export const SMALL_TRIAL = 50;
export const LARGE_TRIAL = 100;

/** The fields the derived wording reads. */
export type DeriveInput = Pick<
  Study,
  | 'publicationType'
  | 'phase'
  | 'randomized'
  | 'control'
  | 'blinding'
  | 'n'
  | 'primaryEndpoint'
  | 'status'
  | 'peerReviewed'
  | 'sponsor'
  | 'review'
>;
export type LevelInput = Pick<DeriveInput, 'publicationType' | 'control' | 'status' | 'review' | 'randomized'>;
export type LabelInput = DeriveInput;

/** A comparison with other patients (not "none", not the same patients before treatment). */
function hasComparison(control: ControlKind | null): boolean {
  return control !== null && control !== 'none' && control !== 'pre-treatment';
}

function tierOfRung(rung: Rung): EvidenceTier {
  if (rung === RUNG.lab) return 'lab';
  if (rung <= RUNG.singleArm) return 'uncontrolled';
  if (rung === RUNG.controlled) return 'controlled';
  return 'randomized';
}

/** The rung a systematic review earns from what it pooled and how sure its authors were. */
function reviewRung(review: Study['review']): Rung | null {
  switch (review?.pooled) {
    case 'randomized':
      // A pool of randomized trials its own authors judge weak is not the top of the ladder.
      return review.certainty === 'low' || review.certainty === 'very-low' ? RUNG.controlled : RUNG.pooledRandomized;
    case 'mixed':
      return RUNG.controlled;
    case 'uncontrolled-or-animal':
      return RUNG.caseSeries;
    default:
      return null;
  }
}

export function evidenceLevel(study: LevelInput): EvidenceLevel {
  if (study.status.retracted) return { tier: 'retracted', rank: null };
  const type = study.publicationType;
  if (type === null) {
    // The design is not classified, but a comparison group (or its absence) is recorded.
    if (study.control === 'none' || study.control === 'pre-treatment') return { tier: 'uncontrolled', rank: RUNG.caseSeries };
    if (hasComparison(study.control)) return { tier: 'controlled', rank: RUNG.controlled };
    return { tier: 'unknown', rank: null };
  }
  if (type === 'cohort') {
    // An observational cohort with a comparison group sits with controlled non-randomized studies.
    return hasComparison(study.control)
      ? { tier: 'controlled', rank: RUNG.controlled }
      : { tier: 'uncontrolled', rank: RUNG.caseSeries };
  }
  if (type === 'systematic-review') {
    const rung = reviewRung(study.review);
    return rung === null ? { tier: 'context', rank: null } : { tier: tierOfRung(rung), rank: rung };
  }
  const rung = STUDY_TYPES[type].rung;
  return rung === null ? { tier: 'context', rank: null } : { tier: tierOfRung(rung), rank: rung };
}

/** Number of people in a study, preferring those enrolled, then treated, then analysed. */
export function peopleCount(study: Pick<Study, 'n'>): number | null {
  return study.n.enrolled ?? study.n.treated ?? study.n.analysed;
}

export function peopleText(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'person' : 'people'}`;
}

/**
 * A number as en-US writes it ("12,000"). Whole numbers are grouped here:
 * the first `toLocaleString` on a fresh page sets up the locale data, which
 * took 36 ms in a trace of the content script.
 */
export function formatCount(n: number): string {
  return Number.isSafeInteger(n) && !Object.is(n, -0) ? String(n).replace(/\B(?=(?:\d{3})+$)/g, ',') : n.toLocaleString('en-US');
}

/** Whether people (or assessors) were kept from knowing who got what: true, false (open-label), or null (not recorded). */
export function isBlinded(blinding: string | null): boolean | null {
  if (!blinding) return null;
  const b = blinding.toLowerCase();
  if (/\bopen\b|unblinded|not blinded|no masking|none \(open/.test(b)) return false;
  return /blind|mask/.test(b) ? true : null;
}

/**
 * A trial that showed the treatment works: randomized, its primary endpoint
 * measured benefit, the groups were compared with each other, and the
 * endpoint was met. Nothing less silences an efficacy note.
 */
export function showsBenefit(study: Pick<Study, 'publicationType' | 'primaryEndpoint' | 'status'>): boolean {
  const p = study.primaryEndpoint;
  return (
    !study.status.retracted &&
    study.publicationType === 'rct' &&
    p.measures === 'efficacy' &&
    p.judged === 'between-groups' &&
    p.met === true
  );
}

/**
 * Why a trial that showed a benefit still cannot settle whether the
 * treatment works: it was small, people knew who got what (patients rating
 * their own pain most of all), or a seller of the treatment ran it. Empty
 * when there is no such reason.
 */
export function benefitCaveats(study: Pick<Study, 'n' | 'blinding' | 'sponsor'>): string[] {
  const caveats: string[] = [];
  const people = peopleCount(study);
  if (people === null) caveats.push('its size is not reported');
  else if (people < SMALL_TRIAL) caveats.push(`it had only ${peopleText(people)}`);
  if (isBlinded(study.blinding) === false) caveats.push('people knew which treatment they got (not blinded)');
  if (study.sponsor.sellsTreatment === true) caveats.push('it was run or paid for by a seller of the treatment');
  return caveats;
}

/**
 * A benefit a claim may rest on: shown between groups on an efficacy
 * endpoint (showsBenefit), by a trial of at least 50 people, blinded (or
 * blinding not recorded as absent), not run by a seller of the treatment.
 * Only this silences an efficacy note.
 */
export function settlesBenefit(study: DeriveInput): boolean {
  return showsBenefit(study) && benefitCaveats(study).length === 0;
}

/** A primary endpoint of benefit that was tested and not met. */
export function missedBenefit(study: Pick<Study, 'primaryEndpoint'>): boolean {
  const p = study.primaryEndpoint;
  return p.met === false && p.measures !== 'safety' && p.measures !== 'feasibility';
}

/** The one trial design that may be called the fairest single test: randomized, at least 100 people, blinded. */
export function isFairestTest(study: DeriveInput): boolean {
  const people = peopleCount(study);
  return study.publicationType === 'rct' && people !== null && people >= LARGE_TRIAL && isBlinded(study.blinding) === true;
}

const CONTROL_SHORT: Record<ControlKind, string> = {
  none: 'no control',
  placebo: 'placebo',
  sham: 'sham',
  active: 'active comparator',
  'usual-care': 'usual care',
  historical: 'historical control',
  'pre-treatment': 'before/after only',
};

/** Plain words first, the term in brackets. */
export const CONTROL_PLAIN: Record<ControlKind, string> = {
  none: 'No comparison group (no control)',
  placebo: 'Compared with a dummy treatment (placebo)',
  sham: 'Compared with a fake procedure (sham)',
  active: 'Compared with another treatment (active control)',
  'usual-care': 'Compared with usual care',
  historical: 'Compared with past patients (historical control)',
  'pre-treatment': 'Compared only with the same patients before treatment',
};

/** Plain names of publication types, for cards and summaries. */
export const TYPE_NAME: Record<PublicationType, string> = Object.fromEntries(
  Object.entries(STUDY_TYPES).map(([type, words]) => [type, words.name]),
) as Record<PublicationType, string>;

const TRIALS: ReadonlySet<PublicationType> = new Set<PublicationType>(['rct', 'nonrandomized-trial', 'single-arm-trial']);
const COUNTS_PEOPLE: ReadonlySet<PublicationType> = new Set<PublicationType>([
  ...TRIALS,
  'cohort',
  'case-series',
  'case-report',
  'harm-report',
]);

const POOLED: Record<NonNullable<NonNullable<Study['review']>['pooled']>, string> = {
  randomized: 'of randomized trials',
  mixed: 'of mixed studies',
  'uncontrolled-or-animal': 'mostly uncontrolled or animal studies',
};

/** The design parts of a study whose type is not classified, from the fields that are. */
function unclassifiedParts(study: DeriveInput): string[] {
  const parts: string[] = [];
  if (study.phase) parts.push(`Phase ${study.phase}`);
  if (study.randomized === true) parts.push(parts.length ? 'randomized' : 'Randomized');
  else if (hasComparison(study.control)) {
    const controlled = study.randomized === false ? 'controlled, not randomized' : 'controlled';
    parts.push(parts.length ? controlled : capitalize(controlled));
  } else if (study.control === 'none' || study.control === 'pre-treatment') {
    parts.push(parts.length ? 'no control' : 'No comparison group');
  }
  if (study.control && hasComparison(study.control) && study.control !== 'active') parts.push(CONTROL_SHORT[study.control]);
  const blind = isBlinded(study.blinding);
  if (blind !== null) parts.push(parts.length ? (blind ? 'blinded' : 'not blinded') : blind ? 'Blinded' : 'Open-label');
  return parts;
}

/** The badge label: 2–5 short parts joined by " · ". */
export function badgeLabel(study: LabelInput): string {
  if (study.status.retracted) return 'Retracted';
  const type = study.publicationType;
  const parts: string[] = [];
  if (study.status.expressionOfConcern) parts.push('Expression of concern');
  const people = peopleCount(study);
  if (type === null) {
    const design = unclassifiedParts(study);
    if (!design.length) {
      parts.push('Study type not reported');
      return parts.join(' · ');
    }
    parts.push(...design);
    if (people !== null) parts.push(peopleText(people));
    return parts.join(' · ');
  }
  const isTrial = TRIALS.has(type);
  if (isTrial && study.phase) {
    parts.push(`Phase ${study.phase}`);
    if (type === 'rct') parts.push('randomized');
  } else {
    parts.push(STUDY_TYPES[type].label);
  }
  if (isTrial || type === 'cohort') {
    let control = study.control ? CONTROL_SHORT[study.control] : type === 'single-arm-trial' ? CONTROL_SHORT.none : null;
    // Knowing who got what can sway results when the comparison is not a dummy: say so.
    if (type !== 'single-arm-trial' && hasComparison(study.control) && isBlinded(study.blinding) === false) {
      control = `${control}, not blinded`;
    }
    if (control) parts.push(control);
  }
  if (type === 'systematic-review' && study.review?.pooled) parts.push(POOLED[study.review.pooled]);
  if (type === 'systematic-review' && (study.review?.certainty === 'low' || study.review?.certainty === 'very-low')) {
    parts.push(`${study.review.certainty === 'low' ? 'low' : 'very low'} certainty`);
  }
  if (COUNTS_PEOPLE.has(type)) {
    if (people !== null) parts.push(peopleText(people));
    else if (isTrial) parts.push('size not reported');
  }
  if (missedBenefit(study) && TRIALS.has(type)) {
    parts.push(type === 'single-arm-trial' ? 'main goal not met' : 'no benefit');
  } else if (study.primaryEndpoint.met === false) {
    parts.push('main goal not met');
  }
  if (type === 'company-report' || (study.peerReviewed === false && !NOT_IN_JOURNALS.has(type) && type !== 'harm-report')) {
    parts.push('not peer reviewed');
  }
  return fitBadge(parts).join(' · ');
}

/** Parts a badge can do without when it would be longer than five; the card says them all. */
const EXPENDABLE = ['size not reported', 'randomized'];

/** At most five parts: the least decisive go first ("size not reported", then "randomized" after a phase). */
function fitBadge(parts: string[]): string[] {
  const out = [...parts];
  for (const part of EXPENDABLE) {
    if (out.length <= 5) break;
    const at = out.indexOf(part);
    if (at > 0) out.splice(at, 1);
  }
  return out;
}

/** " of 12 people", or " of unreported size". */
function ofPeople(study: DeriveInput): string {
  const people = peopleCount(study);
  return people !== null ? ` of ${peopleText(people)}` : '';
}

/** What a randomized trial can show, given what it measured, how it was judged, its size and blinding. */
function randomizedSentence(study: DeriveInput): string {
  const people = peopleCount(study);
  const p = study.primaryEndpoint;
  const trial = `A randomized trial${ofPeople(study)}`;
  let found: string;
  if (p.measures === 'safety' || p.measures === 'feasibility') {
    found = `${trial} that mainly tested ${p.measures === 'safety' ? 'safety' : 'whether the treatment could be given'} was not designed to show whether the treatment works.`;
  } else if (missedBenefit(study)) {
    found = isFairestTest(study)
      ? `${trial} is the fairest test of whether a treatment works; this one did not find the benefit it was designed to find.`
      : `${trial} tested whether the treatment works and did not find the benefit it was designed to find.`;
  } else if (showsBenefit(study)) {
    found = isFairestTest(study)
      ? `${trial} is the fairest single test of whether a treatment works; this one found a benefit on its main measure, for the people and the outcome it studied.`
      : `${trial} found a benefit on its main measure compared with the other group.`;
  } else if (p.met === true && p.judged === 'within-group') {
    found = `${trial} reported that patients improved from their own starting point; it did not show a benefit over the comparison group.`;
  } else {
    found = `${trial} can test whether a treatment works; our record does not say whether this one found a benefit on its main measure.`;
  }
  const caveats: string[] = [];
  if (people === null) caveats.push('its size is not reported');
  else if (people < SMALL_TRIAL) caveats.push('a trial this small can give chance results and miss uncommon harms');
  else if (people < LARGE_TRIAL) caveats.push('a trial of this size can miss uncommon harms');
  if (isBlinded(study.blinding) === false && hasComparison(study.control)) {
    caveats.push('people knew which treatment they got (not blinded), which can sway how they report how they feel');
  }
  return caveats.length ? `${found} ${capitalize(caveats.join('; '))}.` : found;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The review's verdict on itself, as a second sentence, or nothing. */
function reviewCaveat(review: Study['review']): string {
  if (review?.certainty === 'low' || review?.certainty === 'very-low') {
    return ` Its authors judged the evidence to be of ${review.certainty === 'low' ? 'low' : 'very low'} certainty.`;
  }
  return '';
}

/** What a study whose type is not classified can show, from its recorded design fields. */
function unclassifiedSentence(study: DeriveInput): string {
  const people = peopleCount(study);
  const size = people !== null ? ` (${peopleText(people)})` : '';
  if (hasComparison(study.control)) {
    const random =
      study.randomized === true
        ? 'with people assigned at random'
        : study.randomized === false
          ? 'with groups not chosen at random'
          : 'but the record does not say whether people were assigned at random';
    return `The record does not name this study's design: it compared treated patients with a comparison group${size}, ${random}, so it can hint at an effect but cannot by itself show that the treatment works.`;
  }
  if (study.control === 'none' || study.control === 'pre-treatment') {
    return `The record does not name this study's design: it had no comparison group${size}, so it cannot show whether the treatment works.`;
  }
  const known = [
    study.phase ? `a phase ${study.phase} trial` : null,
    isBlinded(study.blinding) === false ? 'open-label (not blinded)' : isBlinded(study.blinding) ? 'blinded' : null,
  ].filter(Boolean);
  if (known.length) {
    return `The record does not name this study's design beyond this: ${known.join(', ')}${size}. It does not say whether there was a comparison group, so we cannot say what the study can show.`;
  }
  return 'We do not know what kind of study this was, so we cannot say what it can show.';
}

/** One or two plain sentences on what the design can and cannot show. */
export function designSentence(study: LabelInput): string {
  if (study.status.retracted) {
    return 'This paper was retracted: its findings should not be relied on.';
  }
  const type = study.publicationType;
  const size = ofPeople(study);
  const seller =
    study.sponsor.sellsTreatment === true
      ? ' It was run or paid for by a company or clinic that sells the treatment it tested.'
      : '';
  const base = ((): string => {
    switch (type) {
      case null:
        return unclassifiedSentence(study);
      case 'single-arm-trial': {
        const phase = study.phase ? `A phase ${study.phase} trial` : 'A trial';
        return `${phase}${size} without a comparison group can show early safety signals and whether a treatment can be given; it cannot show whether the treatment works.`;
      }
      case 'nonrandomized-trial':
        return `A trial${size} with a comparison group chosen without randomization can hint at an effect; differences between the groups may explain the results, so it cannot show for sure that the treatment works.`;
      case 'rct':
        return randomizedSentence(study);
      case 'systematic-review': {
        const pooled = study.review?.pooled;
        const what =
          pooled === 'randomized'
            ? 'this one pooled randomized trials'
            : pooled === 'mixed'
              ? 'this one pooled randomized and other kinds of studies'
              : pooled === 'uncontrolled-or-animal'
                ? 'this one pooled mostly studies without a comparison group or studies in animals, so it cannot show that the treatment works'
                : 'our record does not say what kind of studies this one pooled';
        return `A systematic review pools the studies on a question and is only as strong as they are; ${what}.${reviewCaveat(study.review)}`;
      }
      case 'cohort':
        return `An observational study${size} can show how treated patients fared and spot associations; it cannot show that the treatment caused them.`;
      case 'case-series':
        return `A case series${size} describes treated patients without a comparison group; it can raise questions but cannot show whether the treatment works.`;
      case 'case-report':
        return 'A case report describes one or a few patients; it can describe what happened to them, not whether the treatment works or is safe for others.';
      case 'company-report':
        return 'A report by a company, not checked by independent scientists (not peer reviewed); it cannot show whether the treatment works.';
      case 'animal':
        return 'An animal study can suggest ideas to test in people; it cannot show that a treatment works or is safe in humans.';
      case 'in-vitro':
        return 'A laboratory study on cells can suggest how a treatment might act; it cannot show that it works or is safe in people.';
      case 'narrative-review':
        return 'A narrative review summarises other work in the authors’ own selection; it adds no new evidence of its own.';
      case 'commentary':
        return 'A commentary gives the authors’ view; it adds no new evidence of its own.';
      case 'guideline':
        return 'A guideline or official statement gives experts’ advice; it is not a test of a treatment.';
      case 'registry-entry':
        return 'A registry entry describes a planned or running trial; by itself it is not evidence that the treatment works.';
      case 'harm-report': {
        const people = peopleCount(study);
        return `A report of harm${people !== null ? ` in ${peopleText(people)}` : ''} describes problems people had after a treatment; it is a warning about risks, not a test of whether the treatment works.`;
      }
    }
  })();
  return `${base}${seller}`;
}

/** Every type published in journals (the registry entries, guidelines and company reports are not). */
const JOURNAL_TYPES: ReadonlySet<PublicationType> = new Set(
  (Object.keys(STUDY_TYPES) as PublicationType[]).filter((t) => !NOT_IN_JOURNALS.has(t)),
);

/** Is this study a journal article (as opposed to a registry entry, guideline or company report)? */
export function isJournalArticle(s: Pick<Study, 'peerReviewed' | 'publicationType'>): boolean {
  return s.peerReviewed !== false && s.publicationType !== null && JOURNAL_TYPES.has(s.publicationType);
}
