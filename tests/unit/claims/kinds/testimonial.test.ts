import { testimonial } from '../../../../src/claims/kinds/testimonial';
import { describeKind } from './describe-kind';

describeKind(testimonial, {
  claims: [
    'Eight weeks after the infusion, Noah asked for juice using a full sentence for the first time.',
    'Fourteen weeks after his procedure he benched 315 pounds for three reps.',
    'When our son was diagnosed with cerebral palsy at two, his banked cord blood gave him a second chance.',
    'Clients describe feeling lighter, clearer and more energised after treatment.',
    'My tremor is half what it was.',
    'I was using 60 units of insulin a day, and four months after the treatment I only need 15.',
    'After the second application our son Mateo said his first sentence.',
    'Eight weeks after the procedure I had my first natural erection in two years.',
    "Now she sits on her own and says 'mama'.",
    'My acne scars are barely visible now.',
    'After my third PRP session my ponytail feels twice as thick.',
    'Two weeks after my first exosome drip I set a personal record on the rowing machine.',
    'Results vary, but most patients report meaningful improvement within three months.',
    'My sugar readings are the best they have been in fifteen years and I have cut my insulin by half.',
    'My pulmonologist was amazed by my last breathing test.',
    'My creatinine came down from 4.1 to 2.6 and my nephrologist has postponed dialysis.',
    "I walked 5 km last Sunday, something I couldn't do two years ago.",
    'Duke went from barely managing the stairs to chasing the ball on the beach within six weeks.',
    'Robert, a retired teacher from Kenya, could climb stairs again just four weeks after his treatment.',
    '“Two years on, I am still running on my own hip.”',
    '“I have been flare-free for two years.”',
    'Four months after starting PRP with exosomes my stylist asked what I was doing differently.',
    // The sentence of a quoted story that tells the result.
    'Three PRP shots later I walked all 18 holes without a brace.',
    'By the second week I could climb the stairs to our apartment without stopping.',
    'Since starting the capsules my knees stopped aching after long runs.',
    "Three sessions in and the crown spot I've had since college is filling in.",
    // A parent's or patient's account without quotation marks, and a named child "months later".
    'Since my treatment in Barbados my speech is clearer and I am still walking with a cane.',
    'After his second treatment our son started saying full sentences and sleeping through the night.',
    'Six months later Sofía sits without support and says her first words.',
    'Six months after my injections I hiked the rim trail with no brace,” says Donna K. from Arizona.',
    'After the second session our son started to say short sentences and now sleeps through the night,” says Aylin, mother of Emir (6).',
    'One year after the therapy I have had no relapse and I returned to my work in the office,” Agnieszka told our coordinator.',
    'After two infusions my SLEDAI score dropped from 14 to 4 and my rheumatologist halved my prednisone.',
    'I cancelled my knee replacement after two injections.',
    'Three months in, I’m sleeping through the night and down 14 pounds.',
    'After his second round of infusions, Daniel stood up from his wheelchair for the first time in three years.',
    '“After my second treatment I walked without a cane.”',
    'Patients report more energy and easier breathing after treatment.',
    'Today I walk two miles every morning.”',
    'After my treatment I can walk to the shops again.',
    // A named patient's story told about them, with what they can do now.
    'After his fourth injection, retired welder Frank can climb the stairs to his flat again.',
    'Eight-year-old Mila said her first two-word phrase a month after her infusion.',
    'Mrs. Adeyemi’s blood sugar fell from 14 to 7 after three cycles.',
    'Our client Priya, 47, says her neighbours now ask what her secret is.',
    'Before and after: Tom, 38, after three PRP sessions, with thicker hair at the crown.',
    '“My daughter noticed the difference within a week.”',
    'Now I play nine holes twice a week and carry my grandchildren up the stairs.',
    'Six months after her program she walks unaided around the block.',
    // A patient's quote signed the way clinics sign them: first name with a place, an initial, an age.
    '“Six weeks after treatment I left my portable oxygen at home for the first time in three years,” says Linda from Ohio.',
    '“My A1C went from 9.2 to 6.1 and I’m down to one pill a day,” says Gloria R. of Sugar Land.',
    '“I went from struggling up one flight of stairs to walking nine holes of golf,” says Richard, 71, from Atlanta.',
  ],
  notClaims: [
    'Three months after the infusion she developed a growth in her spine.',
    'Our research officer answers, and members share their own experiences.',
    'The guide for parents covers the trip, what to pack, and what families report afterwards.',
    'Customers describe different experiences; we suggest trying it for at least 90 days.',
    'Benefits our patients report',
    'Most patients describe the IV as a routine drip.',
    'Most clients describe a light scratching feeling.',
    "★★★★★ “Loved the calm treatment room and the team's attention to detail.”",
    'Observational study of 48 patients reports improvements in pain and function.',
    'People describe neuropathy as burning, tingling, “pins and needles,” or electric jolts.',
    // A quoted opening that tells where the speaker was, or how the visit felt, and no result.
    "“Before my treatment I couldn't walk to the mailbox without stopping.",
    '“I was injecting insulin four times a day.',
    '“I was nervous about needles, but the team talked me through each step.',
    '"I had no idea my dentist did this!',
    // A quoted story's opening: where the speaker started, before any result.
    '“I was scheduled for a knee replacement in March.',
    '"I couldn\'t do the stairs at church anymore.',
    '“My knee was bone on bone and I was limping through every round.',
    'Most men describe shockwave as a light tapping.',
    'Patients tell us they want to get down on the floor to play with their grandkids.',
    // A link to a review widget invites reading; it tells no story.,
    'Read all 418 reviews →',
    'Read more reviews',
    // Praise of the service, not of the treatment's effect.
    '“The nurses were so friendly and the hotel was lovely.”',
    // A case's starting point, told before any result: a decline, not an outcome.
    'She could no longer climb the stairs without stopping twice, her mother told us.',
    // A patient quoted by a reporter, and the starting point of a story told before its result.
    '“I feel a little stronger since the first one,” Reyes said.',
    '“I hope the next trials will include a control group, so we finally get a clear answer,” says Maria from Leeds.',
    '“I was using a walker after my fall, and my hips would not stop aching.',
    // Advice in quotation marks is not an account.
    'We would urge anyone thinking about treatment abroad to ask their own doctor first,” she said.',
    // First person, but no story of a treatment.
    'I was diagnosed with secondary progressive MS in 2016.',
    // A menu link, not stories framed as successes.
    'Patient Stories',
    // A question.
    'Ready to write your own success story?',
  ],
});
