/**
 * Social proof: numbers, years, ratings and
 * titles offered as reasons to trust ("4,000 patients from 60 countries",
 * "award-winning", "#1 IV service").
 */
import { words } from '../language/vocabulary';
import { type ClaimKindModule, rule } from '../rule';

export const socialProof: ClaimKindModule = {
  kind: 'social-proof',
  stems: words`
    number\s+one stars?\b reviews thousand hundred million \d{3} \d,\d years countr rated voted trusted featured
    leading leader renowned pioneer award #\s*1 number\s+one no\.\s*1 official as\s+seen world recommend
  `,
  rules: [
    // A big number of things: counts only with a word of service or trust ("treated", "happy", "backed") or a
    // "more than", "over", "4,000+"; and never when it says how many people a disease affects.
    rule(
      /(?<![\w.-])(?!(?:19|20)\d\d\b)(?:\d{1,3}(?:,\d{3})+|\d{3,}|\d+(?:\.\d+)?\s+(?:million|thousand)|(?:an?|one)\s+(?:thousand|hundred|million)|thousands|hundreds|millions|half\s+a\s+million|tens\s+of\s+thousands)\+?\s+(?:of\s+)?(?:[\w-]+,?\s+){0,5}?(?!(?:is|was|has|does|this|its|his|us|as|yes|less|unless|always|perhaps|across|thus|plus|years)\b)(?:[a-z-]{2,}s|men|women|people|children)\b/gi,
      {
        unless:
          /^(?![\s\S]*(?:\b(?:treated|served|helped|trusted|chosen|sold|shipped|performed|given|delivered|happy|satisfied|loved|rated|found|completed|rely|relied|join|backed|published|listed|studied|choose|five-star|5-star)\b|\b(?:over|more\s+than|nearly|almost)\s+(?:\d|thousands|hundreds|millions|half|(?:an?|one)\s+(?:thousand|hundred|million))|\d\+))|\b(?:affects?|affected|suffer|suffers|diagnosed|die|dies|died|living\s+with)\b|\bmillion\s+(?:\w+\s+){0,3}(?:cells|MSCs|stem)\b|\b(?:readers|subscribers|followers|distributors|genes|mutations|variants|flights?)\b|\b(?:prospective|retrospective)\s+(?:cohort|study|series)\b|\b(?:each|every|per)\s+year\b|\bannually\b|\bregistry\b|\b(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?(?:case\s+series|trial|review|meta-analysis|study)\s+(?:of|in|on|reported|published|found)\b|\breported\s+on\b|\bgroups\s+have\s+published\b|[★⭐]|\b\d(?:\.\d)?\s*(?:\/\s*5|out\s+of\s+5)\b[^.]*\breviews\b/iu,
      },
    ),
    rule(/\b(?:from|in)\s+(?:over\s+|more\s+than\s+)?\d+\s+countries\b/gi),
    // A counter with its label first: "Patients treated by our team: over 780".
    rule(
      /\b(?:patients|procedures|injections|treatments|families|children)\s+(?:\w+\s+){0,4}:\s*(?:over\s+|more\s+than\s+)?(?:\d{1,3}(?:,\d{3})+|\d{3,})/gi,
    ),
    // "93% of our knee patients say they would recommend the procedure".
    rule(
      /\b\d{1,3}\s?%\s+(?:of\s+)?(?:our\s+)?(?:\w+\s+)?(?:patients|clients|customers|parents|families)\s+(?:\w+\s+){0,3}recommend\b/gi,
    ),
    // Not a clinician's biography: "Neurologist with 18 years of experience in demyelinating disease".
    rule(/\b\d+\+?\s+years\s+of\s+(?:\w+\s+)?(?:experience|practice|research)\b/gi, {
      unless:
        /^\s*(?:[\w-]+\s+){0,2}(?:neurologist|surgeon|physician|doctor|cardiologist|pulmonologist|dermatologist|specialist|nurse|graduated)\b/i,
    }),
    rule(
      /\b(?:treated|practi[sc]ed|helped|serving|served|pioneers?|pioneering)\s+(?:[\w-]+\s+){0,4}(?:for|since)\s+(?:over\s+|more\s+than\s+)?(?:\d+\s+years|(?:19|20)\d\d)\b/gi,
    ),
    rule(
      /\b(?:#\s?1|number\s+one|no\.\s?1)\b|\b(?:voted|rated(?!\s+(?:the\s+)?(?:\w+['’]s\s+)?(?:symptoms|severity|pain|function|behaviou?r|progress))|trusted\s+by|featured\s+(?:on|in)|as\s+seen\s+(?:on|in)|award[- ]winning)\b/gi,
      // A bar of outlet names ("As seen in: Channel 6 · Glow Guide") names no result.
      {
        unless:
          /\b(?:[Ff]eatured|FEATURED|[Aa]s\s+seen|AS\s+SEEN)\s+(?:on|in|ON|IN)\s*(?::|(?:local\s+)?[A-Z0-9]{2,}\b)|[★⭐]|\b\d(?:\.\d)?\s*(?:\/\s*5|out\s+of\s+5)\b[^.]*\breviews\b/u,
      },
    ),
    rule(
      /\b(?:world[- ](?:class|renowned|leading)|renowned|pioneers?\s+in|leading\s+(?:\w+\s+){0,3}(?:centre|center|clinic|provider|experts?))\b/gi,
    ),
    rule(/\bofficial\s+(?:\w+\s+){0,3}(?:provider|partner|clinic|sponsor)\b|\bleaders?\s+in\b/gi),
  ],
};
