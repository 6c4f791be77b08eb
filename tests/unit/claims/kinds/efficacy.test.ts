import { efficacy } from '../../../../src/claims/kinds/efficacy';
import { describeKind } from './describe-kind';

describeKind(efficacy, {
  claims: [
    'NAD+ IV therapy helps 9 out of 10 of our members break through brain fog.',
    'Children who complete our program gain an average of two levels on the motor function scale.',
    // The clinic's own patients and results.,
    'Chronic patients injured even 10 or 15 years ago also benefit from this treatment.',
    'If your hip still has reasonable range of motion, you are very likely to respond to our treatment.',
    'In my experience, most people told they need a hip replacement can avoid it with bone marrow stem cell injections.',
    'That is the kind of result we see in our office every week.',
    'Many of our lupus nephritis patients see their protein levels fall and their kidney function stabilize.',
    'They also make new small blood vessels and reduce scar tissue after heart attack.',
    'Avoid knee and hip replacement surgery and get back to the activities you love.',
    // What the treatment on sale is said to spare: other treatments named as what patients need less of.
    'Most patients breathe easier and use their rescue inhaler less within 90 days.',
    'Results typically last two years or longer.',
    'Results typically last three to five years.',
    'A single infusion can add years of active, independent life.',
    'Because the condition does not progress, the gains our patients make are permanent.',
    'Nearly two out of three patients with macular degeneration gained vision.',
    'Get Your Energy and Focus Back After COVID',
    'Clinically proven results you can see in three months.',
    'Studies show that stem cell injections are more effective than steroid shots.',
    'Ninety percent of our patients report significant pain relief.',
    'Most patients return to hiking, golf and tennis.',
    'Patients notice better balance and less fatigue within weeks.',
    // What most patients are said to get.
    'Most families see their child make eye contact within weeks of the first infusion.',
    'Nine in ten of our patients see their breathing improve after one treatment.',
  ],
  notClaims: [
    // “Works” as in working together, or as a part of the body works.,
    'Our team works with your insurer for authorization before any treatment is planned.',
    'Between each pair of vertebrae sits a disc that works as a shock absorber.',
    'Tablets such as sildenafil help many men, and vacuum devices are options when tablets do not work.',
    'We help with invitation letter, transfer and accommodation.',
    // Claim words used as nouns, and an animal study's finding.,
    'Your treatment starts with a gentle cleanse and numbing cream.',
    'Quick intramuscular boost, about five minutes.',
    'Next update after the MRI results.',
    'Aging brings thinner skin and slower recovery from illness.',
    'In rats whose tendon had been cut, the peptide improved healing of the junction.',
    // What to expect afterwards, and how to take a product.,
    'Most patients feel pressure and some soreness for a few days.',
    'For best results, take daily for at least 90 days.',
    // Standard care described as such.,
    'Inhalers, pulmonary rehabilitation and oxygen help manage symptoms, and quitting smoking slows the disease.',
    // Negations.
    'No randomized trial has shown that stem cells improve lung function in COPD.',
    'PRP does not work for everyone.',
    'So far, no medicine has been proven to treat it.',
    // What is proven elsewhere, a heading, getting better by itself, a modest effect.
    'Dialysis and transplant remain the proven treatments for kidney failure.',
    'How Our MS Protocol Works',
    'Most back pain improves on its own within six weeks, whatever the treatment.',
    'Approved medicines can slow the decline a little in some people but cannot stop it.',
    // Practical information, not an outcome.
    'You can return to work the next day.',
    // Other treatments, the service around the treatment, who it is for.
    'Symptoms build up steadily, and the medicines that work well in relapsing MS have done much less in this stage.',
    'Our coordinators help with travel, lodging and paperwork from your first call.',
    'People with disc pain who have not improved with therapy may be candidates.',
    'Safe to say, most people feel some soreness afterwards.',
  ],
});
