import { describe, expect, it } from 'vitest';
import { isQuestion, normalise, splitSentences } from '../../../../src/claims/language/sentences';

const sentences = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitSentences', () => {
  it.each([
    ['Stem cells work. They really do!', ['Stem cells work.', 'They really do!']],
    [
      'Genchi et al. reported a phase 1 trial. It had 12 people.',
      ['Genchi et al. reported a phase 1 trial.', 'It had 12 people.'],
    ],
    ['Dr. Alvarez treats you. Call now.', ['Dr. Alvarez treats you.', 'Call now.']],
    ['PRP vs. saline was compared. Results were mixed.', ['PRP vs. saline was compared.', 'Results were mixed.']],
    ['Doses of 2.5 mg and 0.7 x10^6 cells/kg. Next sentence.', ['Doses of 2.5 mg and 0.7 x10^6 cells/kg.', 'Next sentence.']],
    [
      'Not approved by the U.S. Food and Drug Administration. Ask us.',
      ['Not approved by the U.S. Food and Drug Administration.', 'Ask us.'],
    ],
    ['It helps, e.g. with pain. Yes.', ['It helps, e.g. with pain.', 'Yes.']],
    ['Dr. A. Morales leads the team. Karen J. Smith agrees.', ['Dr. A. Morales leads the team.', 'Karen J. Smith agrees.']],
    ['It contains vitamin D. Take two capsules.', ['It contains vitamin D.', 'Take two capsules.']],
    ['People with MS. Our clinic helps.', ['People with MS.', 'Our clinic helps.']],
    ['See Fig. 2 and No. 5 for details. Done.', ['See Fig. 2 and No. 5 for details.', 'Done.']],
    ['“I can walk again.” Karen, 52', ['“I can walk again.”', 'Karen, 52']],
    ['Is it safe? Yes — completely safe.', ['Is it safe?', 'Yes — completely safe.']],
    ['Wait... there is more. Really.', ['Wait... there is more.', 'Really.']],
    ['Limited spots\nBook now', ['Limited spots', 'Book now']],
    ['Stem cells\n   cure nothing on their own.', ['Stem cells\n   cure nothing on their own.']],
    ['Home • About • Contact', ['Home', 'About', 'Contact']],
    ['  Trailing spaces.   ', ['Trailing spaces.']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('isQuestion', () => {
  it.each([
    ['Is stem cell therapy safe?', true],
    ['“Will it work for me?”', true],
    ['Ask us anything.', false],
    ['Why wait', false],
  ])('%s → %s', (sentence, expected) => {
    expect(isQuestion(sentence)).toBe(expected);
  });
});

describe('normalise', () => {
  it('straightens apostrophes and widens narrow spaces without moving any offset', () => {
    const raw = 'It isn’t\u00a0a cure\u202fat all.';
    const out = normalise(raw);
    expect(out).toBe("It isn't a cure at all.");
    expect(out.length).toBe(raw.length);
  });
});

describe('a footnote mark after a full stop', () => {
  it('ends the sentence with its mark', () => {
    const text = 'A 2023 trial proved that injections outperform cortisone shots.¹ In a separate study, cells helped.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'A 2023 trial proved that injections outperform cortisone shots.¹',
      'In a separate study, cells helped.',
    ]);
  });
});

describe("a footnote number and a quote's byline run on after a sentence", () => {
  const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));
  it('ends the sentence before them, and leaves decimals alone', () => {
    expect(split('It had 112 participants in total.9 Others have given cells.')).toEqual([
      'It had 112 participants in total.9',
      'Others have given cells.',
    ]);
    expect(split('“My ejection fraction went from 25 to 40 percent.”— Harold B., Florida')).toEqual([
      '“My ejection fraction went from 25 to 40 percent.”',
      '— Harold B., Florida',
    ]);
    expect(split('The dose was 2.5 Million cells.')).toEqual(['The dose was 2.5 Million cells.']);
  });
});
