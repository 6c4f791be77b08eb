import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRecord } from '../../../src/cli/record-files';
import { type ConditionBrief, JURISDICTIONS } from '../../../src/evidence/condition-schema';
import { type RecordFile, RecordError, type RecordProblem } from '../../../src/evidence/load';
import {
  isOutdatedApprovalClaim,
  loadConditionBriefs,
  NO_BENEFIT,
  numbersIn,
  SHARED_FILE_NAME,
  sentencesOf,
  studySize,
} from '../../../src/evidence/load-conditions';
import type { Study } from '../../../src/evidence/schema';

const DIR = join(import.meta.dirname, '../../../src/evidence/conditions');
const files: RecordFile[] = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({ name: `src/evidence/conditions/${name}`, text: readFileSync(join(DIR, name), 'utf8') }));
const studies = readRecord();
const byId = new Map(studies.map((s) => [s.id, s]));
const { shared, briefs } = loadConditionBriefs(files, studies);

/** The conditions issue 17 names, as brief ids. */
const REQUIRED = [
  'autism',
  'multiple-sclerosis',
  'als',
  'parkinsons-disease',
  'alzheimers-disease',
  'stroke',
  'spinal-cord-injury',
  'cerebral-palsy',
  'traumatic-brain-injury',
  'knee-osteoarthritis',
  'hip-osteoarthritis',
  'shoulder-and-rotator-cuff',
  'tendon-injuries',
  'back-pain-and-disc',
  'copd',
  'heart-failure',
  'type-1-diabetes',
  'type-2-diabetes',
  'crohns-and-colitis',
  'lupus',
  'rheumatoid-arthritis',
  'erectile-dysfunction',
  'hair-loss',
  'skin-ageing',
  'frailty-and-anti-ageing',
  'long-covid',
  'macular-and-retinal-disease',
  'kidney-disease',
  'liver-cirrhosis',
];

const linked = (brief: (typeof briefs)[number]): Study[] => brief.evidence.map((e) => byId.get(e.study) as Study);
const negativeTrial = (s: Study) => s.randomized === true && s.primaryEndpoint.met === false;

describe('the condition briefs', () => {
  it('all validate against the shared facts and the record, and there are at least 25', () => {
    expect(() => loadConditionBriefs(files, studies)).not.toThrow();
    expect(briefs.length).toBeGreaterThanOrEqual(25);
    expect(files.length).toBe(briefs.length + 1);
  });

  it('cover every condition the issue names', () => {
    expect(briefs.map((b) => b.id)).toEqual(expect.arrayContaining(REQUIRED));
  });

  it('link only studies that exist in the record', () => {
    for (const brief of briefs) {
      for (const { study } of brief.evidence) expect(byId.has(study), `${brief.id} → ${study}`).toBe(true);
    }
  });

  it('put a randomized trial that found no benefit first whenever they link one', () => {
    for (const brief of briefs) {
      const studiesOfBrief = linked(brief);
      if (studiesOfBrief.some(negativeTrial)) expect(negativeTrial(studiesOfBrief[0] as Study), brief.id).toBe(true);
    }
  });

  it('have a summary of exactly two sentences and a note of one or two', () => {
    for (const brief of briefs) {
      expect(sentencesOf(brief.summary), brief.id).toHaveLength(2);
      expect(sentencesOf(brief.note).length, brief.id).toBeGreaterThanOrEqual(1);
      expect(sentencesOf(brief.note).length, brief.id).toBeLessThanOrEqual(2);
      for (const text of [brief.summary, brief.note]) expect(text.trim().endsWith('.'), brief.id).toBe(true);
    }
  });

  it('state no number that is not a linked study’s size, year or phase, or a date in the brief', () => {
    for (const brief of briefs) {
      const allowed = new Set<number>([Number(brief.regulatory.checked.slice(0, 4))]);
      for (const s of linked(brief)) {
        for (const c of [s.n.enrolled, s.n.treated, s.n.analysed, s.year]) if (c !== null) allowed.add(c);
        for (const d of numbersIn(s.phase ?? '')) allowed.add(d);
      }
      for (const j of JURISDICTIONS) {
        for (const { product } of brief.regulatory[j].products)
          if (product.approved) allowed.add(Number(product.approved.slice(0, 4)));
      }
      for (const w of brief.warnings) if (w.date) allowed.add(Number(w.date.slice(0, 4)));
      for (const n of [...numbersIn(brief.summary), ...numbersIn(brief.note)])
        expect(allowed.has(n), `${brief.id}: ${n}`).toBe(true);
    }
  });

  it('say a treatment did not work only where a linked study of that size has met === false', () => {
    let negativeSentences = 0;
    for (const brief of briefs) {
      for (const sentence of [...sentencesOf(brief.summary), ...sentencesOf(brief.note)]) {
        if (!NO_BENEFIT.test(sentence)) continue;
        negativeSentences++;
        const cited = linked(brief).filter((s) => numbersIn(sentence).includes(studySize(s) ?? -1));
        const pool = cited.length ? cited : linked(brief);
        expect(
          pool.some((s) => s.primaryEndpoint.met === false),
          `${brief.id}: ${sentence}`,
        ).toBe(true);
      }
    }
    expect(negativeSentences).toBeGreaterThan(10);
  });

  it('never repeat the out-of-date claim that only cord-blood cells are approved', () => {
    const strings = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : typeof value === 'object' && value !== null
          ? Object.values(value).flatMap(strings)
          : [];
    for (const file of files) {
      for (const text of strings(JSON.parse(file.text))) {
        for (const sentence of sentencesOf(text))
          expect(isOutdatedApprovalClaim(sentence), `${file.name}: ${sentence}`).toBe(false);
      }
    }
    expect(isOutdatedApprovalClaim('The only stem cell products FDA has approved are cord blood cells.')).toBe(true);
    expect(isOutdatedApprovalClaim('Cord-blood units are approved for blood disorders.')).toBe(false);
  });

  it('conclude "none known" only from a shown list of products, each sourced on the regulator’s own site and dated', () => {
    for (const product of shared.products) {
      for (const source of product.sources) expect(new URL(source).hostname, product.id).toMatch(/(^|\.)(fda\.gov|europa\.eu)$/);
      expect(product.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    for (const brief of briefs) {
      for (const j of JURISDICTIONS) {
        const block = brief.regulatory[j];
        expect(block.known.length, `${brief.id} ${j}`).toBeGreaterThan(0);
        expect(block.known.every((p) => p.jurisdiction === j)).toBe(true);
        const forIt = block.products.filter((p) => p.relation === 'for-this-condition');
        if (block.status === 'none-known') expect(forIt, `${brief.id} ${j}`).toEqual([]);
        else expect(forIt.length, `${brief.id} ${j}`).toBeGreaterThan(0);
      }
    }
  });

  it('resolve products and warnings, as the lead will show them', () => {
    const crohns = briefs.find((b) => b.id === 'crohns-and-colitis');
    expect(crohns?.regulatory.EU).toMatchObject({
      status: 'withdrawn',
      products: [{ relation: 'for-this-condition', product: { id: 'alofisel', status: 'withdrawn' } }],
    });
    const skin = briefs.find((b) => b.id === 'skin-ageing');
    expect(skin?.regulatory.US.products.map((p) => p.product.id)).toEqual(['laviv']);
    const autism = briefs.find((b) => b.id === 'autism');
    expect(autism?.warnings.map((w) => w.id)).toContain('ema-cat-2020-unproven-cell-therapies');
    for (const brief of briefs) for (const w of brief.warnings) expect(w.source).toMatch(/^https?:\/\//);
  });

  it('give each detection phrase to one condition only', () => {
    const owner = new Map<string, string>();
    for (const brief of briefs) {
      for (const phrase of [...brief.synonyms.map((s) => s.toLowerCase()), ...brief.abbreviations]) {
        expect(owner.get(phrase), `"${phrase}" in ${brief.id}`).toBeUndefined();
        owner.set(phrase, brief.id);
      }
    }
  });
});

describe('a malformed brief fails naming file and field', () => {
  const sharedFile = files.find((f) => f.name.endsWith(SHARED_FILE_NAME)) as RecordFile;
  const autismText = (files.find((f) => f.name.endsWith('/autism.json')) as RecordFile).text;

  function problemsOf(edit: (brief: ConditionBrief) => void, name = 'src/evidence/conditions/autism.json'): RecordProblem[] {
    const brief = JSON.parse(autismText) as ConditionBrief;
    edit(brief);
    try {
      loadConditionBriefs([sharedFile, { name, text: JSON.stringify(brief) }], studies);
    } catch (error) {
      expect(error).toBeInstanceOf(RecordError);
      return (error as RecordError).problems;
    }
    throw new Error('expected the brief to be rejected');
  }

  const link = (b: ConditionBrief, i: number) => b.evidence[i] as ConditionBrief['evidence'][number];

  it.each([
    ['a missing field', (b: ConditionBrief) => delete (b as Partial<ConditionBrief>).summary, 'summary'],
    ['a bad source URL', (b: ConditionBrief) => b.regulatory.US.sources.push('fda.gov/page'), 'regulatory.US.sources.0'],
    ['an unknown study id', (b: ConditionBrief) => (link(b, 0).study = 'no_such_study_2099'), 'evidence.0.study'],
    ['an unknown warning id', (b: ConditionBrief) => b.warnings.push('no-such-warning'), 'warnings.5'],
    [
      'an unknown product id',
      (b: ConditionBrief) => b.regulatory.EU.products.push({ product: 'no-such', relation: 'other-use' }),
      'regulatory.EU.products.0.product',
    ],
    [
      'a status the products do not support',
      (b: ConditionBrief) => (b.regulatory.EU.status = 'approved-products'),
      'regulatory.EU.status',
    ],
    ['a no-benefit trial moved down', (b: ConditionBrief) => b.evidence.reverse(), 'evidence.0'],
    ['a role the study does not fit', (b: ConditionBrief) => (link(b, 1).role = 'randomized-trial'), 'evidence.1.role'],
    [
      'a number no linked study holds',
      (b: ConditionBrief) => (b.summary = b.summary.replace('180 children', '250 children')),
      'summary',
    ],
    ['a three-sentence summary', (b: ConditionBrief) => (b.summary = `${b.summary} It was done in the US.`), 'summary'],
    [
      'a result stored in the brief',
      (b: ConditionBrief) => (link(b, 0).context = 'Scores fell by 3 points.'),
      'evidence.0.context',
    ],
    [
      'an out-of-date approval claim',
      (b: ConditionBrief) => (b.regulatory.US.statement = 'Only cord blood products are approved.'),
      'regulatory.US.statement',
    ],
    [
      'a claim of benefit no linked study holds',
      (b: ConditionBrief) => (b.note = 'In a trial of 180 children, cord blood showed a benefit.'),
      'note',
    ],
  ])('%s', (_, edit, field) => {
    const problems = problemsOf(edit);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'src/evidence/conditions/autism.json', field }));
  });

  it('a file named differently from its id', () => {
    expect(problemsOf(() => {}, 'src/evidence/conditions/autism-2.json')).toEqual([
      { file: 'src/evidence/conditions/autism-2.json', field: 'id', reason: 'file must be named autism.json' },
    ]);
  });

  it('invalid JSON', () => {
    expect(() => loadConditionBriefs([sharedFile, { name: 'x.json', text: '{' }], studies)).toThrow(
      /x\.json: \(file\): not valid JSON/,
    );
  });

  it('a missing shared file', () => {
    expect(() => loadConditionBriefs([{ name: 'src/evidence/conditions/autism.json', text: autismText }], studies)).toThrow(
      /_shared\.json: \(file\): expected exactly one/,
    );
  });
});
