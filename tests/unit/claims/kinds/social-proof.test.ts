import { socialProof } from '../../../../src/claims/kinds/social-proof';
import { describeKind } from './describe-kind';

describeKind(socialProof, {
  claims: [
    'Orthobiologics have been studied in hundreds of papers.',
    'Our team has performed more than 1,500 facial fat and stem cell procedures since 2009.',
    'Over one thousand physicians worldwide now offer the platelet shot.',
    // Irregular plurals, millions written out, and countries served.,
    'Over 4,000 men treated in Tampa Bay.',
    'More than 1,200 people with spinal cord injuries have trusted our team since 2011.',
    'Over 2 million bottles sold worldwide.',
    'Offered by more than a thousand doctors in over 40 countries.',
    '94% of our patients say they would recommend us to a friend.',
    'Since 2009 we have treated more than 4,000 patients from 60 countries.',
    'Backed by more than 3,000 published studies.',
    'Rated the city’s #1 mobile IV service.',
  ],
  notClaims: [
    'Direct flights from over 120 cities',
    'Prospective cohort of 252 patients given PRP injections for knee osteoarthritis.',
    'More than a hundred genes have been linked to it, and it can be passed down in families.',
    'Rated 4.9/5 from 860 verified reviews',
    '⭐ 4.9 from 2,300+ Google reviews',
    'As featured on local ABC, NBC and FOX affiliates · Arizona Senior Living Magazine',
    'AS SEEN IN:Travel Health WeeklyRiviera Business Journal',
    'Neurologist with 18 years of experience in demyelinating disease.',
    '★★★★★ 4.9 average from 540+ reviews',
    "Parents and clinicians rated the children's symptoms with two common tools, the ATEC and the CARS.",
    // A bar of outlet names, and a year that is not a count.
    'As seen in: Phoenix Lifestyle Magazine · AZ Morning Show · Glow Guide',
    'A 2018 review collected published and media reports of harms after unproven stem cell treatments.',
    'Hundreds of thousands of knee replacements are performed in the United States each year.',
    'According to the EBMT registry, over 1,400 transplants for MS were carried out across Europe.',
    'Join 12,000 independent distributors.',
    // A study described, and a newsletter's readers, are not a clinic's patients.,
    'A 2023 case series reported on 38 patients with sacroiliac joint pain treated with umbilical cord tissue allografts.',
    'Join 40,000+ readers.',
    'MS affects 2.8 million people worldwide.',
    'Each injection holds 100 million cells.',
    // How many people a disease affects, or travel abroad: numbers, but not the seller's record.
    'Multiple sclerosis affects nearly three million people worldwide.',
    'Every year, thousands of patients travel to clinics abroad for stem cell treatments that are not approved in their home countries.',
    'BPC-157 is a short chain of 15 amino acids.',
  ],
});
