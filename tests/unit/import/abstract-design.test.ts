import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCount, phaseFromText, readDesign } from '../../../src/import/abstract-design';

describe('readDesign: how many people', () => {
  it.each([
    ['24 patients were randomized to cells or placebo.', { enrolled: 24 }],
    ['We randomized 120 patients within a research network.', { enrolled: 120 }],
    [
      'A total of 180 children aged 2 to 7 years with ASD were randomized to cord blood (n = 56) or placebo (n = 61).',
      { enrolled: 180 },
    ],
    ['Twelve patients with progressive MS received one of four doses.', { treated: 12 }],
    ['Three patients with AMD received intravitreal injections.', { treated: 3 }],
    ['Twenty-four adult patients underwent the procedure.', { treated: 24 }],
    ['Of these, 440 patients were included in the analysis.', { analysed: 440 }],
    ['Patients with knee osteoarthritis (n = 24) were followed for a year.', { enrolled: 24 }],
    ['1,024 participants were enrolled across sites.', { enrolled: 1024 }],
  ])('%s', (text, expected) => {
    const d = readDesign(null, text);
    expect({ enrolled: d.enrolled?.value, treated: d.treated?.value, analysed: d.analysed?.value }).toEqual({
      enrolled: undefined,
      treated: undefined,
      analysed: undefined,
      ...expected,
    });
  });

  it.each([
    ['per-group sizes are reported, never summed', 'Patients received cells (n = 40) or placebo (n = 38).', ['n = 40', 'n = 38']],
    ['a year is not a count', 'In 2019 patients were enrolled at two centres.', []],
    ['months are not people', 'After 12 months in patients treated early, scores improved.', []],
  ])('%s', (_name, text, other) => {
    const d = readDesign(null, text);
    expect([d.enrolled, d.treated, d.analysed]).toEqual([null, null, null]);
    expect(d.otherCounts).toEqual(other);
  });

  it('leaves a count empty when the text gives two different totals, and says so', () => {
    const d = readDesign(null, '40 patients were enrolled in stage one. Later 60 patients were enrolled in stage two.');
    expect(d.enrolled).toBeNull();
    expect(d.conflicts[0]).toMatch(/^number enrolled: the text says "40 patients were enrolled" and "60 patients were enrolled"/);
  });

  it('reads nothing of the kind from a review: its abstract describes other trials', () => {
    const d = readDesign(
      null,
      'We pooled 12 randomized trials; 480 patients were randomized to cells or placebo in double-blind designs.',
      true,
    );
    expect([d.enrolled, d.randomized, d.blinding, d.control]).toEqual([null, null, null, null]);
  });
});

describe('readDesign: design words', () => {
  it.each([
    [
      'In this randomized, double-blind, placebo-controlled trial',
      { randomized: true, blinding: 'double-blind', control: 'placebo' },
    ],
    ['a non-randomized, open-label, phase 1 dose-escalation study', { randomized: false, blinding: 'open-label', control: null }],
    ['A Phase II Randomized Clinical Trial of cord blood', { randomized: true, blinding: null, control: null }],
    ['an open-label, single-arm study', { randomized: null, blinding: 'open-label', control: 'none' }],
    [
      'patients were randomly assigned to cells or sham surgery; assessor-blinded outcomes',
      { randomized: true, blinding: 'assessor-blinded', control: 'sham' },
    ],
    ['no placebo group was used', { randomized: null, blinding: null, control: null }],
  ])('%s', (text, expected) => {
    const d = readDesign(null, text);
    expect({
      randomized: d.randomized?.value ?? null,
      blinding: d.blinding?.value ?? null,
      control: d.control?.value ?? null,
    }).toEqual(expected);
  });

  it('leaves blinding empty when the text says both double-blind and open-label', () => {
    const d = readDesign(null, 'A double-blind phase was followed by an open-label extension.');
    expect(d.blinding).toBeNull();
    expect(d.conflicts.join()).toContain('blinding');
  });
});

describe('phaseFromText and parseCount', () => {
  it.each([
    ['an open-label, phase 1 study', ['1']],
    ['A Phase II Randomized Clinical Trial', ['2']],
    ['a phase I/II trial', ['1/2']],
    ['a randomized phase 2b study', ['2b']],
    ['phase 2/3', ['2/3']],
    ['in the acute phase of stroke', []],
  ])('%s', (text, phases) => {
    expect(phaseFromText(text).map((f) => f.value)).toEqual(phases);
  });

  it.each([
    ['12', 12],
    ['1,024', 1024],
    ['Twelve', 12],
    ['twenty-four', 24],
    ['ninety', 90],
    ['dozen', null],
  ])('%s → %s', (word, n) => {
    expect(parseCount(word)).toBe(n);
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (title, abstract) => {
        readDesign(title, abstract);
      }),
    );
  });
});
