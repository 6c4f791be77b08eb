/**
 * Urgency: pressure to decide now ("only six spots left", "offer ends
 * March 31", "every month counts"). No rule is cancelled by a negation
 * before it: "don't wait" is itself urgency.
 */
import { NUMBER_WORD, words } from '../language/vocabulary';
import { type ClaimKindModule, rule } from '../rule';

export const urgency: ClaimKindModule = {
  kind: 'urgency',
  stems: words`
    delay booked don.t do\s+not stock booking\s+up rises goes\s+up spots?\b remain low\b time\s next won.t
    will\s+not can.t cannot sign-?ups growing limited act\b only just left remaining few last fill fast sell sold
    full gone expir ends before wait miss hurry deadline sooner counts matters early first\s+\d next\s+\d price
    lock running run\s+out low\s+(?:in\s+)?stock neither time\s+is\s+not
  `,
  rules: [
    rule(/\blimited[- ]time\b|\bfor\s+a\s+limited\s+time\b/gi, { negation: 'none' }),
    rule(/\bact\s+(?:now|fast|today|quickly)\b/gi, { negation: 'none' }),
    rule(
      String.raw`\b(?:only|just)\s+${NUMBER_WORD}\s+(?:[\w-]+\s+)?(?:spots?|slots?|places?|openings?|seats?|spaces?|appointments?|left|remaining|available|patients\s+(?:accepted|per|each|a)|clients\s+(?:accepted|per|each|a))\b`,
      { negation: 'none' },
    ),
    rule(String.raw`\b${NUMBER_WORD}\s+(?:spots?|slots?|places?|openings?|seats?|spaces?)\s+(?:left|remaining)\b`, {
      negation: 'none',
    }),
    rule(/\b(?:last|few)\s+(?:remaining\s+)?(?:spots?|slots?|places?|openings?|seats?|spaces?|chance)\b/gi, { negation: 'none' }),
    rule(
      /\b(?:seating|seats|spaces?|spots?|places?|availability|supplies|stock|openings|slots)\s+(?:is|are)\s+limited\b|\blimited\s+(?:stock|availability|spots|spaces|places|seats|supply|openings)\b/gi,
      { negation: 'none' },
    ),
    rule(
      /\b(?:offer|discount|sale|price|pricing|rate|deal|promotion)\s+(?:\w+\s+){0,2}(?:ends|expires|won[’']t\s+last|is\s+only\s+for|only\s+lasts)\b|\b(?:ends|expires)\s+(?:soon|today|tonight|on\b|at\s+the\s+end|this|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)/gi,
      { negation: 'none' },
    ),
    rule(
      /\bbefore\s+(?:it[’']s\s+too\s+late|(?:the\s+)?prices?|(?:the\s+)?deadline|our\s+(?:\w+\s+)?(?:schedule|dates?)|your\s+\d+\w*\s+week|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|\d)/gi,
      { negation: 'none' },
    ),
    rule(
      /\b(?:don[’']t|do\s+not)\s+(?:wait|delay|miss)\b|\bwhy\s+wait\b|\bhurry\b|\btoday\s+only\b|\bonly\s+(?:for\s+)?today\b|\bthis\s+(?:week|month|weekend)\s+only\b/gi,
      { negation: 'none' },
    ),
    rule(
      /\bfill(?:s|ing)?\s+(?:up\s+)?(?:quickly|fast)\b|\bgoing\s+fast\b|\bsell(?:s|ing)?\s+out\b|\bselling\s+fast\b|\balmost\s+gone\b|\b(?:nearly|almost)\s+(?:full|booked)\b/gi,
      { negation: 'none' },
    ),
    rule(
      /\bprices?\s+(?:will\s+|are\s+)?(?:increase|increases|increasing|rise|rises|rising|go\s+up|goes\s+up|going\s+up)\b|\block\s+in\s+(?:your|a|this|the)\b/gi,
      { negation: 'none' },
    ),
    rule(/\bevery\s+(?:day|week|month|minute)\s+(?:counts|matters)\b|\bthe\s+sooner\s+you\b/gi, { negation: 'none' }),
    rule(
      /\bfilling\s+up\b|\bbooking\s+up\b|\bstock\s+up\b|\blimited\s+(?:\w+\s+)?(?:sessions|appointments|dates|spaces|places|seats|slots|spots|openings)\b/gi,
      { negation: 'none' },
    ),
    rule(
      /\bwait(?:ing)?\s*lists?\s+(?:are|is)\s+(?:growing|long|filling)\b|\b(?:in|within)\s+the\s+next\s+\d+\s+(?:hours|minutes)\b|\bspots?\s+remain\b/gi,
      { negation: 'none' },
    ),
    rule(
      /\brunning\s+low\b|\b(?:stock|supplies|supply|spots|places|seats|availability|inventory)\s+(?:is|are)\s+running\s+out\b|\blow\s+(?:in\s+)?stock\b|\balmost\s+sold\s+out\b/gi,
      { negation: 'none' },
    ),
    rule(/\b(?:won't|will\s+not|can't|cannot)\s+wait\b|\bneither\s+should\s+you\b|\btime\s+is\s+not\s+on\s+your\s+side\b/gi, {
      negation: 'none',
    }),
    rule(/\b(?:register|book|enrol|enroll|apply|sign\s+up)\s+early\b/gi, { negation: 'none' }),
    rule(/\b(?:first|next)\s+\d+\s+(?:sign-?ups|customers|callers|patients|clients|members|buyers)\b/gi, { negation: 'none' }),
  ],
};
