import { describe, expect, it } from 'vitest';
import { composeAnswer } from '../../../src/evidence/answer';
import { type StudyView, toStudyView } from '../../../src/evidence/study-view';
import type { PageSummary } from '../../../src/messaging/protocol';
import { headline, orderedCitations } from '../../../src/summary/headline';
import { createSummaryStore, mergeSummary } from '../../../src/summary/tab-summaries';
import { TIER_COLORS, toolbarState } from '../../../src/summary/toolbar';
import { makeStudy, n } from '../evidence/study-factory';

const rctNoBenefit = toStudyView(
  makeStudy({
    id: 'rct',
    publicationType: 'rct',
    control: 'placebo',
    n: n(180),
    primaryEndpoint: { text: 'x', met: false, note: null, measures: null, judged: null },
  }),
);
const phase1 = toStudyView(
  makeStudy({ id: 'p1', publicationType: 'single-arm-trial', phase: '1', control: 'none', n: n(null, 12) }),
);
const mouse = toStudyView(makeStudy({ id: 'mouse', publicationType: 'animal' }));
const retracted = toStudyView(
  makeStudy({
    id: 'gone',
    publicationType: 'rct',
    status: { retracted: true, expressionOfConcern: false, notice: null, noticeDate: null, correction: null, notes: null },
  }),
);

const answerFor = (study: StudyView | null) =>
  composeAnswer({ study, listed: null, trial: null, reading: null, ids: { pmid: '1' }, reference: null });

function summary(...studies: (ReturnType<typeof toStudyView> | null)[]): PageSummary {
  return {
    url: 'https://clinic.example/',
    title: 't',
    claims: [],
    pitch: null,
    page: { kind: 'neutral', conditions: [] },
    briefs: [],
    citations: studies.map((s, i) => ({
      key: `k${i}`,
      ids: { pmid: String(100 + i) },
      text: '',
      studyId: s?.id ?? null,
      answer: answerFor(s),
    })),
    studies: Object.fromEntries(studies.filter((s) => s !== null).map((s) => [s.id, s])),
  };
}

describe('popup headline', () => {
  it.each([
    [
      [rctNoBenefit, phase1, mouse],
      'This page cites 3 studies: 1 animal study, 1 phase 1 trial without a control group, 1 randomized trial that found no benefit.',
    ],
    [[phase1], 'This page cites a phase 1 trial without a control group.'],
    [[phase1, phase1], 'This page cites a phase 1 trial without a control group.'],
    [[null, null], 'This page cites 2 studies: 2 studies we have no record of.'],
    [[retracted, rctNoBenefit], 'This page cites 2 studies: 1 retracted paper, 1 randomized trial that found no benefit.'],
    [[], 'This page cites no study we could find.'],
  ])('%#', (studies, expected) => {
    expect(headline(summary(...studies))).toBe(expected);
  });

  it('adds the number of claims that go beyond the evidence', () => {
    expect(headline(summary(phase1), 4)).toBe(
      'This page cites a phase 1 trial without a control group. 4 claims go beyond that evidence.',
    );
    expect(headline(summary(), 1)).toBe('This page cites no study we could find. 1 claim has no cited study behind it.');
  });

  it('lists retracted first, then weakest to strongest', () => {
    expect(orderedCitations(summary(rctNoBenefit, phase1, retracted, mouse)).map((c) => c.studyId)).toEqual([
      'gone',
      'mouse',
      'p1',
      'rct',
    ]);
  });
});

describe('toolbar', () => {
  it('counts citations and colours by the weakest evidence, with a distinct colour for a retraction', () => {
    expect(toolbarState(summary(rctNoBenefit, phase1))).toEqual({
      text: '2',
      color: TIER_COLORS.uncontrolled,
      title: 'Evidence Lens: 2 studies cited on this page. Click for a summary.',
    });
    expect(toolbarState(summary(rctNoBenefit, retracted)).color).toBe(TIER_COLORS.retracted);
    expect(toolbarState(summary(rctNoBenefit, retracted)).title).toContain('one of them retracted');
    expect(toolbarState(null).text).toBe('');
    expect(toolbarState(summary()).text).toBe('');
  });
});

describe('tab summaries', () => {
  const request = (append: boolean, keys: string[], url = 'https://clinic.example/') => ({
    type: 'lookup' as const,
    append,
    url,
    title: 't',
    claims: [],
    citations: keys.map((key) => ({ key, ids: { pmid: key.slice(1) }, text: '' })),
  });
  const answer = (keys: string[]) => ({
    results: keys.map((key) => ({ key, studyId: null, answer: answerFor(null) })),
    studies: {},
  });

  it('replaces on a new scan, appends for a dynamic page, never duplicates, and starts over on another URL', () => {
    const first = mergeSummary(null, request(false, ['k1', 'k2']), answer(['k1', 'k2']));
    const more = mergeSummary(first, request(true, ['k2', 'k3']), answer(['k2', 'k3']));
    expect(more.citations.map((c) => c.key)).toEqual(['k1', 'k2', 'k3']);
    expect(mergeSummary(more, request(false, ['k9']), answer(['k9'])).citations.map((c) => c.key)).toEqual(['k9']);
    expect(
      mergeSummary(more, request(true, ['k4'], 'https://other.example/'), answer(['k4'])).citations.map((c) => c.key),
    ).toEqual(['k4']);
  });

  it('keeps references without identifiers, with what the badge said about them', () => {
    const reference = { surname: 'Smith', year: 2020, text: 'Smith et al. 2020' };
    const r = { ...request(false, []), citations: [{ key: 'ref', ids: {}, text: 'Smith et al. 2020', reference }] };
    const none = composeAnswer({ study: null, listed: null, trial: null, reading: null, ids: {}, reference });
    const merged = mergeSummary(null, r, { results: [{ key: 'ref', studyId: null, answer: none }], studies: {} });
    expect(merged.citations.map((c) => [c.key, c.answer.label, c.answer.search])).toEqual([
      ['ref', 'Not in record', 'https://pubmed.ncbi.nlm.nih.gov/?term=Smith%5B1au%5D%202020%5Bdp%5D'],
    ]);
  });

  it('reads a summary an earlier version stored: the old kind "other" becomes social proof, unknown kinds are dropped', async () => {
    const stored = {
      ...summary(),
      claims: [
        { key: 'claim:a', kind: 'other', text: 'Trusted by 4,000 patients.', hedged: false },
        { key: 'claim:b', kind: 'cure', text: 'Reverses MS.', hedged: false },
        { key: 'claim:c', kind: 'miracle', text: 'Works wonders.', hedged: false },
      ],
    };
    const area = {
      get: async (key: string) => ({ [key]: stored }),
      set: async () => undefined,
      remove: async () => undefined,
    };
    const read = await createSummaryStore(area).get(7);
    const old = { count: 1, note: null, shown: false, at: { citation: '' } };
    expect(read?.claims).toEqual([
      { key: 'claim:a', kind: 'social-proof', text: 'Trusted by 4,000 patients.', hedged: false, ...old },
      { key: 'claim:b', kind: 'cure', text: 'Reverses MS.', hedged: false, ...old },
    ]);
    expect(read?.pitch).toBeNull();
    expect(read?.citations).toEqual(stored.citations);
  });
});
