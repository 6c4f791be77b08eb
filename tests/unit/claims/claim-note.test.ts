import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  claimGoesBeyondEvidence,
  claimNote,
  describeStudy,
  type NoteClaim,
  strongestStudy,
} from '../../../src/claims/claim-note';
import { CLAIM_KINDS, type ClaimKind } from '../../../src/claims/kinds';
import type { Study } from '../../../src/evidence/schema';
import { type StudyView, toStudyView } from '../../../src/evidence/study-view';
import { makeStudy } from '../evidence/study-factory';

const RECORDS = join(import.meta.dirname, '../../../src/evidence/records');
const record = (id: string): StudyView => toStudyView(JSON.parse(readFileSync(join(RECORDS, `${id}.json`), 'utf8')) as Study);

/** A study built by hand: only the fields the notes read matter. */
function study(id: string, fields: Partial<Study> = {}): StudyView {
  return toStudyView(makeStudy({ id, ...fields }));
}

const people = (n: number): Study['n'] => ({ enrolled: n, treated: null, analysed: null, note: null });
const endpoint = (met: boolean | null): Study['primaryEndpoint'] => ({
  text: null,
  met,
  note: null,
  measures: null,
  judged: null,
});
const retracted: Study['status'] = { ...study('x').status, retracted: true };

// Real records, as the extension ships them.
const STEMS = record('genchi2023_stems'); // phase 1, single arm, 12 people
const RESTORE = record('bennell2021_restore_prp_knee_oa'); // randomized, 288 people, primary endpoint not met
const PASSED_RCT = record('amanat2021_ucmsc_intrathecal_cp_sham_rct'); // randomized, sham, 72 people, efficacy met between groups
const ANVERSA = record('anversa2013_jci_regenerating_heart_retracted'); // retracted
const COCHRANE = record('boncoraglio2019_cochrane_stem_cells_ischemic_stroke'); // systematic review
const CASE_REPORT = record('ahn2022_ucmsc_syringomyelia_case_clinic');

// Built by hand.
const MOUSE = study('mouse', { publicationType: 'animal' });
const SERIES = study('series', { publicationType: 'case-series', control: 'none', n: people(20) });
const REGISTRY = study('registry', { publicationType: 'registry-entry' });
const NONRANDOM = study('nonrandom', { publicationType: 'nonrandomized-trial', control: 'historical', n: people(40) });
const TINY = study('tiny', { publicationType: 'single-arm-trial', phase: '1', control: 'none', n: people(3) });
const NO_HARMS = study('no-harms', {
  publicationType: 'single-arm-trial',
  phase: '2',
  control: 'none',
  n: people(60),
  primaryEndpoint: endpoint(true),
  harms: { serious: 'No serious adverse events reported', common: null },
});
const RETRACTED_RCT = study('retracted-rct', { publicationType: 'rct', n: people(100), status: retracted });

const claim = (kind: ClaimKind, hedged = false, text = 'A claim.'): NoteClaim => ({ kind, hedged, text });

describe('strongestStudy', () => {
  it.each<[string, StudyView[], string | null]>([
    ['the randomized trial over the phase 1 trial', [STEMS, PASSED_RCT], PASSED_RCT.id],
    ['the phase 1 trial over a case report and an animal study', [MOUSE, CASE_REPORT, STEMS], STEMS.id],
    ['a ranked study over one off the ladder', [REGISTRY, MOUSE], MOUSE.id],
    ['nothing when all are retracted', [ANVERSA, RETRACTED_RCT], null],
    ['a standing study over a stronger retracted one', [RETRACTED_RCT, SERIES], SERIES.id],
    ['nothing when none is cited', [], null],
  ])('picks %s', (_name, evidence, id) => {
    expect(strongestStudy(evidence)?.id ?? null).toBe(id);
  });
});

describe('describeStudy', () => {
  it.each<[StudyView, string]>([
    [STEMS, 'a phase 1 safety trial in 12 people, with no comparison group'],
    [RESTORE, 'a randomized trial in 288 people'],
    [SERIES, 'a report on 20 people who were treated (a case series), with no comparison group'],
    [MOUSE, 'a study in animals'],
    [ANVERSA, 'a retracted paper'],
    [study('unknown'), 'a study of a kind we do not know'],
  ])('%#: %s', (s, text) => {
    expect(describeStudy(s)).toBe(text);
  });
});

describe('claimNote', () => {
  it.each<[string, NoteClaim, StudyView[], string | null]>([
    // efficacy and cure
    [
      'efficacy beside a phase 1 trial without control',
      claim('efficacy'),
      [STEMS],
      'The study this page cites was a phase 1 safety trial in 12 people, with no comparison group, so it cannot show whether the treatment works.',
    ],
    [
      'cure beside the same trial, cited with weaker studies',
      claim('cure'),
      [MOUSE, STEMS, CASE_REPORT],
      'The strongest study this page cites was a phase 1 safety trial in 12 people, with no comparison group, so it cannot show whether the treatment works.',
    ],
    ['efficacy with no citation', claim('efficacy'), [], 'No study is cited for this claim.'],
    ['cure with no citation', claim('cure'), [], 'No study is cited for this claim.'],
    [
      'efficacy beside a randomized trial that missed its primary endpoint',
      claim('efficacy'),
      [RESTORE],
      'The study this page cites was a randomized trial in 288 people, and it found no benefit on its main measure.',
    ],
    ['efficacy beside a randomized trial that met its primary endpoint', claim('efficacy'), [PASSED_RCT, STEMS], null],
    ['a hedged efficacy claim beside the same trial', claim('efficacy', true), [PASSED_RCT], null],
    ['a hedged cure claim beside the same trial', claim('cure', true), [PASSED_RCT], null],
    [
      'a flat cure claim beside the same trial',
      claim('cure'),
      [PASSED_RCT],
      'The study this page cites was a randomized trial in 72 people that found a benefit on its main measure, which is not the same as a cure.',
    ],
    [
      'efficacy beside a retracted paper only',
      claim('efficacy'),
      [ANVERSA],
      'The paper this page cites was retracted, so it gives no support for this claim.',
    ],
    [
      'efficacy beside two retracted papers',
      claim('efficacy'),
      [ANVERSA, RETRACTED_RCT],
      'The papers this page cites were retracted, so they give no support for this claim.',
    ],
    [
      'efficacy beside a case series and a retracted trial',
      claim('efficacy'),
      [SERIES, RETRACTED_RCT],
      'The study this page cites was a report on 20 people who were treated (a case series), with no comparison group, so it cannot show whether the treatment works. Another paper it cites was retracted.',
    ],
    [
      'efficacy beside an animal study',
      claim('efficacy'),
      [MOUSE],
      'The study this page cites was a study in animals; it cannot show that the treatment works in people.',
    ],
    [
      'efficacy beside a registry entry',
      claim('efficacy'),
      [REGISTRY],
      'The study this page cites is a trial registry entry: it describes a planned or running trial, not its results.',
    ],
    [
      'efficacy beside a non-randomized trial',
      claim('efficacy'),
      [NONRANDOM],
      'The study this page cites was a trial in 40 people that compared groups not chosen at random; it can hint at an effect but cannot show for sure that the treatment works.',
    ],
    [
      'efficacy beside a systematic review',
      claim('efficacy'),
      [COCHRANE],
      'The study this page cites is a systematic review of randomized trials; our record does not say whether it found that the treatment works.',
    ],
    // safety
    [
      'a safety absolute beside a trial of 12 people that recorded a serious event',
      claim('safety'),
      [STEMS],
      'The study this page cites recorded at least one serious medical problem (a serious adverse event) in 12 people. A study that size can also miss rarer harms.',
    ],
    [
      'a safety absolute beside a trial of 60 people with no serious harms',
      claim('safety'),
      [NO_HARMS],
      'The study this page cites reported no serious harms in 60 people. A study that size can miss harms that affect fewer than about 1 in 20 people.',
    ],
    [
      'a safety absolute beside a randomized trial with harms not recorded',
      claim('safety'),
      [RESTORE],
      'The study this page cites was a randomized trial in 288 people. A study that size can miss harms that affect fewer than about 1 in 96 people.',
    ],
    [
      'a safety absolute beside a trial of 3 people',
      claim('safety'),
      [TINY],
      'The study this page cites was a phase 1 safety trial in 3 people, with no comparison group; a study of 3 people is far too small to show that a treatment is safe.',
    ],
    ['a safety claim with no citation', claim('safety'), [], 'No study is cited for this safety claim.'],
    // approval
    [
      'an approval claim',
      claim('approval', false, 'Our laboratory is licensed by the Ministry of Health.'),
      [STEMS],
      'The studies on this page do not show whether this treatment is approved. To check, see the FDA’s list of approved cellular and gene therapy products.',
    ],
    [
      'an FDA registration claim',
      claim('approval', false, 'Cells are processed in an FDA-registered laboratory.'),
      [],
      'Registering a laboratory or product with the FDA is not the same as approval of a treatment. To check, see the FDA’s list of approved cellular and gene therapy products.',
    ],
    // the rest
    [
      'a call to action',
      claim('call-to-action'),
      [STEMS, CASE_REPORT],
      'The treatment offered here rests on a phase 1 safety trial in 12 people, with no comparison group.',
    ],
    [
      'a call to action beside a failed randomized trial',
      claim('call-to-action'),
      [RESTORE],
      'The treatment offered here rests on a randomized trial in 288 people that found no benefit on its main measure.',
    ],
    ['a call to action with no citation', claim('call-to-action'), [], 'This page cites no study for the treatment it offers.'],
    ['a call to action beside a passed randomized trial', claim('call-to-action'), [PASSED_RCT], null],
    [
      'a testimonial',
      claim('testimonial'),
      [PASSED_RCT],
      'Personal stories cannot show whether a treatment works, because people can improve for other reasons.',
    ],
    ['urgency', claim('urgency'), [], 'This page gives no evidence-based reason for the deadline.'],
    [
      'social proof',
      claim('social-proof'),
      [STEMS],
      'How many people were treated, or how many studies exist, does not show whether a treatment works.',
    ],
    [
      'social proof beside a randomized trial that met its primary endpoint',
      claim('social-proof', false, 'Trusted by more than 5,000 Houston-area patients.'),
      [PASSED_RCT],
      'How many people were treated, or how many studies exist, does not show whether a treatment works.',
    ],
    [
      'the seller’s own results beside a randomized trial that met its primary endpoint',
      claim('efficacy', false, 'This means most of our patients can expect to come off insulin.'),
      [PASSED_RCT],
      'These are the page’s own results or promises about its patients, not results compared with people who were not treated, so they cannot show what the treatment will do.',
    ],
    [
      'a count of the seller’s patients reporting results, beside the same trial',
      claim('efficacy', false, 'Nine out of ten families report better muscle tone after the first program.'),
      [PASSED_RCT],
      'These are the page’s own results or promises about its patients, not results compared with people who were not treated, so they cannot show what the treatment will do.',
    ],
  ])('%s', (_name, c, evidence, expected) => {
    expect(claimNote(c, evidence)).toBe(expected);
    expect(claimGoesBeyondEvidence(c, evidence)).toBe(expected !== null);
  });
});

describe('every note keeps to the house voice', () => {
  const evidenceSets: StudyView[][] = [
    [],
    [STEMS],
    [RESTORE],
    [PASSED_RCT],
    [ANVERSA],
    [COCHRANE],
    [CASE_REPORT],
    [MOUSE],
    [SERIES, RETRACTED_RCT],
    [REGISTRY],
    [NONRANDOM],
    [TINY],
    [NO_HARMS],
    [study('unknown')],
  ];
  const cases = CLAIM_KINDS.flatMap((kind) =>
    [false, true].flatMap((hedged) => evidenceSets.map((evidence) => ({ kind, hedged, evidence }))),
  );

  it.each(cases)('$kind (hedged $hedged) beside $evidence.length studies', ({ kind, hedged, evidence }) => {
    const note = claimNote({ kind, hedged, text: 'A claim.' }, evidence);
    if (note === null) return;
    const sentences = note.split(/(?<=\.)\s+/);
    expect(sentences.length).toBeLessThanOrEqual(2);
    for (const s of sentences) expect(s.split(/\s+/).length).toBeLessThanOrEqual(40);
    expect(note).toMatch(/^[A-Z].*\.$/);
    // Neutral about the seller and no medical advice.
    expect(note).not.toMatch(/\b(?:mislead\w*|scam\w*|lie|lies|lying|fraud\w*|should|must|don[’']t|avoid)\b/i);
  });
});
