/**
 * Testimonial: patients' own accounts of a treatment, quoted or told in the
 * first person ("After my second treatment I walked without a cane"), and
 * people said to report results ("Patients report more energy"). First in
 * priority: a patient's story stays a story even when it praises results.
 */
import { FIRST_PERSON, FIRST_PERSON_SINGULAR, QUOTATION } from '../language/first-person';
import { isExpertQuote } from '../language/not-the-seller';
import { PATIENTS, words } from '../language/vocabulary';
import { type ClaimKindModule, pattern, rule } from '../rule';

/** Cheap pre-check for the story test (case-sensitive "I"). */
const STORY_HINT = pattern(/["“”]|\bI\b|\b[Mm]y\b|-year-old\b|\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b/);
/** Words of a story about one's own treatment; enough inside a quotation. */
const EXPERIENCE = pattern(
  /\b(?:again|finally|anymore|no\s+longer|my\s+treatment|treatment|injection|infusion|better|pain|walk(?:ed|ing)?|thanks\s+to|grateful|changed\s+my|amazing|first\s+time|symptoms?|energy|sleep|speech|vision|I\s+(?:can|could|was|had|have\s+been|am))\b/i,
);
/** A good outcome told in the first person; needed when the story is not quoted ("I was diagnosed in 2016" is not a testimonial). */
const GOOD_OUTCOME = pattern(
  /\b(?:again|no\s+longer|anymore|finally|gone|lifted|eased|disappeared|vanished|improved|better|stronger|healthier|younger|filled\s+in|stopped\s+(?:wearing|using|taking|needing)|back\s+(?:to|at|on|in)|without\s+(?:the\s+|a\s+|my\s+)?(?:walker|cane|wheelchair|pain|pills|inhaler|glasses)|thanks\s+to|grateful|amazing|life-changing|changed\s+my\s+life|recommend)\b/i,
);

/** One patient's story told about them: "A 61-year-old teacher walked without support four months after…". */
const THIRD_PERSON_STORY = pattern(
  /\b(?:an?\s+\d{1,3}-year-old|(?:he|she)\s+(?:can|could|now|is\s+back|walked|returned|regained|stopped))\b[^.!?]{0,160}\b(?:after|since|within|now|again|no\s+longer|without)\b|\b(?:his|her)\s+(?:\w+\s+){0,3}(?:pain|symptoms|tremor|spasms?)\s+(?:was|were)\s+gone\b/i,
);

/** A quoted or first-person account of the speaker's own treatment. */
function isTestimonialStory(sentence: string): boolean {
  if (isExpertQuote(sentence)) return false;
  if (THIRD_PERSON_STORY.test(sentence)) return true;
  // A quoted story must be about the treatment or its effect ("the staff were lovely" is not a testimonial of results).
  if (QUOTATION.test(sentence) && EXPERIENCE.test(sentence)) return true;
  return FIRST_PERSON_SINGULAR.test(sentence) && GOOD_OUTCOME.test(sentence);
}

export const testimonial: ClaimKindModule = {
  kind: 'testimonial',
  withoutTrigger: { hint: STORY_HINT, test: isTestimonialStory },
  stems: words`
    reviews read watch hear swear rave testimonial stor(?:y|ies) report tell say describ share write rave
  `,
  rules: [
    // Unnumbered people reporting what happened to them: "Patients report…", "Parents tell us…".
    rule(
      String.raw`\b${PATIENTS}\s+(?:often\s+|frequently\s+|regularly\s+|consistently\s+|routinely\s+|also\s+|now\s+)?(?:report|reports|tell\s+us|tells\s+us|say|says|describe|describes|share|shares|write|writes|rave|rave\s+about|swear\s+by)\b`,
      {
        unless:
          /\d\s?%|\bpercent\b|\bout\s+of\s+(?:\d+|ten|five|four|three)\b|\b\d+\s+of\s+\d+\b|\bin\s+(?:a|an|the|our)\s+(?:\w+\s+)?(?:survey|study|poll)\b/i,
      },
    ),
    // Not a bare menu link ("Patient Stories"): stories framed as successes, or an invitation to watch them.
    rule(
      /\bsuccess\s+stor(?:y|ies)\b|\b(?:read|watch|see|hear)\s+(?:more\s+)?(?:of\s+)?(?:our\s+)?(?:\w+\s+){0,2}(?:testimonials|stories|reviews)\b/gi,
      { negation: 'none' },
    ),
  ],
};
