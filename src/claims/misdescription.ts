/**
 * A page misdescribing its own source: where a sentence describes a study the
 * page cites (the sentence holds its identifier, or names its first author),
 * its words are compared with the record, and where they disagree the note
 * says how, never why: "The page calls this study a review. It was a phase 1
 * trial of 12 people without a comparison group." A printed reference whose
 * first author, year or journal disagree with the study its identifier names
 * is said the same way.
 */
import { findIdentifiers } from '../citations/find-in-text';
import { type CitationIds, citationKeys } from '../citations/ids';
import { foldText, type ReferenceHint } from '../evidence/evidence-index';
import { isBlinded, peopleCount, peopleText, showsBenefit } from '../evidence/derive';
import type { StudyView } from '../evidence/study-view';
import { STUDY_TYPES } from '../evidence/study-types';
import { pattern } from './rule';

/** What the page says and what the record holds disagree in one of these ways. */
export type Misdescription =
  | 'review'
  | 'size'
  | 'randomized'
  | 'controlled'
  | 'blinded'
  | 'works'
  | 'trial'
  | 'treatment'
  | 'reference';

/** A study the page cites, as far as the record knows it. */
export interface CitedRecordStudy {
  ids: CitationIds;
  study: StudyView;
  /** The reference as the page prints it, when it does. */
  reference?: ReferenceHint;
  /** Its number in the page's numbered reference list. */
  number?: number;
}

const PRIMARY = new Set([
  'rct',
  'nonrandomized-trial',
  'single-arm-trial',
  'case-series',
  'case-report',
  'cohort',
  'animal',
  'in-vitro',
]);
const TRIALS = new Set(['rct', 'nonrandomized-trial', 'single-arm-trial']);
const REVIEWS = new Set(['systematic-review', 'narrative-review']);

const CALLS_REVIEW = pattern(
  /\b(?:review|meta-?analys[ie]s|systematic\s+review|literature\s+review)\b(?!\s+(?:board|committee|process)|\s+of\s+(?:the\s+)?(?:medical\s+)?(?:records\s+of\s+)?\d+\s)/i,
);
const CALLS_LARGE = pattern(
  /\b(?:large|large-scale|big|major|massive|extensive|landmark)\s+(?:[\w-]+,?\s+){0,3}?(?:stud(?:y|ies)|trials?|clinical\s+trials?|analys[ie]s)\b|\b(?:hundreds|thousands)\s+of\s+(?:\w+\s+)?(?:patients|people|participants|subjects|children|adults)\b/i,
);
const CALLS_RANDOMIZED = pattern(/\brandomi[sz]ed\b/i);
const CALLS_CONTROLLED = pattern(
  /\b(?:placebo-controlled|controlled\s+(?:[\w-]+\s+){0,2}?(?:stud(?:y|ies)|trials?)|control\s+group|compared\s+with\s+(?:a\s+)?placebo)\b/i,
);
const CALLS_BLINDED = pattern(/\b(?:double|triple|single)[- ]blind(?:ed)?\b|\bblinded\b/i);
const CALLS_PROOF = pattern(
  /\b(?:prove[sdn]?|proof(?![- ]of[- ]concept)|effective(?:ness)?|efficacy)\b|\b(?:show(?:s|ed|n)?|confirm(?:s|ed)?|demonstrat(?:es|ed)|found|finds|establish(?:es|ed)?)\s+(?:that\s+)?[^.;]{0,100}?\b(?:improve[sd]?|improving|work(?:s|ed)?|reverse[sd]?|repair(?:s|ed)?|restore[sd]?|benefits?|benefited|help(?:s|ed)?|thicken(?:s|ed)?|heal(?:s|ed)?|regrow|regrew|reduce[sd]?|relieve[sd]?|relief|slow(?:s|ed)?|halt(?:s|ed)?|halve[sd]?|preserve[sd]?|raise[sd]?|lower(?:s|ed)?|brought\s+back|bring(?:s)?\s+back|increase[sd]?|gain(?:s|ed)?|grow(?:s|th)?|grew|shrink(?:s)?|shrank|outperform(?:s|ed)?|cut(?:s)?|smooth(?:s|ed)?|prevent(?:s|ed)?|protect(?:s|ed)?|keeps?|speed(?:s)?\s+(?:up\s+)?recovery|boost(?:s|ed)?|more\s+hairs?)\b|\bconfirm(?:s|ed)?\s+(?:these|the|its|their|those|our)\s+(?:\w+\s+)?(?:results|findings|benefits?|success)\b|\b(?:fewer|less|better|more|greater|lower|higher)\s+[^.;]{0,60}?\bthan\s+(?:those|patients|people|participants|children|adults|the\s+(?:group|ones|patients|controls))\s+(?:\w+\s+){0,2}?(?:given|on|receiving|who\s+(?:got|received|took))\s+(?:a\s+|the\s+)?(?:placebo|sham|dummy)\b/i,
);
/** "a meta-analysis of randomized trials": what a review is said to have pooled. */
const CALLS_REVIEW_OF_RCTS = pattern(
  /\b(?:review|meta-?analys[ie]s|analys[ie]s)\s+of\s+(?:\w+\s+){0,2}?(?:randomi[sz]ed|placebo-controlled|double-blind)\b/i,
);
/** Words that say a study settled it, not that it found something. */
const CALLS_STRONG_PROOF = pattern(
  /\b(?:prove[sdn]?|proof|confirm(?:s|ed)?|establish(?:es|ed)?|conclusive(?:ly)?|definitive(?:ly)?)\b/i,
);
/** "no study had yet shown": a denial, not a claim of proof. */
const DENIES_PROOF = pattern(
  /\b(?:no|not|never|nor|yet\s+to|failed\s+to|did\s+not|does\s+not)\b[^.;]{0,40}\b(?:shown|show|proven|prove|showed|proved|found|find|benefit|confirm|confirmed)\b|\bnot\s+(?:that|whether)\s+(?:it|they|the\s+\w+)\s+works?\b/i,
);
/** "found no improvement", "did not improve", "no significant difference": a result reported as not reached. */
const REPORTS_NO_BENEFIT = pattern(
  /\bnot\s+yet\s+(?:robust|enough|sufficient|strong|good|convincing)\b|\buntil\b[^.;]{0,60}\b(?:established|proven|shown)\b|\b(?:be|are|is)\s+shown\s+to\s+be\b|\bnone\s+of\b|\b(?:both|all)\s+(?:the\s+)?(?:groups|arms)\b|\bsimilarly\b|\bno\s+more\s+than\b|\babout\s+the\s+same\b|\bno\s+better\s+than\b|\b(?:found|showed|concluded)\s+that\s+(?:none|neither|no)\b|\bnot\s+(?:yet\s+)?supported\b|\b(?:show(?:s|ed|n)?|found|finds?|report(?:s|ed)?|saw)\s+no\b|\b(?:did|does|do|could)\s+not\s+(?:\w+\s+)?(?:improve|work|help|reduce|slow|halt|benefit|change|differ)|\bno\s+(?:significant\s+|meaningful\s+|clear\s+)?(?:improvement|benefit|difference|effect|change)s?\b|\bnot\s+(?:significantly|statistically)\b/i,
);
/**
 * What a study set out to test, not what it found: "tested the safety and
 * efficacy", "designed to assess efficacy", "not efficacy". Removed before
 * the proof words are looked for.
 */
const ASKS_ABOUT_EFFICACY =
  /\b(?:assess|evaluat|test|measur|explor|examin|investigat|determin|stud|look|aim|goal|design|power|intend|meant)\w*\s+(?:\w+\s+){0,5}?(?:efficacy|effectiveness)\b|\b(?:not|rather\s+than|nor)\s+(?:their\s+|its\s+|for\s+|on\s+)?(?:efficacy|effectiveness)\b|\b(?:efficacy|effectiveness)\s+(?:was|is)\s+not\b/gi;
/** Other people's claims reported: "clinics that sell it as proven", "marketed as effective". */
const OTHERS_CLAIM =
  /\b(?:(?:sold|marketed|advertised|promoted|presented)\s+|sell(?:s|ing)?\s+(?:\w+\s+){1,3}?)as\s+(?:proven|effective|a\s+cure)\b/gi;
/** A finding the page itself holds back: "which the researchers said need further study". */
const HELD_BACK =
  /\bneeds?\s+(?:further|more)\s+(?:study|studies|research|testing|confirmation)\b|\b(?:on|in)\s+(?:other|secondary)\s+(?:measures|outcomes)\b|\bpreliminary\b|\bexploratory\b|\bthose\s+(?:without|with)\b|\bsubgroups?\b|\bat\s+the\s+(?:lower|higher|low|high|lowest|highest)\s+dose\b/i;

/**
 * Words about studies still to come: "larger randomized trials are needed", "a double-blind trial should
 * follow". A design word this close to one is about those studies, not the one the page cites.
 */
const LOOKS_AHEAD =
  /\b(?:need(?:s|ed)?|required|future|further|next|planned|will|would|should|must|call(?:s|ed)?\s+for|underway|ongoing|upcoming|larger)\b/gi;
const AHEAD_REACH = 40;
const GLOBAL = new WeakMap<RegExp, RegExp>();

/** Whether `re` matches the sentence somewhere that is not about studies still to come. */
function saysOfThisStudy(sentence: string, re: RegExp): boolean {
  const ahead = [...sentence.matchAll(LOOKS_AHEAD)].map((m) => m.index);
  if (!ahead.length) return re.test(sentence);
  let all = GLOBAL.get(re);
  if (!all) {
    all = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    GLOBAL.set(re, all);
  }
  for (const m of sentence.matchAll(all)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!ahead.some((at) => at < end + AHEAD_REACH && at > start - AHEAD_REACH)) return true;
  }
  return false;
}

/** "In a randomized trial, umbilical cord cells brought lupus nephritis into remission": a result put in the study's mouth. */
/** A result the authors are said to have reported, in their voice: "the authors reported that…". */
const AUTHORS_REPORTED = /\bthe\s+(?:authors|researchers|investigators|study\s+team)\s+(?:reported|found|noted|said|wrote)\b/i;
const IN_THE_STUDY_RESULT = pattern(
  /^\s*(?:in|during)\s+(?:a|an|the|this|that|their|one)\s+(?:[\w-]+,?\s+){0,4}?(?:trial|study)\b[^.;]{0,60},\s+[^.;]{0,120}?\b(?:improved|reduced|brought|restored|healed|reversed|cured|repaired|regrew|helped|slowed|halted|beat|outperformed|relieved|regenerated|(?:went|go|going)\s+into\s+remission)\b/i,
);

/** Whether the sentence says the study showed the treatment works (not what it tested, not what it did not find). */
function claimsProof(sentence: string, study?: StudyView): boolean {
  const asserted = sentence.replace(ASKS_ABOUT_EFFICACY, ' ').replace(OTHERS_CLAIM, ' ');
  // A result told as the study's own ("In a trial, X improved…") is a fair report unless the record knows the
  // study found no benefit or could not: it missed its goal, measured safety, or had no comparison group.
  const p = study?.primaryEndpoint;
  const knownNoBenefit =
    !!study &&
    (p?.met === false ||
      p?.measures === 'safety' ||
      p?.measures === 'feasibility' ||
      study.publicationType === 'single-arm-trial' ||
      study.publicationType === 'case-series' ||
      study.publicationType === 'case-report');
  return (
    (saysOfThisStudy(asserted, CALLS_PROOF) ||
      (knownNoBenefit && IN_THE_STUDY_RESULT.test(asserted) && !AUTHORS_REPORTED.test(asserted))) &&
    !DENIES_PROOF.test(asserted) &&
    !REPORTS_NO_BENEFIT.test(asserted) &&
    !HELD_BACK.test(asserted)
  );
}
/** "a 2021 clinical trial", "this trial": one trial, not the trials a review pooled. */
const CALLS_ONE_TRIAL = pattern(
  /\b(?:a|an|the|this|that|one)\s+(?:(?:19|20)\d\d\s+)?(?:[\w-]+\s+){0,2}?(?:clinical\s+)?trial\b(?!s|\s+(?:data|results|evidence))/i,
);
/** "has not been tested in a large trial": no trial is said to exist. */
const NO_TRIAL = pattern(/\b(?:not|no|never|without|yet\s+to)\b[^.;]{0,40}?\btrial\b/i);
const CALLS_TRIAL = pattern(/\b(?:clinical\s+trial|controlled\s+trial|(?:this|the|a)\s+trial)\b/i);
// A sentence that says the study was not X ("not randomized", "without a control group") describes it fairly.
const NEGATED = pattern(
  /\b(?:not|non-|no|without|un)[- ]?(?:(?:a|any)\s+)?(?:randomi[sz]ed|controlled|blinded|control\s+group|comparison\s+group)\b/i,
);

/** "a phase 1 trial of 12 people without a comparison group": what the study was, plainly. */
export function whatItWas(study: StudyView): string {
  const n = peopleCount(study);
  const of = n !== null ? ` of ${peopleText(n)}` : '';
  const phase = study.phase ? `phase ${study.phase} ` : '';
  switch (study.publicationType) {
    case 'single-arm-trial':
      return `a ${phase}trial${of} without a comparison group`;
    case 'rct':
      return `a ${phase}randomized trial${of}`;
    case 'nonrandomized-trial':
      return `a ${phase}trial${of} whose groups were not chosen at random`;
    case 'case-series':
      return n !== null
        ? `a report on ${peopleText(n)} who were treated, without a comparison group`
        : STUDY_TYPES['case-series'].noun;
    case 'cohort':
      return `an observational study${of}`;
    case null:
      return 'a study of a kind our record does not name';
    default:
      return STUDY_TYPES[study.publicationType].noun;
  }
}

/** Kinds of treatment a page may sell and a study may have tested, told apart by their words. */
const TREATMENTS: { name: string; re: RegExp }[] = [
  { name: 'exosomes', re: pattern(/\b(?:exosomes?|extracellular\s+vesicles|secretome|conditioned\s+medi(?:um|a))\b/i) },
  { name: 'platelet-rich plasma', re: pattern(/\b(?:PRP|platelet[- ]rich|platelet\s+lysate)\b/i) },
  { name: 'a supplement', re: pattern(/\b(?:supplements?|capsules?|tablets?|activators?|nutraceuticals?|algae)\b/i) },
  { name: 'fat-derived cells', re: pattern(/\b(?:fat|adipose|lipoaspirate|SVF|stromal\s+vascular)\b/i) },
  { name: 'bone marrow cells', re: pattern(/\b(?:bone\s+marrow|BMAC|marrow)\b/i) },
  { name: 'cord or placental cells', re: pattern(/\b(?:cord\s+blood|umbilical|wharton|placenta\w*|amniotic|perinatal)\b/i) },
  { name: 'fibroblasts', re: pattern(/\bfibroblasts?\b/i) },
  { name: 'shockwave therapy', re: pattern(/\b(?:shock\s?wave|ESWT)\b/i) },
  { name: 'NAD+', re: pattern(/\bNAD\+?(?=\W|$)/i) },
];

/** The kinds of treatment a text names. */
function treatmentsIn(text: string): Set<string> {
  return new Set(TREATMENTS.filter((t) => t.re.test(text)).map((t) => t.name));
}

/**
 * A study cited for a treatment it did not test: "a trial showed that exosome facials smooth lines" citing a
 * trial of fibroblasts. Only when the sentence says the study showed a benefit, and both sides name a kind.
 */
function treatmentMismatch(sentence: string, study: StudyView): { how: Misdescription; note: string } | null {
  const tested = [study.intervention.cellType, study.intervention.source, study.title].filter(Boolean).join(' ');
  const studied = treatmentsIn(tested);
  const named = treatmentsIn(sentence);
  if (!studied.size || !named.size || [...named].some((t) => studied.has(t))) return null;
  if (!claimsProof(sentence)) return null;
  const [page] = named;
  const [trial] = studied;
  return { how: 'treatment', note: `The page cites this study for ${page}. The study tested ${trial}.` };
}

/** The notes for one sentence describing one cited study, or none when its words agree with the record. */
export function describeMismatch(sentence: string, study: StudyView): { how: Misdescription; note: string } | null {
  const found = designMismatch(sentence, study);
  // A retracted paper misdescribed: what it was, and that it no longer stands.
  return found && study.status.retracted ? { ...found, note: `${found.note} The paper was later retracted.` } : found;
}

function designMismatch(sentence: string, study: StudyView): { how: Misdescription; note: string } | null {
  const type = study.publicationType;
  const it = whatItWas(study);
  const n = peopleCount(study);
  if (type && PRIMARY.has(type) && CALLS_REVIEW.test(sentence)) {
    return { how: 'review', note: `The page calls this study a review. It was ${it}.` };
  }
  if (n !== null && n < 100 && saysOfThisStudy(sentence, CALLS_LARGE)) {
    return { how: 'size', note: `The page calls this study large. It included ${peopleText(n)}.` };
  }
  if (!NEGATED.test(sentence)) {
    const notRandomized =
      study.randomized === false ||
      type === 'single-arm-trial' ||
      type === 'nonrandomized-trial' ||
      type === 'case-series' ||
      type === 'case-report';
    if (notRandomized && saysOfThisStudy(sentence, CALLS_RANDOMIZED)) {
      return { how: 'randomized', note: `The page calls this study randomized. It was not: it was ${it}.` };
    }
    if (
      (study.control === 'none' || type === 'single-arm-trial' || type === 'case-series') &&
      saysOfThisStudy(sentence, CALLS_CONTROLLED)
    ) {
      return {
        how: 'controlled',
        note: `The page describes this study as controlled. It had no comparison group: it was ${it}.`,
      };
    }
    if (isBlinded(study.blinding) === false && saysOfThisStudy(sentence, CALLS_BLINDED)) {
      return {
        how: 'blinded',
        note: `The page calls this study blinded. It was open-label: patients and doctors knew who got what.`,
      };
    }
  }
  const other = treatmentMismatch(sentence, study);
  if (other) return other;
  if (type && REVIEWS.has(type)) {
    // A review reported as finding something may be fairly reported; saying it proved the treatment is not,
    // when its authors judged the evidence weak or it pooled mostly uncontrolled or animal studies.
    if (saysOfThisStudy(sentence, CALLS_ONE_TRIAL) && !CALLS_REVIEW.test(sentence) && !NO_TRIAL.test(sentence)) {
      return {
        how: 'trial',
        note: `The page calls this review a clinical trial. It was ${it}, and tested no treatment itself.`,
      };
    }
    const review = study.review;
    if (review?.pooled && review.pooled !== 'randomized' && CALLS_REVIEW_OF_RCTS.test(sentence)) {
      const pooled =
        review.pooled === 'mixed'
          ? 'randomized trials together with other kinds of study'
          : 'mostly uncontrolled or animal studies';
      return { how: 'randomized', note: `The page says this review pooled randomized trials. It pooled ${pooled}.` };
    }
    if (type === 'narrative-review' && CALLS_STRONG_PROOF.test(sentence) && !DENIES_PROOF.test(sentence)) {
      return {
        how: 'works',
        note: 'The page says this review proved the treatment works. It was a narrative review: it describes other studies without pooling them, and cannot prove that a treatment works.',
      };
    }
    const weak =
      review && (review.pooled === 'uncontrolled-or-animal' || review.certainty === 'low' || review.certainty === 'very-low');
    if (weak && CALLS_STRONG_PROOF.test(sentence) && !DENIES_PROOF.test(sentence)) {
      const why =
        review.certainty === 'low' || review.certainty === 'very-low'
          ? `Its authors judged the certainty of the evidence ${review.certainty === 'low' ? 'low' : 'very low'}.`
          : 'It pooled mostly uncontrolled or animal studies.';
      return { how: 'works', note: `The page says this review proved the treatment works. ${why}` };
    }
  } else if (!showsBenefit(study) && claimsProof(sentence, study)) {
    const p = study.primaryEndpoint;
    const why =
      p.measures === 'safety' || p.measures === 'feasibility'
        ? `Its main goal was to test ${p.measures === 'safety' ? 'safety' : 'whether the treatment could be given'}: it was ${it}.`
        : p.met === false
          ? `It did not meet its main goal: it was ${it}.`
          : type && TRIALS.has(type) && type !== 'single-arm-trial'
            ? `Our record does not show that it found a benefit over its comparison group: it was ${it}.`
            : `It was ${it}, which cannot show that a treatment works.`;
    return { how: 'works', note: `The page says this study showed the treatment works. ${why}` };
  }
  if (
    (type === 'case-series' || type === 'case-report' || type === 'cohort') &&
    saysOfThisStudy(sentence, CALLS_TRIAL) &&
    !/\bnot\s+a\s+(?:clinical\s+)?trial\b/i.test(sentence)
  ) {
    return { how: 'trial', note: `The page calls this study a clinical trial. It was ${it}.` };
  }
  return null;
}

function surnameOf(author: string | undefined): string | null {
  if (!author) return null;
  return foldText(author.replace(/\s+[A-Z]{1,4}$/, '')).trim() || null;
}

/** A printed reference that disagrees with the study its identifier points to: first author, year or journal. */
export function referenceMismatch(cited: CitedRecordStudy): string | null {
  const ref = cited.reference;
  const study = cited.study;
  if (!ref || !Object.keys(cited.ids).length) return null;
  // Two entries read as one ("Smith J, et al. … 2014. Jones K, et al. … doi: …"): which one the identifier belongs to is not known.
  if ((ref.text.match(/\bet\s+al\b/gi)?.length ?? 0) > 1) return null;
  const year = study.year;
  // The year must be printed in the entry itself, not read from the next one run in after it.
  if (year !== null && Math.abs(ref.year - year) > 1 && ref.text.includes(String(ref.year))) {
    return `The page gives ${ref.year} for this reference; the study with this ${idName(cited.ids)} was published in ${year}.`;
  }
  const first = surnameOf(study.authors[0]);
  if (first && !foldText(ref.surname).includes(first) && !first.includes(foldText(ref.surname))) {
    return `The page names ${ref.surname} as this reference's first author; the study with this ${idName(cited.ids)} was led by ${study.authors[0]?.replace(/\s+[A-Z]{1,4}$/, '')}.`;
  }
  const names = [study.journal.name, study.journal.abbrev].filter((j): j is string => !!j);
  if (ref.journal && names.length && !names.some((j) => sameJournal(ref.journal as string, j))) {
    return `The page gives ${ref.journal} as this reference's journal; the study with this ${idName(cited.ids)} appeared in ${study.journal.name ?? study.journal.abbrev}.`;
  }
  return null;
}

// "J" is "Journal" abbreviated; a bracketed place tells apart journals of one name ("Pharmaceuticals (Basel)").
const JOURNAL_FILLER = new Set(['the', 'of', 'and', 'in', 'for', 'on', 'journal', 'j']);
const journalWords = (name: string) =>
  foldText(name)
    .replace(/['’]s\b/g, 's')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/&/g, ' ')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !JOURNAL_FILLER.has(w));

/** Whether a printed journal name is this journal, spelled out or abbreviated ("Stem Cells Transl Med"). */
export function sameJournal(printed: string, name: string): boolean {
  const short = journalWords(printed);
  const full = journalWords(name);
  if (!short.length || !full.length) return true;
  // Each printed word is the start of the next word of the full name, in order.
  let at = 0;
  for (const word of short) {
    while (at < full.length && !(full[at] as string).startsWith(word)) at++;
    if (at >= full.length) return false;
    at++;
  }
  return true;
}

function idName(ids: CitationIds): string {
  if (ids.doi) return 'DOI';
  if (ids.pmid) return 'PubMed ID';
  if (ids.pmcid) return 'PMC ID';
  return 'identifier';
}

/** A numbered citation at a sentence's end: "(3)", "[3]", "(Ref: 3)", "[ref 3]". */
const NUMBERED_CITE = /\((?:refs?\.?:?\s*)?(\d{1,3})\)|\[(?:refs?\.?:?\s*)?(\d{1,3})\]/gi;

/** Whether the sentence prints the study's journal, spelled out or abbreviated (at least 8 letters of it). */
function printsJournal(folded: string, study: StudyView): boolean {
  return [study.journal.name, study.journal.abbrev].some((j) => {
    if (!j) return false;
    const name = foldText(j)
      .replace(/\([^)]*\)/g, ' ')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    if (name.replace(/ /g, '').length < 8) return false;
    return ` ${folded.replace(/[^a-z0-9]+/g, ' ')} `.includes(` ${name} `);
  });
}

const escapeName = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Capitals that name a kind of cell, a disease, a method or a society, not one study: "UC-MSCs", "HSCT", "ISSCR". */
const NOT_A_NAME =
  /MSC|SCs?$|MNC|MMC|HSCT|PRP|ADRC|MFAT|ESWT|^CD\d|ADPKD|ISSCR|SMSNA|SVF|NPs?$|^(?:ADSC|BMSC|UCB|BMAC|COVID|SARS|ARDS|COPD|USA|HEART|GRADE)/i;

/**
 * The names a page may call a study by: a product or trial named in brackets in its title or treatment ("MSC-NTF
 * (NurOwn)"), or a capitalised acronym in its title ("SCIPIO", "CHART-1", "ADMIRE-CD").
 */
export function trialNames(study: StudyView): string[] {
  const names = new Set<string>();
  const text = [study.title, study.intervention.cellType].filter(Boolean).join(' ');
  for (const m of text.matchAll(/\(([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)?)\)/g))
    if ((m[1] as string).length >= 4) names.add(m[1] as string);
  for (const m of (study.title ?? '').matchAll(/\b[A-Z][A-Z0-9]{3,}(?:-[A-Z0-9]+)?\b/g)) {
    if (m[0].length >= 5 || m[0].includes('-')) names.add(m[0]);
  }
  return [...names].filter((n) => !NOT_A_NAME.test(n));
}

/** The numbers of people a sentence gives: "505 patients", "565 people", "twelve adults" is not read. */
function sizesIn(sentence: string): Set<number> {
  const sizes = new Set<number>();
  for (const m of sentence.matchAll(
    /\b(\d{1,3}(?:,\d{3})*|\d+)\s+(?:patients|people|participants|adults|children|subjects|men|women|volunteers)\b/gi,
  ))
    sizes.add(Number((m[1] as string).replace(/,/g, '')));
  return sizes;
}

const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4' };
/** "phase II", "phase 1/2", "Phase I/II": the phase a sentence gives, as the record writes it ("2", "1/2"). */
const PHASE = pattern(/\bphase\s+(iv|i{1,3}|[1-4])(?:\s*[/-]\s*(iv|i{1,3}|[1-4]))?[ab]?\b/i);
function phaseIn(sentence: string): string | null {
  const m = PHASE.exec(sentence);
  if (!m) return null;
  const one = (p: string) => ROMAN[p.toLowerCase()] ?? p;
  return m[2] ? `${one(m[1] as string)}/${one(m[2])}` : one(m[1] as string);
}
const phaseOf = (study: StudyView) => study.phase?.replace(/[ab]/g, '') ?? null;

/** "a 2022 systematic review", "the 2019 meta-analysis", "a 2021 study": a study known by its year and kind. */
const A_DATED_STUDY = pattern(
  /\b(?:a|an|the|one|this|that)\s+((?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}?(review|meta-analys[ie]s|stud(?:y|ies)|trial)\b/i,
);
/** A sentence about one study in a condition: "A study in very young children with type 1 diabetes found…". */
const A_STUDY_IN = pattern(
  /^\s*(?:in\s+)?(?:a|an|one|the|this|that|another)\s+(?:[\w-]+\s+){0,4}?(?:study|trial)\s+(?:in|of|on|with|among|for|involving)\b/i,
);
/** Whether the sentence names one of the study's conditions whole: "type 1 diabetes", "COPD". */
function namesCondition(folded: string, study: StudyView): boolean {
  const text = ` ${folded.replace(/[^a-z0-9]+/g, ' ')} `;
  return study.conditions.some((c) => {
    const name = foldText(c)
      .replace(/\([^)]*\)/g, ' ')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    return name.length >= 4 && text.includes(` ${name} `);
  });
}

/**
 * The cited study a sentence describes: the one whose identifier it holds,
 * whose first author it names, or, naming no author, whose journal it prints.
 */
export function studyDescribed(sentence: string, cited: readonly CitedRecordStudy[]): CitedRecordStudy | null {
  const keys = new Set(citationKeys(Object.fromEntries(findIdentifiers(sentence).map((m) => [m.kind, m.value]))));
  if (keys.size) {
    const byId = cited.filter((c) => citationKeys(c.ids).some((k) => keys.has(k)));
    // The same study may be cited twice (in the text and in the reference list).
    if (byId.length && new Set(byId.map((c) => c.study.id)).size === 1) return byId[0] as CitedRecordStudy;
  }
  // "(3)", "[3]", "(Ref: 3)": the numbered entry of the page's reference list.
  const numbers = [...sentence.matchAll(NUMBERED_CITE)].map((m) => Number(m[1] ?? m[2]));
  if (numbers.length === 1) {
    const byNumber = cited.filter((c) => c.number === numbers[0]);
    if (byNumber.length && new Set(byNumber.map((c) => c.study.id)).size === 1) return byNumber[0] as CitedRecordStudy;
  }
  const folded = foldText(sentence);
  const named = cited.filter((c) => {
    if (trialNames(c.study).some((name) => new RegExp(`(?<![\\w-])${escapeName(name)}(?![\\w-])`).test(sentence))) return true;
    const surname = surnameOf(c.study.authors[0]) ?? (c.reference ? foldText(c.reference.surname) : null);
    if (!surname || surname.length < 2) return false;
    const name = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // A short surname ("Ao") must come with "et al." or a year; a longer one may stand with "'s" too.
    const after =
      surname.length < 4
        ? '\\s+(?:et\\s+al|and\\s+colleagues)|,?\\s+\\(?(?:19|20)\\d\\d'
        : "\\s+(?:et\\s+al|and\\s+(?:colleagues|co-?workers))|['’]s\\b|,?\\s+\\(?(?:19|20)\\d\\d|\\s+(?:&|and)\\s+[a-z'’-]+,?\\s+\\(?(?:19|20)\\d\\d";
    return new RegExp(`(?<![a-z])${name}(?:${after})`).test(folded);
  });
  // "(Schiess et al., 2025)": with two studies by one author, the year the sentence gives decides.
  const years = new Set([...sentence.matchAll(/\b((?:19|20)\d\d)\b/g)].map((m) => Number(m[1])));
  // Without a name, a journal the sentence prints ("published in Movement Disorders", "(Basic Clin Androl, 2024)"),
  // or the number of people it gives ("a randomized trial of 505 patients") when only one cited study had that many.
  const byJournal = named.length ? [] : cited.filter((c) => printsJournal(folded, c.study));
  const bySize = named.length || byJournal.length ? [] : cited.filter((c) => sizesIn(sentence).has(peopleCount(c.study) ?? -1));
  // Then the phase it gives ("Duke's phase II trial"), then the condition a study is said to be in ("a study in
  // children with type 1 diabetes"), each when only one cited trial or case study had it.
  let found = named.length ? named : byJournal.length ? byJournal : bySize;
  const phase = phaseIn(sentence);
  // A review spans its condition's trials, and a sentence with an identifier of its own names another study.
  // A paper's title ("…: a randomized trial") describes that paper.
  const primary = keys.size || sentence.includes(':') ? [] : cited.filter((c) => PRIMARY.has(c.study.publicationType ?? ''));
  if (!found.length && phase) found = primary.filter((c) => phaseOf(c.study) === phase);
  if (!found.length && A_STUDY_IN.test(sentence)) found = primary.filter((c) => namesCondition(folded, c.study));
  // "a 2022 systematic review of randomized trials": the one cited review (or study) of that year.
  const dated = A_DATED_STUDY.exec(sentence);
  if (!found.length && dated) {
    const review = !/stud|trial/i.test(dated[2] as string);
    found = cited.filter((c) => c.study.year === Number(dated[1]) && REVIEWS.has(c.study.publicationType ?? '') === review);
  }
  const datedFound = years.size ? found.filter((c) => years.has((c.study.year ?? c.reference?.year) as number)) : found;
  // A year that matches none of them names another paper: no study is described for certain.
  const pool = years.size ? datedFound : found;
  const distinct = new Set(pool.map((c) => c.study.id));
  return distinct.size === 1 ? (pool[0] as CitedRecordStudy) : null;
}
