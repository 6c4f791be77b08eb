/**
 * The schema of one study in the bundled evidence record.
 *
 * One JSON file per study lives in `src/evidence/records/`. Every file is
 * parsed with this schema at build time (a malformed record fails the build
 * naming file, field and reason) and again in the tests. zod/mini keeps the
 * bundle small and free of `eval`.
 */
import * as z from 'zod/mini';

export const PUBLICATION_TYPES = [
  'rct',
  'nonrandomized-trial',
  'single-arm-trial',
  'case-series',
  'case-report',
  'cohort',
  'systematic-review',
  'narrative-review',
  'animal',
  'in-vitro',
  'commentary',
  'guideline',
  'registry-entry',
  'company-report',
  'harm-report',
] as const;
export type PublicationType = (typeof PUBLICATION_TYPES)[number];

export const CONTROL_KINDS = ['none', 'placebo', 'sham', 'active', 'usual-care', 'historical', 'pre-treatment'] as const;
export type ControlKind = (typeof CONTROL_KINDS)[number];

/** What a primary endpoint measured: benefit (efficacy), harm (safety), whether the treatment can be given (feasibility), or something else. */
export const ENDPOINT_MEASURES = ['efficacy', 'safety', 'feasibility', 'other'] as const;
export type EndpointMeasure = (typeof ENDPOINT_MEASURES)[number];

/** How "met" was judged: treated group against the comparison group, or each group against its own baseline. */
export const ENDPOINT_JUDGEMENTS = ['between-groups', 'within-group'] as const;

/** What a review pooled: randomized trials only; a mix of randomized and other studies; mostly uncontrolled studies or animal studies. */
export const REVIEW_POOLS = ['randomized', 'mixed', 'uncontrolled-or-animal'] as const;
export type ReviewPool = (typeof REVIEW_POOLS)[number];

/** The review authors' own verdict on the certainty of the evidence (GRADE words where they use them). */
export const CERTAINTY_LEVELS = ['high', 'moderate', 'low', 'very-low'] as const;

export const LIMITATION_PLACES = ['abstract', 'discussion', 'registry', 'other'] as const;

const text = z.string().check(z.minLength(1), z.trim());
const maybeText = z.nullable(text);
const count = z.nullable(z.int().check(z.nonnegative()));
const url = z.string().check(z.regex(/^https?:\/\/\S+$/, 'must be an http(s) URL'));

export const studySchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]*$/, 'lower-case letters, digits, _ and - only')),
  conditions: z.array(text),
  conditionGroups: z.array(text),
  ids: z.strictObject({
    pmid: z.nullable(z.string().check(z.regex(/^[1-9]\d{0,8}$/, 'digits only'))),
    doi: z.nullable(z.string().check(z.regex(/^10\.\d{4,9}\/\S+$/, 'lower-case DOI without prefix'), z.lowercase())),
    pmcid: z.nullable(z.string().check(z.regex(/^PMC\d{3,9}$/, 'PMC followed by digits'))),
    registry: z.array(
      z
        .string()
        .check(
          z.regex(
            /^(NCT\d{8}|ISRCTN\d{8}|EudraCT \d{4}-\d{6}-\d{2}|ChiCTR[-A-Za-z0-9]+|ACTRN\d{14}|CTRI\/\d{4}\/\d+\/\d+|DRKS\d{8}|CTIS \d{4}-\d{6}-\d{2}-\d{2}|IND \d+|JPRN-[A-Za-z0-9]+|IRCT[A-Za-z0-9]+|KCT\d{7}|UMIN\d{9})$/,
            'a known registry id (NCT…, ISRCTN…, "EudraCT YYYY-NNNNNN-CC", ChiCTR…, ACTRN…, CTRI/…, DRKS…)',
          ),
        ),
    ),
  }),
  title: maybeText,
  authors: z.array(text),
  journal: z.strictObject({ name: maybeText, abbrev: maybeText }),
  year: z.nullable(z.int().check(z.gte(1900), z.lte(2100))),
  volume: maybeText,
  issue: maybeText,
  pages: maybeText,
  citation: maybeText,
  publicationType: z.nullable(z.enum(PUBLICATION_TYPES)),
  peerReviewed: z.nullable(z.boolean()),
  /** One phase ("1", "1/2", "2b"), or several when one paper reports more than one trial ("1/2, 2a"). */
  phase: z.nullable(
    z
      .string()
      .check(
        z.regex(/^[0-4][ab]?([/-][0-4][ab]?)?(, [0-4][ab]?([/-][0-4][ab]?)?)*$/, 'a phase like "1", "1/2", "2b", or "1/2, 2a"'),
      ),
  ),
  randomized: z.nullable(z.boolean()),
  control: z.nullable(z.enum(CONTROL_KINDS)),
  controlDetail: maybeText,
  blinding: maybeText,
  n: z.strictObject({ enrolled: count, treated: count, analysed: count, note: maybeText }),
  population: maybeText,
  intervention: z.strictObject({ cellType: maybeText, source: maybeText, route: maybeText, dose: maybeText }),
  primaryEndpoint: z.strictObject({
    text: maybeText,
    met: z.nullable(z.boolean()),
    note: maybeText,
    measures: z.nullable(z.enum(ENDPOINT_MEASURES)),
    judged: z.nullable(z.enum(ENDPOINT_JUDGEMENTS)),
  }),
  secondaryEndpoints: maybeText,
  followUp: maybeText,
  keyResult: maybeText,
  harms: z.strictObject({ serious: maybeText, common: maybeText }),
  limitations: z.array(z.strictObject({ text, where: z.enum(LIMITATION_PLACES), detail: maybeText })),
  status: z.strictObject({
    retracted: z.boolean(),
    expressionOfConcern: z.boolean(),
    notice: maybeText,
    noticeDate: maybeText,
    correction: maybeText,
    notes: maybeText,
  }),
  funding: maybeText,
  conflicts: maybeText,
  /** Whether the study was run or paid for by the company or clinic that sells the treatment it tested; `note` names it. */
  sponsor: z.strictObject({ sellsTreatment: z.nullable(z.boolean()), note: maybeText }),
  /** For systematic and narrative reviews: what they pooled and the authors' verdict on the evidence; null for other studies. */
  review: z.nullable(
    z.strictObject({
      pooled: z.nullable(z.enum(REVIEW_POOLS)),
      certainty: z.nullable(z.enum(CERTAINTY_LEVELS)),
      verdict: maybeText,
    }),
  ),
  laterEvidence: z.array(z.string()),
  clinicCitations: z.array(z.strictObject({ url, site: maybeText, howPresented: maybeText, flags: z.array(text) })),
  sources: z.record(z.string(), z.array(url).check(z.minLength(1))),
  verification: z.strictObject({
    level: z.enum(['verified', 'partial']),
    date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')),
    missingCoreFields: z.array(z.string()),
    notes: maybeText,
  }),
});

export type Study = z.infer<typeof studySchema>;

/**
 * Fields that state a fact and therefore need a source URL when filled.
 * Keys name the field in `sources` (top-level field names of {@link Study}).
 */
export const SOURCED_FIELDS = [
  'ids.pmid',
  'ids.doi',
  'ids.pmcid',
  'ids.registry',
  'title',
  'authors',
  'journal',
  'year',
  'publicationType',
  'phase',
  'randomized',
  'control',
  'blinding',
  'n',
  'population',
  'intervention',
  'primaryEndpoint',
  'followUp',
  'keyResult',
  'harms',
  'limitations',
  'status',
  'funding',
  'conflicts',
  'sponsor',
  'review',
] as const;
