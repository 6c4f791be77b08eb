import { urgency } from '../../../../src/claims/kinds/urgency';
import { describeKind } from './describe-kind';

describeKind(urgency, {
  claims: [
    'Only six appointments left this week.',
    'Offer ends March 31.',
    'With ALS, every month counts, so do not delay your evaluation.',
  ],
  notClaims: [
    'Families facing it often feel that time is running out.',
    'There is no waiting list at the moment.',
    'Appointments usually last about an hour.',
  ],
});
