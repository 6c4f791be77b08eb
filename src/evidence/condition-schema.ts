/**
 * The schema of a condition brief: what is known about the cell, exosome and
 * PRP treatments sold for one condition.
 *
 * One JSON file per condition lives in `src/evidence/conditions/<id>.json`;
 * facts several briefs share (the approved products we know of, regulator and
 * professional warnings) live once in `src/evidence/conditions/_shared.json`
 * and briefs name them by id. A brief never stores a study's result: it links
 * record ids, and each study's result is read from the record.
 */
import * as z from 'zod/mini';

/** What kinds of treatment a brief covers. */
export const TREATMENT_KINDS = [
  /** Stem or stromal cells of any source, cord blood, bone-marrow concentrate, fat-derived SVF, blood-stem-cell transplants. */
  'stem-cells',
  /** Exosomes, extracellular vesicles, "conditioned media" and other cell secretions without cells. */
  'exosomes',
  /** Platelet-rich plasma. */
  'prp',
  /** Other living-cell products: fibroblasts, islets, cartilage cells, cells grown from stem cells. */
  'other-cell',
] as const;
export type TreatmentKind = (typeof TREATMENT_KINDS)[number];

export const JURISDICTIONS = ['US', 'EU'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/**
 * What a brief can say about approval in one jurisdiction, always as a
 * conclusion from the list of products we know of (never on the regulator's
 * authority: the regulators' full lists were not among the pages we could read).
 */
export const REGULATORY_STATUSES = [
  /** None of the known products is for this condition. */
  'none-known',
  /** At least one known product is approved (or conditionally authorised) for this condition. */
  'approved-products',
  /** The only known product for this condition has been withdrawn. */
  'withdrawn',
  /** A known product is made for this condition, but its approved use could not be read on a regulator page. */
  'unconfirmed',
] as const;
export type RegulatoryStatus = (typeof REGULATORY_STATUSES)[number];

export const PRODUCT_STATUSES = ['approved', 'conditional', 'withdrawn'] as const;

/** How a known product relates to a condition: made for it, or approved for something nearby that is not it. */
export const PRODUCT_RELATIONS = ['for-this-condition', 'other-use'] as const;

/** Who issued a warning. */
export const WARNING_KINDS = ['regulator', 'professional-society', 'health-agency'] as const;

/**
 * Why a study is linked. The loader checks each role against the study's
 * record (a "largest randomized trial" must be randomized and the largest
 * linked one, a "systematic review" must be one, and so on).
 */
export const EVIDENCE_ROLES = [
  'largest-randomized-trial',
  'randomized-trial',
  'latest-systematic-review',
  'systematic-review',
  'controlled-study',
  'uncontrolled-study',
  'harm-report',
  'review',
  'retracted',
] as const;
export type EvidenceRole = (typeof EVIDENCE_ROLES)[number];

const text = z.string().check(z.minLength(1), z.trim());
const maybeText = z.nullable(text);
const url = z.string().check(z.regex(/^https?:\/\/\S+$/, 'must be an http(s) URL'));
const kebabId = z
  .string()
  .check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case: lower-case letters, digits and single hyphens'));
const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'));
/** A date as precise as the source gives it. */
const partialDate = z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD'));
const studyId = z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]*$/, 'a record id'));

export const approvedProductSchema = z.strictObject({
  id: kebabId,
  jurisdiction: z.enum(JURISDICTIONS),
  /** Brand name, with the generic name in brackets when there is one. */
  name: text,
  kind: z.enum(TREATMENT_KINDS),
  /** What the product is, in plain words. */
  what: text,
  /** Exactly what it is approved for, in our words; null when the regulator page we saw does not show it. */
  approvedFor: maybeText,
  /** When it was first approved, as precise as the source gives it. */
  approved: z.nullable(partialDate),
  status: z.enum(PRODUCT_STATUSES),
  /** Anything a reader needs about the status (a withdrawal, what was not checked). */
  statusNote: maybeText,
  /** The regulator's pages for the facts above. */
  sources: z.array(url).check(z.minLength(1)),
  checked: day,
});
export type ApprovedProduct = z.infer<typeof approvedProductSchema>;

export const warningSchema = z.strictObject({
  id: kebabId,
  by: text,
  kind: z.enum(WARNING_KINDS),
  /** What the warning says, in our words. */
  text,
  date: z.nullable(partialDate),
  source: url,
});
export type Warning = z.infer<typeof warningSchema>;

/** `_shared.json`: the products and warnings briefs name by id. */
export const sharedFactsSchema = z.strictObject({
  /** When the list of products was last checked. */
  checked: day,
  /** What the product list is and is not, in words a reader can be shown. */
  scope: text,
  products: z.array(approvedProductSchema),
  warnings: z.array(warningSchema),
});
export type SharedFacts = z.infer<typeof sharedFactsSchema>;

export const jurisdictionBriefSchema = z.strictObject({
  status: z.enum(REGULATORY_STATUSES),
  /** Known products that bear on this condition: made for it, or approved for a nearby use that is not it. */
  products: z.array(z.strictObject({ product: kebabId, relation: z.enum(PRODUCT_RELATIONS) })),
  /** One or two sentences in our words, concluded from the list of known products (and `sources`). */
  statement: text,
  /** Regulator pages for anything the statement adds beyond the product list. */
  sources: z.array(url),
});
export type JurisdictionBrief = z.infer<typeof jurisdictionBriefSchema>;

export const conditionBriefSchema = z.strictObject({
  /** Kebab-case; the file is named `<id>.json`. */
  id: kebabId,
  /** The condition's plain name, for a reader. */
  name: text,
  /** Words and phrases pages use for the condition, matched without regard to case. */
  synonyms: z.array(text).check(z.minLength(1)),
  /** Short forms ("ASD", "MS") matched case-sensitively as whole words; ambiguous alone, so a detector should want a second sign. */
  abbreviations: z.array(text),
  treatments: z.array(z.enum(TREATMENT_KINDS)).check(z.minLength(1)),
  regulatory: z.strictObject({ checked: day, US: jurisdictionBriefSchema, EU: jurisdictionBriefSchema }),
  /** Ids of warnings in `_shared.json` that apply, most specific first. */
  warnings: z.array(kebabId).check(z.minLength(1)),
  /** The strongest studies, in the order to show them; a randomized trial that found no benefit comes first. */
  evidence: z
    .array(
      z.strictObject({
        study: studyId,
        role: z.enum(EVIDENCE_ROLES),
        /** Why this study matters here, when its record does not say it (never a result, never a number). */
        context: maybeText,
      }),
    )
    .check(z.minLength(1)),
  /** Exactly two sentences in the product's voice, from the brief's facts and the linked records only. */
  summary: text,
  /** One or two sentences a claim marker can show beside an unsupported efficacy claim. */
  note: text,
  /** What could not be confirmed, for reviewers (not shown to readers). */
  gaps: maybeText,
  checked: day,
});
export type ConditionBrief = z.infer<typeof conditionBriefSchema>;
