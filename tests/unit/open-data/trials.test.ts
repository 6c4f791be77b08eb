/** Trial registrations from the ClinicalTrials.gov exports, as the build packs them. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir, readOpenData } from '../../../src/open-data/read-data';
import { phaseOf, TrialIndex, trialFromRow } from '../../../src/open-data/trials';

const data = readOpenData(dataDir(join(import.meta.dirname, '../../..')));

describe('the bundled trial registrations', () => {
  const trials = new TrialIndex(data.trials ?? { asOf: '', json: '{}' });

  it('hold the 1,599 distinct registrations of the six exports, as registered in December 2021', () => {
    expect(trials.size).toBe(1599);
    expect(trials.packed.asOf).toBe('2021-12-14');
  });

  it('give an NCT number its phase, design, enrollment, status, results and sponsor', () => {
    expect(trials.lookup('NCT01586312')).toMatchObject({
      nct: 'NCT01586312',
      title: 'Treatment of Knee Osteoarthritis With Allogenic Mesenchymal Stem Cells',
      phase: '1/2',
      enrollment: 30,
      allocation: 'Randomized',
      status: 'Completed',
      studyType: 'Interventional',
    });
    expect(trials.lookup('NCT01586312')?.masking).toMatch(/^Double/);
  });

  it('know nothing of an NCT number outside the exports, or of no number', () => {
    expect(trials.lookup('NCT99999999')).toBeNull();
    expect(trials.lookup(undefined)).toBeNull();
    expect(trials.lookup('constructor')).toBeNull();
  });
});

describe('reading an export row', () => {
  it.each([
    ['Phase 1|Phase 2', '1/2'],
    ['Phase 3', '3'],
    ['Early Phase 1', 'early 1'],
    ['Not Applicable', null],
    ['', null],
  ])('phase %j → %j', (phases, phase) => {
    expect(phaseOf(phases)).toBe(phase);
  });

  it('splits the packed design cell and the sponsor list, and refuses a row without an NCT number', () => {
    const trial = trialFromRow({
      'NCT Number': 'NCT01234567',
      Title: 'A trial',
      Status: 'Recruiting',
      'Study Results': 'No Results Available',
      Phases: 'Phase 2',
      Enrollment: '',
      'Study Designs': 'Allocation: N/A|Intervention Model: Single Group Assignment|Masking: None (Open Label)',
      'Sponsor/Collaborators': 'Clinic A|University B',
      'Funded Bys': 'Industry|Other',
    });
    expect(trial).toMatchObject({
      allocation: null,
      model: 'Single Group Assignment',
      masking: 'None (Open Label)',
      enrollment: null,
      sponsor: 'Clinic A',
      collaborators: ['University B'],
      fundedBy: ['Industry', 'Other'],
      resultsPosted: false,
    });
    expect(trialFromRow({ 'NCT Number': 'not a number' })).toBeNull();
  });
});
