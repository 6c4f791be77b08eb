/**
 * What a page is about, from its title, address, headings and opening: the
 * titles and openings below are written in our own words after the shape of
 * real clinic, supplement, hospital and news pages.
 */
import { describe, expect, it } from 'vitest';
import { readConditionBriefs } from '../../../src/cli/record-files';
import { type TopicSignals, topicDetector, treatmentOf } from '../../../src/topics/detect-topic';

const detect = topicDetector(readConditionBriefs());
const page = (title: string, path = '/', opening = '', h1: string[] = [], headings: string[] = []): TopicSignals => ({
  title,
  path,
  h1,
  headings,
  opening,
});
const conditions = (s: TopicSignals) => detect(s).map((t) => t.condition);

describe('a page about a condition gets that condition, and its treatment', () => {
  it.each<[string, TopicSignals, string, string | null]>([
    [
      'autism clinic',
      page(
        'Stem Cell Therapy for Autism | Pacifica Cell Institute',
        '/conditions/autism-stem-cell-therapy/',
        'Umbilical cord stem cells for children with autism spectrum disorder.',
      ),
      'autism',
      'stem-cells',
    ],
    [
      'autism abroad',
      page(
        'Autism Treatment in Panama – Cord Tissue MSC Program',
        '/autism/',
        'Families travel to us for mesenchymal stem cell infusions.',
      ),
      'autism',
      'stem-cells',
    ],
    [
      'MS blog',
      page(
        'Neural Stem Cells: A New Hope for Progressive MS',
        '/blog/neural-stem-cells-progressive-multiple-sclerosis/',
        'For people living with progressive multiple sclerosis, options are few.',
      ),
      'multiple-sclerosis',
      'stem-cells',
    ],
    [
      'MS broker',
      page(
        'Stem Cell Treatment for Multiple Sclerosis in Mexico',
        '/multiple-sclerosis-mexico',
        'Compare HSCT and MSC programs for MS.',
      ),
      'multiple-sclerosis',
      'stem-cells',
    ],
    [
      'ALS',
      page(
        'ALS and Stem Cells: What Families Ask Us',
        '/als-stem-cells/',
        'Amyotrophic lateral sclerosis takes strength from the muscles.',
      ),
      'als',
      'stem-cells',
    ],
    [
      'Parkinson',
      page(
        "Parkinson's Disease Cell Therapy Program",
        '/parkinsons/',
        "Our program for Parkinson's disease uses mesenchymal cells.",
      ),
      'parkinsons-disease',
      'stem-cells',
    ],
    [
      'Alzheimer',
      page(
        "Exosome Therapy for Alzheimer's and Memory Loss",
        '/alzheimers-exosomes/',
        "Exosomes may support the brain in Alzheimer's disease.",
      ),
      'alzheimers-disease',
      'exosomes',
    ],
    [
      'stroke',
      page(
        'Recovery After a Stroke with Regenerative Cells',
        '/stroke-recovery/',
        'Stem cell therapy after a stroke aims to restore movement.',
      ),
      'stroke',
      'stem-cells',
    ],
    [
      'spinal cord',
      page(
        'Spinal Cord Injury Stem Cell Treatment',
        '/spinal-cord-injury/',
        'For paraplegia and quadriplegia after spinal cord injury.',
      ),
      'spinal-cord-injury',
      'stem-cells',
    ],
    [
      'cerebral palsy',
      page(
        'Cerebral Palsy Treatment With Cord Blood Cells',
        '/cerebral-palsy/',
        'Children with cerebral palsy receive cord blood infusions.',
      ),
      'cerebral-palsy',
      'stem-cells',
    ],
    [
      'brain injury',
      page(
        'Traumatic Brain Injury Regenerative Program',
        '/tbi/',
        'After a traumatic brain injury our stem cell protocol begins.',
      ),
      'traumatic-brain-injury',
      'stem-cells',
    ],
    [
      'knee stem cells',
      page(
        'Stem Cell Injections for Knee Pain – Avoid Knee Replacement',
        '/knee-stem-cells/',
        'Bone marrow concentrate for arthritic knees.',
      ),
      'knee-osteoarthritis',
      'stem-cells',
    ],
    [
      'knee PRP',
      page(
        'PRP for Knee Osteoarthritis | Summit Sports Medicine',
        '/prp-knee-osteoarthritis/',
        'Platelet-rich plasma injections for knee arthritis.',
      ),
      'knee-osteoarthritis',
      'prp',
    ],
    [
      'hip',
      page(
        'Hip Arthritis Stem Cell Treatment',
        '/hip-arthritis/',
        'Hip osteoarthritis wears the joint; our injections target hip pain.',
      ),
      'hip-osteoarthritis',
      'stem-cells',
    ],
    [
      'shoulder',
      page('Rotator Cuff Tear? Try PRP Before Surgery', '/rotator-cuff-prp/', 'Platelet-rich plasma for a torn rotator cuff.'),
      'shoulder-and-rotator-cuff',
      'prp',
    ],
    [
      'tennis elbow',
      page('Tennis Elbow PRP Injections', '/tennis-elbow/', 'Lateral epicondylitis responds to platelet rich plasma, we say.'),
      'tendon-injuries',
      'prp',
    ],
    [
      'back',
      page(
        'Stem Cells for Back Pain and Degenerative Disc Disease',
        '/back-pain/',
        'Disc degeneration is a common cause of low back pain.',
      ),
      'back-pain-and-disc',
      'stem-cells',
    ],
    [
      'COPD',
      page('COPD Stem Cell Therapy | Breathe Again Clinic', '/copd/', 'Chronic obstructive pulmonary disease and emphysema.'),
      'copd',
      'stem-cells',
    ],
    [
      'heart failure',
      page('Stem Cell Treatment for Heart Failure', '/heart-failure/', 'Congestive heart failure weakens the heart.'),
      'heart-failure',
      'stem-cells',
    ],
    [
      'type 1',
      page('Type 1 Diabetes Stem Cell Program', '/type-1-diabetes/', 'Juvenile diabetes and mesenchymal cells.'),
      'type-1-diabetes',
      'stem-cells',
    ],
    [
      'type 2',
      page('Reverse Type 2 Diabetes With Stem Cells?', '/type-2-diabetes/', 'Type 2 diabetes affects millions.'),
      'type-2-diabetes',
      'stem-cells',
    ],
    [
      'Crohn',
      page("Crohn's Disease and Fistula Cell Therapy", '/crohns/', "Perianal fistula in Crohn's disease."),
      'crohns-and-colitis',
      'stem-cells',
    ],
    [
      'lupus',
      page('Lupus Stem Cell Treatment in Panama', '/lupus/', 'Systemic lupus erythematosus and umbilical cord MSCs.'),
      'lupus',
      'stem-cells',
    ],
    [
      'RA',
      page('Rheumatoid Arthritis Regenerative Therapy', '/rheumatoid-arthritis/', 'Stem cells for rheumatoid arthritis flares.'),
      'rheumatoid-arthritis',
      'stem-cells',
    ],
    [
      'ED',
      page(
        'P-Shot and Shockwave for Erectile Dysfunction',
        '/erectile-dysfunction/',
        'The Priapus shot uses platelet-rich plasma.',
      ),
      'erectile-dysfunction',
      'prp',
    ],
    [
      'hair',
      page(
        'Exosome Hair Restoration | Thinning Hair Treatment',
        '/hair-loss-exosomes/',
        'Exosomes for hair loss and androgenetic alopecia.',
      ),
      'hair-loss',
      'exosomes',
    ],
    [
      'skin',
      page('Exosome Facial for Wrinkles and Skin Rejuvenation', '/exosome-facial/', 'Skin aging and fine wrinkles.'),
      'skin-ageing',
      'exosomes',
    ],
    [
      'longevity',
      page('Stem Cell IV for Anti-Aging and Longevity', '/anti-aging-iv/', 'Our anti-aging infusion with umbilical cord cells.'),
      'frailty-and-anti-ageing',
      'stem-cells',
    ],
    [
      'long COVID',
      page('Long COVID Recovery With Exosome IV Therapy', '/long-covid/', 'Long haulers with post-COVID syndrome.'),
      'long-covid',
      'exosomes',
    ],
    [
      'macular',
      page('Macular Degeneration Stem Cell Treatment', '/macular-degeneration/', 'Dry macular degeneration and vision loss.'),
      'macular-and-retinal-disease',
      'stem-cells',
    ],
    [
      'kidney',
      page('Chronic Kidney Disease Cell Therapy', '/kidney-disease/', 'Stem cells for chronic kidney disease.'),
      'kidney-disease',
      'stem-cells',
    ],
    [
      'liver',
      page('Liver Cirrhosis Stem Cell Program', '/liver-cirrhosis/', 'Cirrhosis and mesenchymal stem cells.'),
      'liver-cirrhosis',
      'stem-cells',
    ],
  ])('%s', (_, signals, condition, treatment) => {
    const [first] = detect(signals);
    expect(first?.condition).toBe(condition);
    expect(first?.treatment).toBe(treatment);
  });
});

describe('what a page mentions in passing is not what it is about', () => {
  it('a knee page that mentions autism once is a knee page', () => {
    const knee = page(
      'Stem Cell Injections for Knee Osteoarthritis',
      '/knee-osteoarthritis/',
      'Our knee program treats arthritic knees. We also see patients for other conditions, from back pain to autism, at our sister clinic.',
      ['Regenerative Care for Knee Osteoarthritis'],
    );
    expect(conditions(knee)).toEqual(['knee-osteoarthritis']);
  });

  it('a page about cord blood banking sells storage, not a treatment', () => {
    const bank = page(
      'Cord Blood Banking | Protect Your Family’s Future',
      '/cord-blood-banking/',
      'Bank your baby’s cord blood at birth. Cord blood has been used in research on autism and cerebral palsy.',
      ['Why Families Choose Cord Blood Banking'],
    );
    expect(detect(bank)).toEqual([]);
  });

  it('an abbreviation alone is not enough ("MS Office training", "ED visits")', () => {
    expect(detect(page('MS Office Training for Clinics', '/training/', 'Learn MS Excel and MS Word.'))).toEqual([]);
    expect(detect(page('ED Wait Times This Winter', '/news/ed-wait-times/', 'ED visits rose in December.'))).toEqual([]);
  });

  it('a page that names no condition gets nothing, and nothing is invented for one we have no brief for', () => {
    expect(detect(page('About Our Clinic', '/about/', 'We have served patients since 2009.'))).toEqual([]);
    expect(detect(page('Stem Cells for Tinnitus', '/tinnitus/', 'Ringing in the ears and stem cells.'))).toEqual([]);
    expect(detect(page('Exosome Therapy for Erectile Dysfunction and Hair Loss', '/men/', ''))[0]?.confidence).toBeDefined();
  });

  it('a page about two joints names both', () => {
    const both = page(
      'Knee Arthritis and Hip Arthritis Injections',
      '/knee-hip/',
      'Knee osteoarthritis and hip osteoarthritis both respond, we claim.',
    );
    expect(conditions(both).sort()).toEqual(['hip-osteoarthritis', 'knee-osteoarthritis']);
  });
});

describe('treatmentOf', () => {
  it.each([
    ['exosomes and secretome for hair', 'exosomes'],
    ['platelet-rich plasma (PRP) injection', 'prp'],
    ['umbilical cord mesenchymal stem cells', 'stem-cells'],
    ['bone marrow aspirate concentrate (BMAC)', 'stem-cells'],
    ['a new vitamin drip', null],
  ])('%s → %s', (text, kind) => {
    expect(treatmentOf(text)).toBe(kind);
  });
});
