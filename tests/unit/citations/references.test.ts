/**
 * Author-year references without identifiers. The hint is only a proposal
 * (surname + year) that the record must confirm, but it stays conservative:
 * months, copyright lines and sentence openers are not surnames.
 */
import { describe, expect, it } from 'vitest';
import { findReferenceHint } from '../../../src/citations/references';

describe('findReferenceHint proposes surname and year', () => {
  it.each<[string, string, number]>([
    ['As Genchi et al. (2023) showed, the cells were safe.', 'Genchi', 2023],
    ['Genchi et al., 2023', 'Genchi', 2023],
    ['Genchi et al [2023]', 'Genchi', 2023],
    ['Genchi A, Brambilla E, Sangalli F, et al. Neural stem cell transplantation. Nat Med. 2023;29(1):75-85.', 'Genchi', 2023],
    ['Riordan NH, Morales I, Fernández G, et al. J Transl Med. 2018 Mar 9;16(1):57.', 'Riordan', 2018],
    ['Riordan 2018, J Transl Med', 'Riordan', 2018],
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
    'x'.repeat(6000),
  ])('%s', (text) => {
    expect(findReferenceHint(text)).toBeNull();
  });
});
