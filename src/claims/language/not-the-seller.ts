/**
 * Sentences that are not the seller's claims: disclaimers, findings reported
 * from a study, someone else's marketing reported, quotes from experts,
 * statements that the evidence is weak. And two filters some kinds apply:
 * getting better by itself, and modest effects (sellers do not undersell).
 */
import { pattern } from '../rule';
import { FIRST_PERSON_SINGULAR, QUOTATION } from './first-person';

const DISCLAIMER = pattern(
  new RegExp(
    [
      String.raw`\bresults?\s+(?:may\s+|will\s+|can\s+)?(?:vary|varies|differ)`,
      String.raw`\bresults\s+depend`,
      String.raw`\bindividual\s+results\b`,
      String.raw`\bresults\s+(?:are|is)\s+not\s+guaranteed`,
      String.raw`\bnot\s+typical\b`,
      String.raw`\bno\s+guarantees?\b`,
      String.raw`\b(?:cannot|can[’']t|do\s+not|don[’']t|does\s+not|doesn[’']t)\s+(?:promise|guarantee|predict)`,
      String.raw`\b(?:consult|ask|talk\s+(?:to|with)|speak\s+(?:to|with)|check\s+with|see)\s+(?:with\s+)?(?:your|a|their)\s+(?:own\s+)?(?:doctor|physician|gp|healthcare|health\s+care|medical|pharmacist|neurologist|specialist|dermatologist|cardiologist|rheumatologist|paediatrician|pediatrician|obstetrician|provider|surgeon|care\s+team)`,
      String.raw`\bdiscuss\b[^.!?]{0,60}\bwith\s+your\s+(?:doctor|physician|neurologist|specialist|healthcare)`,
      String.raw`\bnot\s+intended\s+to\s+(?:diagnose|treat|cure|prevent|replace)`,
      String.raw`\bnot\s+been\s+evaluated\s+by\b`,
      String.raw`\bnot\s+(?:a\s+)?(?:substitute|replacement)\s+for\b`,
      String.raw`\bnot\s+medical\s+advice\b`,
      String.raw`\b(?:informational|educational|information)\s+purposes\b`,
      String.raw`\bresearch\s+use\s+only\b`,
      String.raw`\bnot\s+for\s+human\s+consumption\b`,
      String.raw`\bseek\s+(?:emergency|immediate|medical)\b`,
    ].join('|'),
    'i',
  ),
);

/** A finding reported from a particular study: "the trial found…", "Genchi et al. reported…". */
const STUDY_REPORT = pattern(
  /(?<!\b(?:that|which|who)\s+(?:\w+\s+)?)\b(?:stud(?:y|ies)|trials?|reviews?|meta-analys[ie]s|analysis|survey|report|experiments?|researchers|authors|investigators|scientists|doctors|team|et\s+al\.?)(?:\s|,)[^!?]{0,150}?\b(?:found|reported|observed|concluded|noted|described|compared|gave|followed|tested|assigned|enrolled|measured|recorded|did\s+not|saw|looked|treated|randomi[sz]ed|showed|had\s+(?:no|fewer|more|less|similar|better|worse))\b/i,
);
/** Research in progress is not a finding, let alone the seller's: "researchers are studying whether…". */
const ONGOING_RESEARCH = pattern(
  /\b(?:researchers|scientists|trials?|studies|teams?|groups)\s+(?:\w+\s+){0,3}?(?:are|is)\s+(?:now\s+|still\s+)?(?:studying|testing|investigating|exploring|looking\s+at|running)\b/i,
);
const ACCORDING_TO_STUDY = pattern(
  /\baccording\s+to\s+(?:a|an|the|one|this)\s+(?:\w+\s+){0,3}(?:study|trial|review|report|analysis)\b/i,
);
/** The seller's own study or survey is the seller's claim. */
const OWN_STUDY = pattern(
  /\b(?:our|we)\b[^.!?]{0,30}\b(?:stud(?:y|ies)|trials?|survey|data|research|results|patients|clinic|team)\b|\bwe\s+(?:found|saw|observed|reported)\b/i,
);
/** A sentence that continues a study report ("It reported…", "Seven of ten patients improved…"). */
const PAST_REPORT = pattern(
  /\b(?:was|were|had|did|improved|reported|found|showed|received|gained|needed|saw|got|went|lost|fell|rose|increased|decreased|declined|dropped|called|described)\b/i,
);
const SELLER_VOICE = pattern(/\b(?:our|we|us|you|your)\b/i);

/** A statement that the evidence is weak: "the evidence that PRP improves graft survival is mixed". */
const WEAK_EVIDENCE = pattern(
  /\bevidence\b[^.!?]{0,80}\b(?:is|are|remains?|was)\s+(?:still\s+)?(?:mixed|limited|weak|unclear|lacking|uncertain|inconclusive|conflicting|poor|thin|scarce|sparse)\b|\b(?:mixed|limited|weak|unclear|inconclusive|conflicting|little|no\s+good)\s+evidence\b|\blittle\s+(?:published\s+)?research\b/i,
);

/** Someone else's marketing, reported: "one clinic's website says its treatment…". */
const REPORTED_CLAIM = pattern(
  /\b(?:websites?|clinics?|compan(?:y|ies)|sellers?|advert\w*|marketing|ads?|brochures?|promoters?)(?:[’']s?)?\s+(?:\w+\s+){0,3}?(?:says?|said|claims?|claimed|promises?|promised|advertises?|advertised|presents?|presented|markets?|marketed|tout(?:s|ed)?)\b/i,
);
/** A quote attributed to an expert: `"…," said Dr. Park`. */
const EXPERT_QUOTE = pattern(
  /["“”][^"“”]{0,300}["“”],?\s*(?:said|says|explains?|explained|warns?|warned|adds?|added|according\s+to)\s+(?:Dr\b|Prof\b|Professor|a\s+\w+ist\b|the\s+\w+ist\b|researchers?|scientists?|experts?|neurologists?|doctors?)/i,
);

/** Getting better by itself is not a treatment's effect: "most back pain improves on its own". */
const NATURAL_COURSE = pattern(
  /\b(?:improves?|improved|resolves?|heals?|gets?\s+better|goes\s+away|settles?|recovers?)\s+(?:\w+\s+){0,2}?(?:on\s+(?:its|their)\s+own|by\s+(?:itself|themselves))\b|\bwhatever\s+the\s+treatment\b|\bregardless\s+of\s+(?:the\s+)?treatment\b|\bwithout\s+(?:any\s+)?treatment\b/i,
);

/** Sellers do not undersell: "can slow the decline a little in some people" describes a limit. */
const UNDERSTATEMENT = pattern(
  /\b(?:a\s+little|slightly|modest(?:ly)?|marginal(?:ly)?|small\s+(?:benefits?|improvements?|effects?))\b/i,
);

/** Whether the sentence reports a study's finding rather than the seller's claim. */
export function isStudyReport(sentence: string): boolean {
  if (OWN_STUDY.test(sentence)) return false;
  return STUDY_REPORT.test(sentence) || ACCORDING_TO_STUDY.test(sentence) || ONGOING_RESEARCH.test(sentence);
}

/** Whether a sentence that follows a study report continues it ("It reported…", "Seven of ten patients improved…"). */
export function continuesStudyReport(sentence: string): boolean {
  return !SELLER_VOICE.test(sentence) && PAST_REPORT.test(sentence);
}

/** Whether the sentence is an expert's quoted words (never a patient's story either). */
export function isExpertQuote(sentence: string): boolean {
  return EXPERT_QUOTE.test(sentence);
}

/**
 * Whether the sentence is not the seller's claim: a disclaimer, someone else's
 * marketing reported, an expert quoted, weak evidence admitted, or a study's
 * finding (unless it is the speaker's own quoted story); `afterStudyReport`
 * tells whether the previous sentence of the block reported a study.
 */
export function isNotTheSellersClaim(sentence: string, afterStudyReport: boolean): boolean {
  if (DISCLAIMER.test(sentence) || REPORTED_CLAIM.test(sentence) || EXPERT_QUOTE.test(sentence) || WEAK_EVIDENCE.test(sentence))
    return true;
  const ownStory = QUOTATION.test(sentence) && FIRST_PERSON_SINGULAR.test(sentence);
  if (!ownStory && isStudyReport(sentence)) return true;
  return afterStudyReport && continuesStudyReport(sentence);
}

/** "Most back pain improves on its own": not a treatment's effect. */
export function isNaturalCourse(sentence: string): boolean {
  return NATURAL_COURSE.test(sentence);
}

/** "Can slow the decline a little in some people": a limit, not a promise. */
export function isUnderstatement(sentence: string): boolean {
  return UNDERSTATEMENT.test(sentence);
}
