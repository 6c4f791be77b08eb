import { callToAction } from '../../../../src/claims/kinds/call-to-action';
import { describeKind } from './describe-kind';

describeKind(callToAction, {
  claims: [
    'Request your free information packet today.',
    'Single PRP injection: $650, or three for $1,650.',
    'Call +1 555 0134 to speak with our admissions team.',
    'Try it risk-free with our 90-day money-back guarantee.',
  ],
  notClaims: [
    // A price paid, in a patient's story.
    'The whole trip cost about $25,000, including flights, which we paid for with a loan.',
    // "in order to", a call that is not an invitation, a fact about prices.
    'In order to qualify, patients must have a confirmed diagnosis.',
    'A call from our nurse confirms your appointment time.',
    'Prices are listed per session.',
  ],
});
