import { safety } from '../../../../src/claims/kinds/safety';
import { describeKind } from './describe-kind';

describeKind(safety, {
  claims: [
    'Because of this testing, our cells are the safest on the market.',
    'PRP carries none of the risks of steroid shots.',
    'Stem cell infusions are among the safest procedures in modern medicine.',
    'Umbilical cord tissue cells are one of the safest therapies a child can receive.',
    "The cells are your own or from cords so there's really nothing that can go wrong.",
    'Thousands of infusions, zero serious complications.',
    "No serious adverse events were reported, confirming the product's excellent safety profile.",
    'When performed at one of our partner clinics the risk of complications is extremely low.',
    // Donor cells are the treatment on sale, whatever drugs they spare.
    'Because the cells are screened and come from young donors, there is no risk of rejection and no need for immune-suppressing drugs.',
    'Unlike surgery, there is no risk of infection, nerve damage or scar tissue.',
    'Exosomes are safer than PRP because nothing is taken from your body.',
    'There is no downtime: most patients fly home the next day.',
    'PRP has none of the side effects of cortisone.',
    'No surgery, no scars and no side effects.',
    'Because PRP comes from your own body, it is 100% natural and risk-free.',
    'Our infusions do not require chemotherapy and are completely safe.',
    'There is no risk of rejection because the cells are your own.',
    // "Zero" side effects, and complications said to be all but unknown.
    'All-natural formula with zero side effects.',
    'Every partner clinic follows strict protocols, so complications are practically non-existent.',
  ],
  notClaims: [
    'We check bloodwork to make sure anaesthesia is safe.',
    'Cord tissue cells are not among the safest options for children with heart disease.',
    'Children with a shunt do not receive lumbar punctures unless the medical department confirms it is safe to do so.',
    '“Everyone from the driver to the nurses made us feel safe and cared for.”',
    'Side effects are usually mild and short-lived, but no medical procedure is completely free of risk.',
    // What the authors reported, said as theirs.
    'According to the authors, the infusions were well tolerated.',
    // Negations: of "safe", and of the assertion that there are no side effects.
    'We cannot say that stem cells are safe over the long term.',
    'It is not true that injections have no side effects.',
    // "Safe" in another sense, a risk stated, a question.
    'Safe to say, most people feel some soreness afterwards.',
    'Every injection carries some risk of infection.',
    'Is stem cell therapy safe?',
  ],
});
