/**
 * Testimonial: patients' own accounts of a treatment, quoted or told in the
 * first person ("After my second treatment I walked without a cane"), and
 * people said to report results ("Patients report more energy"). First in
 * priority: a patient's story stays a story even when it praises results.
 */
import { FIRST_PERSON_SINGULAR, QUOTATION } from '../language/first-person';
import { isExpertQuote } from '../language/not-the-seller';
import { PATIENTS, words } from '../language/vocabulary';
import { type ClaimKindModule, pattern, rule } from '../rule';

/** Cheap pre-check for the story test (case-sensitive "I"). */
const STORY_HINT = pattern(
  /["“”]|\bI\b|\b[Mm]y\b|-year-old\b|\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b|\b[Aa]fter\b|\b(?:Mr|Mrs|Ms)\b|\b[Oo]ur\s+(?:client|patient)|^[Bb]efore\s+(?:and|&)\s+after|\bfrom\s+[A-Z]|,\s+\d{1,2},/,
);
/** Words of a story about one's own treatment; enough inside a quotation. */
const EXPERIENCE = pattern(
  /\b(?:again|finally|anymore|no\s+longer|my\s+treatment|treatment|injection|infusion|better|pain|walk(?:ed|ing)?|thanks\s+to|grateful|changed\s+my|amazing|first\s+time|symptoms?|energy|sleep|speech|vision)\b/i,
);
/** A good outcome told in the first person; needed when the story is not quoted ("I was diagnosed in 2016" is not a testimonial). */
const GOOD_OUTCOME = pattern(
  /^now\s+I\b|\bhiked\b|\bsleeps?\s+through\b|\bstarted\s+(?:to\s+)?(?:say|saying|speak|speaking|talk|talking|walk|walking|crawl|crawling)\b|\bwith\s+no\s+(?:brace|cane|walker|pain|relapses?)\b|\bno\s+relapses?\b|\breturned\s+to\s+(?:my\s+)?work\b|\bhalved\s+my\b|\bdropped\s+from\s+[\d.]+\s+to\b|\blike\s+(?:they|it|I)\s+did\s+in\s+my\b|\bnever\s+(?:looked|felt)\s+(?:this|so|better)\b|\bcancell?ed\s+(?:my|the|our)\s+(?:\w+\s+){0,2}(?:surgery|replacement|operation|transplant)|\bsleeping\s+through\b|\b(?:down|lost)\s+\d+\s+(?:pounds|lbs|kilos|kg)\b|\bnoticed\s+(?:the|a|such\s+a)\s+(?:\w+\s+)?difference\b|\bwent\s+(?:down\s+)?from\s+[\d.]+\s+to\s+[\d.]+|\blowered\s+my\b|\b(?:again|no\s+longer|(?<!\b(?:couldn't|could\s+not|can't|cannot)\b[^.!?]{0,60})anymore|finally|gone|lifted|eased|disappeared|vanished|improved|better|stronger|healthier|younger|clearer|steadier|filled\s+in|stopped\s+(?:wearing|using|taking|needing)|back\s+(?:to|at|on|in)|(?<!\b(?:couldn't|could\s+not|can't|cannot)\b[^.!?]{0,60})without\s+(?:the\s+|a\s+|my\s+)?(?:walker|cane|wheelchair|pain|pills|inhaler|glasses|brace|crutches|stopping|help)|recovered\s+faster|filling\s+in|half\s+what\s+it\s+was|I\s+only\s+need|said\s+(?:his|her|their)\s+first|my\s+first\s+(?:[\w-]+\s+){0,2}in\s+(?:\w+\s+)?(?:years|months)\b|barely\s+visible|hardly\s+(?:visible|noticeable)|twice\s+as\s+(?:thick|full|strong)|personal\s+(?:record|best)|cut\s+my\s+\w+\s+(?:by|in)\b|the\s+best\s+(?:they|it)\s+(?:have|has)\s+been\b|was\s+amazed\b|came\s+down\s+from\b|postponed\b|took\s+(?:the\s+|my\s+)?\w+\s+away\b|something\s+I\s+(?:couldn't|could\s+not)\s+do\b|asked\s+what\s+I\b|(?:flare|pain|symptom|seizure)-free|wish\s+I\s+had\s+done|still\s+(?:running|walking|working|hiking|playing|skiing)|faded|stopped\s+(?:aching|hurting|shaking|swelling)|thanks\s+to|grateful|amazing|life-changing|changed\s+my\s+life|recommend|gave\s+(?:him|her|me|us|them)\s+(?:a\s+second\s+chance|(?:a\s+)?new\s+life|(?:\w+\s+)?life\s+back))\b/i,
);

/** One patient's story told about them: "A 61-year-old teacher walked without support four months after…". */
const THIRD_PERSON_STORY = pattern(
  /^[A-Z][a-z]+\s+went\s+from\b[^.!?]{0,80}\bto\b|\bnow\s+(?:he|she)\s+(?:sits|stands|walks|talks|speaks|says|runs|plays|can)\b|\bafter\s+(?:his|her)\s+(?:\w+\s+){0,2}(?:program|programme|treatment|infusion|injection|session|visit|procedure|therapy)s?,?\s+(?:he|she)\s+(?:now\s+)?(?:walks|runs|plays|talks|works|can|is|has|started)\b|\b(?:an?\s+\d{1,3}-year-old|(?:he|she)\s+(?:can|could|now|is\s+back|walked|walks|returned|regained|stopped)(?!\s+(?:no\s+longer|not|never|barely|hardly)\b))\b[^.!?]{0,160}\b(?:after|since|within|now|again|no\s+longer|without)\b|\b(?:his|her)\s+(?:\w+\s+){0,3}(?:pain|symptoms|tremor|spasms?)\s+(?:was|were)\s+gone\b|\bsince\s+(?:his|her|their)\s+(?:\w+\s+)?(?:treatment|infusion|injection|therapy|program|procedure)\b[^.!?]{0,80}\b(?:went\s+from|no\s+longer|stopped|now|again)\b/i,
);
/**
 * A named patient: "After his third visit, retired pilot Gene…", "Mr. Okonkwo's creatinine…",
 * "Nine-year-old Aom…", "Our client Dana, 52, …" (case-sensitive: names are capitalised).
 */
const NAMED_PATIENT = pattern(
  /^[^.!?]{0,80}\b[Aa]fter\b[^,]{0,80},\s+(?:(?:retired|former|our)\s+(?:\w+\s+)?)?(?:(?:Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z][a-z]{2,}\b(?!\s+(?:of|and|cells?|therapy|treatment)\b)|\b(?:Mr|Mrs|Ms|Miss)\.?\s+[A-Z][a-z]+|\b[Oo]ur\s+(?:client|patient|customer)\s+[A-Z][a-z]+|\b[\w]+-year-old\s+(?:\w+\s+)?[A-Z][a-z]+|^[A-Z][a-z]+(?:\s+from\s+[A-Z][a-z]+,?|,\s+\d{1,2},)\s+(?:who\b|was\s+able|can\b|could\b|is\s+now|now\b)|^[A-Z][a-z]+,\s+an?\s+\d{1,3}-year-old\b|^[A-Z][a-z]+,\s+an?\s+(?:[\w-]+\s+){1,3}from\s+[A-Z]|^(?:[A-Z]?[a-z]+\s+){1,3}later,?\s+[A-Z][a-zà-ÿ]{2,}\b|^[Ww]ithin\s+[^,]{0,40},\s+[A-Z][a-zà-ÿ]{2,}\s+(?:was|is|could|can|started)\b|^[A-Z][a-zà-ÿ]{2,}\s+now\s+(?:walks|talks|sits|stands|runs|speaks|reads|sleeps|plays|eats|uses)\b/,
);
/** What the named patient can do now, or what changed: the result the story is told for. */
const STORY_OUTCOME = pattern(
  /\b(?:stood\s+up|first\s+time\s+in|for\s+the\s+first\s+time|started\s+(?:to\s+\w+|\w+ing)|(?:can|could|is\s+able\s+to|was\s+able\s+to)\s+(?!not\b|no\b|never\b|barely\b|hardly\b)\w+|now|again|(?<!\b(?:could|can|would)\s)no\s+longer|stopped|has\s+stopped|cancell?ed|went\s+back|returned|regained|sits|stands|walks|walked|without\s+support|recovered|improved|crawl|talks|speaks|reads|said\s+(?:his|her|their)\s+first|fell\s+from|dropped\s+from|went\s+from|postponed|guess|new\s+growth|has\s+not\s+(?:used|needed|taken)|turn(?:ed)?\s+(?:his|her)\s+\w+\s+down)\b/i,
);
/** "Eight weeks after the infusion, Noah asked for juice": what one patient did some time after treatment. */
const TIME_AFTER = pattern(
  /\b(?:days?|weeks?|months?|years?)\s+(?:after|since|following)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+)?(?:program|programme|therapy|treatment|infusions?|injections?|procedure|cells|transplant)\b,?\s+(?:[A-Z][a-z]+|he|she)\s+(?:\w+\s+)?(?:asked|walked|played|benched|ran|rode|swam|danced|said|spoke|stood|sat|finished|climbed|hiked|could|was\s+(?:able|back|walking|running|playing|talking))\b/,
);
/** A harm told the same way: "three months after the infusion she developed a growth". */
const HARM = pattern(/\b(?:develop\w*|died|lost|worse|tumou?rs?|growth|infection|hospital\w*|blind\w*|paraly\w*|mass)\b/i);
/** A caption to before-and-after pictures that states a result. */
const BEFORE_AFTER = pattern(
  /^before\s+(?:and|&)\s+after\b[^.!?]*\b(?:growth|fuller|thicker|improve\w*|smoother|tighter|new)\b/i,
);
/** Praise of the service, not of the treatment's effect: "the staff walked me to the car". */
const SERVICE = pattern(
  /\b(?:staff|nurses?|reception\w*|front\s+desk|office|treatment\s+room|attention\s+to\s+detail|parking|driver|interpreters?|hotel|food|city|beautiful|friendly|welcoming|kind|English|Spanish|walked\s+(?:me|us))\b/i,
);
const HEALTH_RESULT = pattern(
  /\b(?:relapses?|scores?|pain|symptoms?|energy|sleep|speech|vision|breath\w*|hair|skin|tremor|mobility|cane|wheelchair|oxygen|insulin|medications?|results?|knee|back|shoulder|hip)\b/i,
);
const ADDRESSES_READER = pattern(/^if\s+you\b/i);
/** A quote a reporter attributes by name ("…," Reyes said): reported speech, not the seller's testimonial. */
const ATTRIBUTED_QUOTE = pattern(/["”],?\s+(?:[A-Z][a-z]+\s+)?(?:said|says|told)\b/);
/**
 * How a clinic signs a patient's quote: a first name with a place, an initial, an age or a description ("says Linda
 * from Ohio", "says Gloria R. of Sugar Land", "says Richard, 71,"), not a reporter's "Reyes said".
 */
const TESTIMONIAL_BYLINE = pattern(
  /\b(?:says|said)\s+[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+(?:from|of|in)\s+[A-Z]|,\s+\d{1,3}\b|,\s+an?\s+|,\s+(?:mother|father|mum|mom|dad|wife|husband|daughter|son|parent)\s+of\b)|["”],?\s+[A-Z][a-z]+\s+told\s+(?:our|us|me)\b/,
);
/** A parent's story of their child: "our son started to say short sentences". */
const OUR_CHILD = pattern(/\bour\s+(?:son|daughter|child|baby|boy|girl)\b/i);
/** "I went from struggling up the stairs to walking nine holes", "for the first time in three years". */
const TURNAROUND = pattern(/\bwent\s+from\b[^.!?]{0,80}\bto\b|\bfor\s+the\s+first\s+time\s+in\b/i);
/** The story's starting point, before any result: "I was using a walker", "fistulas that would not close". */
const BEFORE_STATE = pattern(
  /\b(?:would\s+not|could\s+not|couldn't|wouldn't|was\s+using|was\s+diagnosed|used\s+to|was\s+(?:scheduled|booked|told|hiding|limping|struggling|injecting|taking|using|on)|kept\s+getting|bone\s+on\s+bone)\b/i,
);
/** A hope, not an account: "I hope the next trials will include a control group". */
const HOPE = pattern(/\bI\s+(?:just\s+|really\s+)?(?:hope|pray|wish(?!\s+I\s+had))\b/i);
/** Advice, not an account: "we'd urge anyone considering treatment abroad to…". */
const ADVICE = pattern(/\b(?:urge|advise|encourage|recommend\s+that)\s+(?:anyone|everyone|people|patients|you|families)\b/i);

/** A quoted or first-person account of the speaker's own treatment. */
function isTestimonialStory(sentence: string): boolean {
  if (isExpertQuote(sentence) || ADVICE.test(sentence) || HOPE.test(sentence)) return false;
  // A quote attributed by name is reported speech, unless it is signed the way clinics sign a patient's quote and
  // tells the speaker's own result.
  if (ATTRIBUTED_QUOTE.test(sentence)) {
    return (
      TESTIMONIAL_BYLINE.test(sentence) &&
      (FIRST_PERSON_SINGULAR.test(sentence) || OUR_CHILD.test(sentence)) &&
      (GOOD_OUTCOME.test(sentence) || TURNAROUND.test(sentence))
    );
  }
  // Praise of the staff, the city or the hotel is not a testimonial of results.
  if (SERVICE.test(sentence) && !HEALTH_RESULT.test(sentence)) return false;
  if (THIRD_PERSON_STORY.test(sentence) && STORY_OUTCOME.test(sentence)) return true;
  if (NAMED_PATIENT.test(sentence) && STORY_OUTCOME.test(sentence)) return true;
  if (BEFORE_AFTER.test(sentence) || (TIME_AFTER.test(sentence) && !HARM.test(sentence))) return true;
  // A quoted story must be about the treatment or its effect.
  if (QUOTATION.test(sentence) && EXPERIENCE.test(sentence) && !(BEFORE_STATE.test(sentence) && !GOOD_OUTCOME.test(sentence)))
    return true;
  // "If you are like many of the golfers I see…" addresses the reader; it tells no one's story.
  if (ADDRESSES_READER.test(sentence)) return false;
  return (FIRST_PERSON_SINGULAR.test(sentence) || OUR_CHILD.test(sentence)) && GOOD_OUTCOME.test(sentence);
}

export const testimonial: ClaimKindModule = {
  kind: 'testimonial',
  withoutTrigger: { hint: STORY_HINT, test: isTestimonialStory },
  stems: words`
    reviews read watch hear swear rave testimonial stor(?:y|ies) report tell say describ share write
  `,
  rules: [
    // Unnumbered people reporting what happened to them: "Patients report…", "Parents tell us…".
    rule(
      String.raw`\b${PATIENTS}\s+(?:often\s+|frequently\s+|regularly\s+|consistently\s+|routinely\s+|also\s+|now\s+)?(?:report|reports|tell\s+us|tells\s+us|say|says|describe|describes|share|shares|write|writes|rave|rave\s+about|swear\s+by)\b`,
      {
        unless:
          /\b(?:want(?:s|ed)?|hope|wish)\s+to\b|\bas\s+an?\s+(?:light|mild|gentle|slight)\b|\d\s?%|\bpercent\b|\bout\s+of\s+(?:\d+|ten|five|four|three)\b|\b\d+\s+of\s+\d+\b|\bin\s+(?:a|an|the|our)\s+(?:\w+\s+)?(?:survey|study|poll)\b|\b(?:uncomfortable|discomfort|sore|soreness|bruis\w*|sting\w*|pressure)\b|\bstud(?:y|ies)\s+of\s+\d+|\bdescribe\s+an?\s+(?:light|mild|slight|gentle)\b|\bdescribe\s+(?:different|mixed|varied|varying)\b|\bdescribe\s+as\b|\bwhat\s+(?:\w+\s+){0,2}(?:report|say|describe)\b|\bshare\s+(?:their\s+)?(?:own\s+)?(?:experiences?|questions|tips|advice)\b|\bdescribe\s+(?:the\s+)?(?:IV|procedure|injection|infusion|treatment|drip|session)\s+as\b|\breport\s*[:.]?\s*$|\bdescribe\s+(?:their\s+|the\s+)?(?:neuropathy|pain|symptoms?|condition|disease)\b|\bdescribe\s+(?:the|an?)\s+(?:\w+\s+)?(?:feeling|sensation)\b/i,
      },
    ),
    // Not a bare menu link ("Patient Stories"): stories framed as successes, or an invitation to watch them.
    // A link to a review widget ("Read all 418 reviews", "Read more reviews") invites reading, it tells no story.
    rule(
      /\bsuccess\s+stor(?:y|ies)\b|\b(?:read|watch|see|hear)\s+(?:more\s+)?(?:of\s+)?(?:our\s+)?(?:\w+\s+){0,2}(?:testimonials|stories)\b/gi,
      { negation: 'none' },
    ),
  ],
};
