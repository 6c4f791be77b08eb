/**
 * Call to action: offers and invitations to buy, book or get in touch ("book
 * your free consultation", "$650 per injection", "call us today"). No rule is
 * cancelled by a negation before it: "no obligation" is itself an offer.
 */
import { words } from '../language/vocabulary';
import { type ClaimKindModule, rule } from '../rule';

export const callToAction: ClaimKindModule = {
  kind: 'call-to-action',
  stems: words`
    price reduced pricing ^call 1st visit sign\s+up see\s+whether membership fraction member rate\b intro special
    launch free complimentary no\s+(?:cost|charge) obligation consult book call phone text email e-mail message
    whatsapp ring reach\s+out touch chat schedule request contact apply order buy claim reserve register enrol
    subscribe download start get talk speak ask find\s+out see\s+if learn\s+(?:if|whether) qualify compare send
    attend try save discount off\b \$ € £ dollars euros usd financ payment package guarantee money
    at\s+a\s+fraction walk-ins on\s+us offer join
  `,
  rules: [
    rule(
      /\bfree\s+(?:\w+\s+){0,3}?(?:consultation|consult|evaluation|assessment|review|analysis|screening|quote|guide|packet|brochure|seminar|session|exam|shipping|opinion|call|webinar|trial|sample|information|info)s?\b/gi,
      { negation: 'none' },
    ),
    rule(
      /\b(?:consultation|session|exam|evaluation|assessment|screening|visit|call)\s+is\s+(?:\w+\s+)?(?:free|on\s+us)\b|\bshipping\s+is\s+free\b/gi,
      { negation: 'none' },
    ),
    rule(/\bcomplimentary\b|\bat\s+no\s+(?:cost|charge)\b|\bno[- ]obligation\b/gi, { negation: 'none' }),
    rule(/\b(?:book|schedule|reserve)\s+(?:now|today|online|yours|your|a|an|the|our|this)\b/gi, { negation: 'none' }),
    rule(/\bclaim\s+(?:your|this|a|the)\b/gi, { negation: 'none' }),
    rule(/\b(?:request|download|buy|(?<!\bin\s)order)\s+(?:now|today|online|your|yours|a|an|the|our|this|pricing|info)\b/gi, {
      negation: 'none',
    }),
    rule(/\b(?:enrol|enroll|register|subscribe|apply|sign\s+up)\s+(?:now|today|online|for|to\s+our|and)\b/gi, {
      negation: 'none',
    }),
    rule(/^(?:book|schedule|subscribe|register|enrol|enroll|order|request|buy|reserve)\b/gi, { negation: 'none' }),
    rule(
      /\b(?:call|phone|text|email|e-mail|message|whatsapp|ring)\s+(?:us|now|today|our|the\s+(?:office|clinic|practice|team)|\+?\d|\()/gi,
      { negation: 'none' },
    ),
    rule(
      /\b(?:first|1st)\s+(?:\w+\s+)?(?:session|visit|consultation|class|month|treatment)\s+(?:is\s+)?(?:free|on\s+us)\b|^call\b/gi,
      { negation: 'none' },
    ),
    rule(/\breach\s+out\s+(?:to\s+us|to\s+our|now|today)\b|\bget\s+in\s+touch\b|\bchat\s+with\s+(?:us|our)\b/gi, {
      negation: 'none',
    }),
    rule(/\bcontact\s+(?:us|our)\b/gi, { negation: 'none' }),
    rule(/\b(?:talk|speak)\s+(?:to|with)\s+(?:us|our|a|one\s+of\s+our)\b(?!\s+(?:doctor|physician|gp))/gi, { negation: 'none' }),
    rule(/\bask\s+(?:\w+\s+){0,3}?about\s+our\b|\bask\s+about\s+the\b/gi, { negation: 'none' }),
    rule(/\b(?:find\s+out|see|learn)\s+(?:if|whether)\s+you\b|\bif\s+you\s+qualify\b/gi, { negation: 'none' }),
    rule(/\bsend\s+(?:us\s+)?(?:your|us)\b/gi, { negation: 'none' }),
    rule(
      /\bjoin\s+(?:us|our|the\s+(?:waiting\s+list|waitlist|wait\s+list)|now|today)\b|\bsign\s+up\b|\bget\s+started\b|\bstart\s+(?:your|with\s+a)\b/gi,
      { negation: 'none' },
    ),
    rule(/\b(?:attend|try)\s+(?:our|it|a|the)\b|\bget\s+(?:a|your)\s+(?:free\s+)?(?:quote|consultation|assessment)\b/gi, {
      negation: 'none',
    }),
    rule(/\bcompare\s+(?:prices|quotes|clinics|costs)\b|\b(?:intro|introductory|special|launch)\s+offer\b/gi, {
      negation: 'none',
    }),
    rule(
      /\bsave\s+(?:\d|\$|up\s+to)|\b\d+\s?%\s+off\b|\bdiscount\b|\b(?:buy|get)\s+\w+,?\s+get\s+\w+\s+free\b|\bfor\s+the\s+price\s+of\b/gi,
      { negation: 'none' },
    ),
    rule(/\b(?:reduced|special|introductory|discounted|member|membership)\s+(?:rate|price|pricing)\b/gi, { negation: 'none' }),
    rule(/(?:\$|€|£|US\$)\s?\d|\b\d[\d,.]*\s?(?:USD|dollars|euros)\b/gi, {
      negation: 'none',
      unless:
        /\b(?:paid|spent|spend|charged|costing|savings|loan|cost\s+(?:me|us|about|around|roughly|nearly|almost|over|more\s+than))\b/i,
    }),
    rule(/\bfinancing\b|\bpayment\s+plans?\b|\bpackage\s+pricing\b|\bpackages?\s+(?:start|available|include)\b/gi, {
      negation: 'none',
    }),
    rule(/\bmoney[- ]back\b|\bat\s+a\s+fraction\s+of\b|\bwalk-ins\b/gi, { negation: 'none' }),
  ],
};
