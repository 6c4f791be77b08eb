/**
 * Safety: the treatment is said to be safe or free of risk ("no side
 * effects", "risk-free", "we have never seen a complication").
 */
import { isAboutOtherTreatments } from '../language/not-the-seller';
import { words } from '../language/vocabulary';
import { type ClaimKindModule, rule } from '../rule';

export const safety: ClaimKindModule = {
  kind: 'safety',
  hedgeable: true,
  // "Standard care keeps the brain safe" is not the treatment on sale.
  skipIf: [isAboutOtherTreatments],
  stems: words`
    too\s+much problem seen\b recorded gentle overdose observ weaken hurt injure damage never infection reaction
    adverse irritation tolerat safe risk side(?:-|\s+)effect harm toxic danger rejection complication worry chance
    zero non-?existent rare minimal negligible painless pain-free privileged reject downtime none wrong
  `,
  rules: [
    // "safer than PRP", "safer than surgery": a comparison no cited study made.
    rule(/\bsafer\s+than\b/gi, { negation: 'assertion' }),
    // "carries none of the risks of steroid shots".
    rule(/\bnone\s+of\s+the\s+(?:\w+\s+)?(?:risks|side[- ]effects|dangers)\b/gi, { negation: 'assertion' }),
    // "among the safest procedures in modern medicine".
    rule(
      /\b(?:among|one\s+of)\s+the\s+safest\b|\bthe\s+safest\s+(?:on\s+the\s+market|available|option|choice|treatment|procedure)\b/gi,
      { negation: 'assertion' },
    ),
    rule(
      /\b(?:no|zero)\s+(?:known\s+|serious\s+|harmful\s+|major\s+|significant\s+|adverse\s+|negative\s+|unwanted\s+|harsh\s+)?side[- ]effects?\b/gi,
      { negation: 'assertion' },
    ),
    rule(/\b(?:without|free\s+(?:of|from))\s+(?:any\s+)?(?:\w+\s+)?side[- ]effects?\b|\bside[- ]effect[- ]free\b/gi, {
      negation: 'assertion',
    }),
    rule(
      /\b(?:no|zero|virtually\s+no|without\s+any)\s+(?:serious\s+|real\s+|known\s+|health\s+)?(?:risks?|danger|dangers|chance\s+of)\b/gi,
      { negation: 'assertion', unless: /\bguarantee|\bmoney[- ]back|\brefund|\bobligation/i },
    ),
    rule(/\bno\s+(?:risk\s+of\s+)?rejection\b|\bwithout\s+(?:any\s+)?risks?\b/gi, { negation: 'assertion' }),
    rule(/\bfree\s+(?:of|from)\s+(?:any\s+)?risks?\b|\bgentle\s+(?:on|enough)\b/gi, {
      negation: 'assertion',
      unless: /\bno\s+(?:[\w-]+\s+){0,3}(?:is|are)\s+(?:completely\s+|entirely\s+|totally\s+)?free\s+(?:of|from)\s+risk/i,
    }),
    rule(
      /\b(?:will\s+not|won't|does\s+not|doesn't|cannot|can't)\s+(?:harm|damage|weaken|hurt|injure)\b|\bcan't\s+(?:take|have)\s+too\s+much\b|\bimpossible\s+to\s+overdose\b/gi,
      { negation: 'none' },
    ),
    rule(
      /\b(?:have|has)\s+(?:not|never)\s+(?:seen|had|recorded|observed|reported)\s+(?:a\s+single\s+|any\s+|one\s+)?(?:\w+\s+){0,2}?(?:complications?|side\s+effects?|adverse|reactions?|problems?|infections?)\b/gi,
      { negation: 'none' },
    ),
    rule(
      /\b(?:side[- ]effects|complications|adverse\s+(?:events|reactions))\s+(?:are|were)\s+(?:\w+\s+)?(?:non-existent|nonexistent|rare|minimal|negligible|unheard\s+of|almost\s+zero)\b/gi,
    ),
    rule(
      /\b(?:no|zero)\s+(?:serious\s+|major\s+)?complications?\b|\bnever\s+(?:\w+\s+){0,3}(?:complications?|side\s+effects?|adverse|problems?|reactions?|infections?)\b/gi,
      { negation: 'assertion' },
    ),
    rule(/\b(?:low|no|zero)[- ]risk\b|\bwell[- ]tolerated\b|\bzero\s+(?:irritation|downtime\s+and\s+risk|reactions?)\b/gi, {
      unless: /\bguarantee|\bmoney[- ]back|\brefund/i,
    }),
    rule(/\brisk[- ]free\b/gi, { unless: /\bguarantee|\bmoney[- ]back|\brefund|\btry\s+it\b/i }),
    rule(
      /\b(?:less|lower|minimal|little|low|negligible)\s+risk\b|\brisks?\s+(?:of\s+(?:\w+\s+){1,2}?)?(?:is|are)\s+(?:extremely\s+|very\s+|quite\s+)?(?:minimal|low|negligible|tiny)\b/gi,
    ),
    rule(/\bsafe\b/gi, {
      unless:
        /\bsafe\s+(?:to\s+say|to\s+do\s+so|place|travels?|hands)\b|\b(?:confirms?|decides?|checks?|ensures?|make\s+sure)\s+(?:that\s+)?(?:\w+\s+){0,2}?(?:is|are)\s+safe\b|\b(?:feel|feels|felt)\s+(?:\w+\s+)?safe\b/i,
    }),
    rule(/\bnothing\s+(?:that\s+)?(?:can|could)\s+go\s+wrong\b|\b(?:excellent|outstanding|proven|remarkable)\s+safety\b/gi, {
      negation: 'none',
    }),
    rule(/\b(?:harmless|non-toxic|nontoxic|worry-free|painless|pain-free)\b/gi, {
      unless: /\bpain-free\s+(?:walking|life|days|living)\b/i,
    }),
    rule(
      /\b(?:immune[- ]privileged|(?:will|won[’']t|will\s+not|cannot|can[’']t)\s+(?:be\s+)?reject(?:ed)?)\b|\bnot\s+reject\b/gi,
      {
        negation: 'none',
      },
    ),
    rule(/\bavoids?\s+(?:every|all|any)\s+(?:\w+\s+)?risks?\b|\bno\s+downtime\s+or\s+side\b/gi, { negation: 'none' }),
    rule(/\bnot\s+(?:a\s+single|one)\s+(?:\w+\s+)?(?:complication|side\s+effect|adverse|reaction|infection)s?\b/gi, {
      negation: 'none',
    }),
    rule(/\bnothing\s+to\s+worry\s+about\b|\bno\s+need\s+to\s+worry\b/gi, { negation: 'assertion' }),
    rule(/\bno\s+downtime\b|\bnone\s+of\s+the\s+(?:\w+\s+)?side[- ]effects\b/gi, { negation: 'assertion' }),
  ],
};
