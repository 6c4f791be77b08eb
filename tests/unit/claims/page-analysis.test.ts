/**
 * The claims of a page as a careful reader would mark them: each sentence
 * once with its count, notes from the cited studies, the sales pitch as one
 * line, and sentences that misdescribe a cited study, checked both ways.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evidenceSourcesFromDisk } from '../../../src/cli/evidence-from-disk';
import { readRecord } from '../../../src/cli/record-files';
import { scanHtml } from '../../../src/cli/scan-file';
import { composeAnswer } from '../../../src/evidence/answer';
import { type StudyView, toStudyView } from '../../../src/evidence/study-view';
import { analysePage, type PageBlock, type PageCitation } from '../../../src/claims/page-analysis';
import { describeMismatch, referenceMismatch, sameJournal, studyDescribed, trialNames } from '../../../src/claims/misdescription';

const views = new Map(readRecord().map((s) => [s.id, toStudyView(s)]));
const view = (id: string) => views.get(id) as StudyView;
const cite = (id: string, reference?: PageCitation['reference']): PageCitation => {
  const study = view(id);
  const ids = { doi: study.ids.doi ?? undefined, pmid: study.ids.pmid ?? undefined };
  return {
    key: id,
    ids: Object.fromEntries(Object.entries(ids).filter(([, v]) => v)),
    ...(reference ? { reference } : {}),
    answer: composeAnswer({ study, listed: null, trial: null, reading: null, ids: {}, reference: null }),
    study,
  };
};
const SIGNALS = { url: 'https://clinic.example/post', metaNames: [], formCount: 1 };
const content = (text: string): PageBlock => ({ text, role: 'content' });

const STEMS = 'genchi2023_stems'; // phase 1, single group, 12 people, open-label, safety endpoint
const RESTORE = 'bennell2021_restore_prp_knee_oa'; // randomized, blinded, 288 people, no benefit
const DAWSON = 'dawson2020_duke_asd_cordblood_phase2'; // randomized, placebo, 180 children, no benefit

describe('misdescriptions of a cited study, both ways', () => {
  it.each<[string, string, string, RegExp | null]>([
    [
      'a trial called a review',
      STEMS,
      'In this review, Genchi et al. present the results of STEMS.',
      /^The page calls this study a review\. It was a phase 1 trial of 12 people without a comparison group\.$/,
    ],
    ['a trial described as a trial', STEMS, 'In this trial, Genchi et al. present the results of STEMS.', null],
    [
      'a study of 12 called large',
      STEMS,
      'A large clinical study by Genchi et al. treated patients with progressive MS.',
      /^The page calls this study large\. It included 12 people\.$/,
    ],
    [
      'a study of 12 called a large double-blind trial',
      STEMS,
      'A large double-blind, placebo-controlled trial by Genchi et al. tested the cells.',
      /^The page calls this study large\. It included 12 people\.$/,
    ],
    [
      'a trial that missed its goal said to have confirmed earlier results',
      DAWSON,
      'Dawson et al. confirmed these results in children with autism.',
      /^The page says this study showed the treatment works\. It did not meet its main goal/,
    ],
    ['a trial said not to have confirmed earlier results', DAWSON, 'Dawson et al. could not confirm these results.', null],
    ['a study of 288 not called large', RESTORE, 'A large randomized trial by Bennell et al. tested PRP injections.', null],
    [
      'a single-group trial called randomized',
      STEMS,
      'Genchi et al. ran a randomized trial of neural stem cells.',
      /^The page calls this study randomized\. It was not/,
    ],
    ['a single-group trial said not to be randomized', STEMS, 'Genchi et al. ran a small trial that was not randomized.', null],
    [
      'a single-group trial said to lack a control group',
      STEMS,
      'Genchi et al. ran an open-label trial without a control group.',
      null,
    ],
    [
      'a single-group trial called controlled',
      STEMS,
      'Genchi et al. ran a placebo-controlled study of the cells.',
      /^The page describes this study as controlled\. It had no comparison group/,
    ],
    [
      'an open-label trial called double-blind',
      STEMS,
      'Genchi et al. ran a double-blind study of the cells.',
      /^The page calls this study blinded\. It was open-label/,
    ],
    ['a blinded trial called double-blind', RESTORE, 'Bennell et al. ran a double-blind trial of PRP.', null],
    [
      'a safety trial said to prove it works',
      STEMS,
      'Genchi et al. proved that neural stem cells work in MS.',
      /^The page says this study showed the treatment works\. Its main goal was to test safety/,
    ],
    [
      'a trial that missed its goal said to show benefit',
      DAWSON,
      'Dawson et al. showed that cord blood improves social communication in autism.',
      /^The page says this study showed the treatment works\. It did not meet its main goal/,
    ],
    [
      'a trial that missed its goal reported as such',
      DAWSON,
      'Dawson et al. found no improvement in social communication.',
      null,
    ],
    // Honest descriptions: what the study set out to test, what it did not find, what later studies must do.
    [
      'what a safety trial set out to test',
      STEMS,
      'Genchi et al. tested the safety and feasibility of the cells, not their efficacy.',
      null,
    ],
    [
      'a safety trial not designed for efficacy',
      STEMS,
      'The STEMS trial by Genchi et al. was not designed to measure efficacy.',
      null,
    ],
    [
      'what a trial aimed to assess',
      DAWSON,
      'Dawson et al. set out to assess the efficacy of a single infusion of cord blood.',
      null,
    ],
    [
      'a result reported as not reached',
      DAWSON,
      'Dawson et al. found that cord blood did not improve social communication.',
      null,
    ],
    ['a result reported as no different', DAWSON, 'Dawson et al. showed no significant difference between the groups.', null],
    [
      'the trials the authors call for',
      STEMS,
      'Genchi et al. write that larger randomized, placebo-controlled trials are needed to learn whether the cells help.',
      null,
    ],
    [
      'none of the groups improved',
      RESTORE,
      'Bennell et al. found that none of the injections reduced pain more than placebo.',
      null,
    ],
    [
      'a secondary finding held back',
      DAWSON,
      'Some children showed gains on other measures, which Dawson et al. said need further study.',
      null,
    ],
    ['other people’s claims reported', STEMS, 'Genchi et al. warn about clinics that sell the cells as proven.', null],
    [
      'a result put in a failed trial’s mouth',
      'deng2017_ucmsc_lupus_nephritis_rct',
      'In a randomized trial, umbilical cord cells brought lupus nephritis into remission where standard drugs had failed.',
      /^The page says this study showed the treatment works\. It did not meet its main goal/,
    ],
    [
      'a failed trial’s result told fairly: both groups improved',
      RESTORE,
      'In a trial of PRP, pain improved in both groups.',
      null,
    ],
    [
      'a chart review of a case series',
      'dambrosi2018_core_decompression_msc_prp_onfh',
      'In a review of 16 patients treated by D’Ambrosi, most had less pain.',
      null,
    ],
    [
      'a future blinded trial',
      STEMS,
      'After Genchi et al., a double-blind trial should follow to test whether the cells work.',
      null,
    ],
    [
      'a randomized trial said to prove, with a future clause elsewhere',
      STEMS,
      'Genchi et al. ran a randomized trial that proved the cells work, and more patients will follow.',
      /^The page calls this study randomized\. It was not/,
    ],
  ])('%s', (_, id, sentence, expected) => {
    const found = describeMismatch(sentence, view(id));
    if (expected) expect(found?.note).toMatch(expected);
    else expect(found).toBeNull();
  });

  it('knows a study by its trial or product name, never by a kind of cell', () => {
    const nurown = [...views.values()].find((v) => v.id.includes('nurown') && v.phase === '3') as StudyView;
    expect(trialNames(nurown)).toContain('NurOwn');
    const cited = [{ ids: {}, study: nurown }];
    expect(studyDescribed('In the phase 3 trial of NurOwn, the cells were proven to slow ALS.', cited)?.study.id).toBe(nurown.id);
    for (const v of views.values()) for (const name of trialNames(v)) expect(name).not.toMatch(/MSC|HSCT|PRP|^CD\d/);
  });

  it('carries the study a sentence described to the next one that says "That study…"', () => {
    const blocks: PageBlock[] = [
      content('Genchi et al. treated 12 people with progressive MS. That study was a randomized controlled trial.'),
    ];
    const shown = analysePage(blocks, [cite(STEMS)], SIGNALS).claims.filter((c) => c.kind === 'misdescription');
    expect(shown.map((c) => c.text)).toEqual(['That study was a randomized controlled trial.']);
    // A sentence naming its own source is not about the one before.
    const other = analysePage(
      [content('Genchi et al. treated 12 people. The same study group later ran a randomized trial (Smith et al., 2025).')],
      [cite(STEMS)],
      SIGNALS,
    ).claims.filter((c) => c.kind === 'misdescription');
    expect(other).toEqual([]);
  });

  it('reads "In this study…" before any study is named as the page\'s own source: its "Source:" line, or its only study', () => {
    const misdescribed = (blocks: PageBlock[], citations: PageCitation[]) =>
      analysePage(blocks, citations, SIGNALS)
        .claims.filter((c) => c.kind === 'misdescription')
        .map((c) => c.text);
    const post = [
      content('In this study, researchers gave neural stem cells to people with progressive MS.'),
      content('This large clinical study is one of the strongest signs yet that stem cells can change the course of MS.'),
    ];
    const source = { text: 'Source: Genchi A, et al. Nat Med. 2023. PMID 36624312', role: 'content' as const };
    expect(misdescribed([...post, source], [cite(STEMS), cite(RESTORE)])).toEqual([
      'This large clinical study is one of the strongest signs yet that stem cells can change the course of MS.',
    ]);
    expect(misdescribed(post, [cite(STEMS)])).toEqual([
      'This large clinical study is one of the strongest signs yet that stem cells can change the course of MS.',
    ]);
    // Two studies and no source line: which one "this study" means is not known.
    expect(misdescribed(post, [cite(STEMS), cite(RESTORE)])).toEqual([]);
    // "That controlled trial followed": a later study, not the one just named.
    expect(
      misdescribed(
        [content('Genchi et al. treated 12 people with progressive MS. That controlled trial followed.')],
        [cite(STEMS)],
      ),
    ).toEqual([]);
  });

  it('a "Source: Journal, year" line whose year or journal disagree with the study its identifier names', () => {
    const misdescribed = (line: string) =>
      analysePage([{ text: line, role: 'content' }], [cite(STEMS)], SIGNALS)
        .claims.filter((c) => c.kind === 'misdescription')
        .map((c) => c.note);
    expect(misdescribed('Source: Nature Medicine, 2019. doi:10.1038/s41591-022-02097-3')).toEqual([
      expect.stringMatching(/^The page gives 2019 for this reference; the study with this DOI was published in 2023\.$/),
    ]);
    expect(misdescribed('Source: The Lancet, 2023. doi:10.1038/s41591-022-02097-3')).toEqual([
      expect.stringMatching(/^The page gives The Lancet as this reference's journal/),
    ]);
    expect(misdescribed('Source: Nature Medicine, 2023. doi:10.1038/s41591-022-02097-3')).toEqual([]);
    // A source line that closes a paragraph is the claim on its own.
    const closing = analysePage(
      [content('Genchi et al. gave the cells to 12 people. Source: The Lancet, 2023. doi:10.1038/s41591-022-02097-3')],
      [cite(STEMS)],
      SIGNALS,
    ).claims.filter((c) => c.kind === 'misdescription');
    expect(closing.map((c) => c.text)).toEqual(['Source: The Lancet, 2023. doi:10.1038/s41591-022-02097-3']);
  });

  it('knows a study by the number of people a sentence gives, when only one cited study had that many', () => {
    const cited = [cite(STEMS), cite(RESTORE)].map((c) => ({ ids: c.ids, study: c.study as StudyView }));
    expect(studyDescribed('A randomized trial of 288 people found that PRP eased knee pain.', cited)?.study.id).toBe(RESTORE);
    expect(studyDescribed('A randomized trial of 300 people found that PRP eased knee pain.', cited)).toBeNull();
    // A subgroup's gains, or a result "about the same" as placebo, reported as such.
    expect(
      describeMismatch('In this trial of 180 children, those without intellectual disability showed gains.', view(DAWSON)),
    ).toBeNull();
    expect(
      describeMismatch(
        'In a randomized, placebo-controlled trial of 180 children, cord blood improved socialization at the higher dose.',
        view(DAWSON),
      ),
    ).toBeNull();
    expect(
      describeMismatch(
        'In a randomized, placebo-controlled trial of 180 children, cord blood improved socialization.',
        view(DAWSON),
      )?.how,
    ).toBe('works');
    expect(
      describeMismatch(
        'Dawson et al. found that children improved about the same with cord blood as with placebo.',
        view(DAWSON),
      ),
    ).toBeNull();
  });

  it('knows a study by the phase a sentence gives, or the condition a study is said to be in, when only one cited study fits', () => {
    const cited = [cite(STEMS), cite(DAWSON)].map((c) => ({ ids: c.ids, study: c.study as StudyView }));
    expect(studyDescribed("Duke's phase II trial showed that cord blood improves social skills.", cited)?.study.id).toBe(DAWSON);
    expect(studyDescribed('A phase I/II trial tested the cells.', cited)).toBeNull();
    expect(studyDescribed('A study in children with autism spectrum disorder found gains.', cited)?.study.id).toBe(DAWSON);
    // A condition without a study, or a condition two cited studies share, names none.
    expect(studyDescribed('Autism spectrum disorder affects one child in 36.', cited)).toBeNull();
    const two = [...cited, { ids: {}, study: view('dawson2017_duke_asd_cordblood_phase1') }];
    expect(studyDescribed('A study in children with autism spectrum disorder found gains.', two)).toBeNull();
    // A sentence that gives its own identifier, or a review's condition, names another study.
    expect(studyDescribed('A study in children with autism spectrum disorder (NCT01234567) found gains.', cited)).toBeNull();
    const review = [{ ids: {}, study: view('zhu2021_review_msc_aging_frailty') }];
    expect(studyDescribed('A trial in aging frailty gave 30 people cells.', review)).toBeNull();
    expect(
      describeMismatch(
        "Duke's phase II trial showed that cord blood improves social skills in children with autism.",
        view(DAWSON),
      )?.how,
    ).toBe('works');
  });

  it('knows a study by its year and kind, when only one cited study fits', () => {
    const cited = [cite(STEMS), cite(DAWSON), cite('zhu2021_review_msc_aging_frailty')].map((c) => ({
      ids: c.ids,
      study: c.study as StudyView,
    }));
    expect(studyDescribed('A 2021 review proved that stem cells reverse frailty.', cited)?.study.id).toBe(
      'zhu2021_review_msc_aging_frailty',
    );
    expect(studyDescribed('A 2020 trial tested cord blood in autism.', cited)?.study.id).toBe(DAWSON);
    // A year no cited study of that kind has names another.
    expect(studyDescribed('A 2021 trial tested the cells.', cited)).toBeNull();
  });

  it('a result better than placebo, said of a trial that found no difference', () => {
    const weiss = view('weiss2013_prochymal_copd'); // randomized, placebo-controlled, safety endpoint, no difference in lung function
    expect(
      describeMismatch(
        'In the trial by Weiss and colleagues, patients given stem cells had fewer flare-ups and better breathing than those given placebo.',
        weiss,
      )?.how,
    ).toBe('works');
    expect(
      describeMismatch(
        'In the trial by Weiss and colleagues, patients given stem cells did no better than those given placebo.',
        weiss,
      ),
    ).toBeNull();
  });

  it('a review called a clinical trial, and a review called a review', () => {
    const zhu = view('zhu2021_review_msc_aging_frailty'); // narrative review, Theranostics 2021
    expect(
      describeMismatch('A 2021 clinical trial in the journal Theranostics showed that more stem cells reverse frailty.', zhu)
        ?.note,
    ).toMatch(
      /^The page calls this review a clinical trial\. It was an overview of other work \(a narrative review\), and tested no treatment itself\.$/,
    );
    expect(describeMismatch('A 2021 review in Theranostics looked at clinical trials of stem cells in frailty.', zhu)).toBeNull();
    expect(describeMismatch('The idea in Theranostics (2021) has not been tested in a large trial.', zhu)).toBeNull();
  });

  it('a retracted paper misdescribed: what it was, and that it was retracted', () => {
    const scipio = view('bolli2011_scipio'); // randomized phase 1 trial of 33 people, retracted in 2019
    expect(scipio.status.retracted).toBe(true);
    expect(describeMismatch('The large SCIPIO trial showed that cardiac stem cells work.', scipio)?.note).toMatch(
      /^The page calls this study large\. It included 33 people\. The paper was later retracted\.$/,
    );
    expect(describeMismatch('The SCIPIO trial was a small randomized phase 1 trial.', scipio)).toBeNull();
  });

  it('a case series called a clinical trial, and called what it was', () => {
    const series = view('dambrosi2018_core_decompression_msc_prp_onfh');
    expect(describeMismatch('This clinical trial by D’Ambrosi showed results in hip necrosis.', series)?.how).toBe('trial');
    expect(describeMismatch('This case series by D’Ambrosi described 16 patients.', series)).toBeNull();
  });

  it('a printed reference whose year, first author or journal disagree with the study its identifier names', () => {
    const stems = cite(STEMS).ids;
    const ref = (surname: string, year: number, journal: string | null) => ({
      surname,
      year,
      text: `${surname} A, et al. ${journal ?? ''} ${year}.`,
      title: null,
      journal,
    });
    // A year read from the next entry run in after this one is not this entry's.
    expect(
      referenceMismatch({
        ids: stems,
        study: view(STEMS),
        reference: {
          surname: 'Genchi',
          year: 2017,
          text: 'Genchi A, et al. Nat Med 2023, doi:',
          title: null,
          journal: 'Nat Med',
        },
      }),
    ).toBeNull();
    expect(referenceMismatch({ ids: stems, study: view(STEMS), reference: ref('Genchi', 2009, 'Nat Med') })).toBe(
      'The page gives 2009 for this reference; the study with this DOI was published in 2023.',
    );
    expect(referenceMismatch({ ids: stems, study: view(STEMS), reference: ref('Riordan', 2023, 'Nat Med') })).toMatch(
      /^The page names Riordan as this reference's first author; the study with this DOI was led by Genchi/,
    );
    expect(referenceMismatch({ ids: stems, study: view(STEMS), reference: ref('Genchi', 2023, 'J Transl Med') })).toMatch(
      /^The page gives J Transl Med as this reference's journal/,
    );
    expect(referenceMismatch({ ids: stems, study: view(STEMS), reference: ref('Genchi', 2023, 'Nat Med') })).toBeNull();
    // Two entries read as one: the printed year may be the other entry's.
    const two = {
      ...ref('Mancias-Guerra', 2014, 'Cytotherapy'),
      text: 'Mancias-Guerra C, et al. Cytotherapy. 2014. Genchi A, et al. Nat Med.',
    };
    expect(referenceMismatch({ ids: stems, study: view(STEMS), reference: two })).toBeNull();
    expect(sameJournal('Stem Cells Transl Med', 'Stem Cells Translational Medicine')).toBe(true);
    expect(sameJournal('BMC Musculoskelet Disord', 'BMC Musculoskeletal Disorders')).toBe(true);
    expect(sameJournal('J Transl Med', 'Nature Medicine')).toBe(false);
    // "J" for "Journal", and the place NLM adds to tell apart journals of one name.
    expect(sameJournal('Endocr J', 'Endocrine Journal')).toBe(true);
    expect(sameJournal('Pharmaceuticals (Basel)', 'Pharmaceuticals')).toBe(true);
    expect(
      sameJournal('Alzheimers Dement (N Y)', 'Alzheimer’s & Dementia: Translational Research & Clinical Interventions'),
    ).toBe(true);
  });

  it('finds the study a sentence describes by identifier (cited twice), by "Surname & Surname, year", or by its journal', () => {
    const bca = view('prp_erectile_dysfunction_placebo_rct_bca2024');
    const stems = view(STEMS);
    const cited = [
      { ids: { doi: bca.ids.doi as string }, study: bca },
      { ids: { doi: bca.ids.doi as string }, study: bca },
      { ids: { pmid: stems.ids.pmid as string }, study: stems },
    ];
    expect(studyDescribed(`Injections helped most men (doi:${bca.ids.doi}).`, cited)?.study.id).toBe(bca.id);
    expect(
      studyDescribed('A 2024 randomized study found that PRP improves erectile function (Basic Clin Androl, 2024).', cited)?.study
        .id,
    ).toBe(bca.id);
    expect(studyDescribed('A trial reported in Nature Medicine found the cells safe.', cited)?.study.id).toBe(stems.id);
    expect(studyDescribed('Genchi & Martino, 2023 gave the cells once.', cited)?.study.id).toBe(stems.id);
    // "(2)", "[2]", "(Ref: 2)": the second entry of the page's numbered reference list.
    const numbered = [
      { ids: { doi: bca.ids.doi as string }, study: bca, number: 2 },
      { ids: { pmid: stems.ids.pmid as string }, study: stems, number: 3 },
    ];
    expect(studyDescribed('A randomized study found that PRP improves erectile function (2).', numbered)?.study.id).toBe(bca.id);
    expect(studyDescribed('The cells were safe [3].', numbered)?.study.id).toBe(stems.id);
    expect(studyDescribed('Cells were proven safe (Ref: 3).', numbered)?.study.id).toBe(stems.id);
    expect(studyDescribed('Cells were proven safe (12).', numbered)).toBeNull();
    // A journal the sentence prints with another year names another paper.
    expect(studyDescribed('A trial reported in Nature Medicine in 2011 found the cells safe.', cited)).toBeNull();
  });

  it('a narrative review said to prove, and a study said to show a procedure can be done, not that it works', () => {
    const narrative = view('goutman2015_als_stem_cell_review');
    expect(describeMismatch('A 2015 review proved that stem cells slow ALS.', narrative)?.note).toMatch(
      /It was a narrative review/,
    );
    expect(describeMismatch('A 2015 review described the stem cell trials in ALS so far.', narrative)).toBeNull();
    const stems = view(STEMS);
    expect(
      describeMismatch(
        'With 12 patients and no comparison group, the study shows the cells can be given, not that it works.',
        stems,
      ),
    ).toBeNull();
  });

  it('a study cited for a treatment it did not test', () => {
    const azficel = view('azficel_autologous_fibroblasts_nasolabial_folds_rct_2012');
    expect(describeMismatch('A large trial showed that exosome facials smooth smile lines.', azficel)?.note).toBe(
      'The page cites this study for exosomes. The study tested fibroblasts.',
    );
    // Named without a claim of benefit, or for what it tested, it is fairly cited.
    expect(describeMismatch('Unlike exosomes, the cells in this trial were fibroblasts.', azficel)).toBeNull();
    expect(describeMismatch('A large trial showed that fibroblast injections smooth smile lines.', azficel)).toBeNull();
  });

  it('a review: what it pooled, and whether it proved anything, against what the page says', () => {
    const chang = view('chang2021_ma_intradiscal_prp_discogenic_pain');
    expect(describeMismatch('A meta-analysis of randomized trials found less pain after PRP.', chang)?.note).toBe(
      'The page says this review pooled randomized trials. It pooled randomized trials together with other kinds of study.',
    );
    // A review reported as finding something is fairly reported; only one of randomized trials says what Chang pooled wrongly.
    expect(describeMismatch('A 2021 meta-analysis found lower pain scores after intradiscal PRP.', chang)).toBeNull();
    const dong = view('dong2019_ma_liswt_erectile_dysfunction');
    expect(describeMismatch('A meta-analysis of sham-controlled trials found better erectile function scores.', dong)).toBeNull();
  });
});

describe('analysePage', () => {
  it('marks a repeated sentence once, with its count, and puts the sales pitch in one line', () => {
    const packet = { text: 'Request your FREE information packet today.', role: 'pitch-box' as const };
    const blocks: PageBlock[] = [
      content('Stem cell therapy repairs the damage that MS leaves behind.'),
      packet,
      content('Treatment packages start at $9,500. Limited spots are available this month.'),
      packet,
      content('Stem cell therapy repairs the damage that MS leaves behind.'),
      packet,
    ];
    const { claims, pitch } = analysePage(blocks, [cite(STEMS)], SIGNALS);
    const shown = claims.filter((c) => c.shown);
    expect(shown.map((c) => [c.kind, c.count])).toEqual([['cure', 2]]);
    expect(shown[0]?.note).toMatch(/^The study this page cites was a phase 1 safety trial in 12 people/);
    expect(claims.find((c) => c.text.startsWith('Request your FREE'))).toMatchObject({ count: 3, shown: false });
    expect(pitch).toBe(
      'This page sells the treatment it describes: free information packet, prices from $9,500, limited places.',
    );
  });

  it('marks no heading, sign-up box, statement of need, author-voice report or future research', () => {
    const blocks: PageBlock[] = [
      { text: 'Potential Benefits of Neural Stem Cell Therapy', role: 'heading' },
      { text: 'Cognitive Improvements', role: 'heading' },
      { text: 'Subscribe To Our Newsletter', role: 'pitch-box' },
      content('Treatments must protect the brain and spinal cord, calm harmful immune responses and repair damage.'),
      content('The authors explored whether the cells might show early signs of benefit.'),
      content('Future studies may explore whether higher doses slow the disease.'),
    ];
    expect(analysePage(blocks, [cite(STEMS)], SIGNALS).claims.filter((c) => c.shown)).toEqual([]);
  });

  it('does not take a subscription, a helpline, an emergency number or a headline price for a sales pitch', () => {
    const blocks: PageBlock[] = [
      { text: 'After a stroke, a $38,000 trip for stem cells', role: 'heading' },
      content('Subscribe for $1 a week.'),
      content('Order reprints · Today’s Paper'),
      content('Pricing and package pages with "most popular" bundles, limited-time discounts and financing offers.'),
      content('Call our free helpline on 0555 800 4100.'),
      content('In an emergency, call 911.'),
      content('Study procedures and study medicines are provided at no cost.'),
      content('Already a reader? Sign up free for our weekly health briefing.'),
      content('Use our online side-effect reporting form or call (555) 013-8800.'),
      content('If you have been offered a cell product, contact us before you pay or agree to treatment.'),
      content('Joanne has now raised more than £14,000 through an online appeal and a sponsored walk.'),
      content('She still needs around £2,500 for flights and accommodation.'),
      content('Their prices often run from £10,000 to more than £50,000, not counting travel.'),
      content('£10 could pay for a call with an MS nurse.'),
      { text: 'Why some knee injections cost $5,000 — and what the evidence says', role: 'list-item' },
      content('If you had a side effect after a stem cell treatment, report it through our online form.'),
      content('Contact us or your GP urgently if the area becomes hot, red and swollen.'),
      content('If you have a concern about your care, you can contact our Patient Advice and Liaison Service on 01632 555 0100.'),
      content('She saw a newspaper ad for a free lunch seminar on joint injections.'),
      content('Prices quoted to the Ledger by eight area clinics ranged from $650 to $5,000.'),
    ];
    const page = analysePage(blocks, [], { ...SIGNALS, formCount: 0 });
    expect(page.sells).toBe(false);
    expect(page.pitch).toBeNull();
    // A price the page asks, or a consultation it offers, is selling.
    const selling = analysePage([content('Treatment packages start at $4,900.')], [], { ...SIGNALS, formCount: 0 });
    expect(selling.sells).toBe(true);
  });

  it('on a page that sells nothing and says it only reports, keeps its claims for "mark every claim" and still says a misdescription', () => {
    const blocks: PageBlock[] = [
      content('Stem cell therapy repairs the damage that MS leaves behind.'),
      content('In this review, Genchi et al. present the results of STEMS.'),
    ];
    const charity = [...blocks, { text: 'MS Help is a registered charity in England (no. 1234567).', role: 'chrome' as const }];
    const news = analysePage(charity, [cite(STEMS)], { ...SIGNALS, formCount: 0 });
    expect(news.sells).toBe(false);
    expect(news.claims.filter((c) => c.shown).map((c) => c.kind)).toEqual(['misdescription']);
    expect(news.claims.find((c) => c.kind === 'cure')?.note).toMatch(/phase 1/);
    // A publisher's editorial policy says the same.
    const publisher = analysePage(
      [...blocks, content('The Health Ledger follows strict sourcing guidelines and relies on peer-reviewed studies.')],
      [cite(STEMS)],
      { ...SIGNALS, formCount: 0 },
    );
    expect(publisher.claims.filter((c) => c.shown).map((c) => c.kind)).toEqual(['misdescription']);
    // So does a hospital's patient leaflet.
    const leaflet = analysePage(
      [...blocks, { text: 'Riverside Hospitals NHS Foundation Trust · Patient information leaflet', role: 'chrome' }],
      [cite(STEMS)],
      { ...SIGNALS, formCount: 0 },
    );
    expect(leaflet.claims.filter((c) => c.shown).map((c) => c.kind)).toEqual(['misdescription']);
    // A charity's "Talk to us" is not an offer.
    const talk = analysePage([...charity, { text: 'Talk to us', role: 'heading' as const }], [cite(STEMS)], {
      ...SIGNALS,
      formCount: 0,
    });
    expect(talk.sells).toBe(false);
    // A charity's forum: its members' stories are theirs, and marked.
    const forum = analysePage(
      [
        ...charity,
        content('Marguerite_K · Member since 2021 · 87 posts'),
        content('My tremor has almost gone since my infusions.'),
      ],
      [cite(STEMS)],
      { ...SIGNALS, formCount: 0 },
    );
    expect(forum.claims.filter((c) => c.shown).map((c) => c.kind)).toContain('testimonial');
    // Nor is its helpline, but a price or a booking on such a page is still an offer.
    const helpline = analysePage([...charity, content('Call 0800 555 0139 or send us a message.')], [cite(STEMS)], {
      ...SIGNALS,
      formCount: 0,
    });
    expect(helpline.sells).toBe(false);
    const sheet = analysePage([...charity, content('Order a printed information sheet')], [cite(STEMS)], {
      ...SIGNALS,
      formCount: 0,
    });
    expect(sheet.sells).toBe(false);
    const reported = analysePage(
      [...charity, content('She flew to Thailand for a ten-day course of infusions that cost about $18,000.')],
      [cite(STEMS)],
      { ...SIGNALS, formCount: 0 },
    );
    expect(reported.sells).toBe(false);
    const booking = analysePage([...charity, content('Book your free consultation today.')], [cite(STEMS)], {
      ...SIGNALS,
      formCount: 0,
    });
    expect(booking.sells).toBe(true);
    // Silence is not a sign: a page without a form, a price or a sign of what it is keeps its markers
    // (a clinic's booking form may be drawn by a script that a saved page does not run).
    const silent = analysePage(blocks, [cite(STEMS)], { ...SIGNALS, formCount: 0 });
    expect(silent.claims.filter((c) => c.shown).map((c) => c.kind)).toEqual(['cure', 'misdescription']);
    // A "Book a free consultation" link in the menu makes a page a seller.
    const menu = analysePage(
      [...charity, { text: 'Home About Treatments Book a free consultation', role: 'chrome' as const }],
      [cite(STEMS)],
      { ...SIGNALS, formCount: 0 },
    );
    expect(menu.sells).toBe(true);
    expect(menu.claims.filter((c) => c.shown).map((c) => c.kind)).toEqual(['cure', 'misdescription']);
  });

  it('keeps a heading that promises a result, and a reported finding the page turns into a promise', () => {
    const blocks: PageBlock[] = [
      { text: 'Regain Your Mobility With Stem Cells', role: 'heading' },
      content('The study proves our cells will repair your nerves.'),
    ];
    expect(
      analysePage(blocks, [cite(STEMS)], SIGNALS)
        .claims.filter((c) => c.shown)
        .map((c) => c.kind),
    ).toEqual(['efficacy', 'cure']);
  });

  it('says so when the page cites only studies nothing knows', () => {
    const unknown: PageCitation = {
      key: 'pmid:1',
      ids: { pmid: '1' },
      answer: composeAnswer({ study: null, listed: null, trial: null, reading: null, ids: { pmid: '1' }, reference: null }),
      study: null,
    };
    const [claim] = analysePage([content('Stem cells repair the damage MS leaves behind.')], [unknown], SIGNALS).claims;
    expect(claim?.note).toBe('We have no record of the study this page cites, so we cannot say whether it supports this claim.');
  });
});

describe('the seed clinic post (our version of the real STEMS blog post)', () => {
  const html = readFileSync(join(import.meta.dirname, '../../fixtures/pages/stems-clinic-post.html'), 'utf8');
  const report = scanHtml(
    'stems-clinic-post.html',
    html,
    evidenceSourcesFromDisk(() => undefined),
  );

  it('has at most 10 distinct claims and at most 10 markers, none beside the newsletter box, the form or a heading', () => {
    expect(report.claims.length).toBeLessThanOrEqual(10);
    const marked = report.claims.filter((c) => c.note !== null);
    expect(marked.length).toBeGreaterThanOrEqual(4);
    expect(marked.length).toBeLessThanOrEqual(10);
    for (const c of marked) {
      expect(c.text).not.toMatch(/Subscribe|information packet|Cognitive Improvements|Potential Benefits|^Name$|^Email$/);
    }
  });

  it('notes that the page calls the phase 1 trial a review', () => {
    expect(report.claims.find((c) => c.kind === 'misdescription')).toMatchObject({
      text: expect.stringMatching(/^In this review, Genchi et al\./),
      note: 'The page calls this study a review. It was a phase 1 trial of 12 people without a comparison group.',
    });
  });

  it('sums the packet form repeated down the page up as one pitch line, the form counted once', () => {
    expect(report.pitch).toMatch(/^This page sells the treatment it describes: free information packet/);
    expect(report.claims.find((c) => c.text === 'Request your FREE information packet')?.count).toBeGreaterThanOrEqual(14);
  });
});

describe('what a guideline or a statement says, reported', () => {
  const statement = [...new Map(readRecord().map((s) => [s.id, toStudyView(s)])).values()].find(
    (v) => v.publicationType === 'guideline',
  ) as StudyView;

  it.each([
    'The society has said that there is not yet robust clinical evidence and that the therapies should be offered within trials until their efficacy is established.',
    'The guidelines ask that cell products be shown to be safe and effective in well-designed trials before they are sold.',
  ])('%s', (sentence) => {
    expect(statement).toBeDefined();
    expect(describeMismatch(sentence, statement)).toBeNull();
  });
});
