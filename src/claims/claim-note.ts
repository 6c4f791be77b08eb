/**
 * The note shown beside a promotional claim: one or two plain sentences that
 * compare the claim with the strongest evidence the page cites. Every note is
 * built from fields of the record (type, phase, control, number of people,
 * primary endpoint met, retraction, harms), never from the record's free
 * text, and stays neutral about the seller (docs: DESIGN.md, "Claim notes").
 *
 * `claimNote` returns null when the claim does not go beyond the evidence
 * (for instance an efficacy claim beside a randomized trial that met its
 * primary endpoint), so that the page stays quiet there.
 * `claimGoesBeyondEvidence` answers the same question without building text,
 * for counts such as the popup headline; `claimNote(…) === null` exactly when
 * it returns false.
 */
import {
  benefitCaveats,
  formatCount,
  isBlinded,
  missedBenefit,
  peopleCount,
  peopleText,
  settlesBenefit,
  showsBenefit,
} from '../evidence/derive';
import { RUNG, STUDY_TYPES } from '../evidence/study-types';
import type { StudyView } from '../evidence/study-view';
import type { ClaimKind } from './kinds';

export interface NoteClaim {
  kind: ClaimKind;
  hedged: boolean;
  text: string;
}

/** Where a reader can check whether a cell or gene therapy is approved in the US. */
const FDA_APPROVED_LIST = 'the FDA’s list of approved cellular and gene therapy products';

/** Studies the page cites, split into the retracted and the rest; `unknown` counts citations nothing knows. */
interface Evidence {
  standing: StudyView[];
  retracted: StudyView[];
  unknown: number;
}

function split(evidence: readonly StudyView[], unknown = 0): Evidence {
  const seen = new Set<string>();
  const standing: StudyView[] = [];
  const retracted: StudyView[] = [];
  for (const study of evidence) {
    if (seen.has(study.id)) continue;
    seen.add(study.id);
    (study.status.retracted ? retracted : standing).push(study);
  }
  return { standing, retracted, unknown };
}

/** No study to compare with: every cited paper retracted, none known, or none cited. */
function nothingToCompare(evidence: Evidence, what: 'claim' | 'safety claim'): string {
  if (evidence.retracted.length) return allRetracted(evidence);
  if (evidence.unknown) {
    return evidence.unknown === 1
      ? 'We have no record of the study this page cites, so we cannot say whether it supports this claim.'
      : 'We have no record of the studies this page cites, so we cannot say whether they support this claim.';
  }
  return `No study is cited for this ${what}.`;
}

/**
 * The strongest study that is not retracted: highest `level.rank`; studies
 * off the evidence ladder (reviews without data, registry entries, unknown
 * types) come last. Null when every cited study is retracted or none is cited.
 */
export function strongestStudy(evidence: readonly StudyView[]): StudyView | null {
  let best: StudyView | null = null;
  let bestRank = Number.NEGATIVE_INFINITY;
  for (const study of split(evidence).standing) {
    const rank = study.level.rank ?? -1;
    if (rank > bestRank) {
      best = study;
      bestRank = rank;
    }
  }
  return best;
}

function isPhaseOne(phase: string | null): boolean {
  return phase !== null && /^(?:early )?[01][ab]?$/.test(phase);
}

/** " in 12 people", or nothing when the count is not recorded. */
function inPeople(study: StudyView): string {
  const n = peopleCount(study);
  return n === null ? '' : ` in ${peopleText(n)}`;
}

/** What the study was, as a noun phrase with its article: "a phase 1 safety trial in 12 people, with no comparison group". */
export function describeStudy(study: StudyView): string {
  if (study.status.retracted) return 'a retracted paper';
  const people = inPeople(study);
  const type = study.publicationType;
  switch (type) {
    case 'single-arm-trial': {
      const safety = isPhaseOne(study.phase) || study.primaryEndpoint.measures === 'safety' ? ' safety' : '';
      const phase = study.phase ? `a phase ${study.phase}${safety} trial` : `a${safety} trial`;
      return `${phase}${people}, with no comparison group`;
    }
    case 'nonrandomized-trial':
      return `a trial${people} that compared groups not chosen at random`;
    case 'rct': {
      const size = peopleCount(study) === null ? ' of unreported size' : people;
      const open = isBlinded(study.blinding) === false ? ' (not blinded)' : '';
      return `a randomized trial${size}${open}`;
    }
    case 'cohort':
      return study.level.rank === RUNG.controlled
        ? `an observational study${people} with a comparison group`
        : `an observational study${people}, with no comparison group`;
    case 'case-series': {
      const n = peopleCount(study);
      return n === null
        ? STUDY_TYPES['case-series'].noun
        : `a report on ${peopleText(n)} who were treated (a case series), with no comparison group`;
    }
    case 'systematic-review':
      switch (study.review?.pooled) {
        case 'randomized':
          return 'a systematic review of randomized trials';
        case 'mixed':
          return 'a systematic review of randomized and other studies';
        case 'uncontrolled-or-animal':
          return 'a systematic review of mostly uncontrolled or animal studies';
        default:
          return STUDY_TYPES['systematic-review'].noun;
      }
    case 'harm-report':
      return `a report of harm after treatment${people}`;
    case null:
      return study.level.rank === RUNG.controlled
        ? `a study${people} with a comparison group, of a design our record does not name`
        : study.level.rank === RUNG.caseSeries
          ? `a study${people} with no comparison group, of a design our record does not name`
          : 'a study of a kind we do not know';
    default:
      return STUDY_TYPES[type].noun;
  }
}

/** "The study this page cites" or, when it cites several, "The strongest study this page cites". */
function subject(evidence: Evidence): string {
  return evidence.standing.length > 1 ? 'The strongest study this page cites' : 'The study this page cites';
}

/** A second sentence naming retracted citations beside a standing one; empty when there are none. */
function retractionAside(evidence: Evidence): string {
  const n = evidence.retracted.length;
  if (!n) return '';
  return n === 1 ? ' Another paper it cites was retracted.' : ` ${n} other papers it cites were retracted.`;
}

function allRetracted(evidence: Evidence): string {
  return evidence.retracted.length === 1
    ? 'The paper this page cites was retracted, so it gives no support for this claim.'
    : 'The papers this page cites were retracted, so they give no support for this claim.';
}

/** The strongest cited study showed the treatment works, convincingly enough to rest a claim on (see {@link settlesBenefit}). */
function isPassedTrial(study: StudyView | null): boolean {
  return study !== null && settlesBenefit(study);
}

/**
 * Whether the claim says more than the cited evidence shows. Approval,
 * testimonial, urgency and safety claims always do: no study shows a
 * treatment is approved, that stories generalise, that a deadline is
 * medical, that a treatment carries no risk, or that counts of patients say
 * anything about results (social proof). Efficacy and call-to-action claims
 * do unless the strongest cited study is a randomized trial that met its
 * primary endpoint; a flat cure claim does even then, and so does a claim of
 * the seller's own results.
 */
export function claimGoesBeyondEvidence(claim: NoteClaim, evidence: readonly StudyView[]): boolean {
  switch (claim.kind) {
    case 'approval':
    case 'testimonial':
    case 'urgency':
    case 'safety':
    case 'social-proof':
      return true;
    case 'cure':
      return !(claim.hedged && isPassedTrial(strongestStudy(evidence))) || OWN_RESULTS.test(claim.text);
    case 'efficacy':
      return !isPassedTrial(strongestStudy(evidence)) || OWN_RESULTS.test(claim.text);
    case 'call-to-action':
      return !isPassedTrial(strongestStudy(evidence));
  }
}

/**
 * The seller's own results promised or counted: "most of our patients can expect to come off insulin", "nine out
 * of ten families report…", "most men enjoy results for 12 to 18 months". No trial, however good, shows what a
 * clinic's own patients will get.
 */
const OWN_RESULTS =
  /\b(?:our|my)\s+(?:\w+\s+)?(?:patients|clients|families|members|customers)\b|\b(?:you|your\s+(?:child|son|daughter|husband|wife|parent))\s+(?:can|will|could|should)\s+(?:expect|enjoy|see|notice|feel)\b|\b(?:most|many|nearly\s+all|almost\s+all|\d{1,3}\s?%\s+of|nine\s+out\s+of\s+ten|\d+\s+(?:out\s+)?of\s+\d+)\s+(?:\w+\s+)?(?:patients|clients|families|men|women|people|children|users|customers)\s+(?:\w+\s+)?(?:enjoy|see|notice|report|feel|get|experience|expect|hold|keep)\b/i;

const OWN_RESULTS_NOTE =
  'These are the page’s own results or promises about its patients, not results compared with people who were not treated, so they cannot show what the treatment will do.';

/** What the strongest study can and cannot show about whether the treatment works. */
function efficacyNote(claim: NoteClaim, evidence: Evidence): string {
  const study = strongestStudy(evidence.standing);
  if (!study) return nothingToCompare(evidence, 'claim');
  const who = subject(evidence);
  const what = describeStudy(study);
  const aside = retractionAside(evidence);
  const rank = study.level.rank;
  const met = study.primaryEndpoint.met;
  if (rank === null) {
    switch (study.publicationType) {
      case 'registry-entry':
        return `${who} is a trial registry entry: it describes a planned or running trial, not its results.${aside}`;
      case 'harm-report':
        return `${who} is ${what}: it reports problems after treatment, not whether the treatment works.${aside}`;
      case 'systematic-review':
        return `${who} is a systematic review; our record does not say what kind of studies it pooled or whether they found that the treatment works.${aside}`;
      case 'guideline':
        return `${who} is a guideline or official statement, not a test of the treatment.${aside}`;
      case null:
        return `We do not know what kind of study this page cites, so we cannot say whether it supports this claim.${aside}`;
      default:
        return `${who} is ${what}, which adds no new evidence of its own.${aside}`;
    }
  }
  if (rank === RUNG.lab) return `${who} was ${what}; it cannot show that the treatment works in people.${aside}`;
  if (rank <= RUNG.singleArm) {
    const missed = met === false ? ', and it did not reach its main goal' : '';
    return `${who} was ${what}${missed}, so it cannot show whether the treatment works.${aside}`;
  }
  if (rank === RUNG.controlled && study.publicationType !== 'systematic-review') {
    return met === false
      ? `${who} was ${what}, and it did not reach its main goal.${aside}`
      : `${who} was ${what}; it can hint at an effect but cannot show for sure that the treatment works.${aside}`;
  }
  if (study.publicationType === 'rct') {
    const p = study.primaryEndpoint;
    if (p.measures === 'safety' || p.measures === 'feasibility') {
      return `${who} was ${what} that mainly tested ${p.measures === 'safety' ? 'safety' : 'whether the treatment could be given'}, so it was not designed to show whether the treatment works.${aside}`;
    }
    if (missedBenefit(study)) return `${who} was ${what}, and it found no benefit on its main measure.${aside}`;
    if (showsBenefit(study) && !settlesBenefit(study)) {
      const caveats = benefitCaveats(study);
      return `${who} was ${what} that found a benefit on its main measure, but ${caveats.join(', and ')}, so it cannot settle whether the treatment works.${aside}`;
    }
    if (showsBenefit(study)) {
      return claim.kind === 'cure'
        ? `${who} was ${what} that found a benefit on its main measure, which is not the same as a cure.${aside}`
        : `${who} was ${what} that found a benefit on its main measure.${aside}`;
    }
    if (p.met === true && p.judged === 'within-group') {
      return `${who} was ${what}; patients improved from their own starting point, but it did not show a benefit over the comparison group.${aside}`;
    }
    return `${who} was ${what}; our record does not say whether it found a benefit over the comparison group on its main measure.${aside}`;
  }
  const certainty = study.review?.certainty;
  const weak =
    certainty === 'low' || certainty === 'very-low'
      ? `, and its authors judged the evidence to be of ${certainty === 'low' ? 'low' : 'very low'} certainty`
      : '';
  return `${who} is ${what}; our record does not say whether it found that the treatment works${weak}.${aside}`;
}

type HarmsReport = 'none' | 'some' | 'unclear';

/** Reads only the plain cases of the record's serious-harms field; anything else stays unsaid. */
function seriousHarms(study: StudyView): HarmsReport {
  const text = study.harms.serious?.trim();
  if (!text) return 'unclear';
  const death = /\b(?:died|deaths?|fatal|mortality)\b/i.test(text);
  if (/^(?:no|none)\b/i.test(text)) return death || text.includes(';') ? 'unclear' : 'none';
  return /^(?:\d|one|two|three|multiple|several|major)\b/i.test(text) || death ? 'some' : 'unclear';
}

/** "1 in 4": the commonest harm a study of n people could easily miss (rule of three), rounded for reading. */
function missableShare(n: number): string {
  const k = n / 3;
  const rounded = k < 20 ? Math.round(k) : Number(k.toPrecision(2));
  return `1 in ${formatCount(rounded)}`;
}

/** Why the strongest cited study cannot back an absolute safety claim. */
function safetyNote(evidence: Evidence): string {
  const study = strongestStudy(evidence.standing);
  if (!study) return nothingToCompare(evidence, 'safety claim');
  const who = subject(evidence);
  const what = describeStudy(study);
  if (study.level.rank === RUNG.lab) return `${who} was ${what}; it cannot show that the treatment is safe in people.`;
  if (study.publicationType === 'harm-report') {
    return `${who} is ${what}; it shows this kind of treatment can cause harm and cannot show that it is safe.`;
  }
  const n = peopleCount(study);
  if (n === null) return `${who} was ${what}; it cannot show that the treatment is free of risk.`;
  if (n < 6) return `${who} was ${what}; a study of ${peopleText(n)} is far too small to show that a treatment is safe.`;
  const miss = `A study that size can miss harms that affect fewer than about ${missableShare(n)} people.`;
  switch (seriousHarms(study)) {
    case 'none':
      return `${who} reported no serious harms in ${peopleText(n)}. ${miss}`;
    case 'some':
      return `${who} recorded at least one serious medical problem (a serious adverse event) in ${peopleText(n)}. A study that size can also miss rarer harms.`;
    case 'unclear':
      return `${who} was ${what}. ${miss}`;
  }
}

/** What the record can say about an approval claim: nothing, and where to look. */
function approvalNote(claim: NoteClaim): string {
  const check = `To check, see ${FDA_APPROVED_LIST}.`;
  if (/\bregist(?:ered|ration)\b/i.test(claim.text)) {
    return `Registering a laboratory or product with the FDA is not the same as approval of a treatment. ${check}`;
  }
  if (/\b(?:board|fellowship|member|fellow)\b/i.test(claim.text)) {
    return `A doctor’s qualifications do not show whether a treatment is approved or works. ${check}`;
  }
  return `The studies on this page do not show whether this treatment is approved. ${check}`;
}

/** What the page's treatment rests on, for a call to action. */
function offerNote(evidence: Evidence): string {
  const study = strongestStudy(evidence.standing);
  if (!study) {
    return evidence.retracted.length
      ? 'The treatment offered here rests on a retracted paper.'
      : 'This page cites no study for the treatment it offers.';
  }
  const what = describeStudy(study);
  if (study.publicationType === 'rct' && missedBenefit(study)) {
    return `The treatment offered here rests on ${what} that found no benefit on its main measure.`;
  }
  return `The treatment offered here rests on ${what}.`;
}

/**
 * The note for one claim, given the studies the page cites (in any order,
 * repeats allowed). Null when the claim does not go beyond the evidence.
 */
export function claimNote(claim: NoteClaim, evidence: readonly StudyView[], unknownCited = 0): string | null {
  if (!claimGoesBeyondEvidence(claim, evidence)) return null;
  const cited = split(evidence, unknownCited);
  switch (claim.kind) {
    case 'cure':
    case 'efficacy':
      // Beside a trial that settles benefit, only the seller's own results still go beyond it.
      // (A flat cure claim keeps the trial's own note: it says more than any trial shows.)
      return isPassedTrial(strongestStudy(evidence)) && (claim.kind === 'efficacy' || claim.hedged)
        ? OWN_RESULTS_NOTE
        : efficacyNote(claim, cited);
    case 'safety':
      return safetyNote(cited);
    case 'approval':
      return approvalNote(claim);
    case 'testimonial':
      return 'Personal stories cannot show whether a treatment works, because people can improve for other reasons.';
    case 'urgency':
      return 'This page gives no evidence-based reason for the deadline.';
    case 'call-to-action':
      return offerNote(cited);
    case 'social-proof':
      return 'How many people were treated, or how many studies exist, does not show whether a treatment works.';
  }
}
