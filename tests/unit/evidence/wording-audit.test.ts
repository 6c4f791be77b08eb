/**
 * The wording audit: every record's badge, tier, design sentence and the note
 * an efficacy claim citing it would get, checked against invariants that keep
 * the card from saying more than the record does. `npx tsx
 * scripts/wording-audit.ts --against FILE` prints what changed between two
 * versions of the rules.
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { claimNote } from '../../../src/claims/claim-note';
import { readRecord } from '../../../src/cli/record-files';
import { isBlinded, isFairestTest, LARGE_TRIAL, peopleCount, settlesBenefit, showsBenefit } from '../../../src/evidence/derive';
import { type StudyView, toStudyView } from '../../../src/evidence/study-view';
import { studyCardContent } from '../../../src/cards/card-content';
import { renderCard } from '../../../src/cards/render';

const studies = readRecord();
const views = new Map(studies.map((s) => [s.id, toStudyView(s)]));
const view = (id: string) => views.get(id) as StudyView;
const efficacy = { kind: 'efficacy' as const, hedged: false, text: 'Stem cells repair your joint and restore function.' };
const designKnown = (s: StudyView) => s.control !== null || s.blinding !== null || s.randomized !== null || s.phase !== null;

describe('wording audit over the whole record', () => {
  it.each([...views.keys()])('%s', (id) => {
    const s = view(id);
    const note = claimNote(efficacy, [s]);
    // Nothing short of a between-group efficacy result silences an efficacy note.
    // …and only a trial big enough, blinded and not run by a seller of the treatment.
    if (note === null) {
      expect(showsBenefit(s), 'an efficacy note was silenced').toBe(true);
      expect(settlesBenefit(s), 'an efficacy note was silenced by a small, open or seller-run trial').toBe(true);
    }
    // No strongest wording without a known size of at least 100 and blinding.
    if (/fairest/.test(s.sentence)) {
      expect(isFairestTest(s), 'strongest wording').toBe(true);
      expect(peopleCount(s)).toBeGreaterThanOrEqual(LARGE_TRIAL);
      expect(isBlinded(s.blinding)).toBe(true);
    }
    // No top tier for a review of mostly uncontrolled or animal studies, or of unknown content.
    if (s.publicationType === 'systematic-review' && s.review?.pooled !== 'randomized') {
      expect(s.level.tier).not.toBe('randomized');
    }
    // No "we do not know what kind of study" where design fields are filled.
    if (designKnown(s)) {
      expect(s.sentence).not.toMatch(/do not know what kind of study/);
      expect(s.label).not.toBe('Study type not reported');
    }
    // A harm report reads as one.
    if (s.publicationType === 'harm-report') {
      expect(s.label).toMatch(/^(?:Expression of concern · )?Report of harm/);
      expect(s.label).not.toContain('not peer reviewed');
    }
    // A badge label is 1 to 5 short parts.
    expect(s.label.split(' · ').length).toBeLessThanOrEqual(5);
  });
});

describe('the cases the review found', () => {
  const cardText = (s: StudyView) => {
    const window = new Window();
    const doc = window.document as unknown as Document;
    const box = doc.createElement('div');
    box.append(renderCard(doc, studyCardContent(s, {})));
    return box.textContent ?? '';
  };

  it('the adipose knee phase 2b trial no longer says "Met", and an efficacy claim citing it gets a note', () => {
    const admsc = view('admsc_knee_oa_phase2b_placebo_sctm2019');
    expect(cardText(admsc)).not.toMatch(/Reached\?Met/);
    expect(claimNote(efficacy, [admsc])).not.toBeNull();
  });

  it.each([
    'tompkins2017_allo_msc_frailty_phase2',
    'brody2023_lomecel_b_alzheimers_phase1',
    'mpc_rexlemestrocel_diabetic_nephropathy_2016',
  ])('a randomized trial whose primary endpoint was safety (%s) gets a note on an efficacy claim', (id) => {
    expect(claimNote(efficacy, [view(id)])).toMatch(
      /mainly tested safety, so it was not designed to show whether the treatment works/,
    );
  });

  it('centeno2020 (25 people, open label, run by the clinic group) found a benefit but cannot silence a note', () => {
    expect(claimNote(efficacy, [view('centeno2020_bmc_rotator_cuff_rct_midterm')])).toMatch(
      /found a benefit on its main measure, but it had only 25 people, and people knew which treatment they got \(not blinded\), and it was run or paid for by a seller of the treatment, so it cannot settle whether the treatment works\.$/,
    );
  });

  it('centeno2024 shows 51 people, open label and the sponsor that sells the procedure', () => {
    const centeno = view('centeno2024_bmc_rotator_cuff_rct_2yr');
    expect(centeno.label).toContain('51 people');
    expect(centeno.label).toContain('not blinded');
    expect(centeno.sentence).not.toContain('fairest');
    expect(centeno.sentence).toContain('sells the treatment');
    const text = cardText(centeno);
    expect(text).toContain('A company or clinic that sells the treatment');
    expect(text).toMatch(/open-label/i);
  });

  it('the CDC outbreak report reads as a report of harm', () => {
    const perkins = view('perkins2018_mmwr_contaminated_ucb_products_infections');
    expect(perkins.label).toBe('Report of harm · 12 people');
    expect(claimNote({ kind: 'safety', hedged: false, text: 'Our cord blood products are completely safe.' }, [perkins])).toMatch(
      /report of harm after treatment in 12 people; it shows this kind of treatment can cause harm/,
    );
  });
});
