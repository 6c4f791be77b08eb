/**
 * Author-year references without identifiers. The hint is only a proposal
 * (surname + year) that the record must confirm, but it stays conservative:
 * months, copyright lines and sentence openers are not surnames.
 */
import { describe, expect, it } from 'vitest';
import { findMentions, findReferenceHint, findReferenceHints, referenceParts } from '../../../src/citations/references';

describe('findReferenceHint proposes surname and year', () => {
  it.each<[string, string, number]>([
    ['As Genchi et al. (2023) showed, the cells were safe.', 'Genchi', 2023],
    ['Genchi et al., 2023', 'Genchi', 2023],
    ['Genchi et al [2023]', 'Genchi', 2023],
    ['Genchi A, Brambilla E, Sangalli F, et al. Neural stem cell transplantation. Nat Med. 2023;29(1):75-85.', 'Genchi', 2023],
    ['Riordan NH, Morales I, Fernández G, et al. J Transl Med. 2018 Mar 9;16(1):57.', 'Riordan', 2018],
    ['Riordan 2018, J Transl Med', 'Riordan', 2018],
    ['as reported by Riordan 2018, J Transl Med', 'Riordan', 2018],
    ['Choudry F, Hamshere S, Saunders N, et al. Eur Heart J. 2016;37(3):256-63.', 'Choudry', 2016],
    ['Álvaro-Gracia JM, Jover JA, García-Vicuña R, et al. Ann Rheum Dis. 2017;76(1):196-202.', 'Álvaro-Gracia', 2017],
    ["O'Brien et al. (2019) reported", "O'Brien", 2019],
    ['McDonald et al. 2020', 'McDonald', 2020],
    ['van der Berg et al. (2021)', 'van der Berg', 2021],
    ['De Luca et al. (2015)', 'De Luca', 2015],
    ['Öztürk et al. (2022)', 'Öztürk', 2022],
  ])('%s', (text, surname, year) => {
    expect(findReferenceHint(text)).toMatchObject({ surname, year });
  });

  it('reports where the reference ends', () => {
    const text = 'Genchi et al. (2023) showed it.';
    const hint = findReferenceHint(text);
    expect(hint && text.slice(0, hint.end)).toBe('Genchi et al. (2023');
  });
});

describe('findReferenceHint stays quiet on ordinary text', () => {
  it.each([
    'In March 2018, The clinic opened a second site.',
    'Since May 2019, Dr Rossi has treated 400 patients.',
    'Copyright 2024, All rights reserved.',
    'Updated 2023, New protocols.',
    'Posted March 14, 2024 by the Brightwater patient team',
    'Our patients love the results et al the time.',
    'Stem cell therapy repairs the damage that MS leaves behind.',
    'Call (305) 555-0148 today; 2023 prices apply.',
    'Genchi and colleagues describe how stem cells may protect the nervous system.',
    // A journal's name before a year is not an author: its last word follows another capitalized word,
    // or it is a one-word title, or what follows the comma is the volume or month.
    'Source: Stem Cells Transl Med 2019, Volume 8. PMID 30000000',
    'Bone Marrow Transplant 2011, Vol. 46, pages 200-206',
    'Published in J Cardiol 2015, March issue',
    'Scientific Reports 2020, Nature Publishing Group',
    'See J Eur Acad Dermatol Venereol 2020, Wiley.',
    'Lancet 2011, Elsevier',
    'x'.repeat(6000),
  ])('%s', (text) => {
    expect(findReferenceHint(text)).toBeNull();
  });
});

describe('findReferenceHints finds every reference in a block, each once', () => {
  it('takes in-text citations of every shape, in text order', () => {
    const text =
      'Cells reduced pain (Zhou et al., 2018; Li & Wang, 2019), in dogs too (Black, 2007). Zhou and Li (2020) agreed. In 2010, Vardi and colleagues reported a pilot study.';
    expect(findReferenceHints(text).map((h) => [h.surname, h.year, h.form])).toEqual([
      ['Zhou', 2018, 'in-text'],
      ['Li', 2019, 'in-text'],
      ['Black', 2007, 'in-text'],
      ['Zhou', 2020, 'in-text'],
      ['Vardi', 2010, 'in-text'],
    ]);
  });

  it('takes a full entry once, not again as the in-text shape inside it', () => {
    const text = 'Genchi A, et al. Neural stem cell transplantation. Nat Med. 2023;29(1):75-85.';
    expect(findReferenceHints(text).map((h) => [h.surname, h.form])).toEqual([['Genchi', 'entry']]);
  });

  it.each([
    [
      'Centeno, C. J., Busse, D., & Karli, D. (2008). Increased knee cartilage volume. Pain Physician, 11(3), 343–353.',
      'Centeno',
      2008,
    ],
    [
      '12. Soria-Zavala K, García-Sánchez J. Mesenchymal stem cells after spinal cord injury. In: Paraplegia. IntechOpen; 2020.',
      'Soria-Zavala',
      2020,
    ],
    ['Coleman J Jr. Autologous stem cell therapy and COPD: a pilot study. Lung Institute white paper, 2016.', 'Coleman', 2016],
  ])('takes a list entry of any style: %s', (text, surname, year) => {
    expect(findReferenceHints(text)[0]).toMatchObject({ surname, year, form: 'entry', start: text.indexOf(surname) });
  });
});

describe('referenceParts tells the title and journal apart', () => {
  it.each([
    [
      'Genchi A, Brambilla E, Sangalli F, et al. Neural stem cell transplantation in patients with progressive multiple sclerosis: an open-label, phase 1 study. Nat Med. 2023;29(1):75-85.',
      'Neural stem cell transplantation in patients with progressive multiple sclerosis: an open-label, phase 1 study',
      'Nat Med',
    ],
    [
      'Centeno CJ, Busse D, Kisiday J, Keohan C, Freeman M, Karli D. Increased knee cartilage volume in degenerative joint disease using percutaneously implanted, autologous mesenchymal stem cells. Pain Physician. 2008;11(3):343-53.',
      'Increased knee cartilage volume in degenerative joint disease using percutaneously implanted, autologous mesenchymal stem cells',
      'Pain Physician',
    ],
    [
      'Zhou, Y., Li, H., & Wang, Q. (2018). Exosomes from adipose stem cells in a rat model of osteoarthritis. Stem Cell Research & Therapy, 9, 247.',
      'Exosomes from adipose stem cells in a rat model of osteoarthritis',
      'Stem Cell Research & Therapy',
    ],
    // A title that asks a question, then its subtitle.
    [
      'Han C, Na Y, Zhu Y, et al. Is platelet-rich plasma an ideal biomaterial for arthroscopic rotator cuff repair? A systematic review and meta-analysis of randomized controlled trials. J Orthop Surg Res. 2019;14:183.',
      'Is platelet-rich plasma an ideal biomaterial for arthroscopic rotator cuff repair? A systematic review and meta-analysis of randomized controlled trials',
      'J Orthop Surg Res',
    ],
    // A question title with its journal straight after.
    [
      'Smith J, et al. Does PRP work? Knee Surg Sports Traumatol Arthrosc. 2020;28:1-9.',
      'Does PRP work?',
      'Knee Surg Sports Traumatol Arthrosc',
    ],
    // No journal printed: the title is not taken for one; a short journal without a title still is.
    [
      'Akeda K, Yamada J, Linn ET, Sudo A. Platelet-rich plasma in the management of chronic low back pain: a critical review. 2019.',
      'Platelet-rich plasma in the management of chronic low back pain: a critical review',
      null,
    ],
    ['Peng J, Wang Y. J Clin Aesthet Dermatol. 2023;16(12):45-50.', null, 'J Clin Aesthet Dermatol'],
    // APA with a quoted title and the DOI printed apart: the journal stops before "doi:".
    [
      'Whittle SL, et al. (2025). "Stem cell injections for osteoarthritis of the knee". Cochrane Database Syst Rev. doi:',
      '"Stem cell injections for osteoarthritis of the knee"',
      'Cochrane Database Syst Rev',
    ],
  ])('%s', (text, title, journal) => {
    expect(referenceParts(text)).toEqual({ title, journal });
  });

  it('gives no title for a reference that prints none', () => {
    expect(
      referenceParts('Legiawati L, Yusharyahya SN, Bernadette I, et al. J Clin Aesthet Dermatol. 2023;16(12):39-44.'),
    ).toEqual({
      title: null,
      journal: 'J Clin Aesthet Dermatol',
    });
    expect(referenceParts('Riordan 2018, J Transl Med')).toEqual({ title: null, journal: null });
  });
});

describe('findMentions finds first authors named without a year', () => {
  it('takes "et al." and "and colleagues", never a citation that has its year', () => {
    const text =
      'In this review, Genchi et al. present the results. Centeno and colleagues agreed. Genchi et al. (2023) said so.';
    expect(findMentions(text).map((m) => [m.surname, text.slice(m.start, m.end)])).toEqual([
      ['Genchi', 'Genchi et al.'],
      ['Centeno', 'Centeno and colleagues'],
    ]);
  });

  it('stays quiet on text without a mention', () => {
    expect(findMentions('Our colleagues at the clinic will call you.')).toEqual([]);
    expect(findMentions('x'.repeat(6000))).toEqual([]);
  });
});
