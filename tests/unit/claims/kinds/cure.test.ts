import { cure } from '../../../../src/claims/kinds/cure';
import { describeKind } from './describe-kind';

describeKind(cure, {
  claims: [
    'Our adipose-derived stem cell protocol helps the retina repair itself and can bring back vision that was thought to be lost for good.',
    'This means our IV protocol can stop retinitis pigmentosa from progressing.',
    'The stem cells form new heart muscle tissue and new blood vessels.',
    'Find out how our patients are freeing themselves from daily insulin.',
    // Other treatments named as what the treatment on sale spares.
    'Many patients reach long-term remission and come off steroids entirely.',
    'Exosomes reprogram aging skin cells to make collagen again.',
    'Fix the Knee, Not Just the Pain',
    'One injection can mend a torn rotator cuff.',
    'The cells turn into new cartilage that fills the worn areas.',
    'Our stem cells repair the myelin damage behind your symptoms.',
    'Reverse the progression of your MS.',
    'PRP heals chronic tennis elbow without surgery.',
    'Silence the ringing in your ears for good.',
    'Our injection rebuilds cartilage instead of replacing the joint.',
  ],
  notClaims: [
    'A liver transplant is the only established cure for end-stage disease.',
    "The brain's own rewiring slows with time.",
    'Two surgeons had recommended an arthroscopic repair, and he was worried about six months out of the gym.',
    'Re-tears after repair are common in older patients and in large tears.',
    'This post explains why repair surgery does not always go to plan.',
    'Aging is driven partly by the slow loss of our own repair cells.',
    'Further trials are registered, for example C-CURE (NCT00810238) and TAC-HFT (NCT00768066).',
    'NAD+ is a coenzyme that every cell uses to run DNA-repair enzymes.',
    'Patients often arrive in our clinic having seen advertisements promising that an injection will regrow cartilage.',
    'What we will not tell you: We will not tell you that any injection regrows cartilage or reverses arthritis.',
    // A trial's name in capitals.
    'RESTORE trial, JAMA 2021 (Bennell et al.)',
    // Ageing described: the body's ability to repair itself lost.
    "Ageing is a gradual loss of the body's ability to maintain and repair itself.",
    // How poorly a tissue heals by itself: the disease described, not the treatment.
    'Cartilage has almost no blood supply, which is why it repairs itself so poorly.',
    'Tendons injured many times often heal with weaker tissue.',
    // How a transplant works, told as such.,
    'The stored stem cells are returned through a drip, and over the following months they rebuild a new immune system.',
    // Other treatments than the one on sale.,
    'Surgical repair is recommended for some tears, especially large tears in active patients.',
    // Negations.
    'There is currently no cure for MS.',
    'Stem cell therapy is not a cure.',
    'We do not claim to cure any disease.',
    'Autism is not a disease to be cured.',
    'Parkinson’s disease has no cure yet.',
    'It does not repair damage that has already happened, so it is not suitable for people whose disability comes mainly from long-standing progression.',
    // A question.
    'Will stem cells cure my condition?',
  ],
});
