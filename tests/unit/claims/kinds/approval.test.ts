import { approval } from '../../../../src/claims/kinds/approval';
import { describeKind } from './describe-kind';

describeKind(approval, {
  claims: [
    "INVIMA, Colombia's FDA, approves every protocol our partners use.",
    'Our exosomes are processed in the United States under AATB standards and FDA regulations.',
    'Every batch is third-party tested and made in a cGMP-certified facility.',
    // “United States” is not a regulator stating something.,
    'Our exosomes come from an FDA-registered, cGMP lab in the United States.',
    // A regulator's name on the clinic, presented as approval.,
    'All partner clinics are COFEPRIS-certified, the Mexican equivalent of the FDA.',
    'Cells are processed in an FDA-registered laboratory in Texas.',
    'Our laboratory is licensed by COFEPRIS, Mexico’s health regulator.',
    'Our exosomes come from a cGMP-certified laboratory.',
  ],
  notClaims: [
    'Treatment is carried out by DHA-licensed orthopaedic and sports medicine consultants in our day-surgery unit.',
    'All our injecting physiotherapists are HCPC-registered and hold an accredited postgraduate qualification in injection therapy.',
    'Regulators in Mexico say licensed clinics must register their cell banks with the federal health authority.',
    'Day 2: bone marrow puncture under local anaesthesia and cell preparation in our GMP laboratory',
    // A licensed pharmacy is what the law asks of any pharmacy, like a licensed physician.
    'It is prepared for you by a state-licensed 503A compounding pharmacy after a clinician reviews your intake.',
    'All peptides are compounded by a licensed 503A pharmacy.',
    // What the law requires of every clinic, and how a supplement is made.
    'Cell therapy clinics in Mexico must be licensed by COFEPRIS, the federal health regulator.',
    'Vegan · Non-GMO · Made in the USA in a GMP facility',
    // A trial's registration, and credit approval for financing, are not the treatment's approval.,
    'A placebo-controlled phase IIa trial of mesenchymal stem cells registered by UTHealth Houston, NCT04506073, lists 45 participants.',
    // Qualifications, not approvals of what is sold: a clinician's certification, a membership, a hospital's accreditation.
    'Dr. Chen is board-certified in sports medicine.',
    'Every prescription is written by a licensed physician.',
    'Our hospital is accredited by Joint Commission International.',
    // Negations.
    'Stem cell therapy for MS is not FDA approved.',
    'The FDA has not approved any stem cell product for MS.',
    'There are no FDA-approved exosome products.',
    'Our clinic is not licensed to treat children.',
    // The limits of an approval.
    'Hyperbaric oxygen is approved by the FDA for some conditions, such as decompression sickness.',
    'Cord blood transplants are approved for certain blood and immune disorders.',
  ],
});
