import { testimonial } from '../../../../src/claims/kinds/testimonial';
import { describeKind } from './describe-kind';

describeKind(testimonial, {
  claims: [
    '“After my second treatment I walked without a cane.”',
    'Patients report more energy and easier breathing after treatment.',
    'Today I walk two miles every morning.”',
    'After my treatment I can walk to the shops again.',
  ],
  notClaims: [
    // First person, but no story of a treatment.
    'I was diagnosed with secondary progressive MS in 2016.',
    // A menu link, not stories framed as successes.
    'Patient Stories',
    // A question.
    'Ready to write your own success story?',
  ],
});
