/**
 * What PubMed's PublicationTypeList says about a paper, in the record's
 * vocabulary: its publication type, trial phase and retraction flag.
 *
 * PubMed's indexers assign these types, so they are good evidence but not
 * the last word: "Clinical Trial" alone says nothing about randomization or
 * a control group, so it yields no type unless the abstract settles it
 * (`readDesign`'s findings are passed in as hints).
 */
import type { PublicationType } from '../evidence/schema';
import type { DesignFindings } from './abstract-design';

export interface TypeReading {
  publicationType: PublicationType | null;
  /** Why: the PubMed type(s) or abstract words that gave the type. */
  typeReason: string | null;
  phase: string | null;
  phaseReason: string | null;
  /** PubMed lists "Retracted Publication". */
  retracted: boolean;
  /** The article is itself a notice (retraction, erratum, expression of concern). */
  notice: string | null;
  /** PubMed says it is a randomized controlled trial. */
  randomized: boolean;
}

const PHASES: Record<string, string> = {
  'Clinical Trial, Phase I': '1',
  'Clinical Trial, Phase II': '2',
  'Clinical Trial, Phase III': '3',
  'Clinical Trial, Phase IV': '4',
};

const NOTICES = ['Retraction of Publication', 'Published Erratum', 'Expression of Concern'];

const TRIAL_TYPES = [
  'Clinical Trial',
  'Clinical Trial, Phase I',
  'Clinical Trial, Phase II',
  'Clinical Trial, Phase III',
  'Clinical Trial, Phase IV',
  'Clinical Study',
  'Pragmatic Clinical Trial',
  'Adaptive Clinical Trial',
  'Equivalence Trial',
  'Multicenter Study',
];

/**
 * Reads the PublicationTypeList (plus MeSH "Animals"/"Humans" and the
 * abstract's design findings as hints). Rules, first match wins: notices →
 * commentary; Systematic Review / Meta-Analysis → systematic-review;
 * Randomized Controlled Trial → rct (Veterinary → animal); Practice
 * Guideline / Guideline → guideline; Case Reports → case-report; Controlled
 * Clinical Trial → rct if the abstract says randomized, else
 * nonrandomized-trial; other clinical-trial types → rct / single-arm-trial /
 * nonrandomized-trial only when the abstract says so, else none; Review →
 * narrative-review; Editorial / Comment → commentary; Observational Study →
 * cohort when the text says cohort; MeSH Animals without Humans → animal.
 */
export function readPublicationTypes(types: string[], design: DesignFindings | null, mesh: string[] = []): TypeReading {
  const has = (t: string) => types.includes(t);
  const phases = Object.entries(PHASES)
    .filter(([t]) => has(t))
    .map(([, p]) => p);
  const phase = phases.length ? phases.join('/') : null;
  const reading: TypeReading = {
    publicationType: null,
    typeReason: null,
    phase: phase && phases.length <= 2 ? phase : null,
    phaseReason: phase ? `PubMed type ${Object.keys(PHASES).filter(has).map(quote).join(' + ')}` : null,
    retracted: has('Retracted Publication'),
    notice: NOTICES.find(has) ?? null,
    randomized: has('Randomized Controlled Trial'),
  };
  const set = (type: PublicationType, reason: string): TypeReading => ({ ...reading, publicationType: type, typeReason: reason });

  if (reading.notice) return set('commentary', `PubMed type "${reading.notice}" (a notice, not a study)`);
  const review = ['Systematic Review', 'Meta-Analysis'].filter(has);
  if (review.length) return set('systematic-review', `PubMed type ${review.map(quote).join(' + ')}`);
  if (has('Randomized Controlled Trial, Veterinary') || has('Clinical Trial, Veterinary'))
    return set('animal', 'PubMed veterinary trial type');
  if (has('Randomized Controlled Trial')) return set('rct', 'PubMed type "Randomized Controlled Trial"');
  const guideline = ['Practice Guideline', 'Guideline'].find(has);
  if (guideline) return set('guideline', `PubMed type ${quote(guideline)}`);
  if (has('Case Reports')) return set('case-report', 'PubMed type "Case Reports"');
  const randomWords = design?.randomized?.value === true ? design.randomized.quote : null;
  if (has('Controlled Clinical Trial')) {
    return randomWords
      ? set('rct', `PubMed type "Controlled Clinical Trial" and the abstract's "${randomWords}"`)
      : set('nonrandomized-trial', 'PubMed type "Controlled Clinical Trial" (not "Randomized Controlled Trial")');
  }
  const trial = TRIAL_TYPES.find(has);
  if (trial && trial !== 'Multicenter Study') {
    if (randomWords) return set('rct', `PubMed type ${quote(trial)} and the abstract's "${randomWords}"`);
    if (design?.singleArm)
      return set('single-arm-trial', `PubMed type ${quote(trial)} and the abstract's "${design.singleArm.quote}"`);
    if (design?.nonrandomizedControlled)
      return set(
        'nonrandomized-trial',
        `PubMed type ${quote(trial)} and the abstract's "${design.nonrandomizedControlled.quote}"`,
      );
    return reading; // "Clinical Trial" alone: randomized? controlled? Not said.
  }
  if (has('Review') || has('Scoping Review'))
    return set('narrative-review', `PubMed type ${quote(has('Review') ? 'Review' : 'Scoping Review')}`);
  const comment = ['Editorial', 'Comment'].find(has);
  if (comment) return set('commentary', `PubMed type ${quote(comment)}`);
  if (has('Observational Study') && design?.cohort) {
    return set('cohort', `PubMed type "Observational Study" and the words "${design.cohort.quote}"`);
  }
  if (mesh.includes('Animals') && !mesh.includes('Humans')) return set('animal', 'MeSH "Animals" without "Humans"');
  return reading;
}

function quote(s: string): string {
  return `"${s}"`;
}
