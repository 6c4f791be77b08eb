/**
 * Parses and checks the condition briefs. Pure like `load.ts`: takes file
 * names and texts plus the loaded record, so a build plugin, the CLI and the
 * tests share it. A malformed brief fails naming file, field and reason.
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import {
  type ApprovedProduct,
  type ConditionBrief,
  conditionBriefSchema,
  JURISDICTIONS,
  type Jurisdiction,
  type JurisdictionBrief,
  type RegulatoryStatus,
  type SharedFacts,
  sharedFactsSchema,
  type Warning,
} from './condition-schema';
import { type RecordFile, RecordError, type RecordProblem } from './load';
import type { Study } from './schema';

z.config(en());

/** The file in `src/evidence/conditions/` that holds the facts briefs share; every other `.json` file there is a brief. */
export const SHARED_FILE_NAME = '_shared.json';

export interface LoadedJurisdiction {
  status: RegulatoryStatus;
  statement: string;
  sources: string[];
  /** Known products that bear on this condition, with how. */
  products: { product: ApprovedProduct; relation: JurisdictionBrief['products'][number]['relation'] }[];
  /** Every product we know of in this jurisdiction: the list the statement is a conclusion from. */
  known: ApprovedProduct[];
}

export interface LoadedBrief extends Omit<ConditionBrief, 'warnings' | 'regulatory'> {
  warnings: Warning[];
  regulatory: { checked: string } & Record<Jurisdiction, LoadedJurisdiction>;
}

export interface LoadedConditions {
  shared: SharedFacts;
  /** Sorted by id. */
  briefs: LoadedBrief[];
}

type Parsed<K extends string, T> = { [key in K]: T } | { problems: RecordProblem[] };

function parseJson<T>(file: RecordFile, schema: z.ZodMiniType<T>): { value: T } | { problems: RecordProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(file.text);
  } catch (error) {
    return { problems: [{ file: file.name, field: '(file)', reason: `not valid JSON: ${(error as Error).message}` }] };
  }
  const parsed = z.safeParse(schema, data);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => ({
        file: file.name,
        field: issue.path.length ? issue.path.join('.') : '(file)',
        reason: issue.message,
      })),
    };
  }
  return { value: parsed.data };
}

/** Parses `_shared.json`; checks that product and warning ids are unique. */
export function parseSharedFile(file: RecordFile): Parsed<'shared', SharedFacts> {
  const result = parseJson(file, sharedFactsSchema);
  if ('problems' in result) return result;
  const shared = result.value;
  const problems: RecordProblem[] = [];
  for (const [field, ids] of [
    ['products', shared.products.map((p) => p.id)],
    ['warnings', shared.warnings.map((w) => w.id)],
  ] as const) {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) problems.push({ file: file.name, field: `${field}.${i}.id`, reason: `duplicate id "${id}"` });
      seen.add(id);
    });
  }
  problems.push(...outdatedWording(file.name, 'scope', shared.scope));
  shared.products.forEach((p, i) => {
    problems.push(...outdatedWording(file.name, `products.${i}.approvedFor`, p.approvedFor ?? ''));
    problems.push(...outdatedWording(file.name, `products.${i}.statusNote`, p.statusNote ?? ''));
  });
  shared.warnings.forEach((w, i) => {
    problems.push(...outdatedWording(file.name, `warnings.${i}.text`, w.text));
  });
  return problems.length ? { problems } : { shared };
}

/** Parses one brief file on its own (schema and file name); {@link checkBrief} checks it against the shared facts and the record. */
export function parseBriefFile(file: RecordFile): Parsed<'brief', ConditionBrief> {
  const result = parseJson(file, conditionBriefSchema);
  if ('problems' in result) return result;
  const brief = result.value;
  const expected = `${brief.id}.json`;
  if (!(file.name === expected || file.name.endsWith(`/${expected}`))) {
    return { problems: [{ file: file.name, field: 'id', reason: `file must be named ${expected}` }] };
  }
  return { brief };
}

/** The number of people a study's record gives (the largest of enrolled, treated, analysed), or null. */
export function studySize(study: Pick<Study, 'n'>): number | null {
  const counts = [study.n.enrolled, study.n.treated, study.n.analysed].filter((c): c is number => c !== null);
  return counts.length ? Math.max(...counts) : null;
}

/** Splits prose into sentences (the briefs avoid abbreviations with full stops, such as "e.g."). */
export function sentencesOf(prose: string): string[] {
  return prose
    .trim()
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"'(])/)
    .filter((s) => s.length > 0);
}

/**
 * Every number written in digits, without thousands separators ("1,403" is
 * 1403). Digits inside a name ("COVID-19", "HbA1c", "GMFM-66") are not numbers.
 */
export function numbersIn(prose: string): number[] {
  return [...prose.matchAll(/(?<![\p{L}\d.,])(?<!\p{L}-)\d+(?:,\d{3})*(?:\.\d+)?(?![\p{L}\d])/gu)].map((m) =>
    Number(m[0].replaceAll(',', '')),
  );
}

/**
 * True for a sentence that says only cord-blood cells are approved: FDA's 2020
 * wording, out of date since Ryoncil's approval in December 2024.
 */
export function isOutdatedApprovalClaim(sentence: string): boolean {
  return /\bonly\b/i.test(sentence) && /\bcord[- ]blood\b/i.test(sentence) && /\bapprov/i.test(sentence);
}

function outdatedWording(file: string, field: string, prose: string): RecordProblem[] {
  return sentencesOf(prose).some(isOutdatedApprovalClaim)
    ? [{ file, field, reason: 'repeats the out-of-date claim that only cord-blood cells are approved' }]
    : [];
}

/** A sentence that says a treatment did not work. */
export const NO_BENEFIT =
  /\b(no benefit|found no (benefit|difference|effect|improvement)|did not (help|improve|work|beat|reduce|slow|speed|do better|differ)|no better than|not better than|failed to|did no better)\b/i;
/** A sentence that says a treatment worked. */
export const BENEFIT =
  /\b(worked|helped|improved more|did better|(showed|found) (a )?benefit|(?<!\bno |\bnot )better than (placebo|sham|saline))\b/i;

const YEARS_OF = (date: string | null): number[] => (date ? [Number(date.slice(0, 4))] : []);

/**
 * Checks a parsed brief against the shared facts and the record: every id
 * resolves, the regulatory status follows from the products listed, each
 * evidence role fits its study, a randomized trial that found no benefit
 * leads, the summary has two sentences, and every number and every "worked"
 * or "did not work" in the summary and note is held by a linked study.
 */
export function checkBrief(
  file: string,
  brief: ConditionBrief,
  shared: SharedFacts,
  studies: ReadonlyMap<string, Study>,
): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const problem = (field: string, reason: string) => problems.push({ file, field, reason });
  const products = new Map(shared.products.map((p) => [p.id, p]));
  const warnings = new Map(shared.warnings.map((w) => [w.id, w]));

  for (const j of JURISDICTIONS) {
    const block = brief.regulatory[j];
    const linked: { product: ApprovedProduct; relation: string }[] = [];
    block.products.forEach((ref, i) => {
      const product = products.get(ref.product);
      if (!product)
        problem(`regulatory.${j}.products.${i}.product`, `unknown product "${ref.product}" (not in ${SHARED_FILE_NAME})`);
      else if (product.jurisdiction !== j) {
        problem(`regulatory.${j}.products.${i}.product`, `"${ref.product}" is a ${product.jurisdiction} product`);
      } else linked.push({ product, relation: ref.relation });
    });
    const forIt = linked.filter((l) => l.relation === 'for-this-condition').map((l) => l.product);
    const expected: RegulatoryStatus = forIt.some((p) => p.status !== 'withdrawn' && p.approvedFor !== null)
      ? 'approved-products'
      : forIt.some((p) => p.status !== 'withdrawn')
        ? 'unconfirmed'
        : forIt.length
          ? 'withdrawn'
          : 'none-known';
    if (block.status !== expected) {
      problem(`regulatory.${j}.status`, `is "${block.status}" but the products listed make it "${expected}"`);
    }
    problems.push(...outdatedWording(file, `regulatory.${j}.statement`, block.statement));
  }

  brief.warnings.forEach((id, i) => {
    if (!warnings.has(id)) problem(`warnings.${i}`, `unknown warning "${id}" (not in ${SHARED_FILE_NAME})`);
  });
  if (new Set(brief.warnings).size !== brief.warnings.length) problem('warnings', 'lists a warning twice');

  const linkedStudies: Study[] = [];
  brief.evidence.forEach((link, i) => {
    const study = studies.get(link.study);
    if (!study) {
      problem(`evidence.${i}.study`, `unknown study "${link.study}" (not in the record)`);
      return;
    }
    linkedStudies.push(study);
    const reason = roleMismatch(link.role, study, brief, studies);
    if (reason) problem(`evidence.${i}.role`, reason);
    if (study.status.retracted && link.role !== 'retracted')
      problem(`evidence.${i}.role`, `${study.id} is retracted: role must be "retracted"`);
    if (link.context !== null && numbersIn(link.context).length) {
      problem(`evidence.${i}.context`, 'must not hold numbers (results come from the record)');
    }
  });
  if (new Set(brief.evidence.map((e) => e.study)).size !== brief.evidence.length) problem('evidence', 'links a study twice');

  const negativeTrial = (s: Study) => s.randomized === true && s.primaryEndpoint.met === false;
  const first = studies.get(brief.evidence[0]?.study ?? '');
  if (linkedStudies.some(negativeTrial) && first && !negativeTrial(first)) {
    problem('evidence.0', 'a linked randomized trial found no benefit on its primary endpoint: it must come first');
  }

  const summarySentences = sentencesOf(brief.summary);
  if (summarySentences.length !== 2) problem('summary', `must be exactly two sentences (has ${summarySentences.length})`);
  const noteSentences = sentencesOf(brief.note);
  if (noteSentences.length < 1 || noteSentences.length > 2)
    problem('note', `must be one or two sentences (has ${noteSentences.length})`);

  const allowed = new Set<number>([
    ...YEARS_OF(brief.regulatory.checked),
    ...JURISDICTIONS.flatMap((j) =>
      brief.regulatory[j].products.flatMap((ref) => YEARS_OF(products.get(ref.product)?.approved ?? null)),
    ),
    ...brief.warnings.flatMap((id) => YEARS_OF(warnings.get(id)?.date ?? null)),
  ]);
  for (const s of linkedStudies) {
    for (const c of [s.n.enrolled, s.n.treated, s.n.analysed, s.year]) if (c !== null) allowed.add(c);
    for (const digit of numbersIn(s.phase ?? '')) allowed.add(digit);
  }
  problems.push(...outdatedWording(file, 'gaps', brief.gaps ?? ''));
  brief.evidence.forEach((link, i) => {
    problems.push(...outdatedWording(file, `evidence.${i}.context`, link.context ?? ''));
  });
  for (const field of ['summary', 'note'] as const) {
    problems.push(...outdatedWording(file, field, brief[field]));
    for (const sentence of sentencesOf(brief[field])) {
      for (const n of numbersIn(sentence)) {
        if (!allowed.has(n))
          problem(field, `the number ${n} is not a linked study's size, year or phase, nor a date in the brief`);
      }
      const cited = linkedStudies.filter((s) => numbersIn(sentence).some((n) => n === studySize(s)));
      const pool = cited.length ? cited : linkedStudies;
      if (NO_BENEFIT.test(sentence) && !pool.some((s) => s.primaryEndpoint.met === false)) {
        problem(
          field,
          `says a treatment did not work, but no linked study ${cited.length ? 'of that size ' : ''}has met === false`,
        );
      }
      if (BENEFIT.test(sentence) && !pool.some((s) => s.primaryEndpoint.met === true)) {
        problem(field, `says a treatment worked, but no linked study ${cited.length ? 'of that size ' : ''}has met === true`);
      }
    }
  }
  return problems;
}

function roleMismatch(
  role: ConditionBrief['evidence'][number]['role'],
  study: Study,
  brief: ConditionBrief,
  studies: ReadonlyMap<string, Study>,
): string | null {
  const others = brief.evidence.map((e) => studies.get(e.study)).filter((s): s is Study => s !== undefined && s.id !== study.id);
  switch (role) {
    case 'largest-randomized-trial': {
      if (study.randomized !== true) return `${study.id} is not randomized`;
      const size = studySize(study);
      if (size === null) return `${study.id} has no size in the record, so it cannot be called the largest`;
      const bigger = others.find((o) => o.randomized === true && (studySize(o) ?? 0) > size);
      return bigger ? `${bigger.id} is a larger randomized trial` : null;
    }
    case 'randomized-trial':
      return study.randomized === true ? null : `${study.id} is not randomized`;
    case 'latest-systematic-review': {
      if (study.publicationType !== 'systematic-review') return `${study.id} is not a systematic review`;
      const later = others.find((o) => o.publicationType === 'systematic-review' && (o.year ?? 0) > (study.year ?? 0));
      return later ? `${later.id} is a later systematic review` : null;
    }
    case 'systematic-review':
      return study.publicationType === 'systematic-review' ? null : `${study.id} is not a systematic review`;
    case 'controlled-study':
      return study.randomized !== true && study.control !== null && !['none', 'pre-treatment'].includes(study.control)
        ? null
        : `${study.id} is not a non-randomized study with a comparison group`;
    case 'uncontrolled-study':
      return study.randomized !== true &&
        study.publicationType !== 'systematic-review' &&
        study.publicationType !== 'narrative-review'
        ? null
        : `${study.id} is randomized or a review`;
    case 'harm-report':
      return study.publicationType !== null && ['harm-report', 'case-report', 'case-series'].includes(study.publicationType)
        ? null
        : `${study.id} is not a harm report, case report or case series`;
    case 'review':
      return study.publicationType === 'narrative-review' ? null : `${study.id} is not a narrative review`;
    case 'retracted':
      return study.status.retracted ? null : `${study.id} is not retracted`;
  }
}

function resolve(brief: ConditionBrief, shared: SharedFacts): LoadedBrief {
  const products = new Map(shared.products.map((p) => [p.id, p]));
  const warnings = new Map(shared.warnings.map((w) => [w.id, w]));
  const jurisdiction = (j: Jurisdiction): LoadedJurisdiction => ({
    status: brief.regulatory[j].status,
    statement: brief.regulatory[j].statement,
    sources: brief.regulatory[j].sources,
    products: brief.regulatory[j].products.map((ref) => ({
      product: products.get(ref.product) as ApprovedProduct,
      relation: ref.relation,
    })),
    known: shared.products.filter((p) => p.jurisdiction === j),
  });
  return {
    ...brief,
    warnings: brief.warnings.map((id) => warnings.get(id) as Warning),
    regulatory: { checked: brief.regulatory.checked, US: jurisdiction('US'), EU: jurisdiction('EU') },
  };
}

/**
 * Parses every file of `src/evidence/conditions/` (the shared facts and the
 * briefs) and checks each brief against them and the record. Throws
 * {@link RecordError} listing every problem.
 */
export function loadConditionBriefs(files: RecordFile[], studies: readonly Study[]): LoadedConditions {
  const problems: RecordProblem[] = [];
  const isShared = (f: RecordFile) => f.name === SHARED_FILE_NAME || f.name.endsWith(`/${SHARED_FILE_NAME}`);
  const sharedFiles = files.filter(isShared);
  if (sharedFiles.length !== 1) {
    throw new RecordError([
      { file: SHARED_FILE_NAME, field: '(file)', reason: `expected exactly one, found ${sharedFiles.length}` },
    ]);
  }
  const sharedResult = parseSharedFile(sharedFiles[0] as RecordFile);
  if ('problems' in sharedResult) throw new RecordError(sharedResult.problems);
  const { shared } = sharedResult;
  const byId = new Map(studies.map((s) => [s.id, s]));
  const briefs: LoadedBrief[] = [];
  const fileOf = new Map<string, string>();
  for (const file of files.filter((f) => !isShared(f))) {
    const result = parseBriefFile(file);
    if ('problems' in result) {
      problems.push(...result.problems);
      continue;
    }
    const { brief } = result;
    const other = fileOf.get(brief.id);
    if (other) problems.push({ file: file.name, field: 'id', reason: `duplicate id, also in ${other}` });
    fileOf.set(brief.id, file.name);
    const found = checkBrief(file.name, brief, shared, byId);
    if (found.length) problems.push(...found);
    else briefs.push(resolve(brief, shared));
  }
  if (problems.length) throw new RecordError(problems);
  return { shared, briefs: briefs.sort((a, b) => a.id.localeCompare(b.id)) };
}
