/**
 * Design words read from a reference's title: shown as read, never as
 * checked, and never more than the words say.
 */
import { describe, expect, it } from 'vitest';
import { readTitle } from '../../../src/evidence/title-reading';

describe('readTitle finds each design word', () => {
  it.each<[string, string[]]>([
    ['Allogeneic cells for knee osteoarthritis: a randomized controlled trial', ['randomized']],
    [
      'A randomised, double-blind, placebo-controlled phase 2 trial of adipose cells',
      ['randomized', 'placebo-controlled', 'double-blind', 'phase 2'],
    ],
    ['Platelet-rich plasma versus placebo for hair loss', ['placebo-controlled']],
    ['An open-label, phase 1 study of neural stem cells', ['phase 1', 'open-label']],
    ['Stem cells in heart failure: a phase II/III trial', ['phase 2/3']],
    ['A pilot study of intravenous stem cells in long-term fatigue', ['pilot study']],
    ['Glioproliferative lesion of the spinal cord after stem cell tourism: a case report', ['case report']],
    ['Mesenchymal cells in spinal cord injury: a case series of 14 patients', ['case series']],
    ['A retrospective review of outcomes after bone marrow concentrate injections', ['retrospective']],
    ['Outcomes of knee injections: a prospective cohort study', ['cohort study']],
    ['Cartilage repair with mesenchymal stem cells in rabbits', ['study in rabbits']],
    ['Adipose-derived cells improve memory in a mouse model of Alzheimer disease', ['study in mice']],
    ['Intra-articular stem cells in dogs with elbow osteoarthritis', ['study in dogs']],
    ['Tendon healing after cell injection: an experimental study in horses', ['study in horses']],
    ['Exosomes from stem cells promote hair growth in vitro', ['lab study (in vitro)']],
    ['Stem cells for autism: a review', ['review']],
    [
      'Platelet-rich plasma in androgenetic alopecia: a systematic review and meta-analysis',
      ['systematic review', 'meta-analysis'],
    ],
    [
      'Cord blood for cerebral palsy: study protocol for a randomised controlled trial',
      ['randomized', 'protocol (a plan, no results)'],
    ],
  ])('%s', (title, words) => {
    const reading = readTitle(title);
    expect(reading?.words.map((w) => w.text)).toEqual(words);
    expect(reading?.label).toBe(`Title says: ${words.slice(0, 3).join(' · ')}`);
  });
});

describe('readTitle stays quiet where the words are not a study design', () => {
  it.each([
    'Randomized response techniques in surveys',
    'Mouse-over guide to the stem cell literature',
    'Neural stem cell transplantation in patients with progressive multiple sclerosis',
    'Peer review of regenerative medicine claims',
    'The acute phase response after injury',
    'Rat poison and other household hazards',
    'Mesenchymal stem cells: biology and clinical use',
    '',
  ])('%j', (title) => {
    expect(readTitle(title)).toBeNull();
  });

  it('reads nothing from a missing title', () => {
    expect(readTitle(null)).toBeNull();
    expect(readTitle(undefined)).toBeNull();
  });
});
