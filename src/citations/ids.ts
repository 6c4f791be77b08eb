/**
 * The identifier kinds Evidence Lens knows, their normalized forms and the
 * `kind:value` keys used to look a study up in the record.
 */

export const ID_KINDS = ['doi', 'pmid', 'pmcid', 'nct', 'isrctn', 'eudract', 'ctis', 'chictr', 'actrn', 'ctri', 'drks'] as const;
export type IdKind = (typeof ID_KINDS)[number];

/** A citation's identifiers, each in normalized form. */
export type CitationIds = Partial<Record<IdKind, string>>;

export const ID_KIND_NAMES: Record<IdKind, string> = {
  doi: 'DOI',
  pmid: 'PubMed ID',
  pmcid: 'PubMed Central ID',
  nct: 'ClinicalTrials.gov number',
  isrctn: 'ISRCTN registry number',
  eudract: 'EudraCT number',
  ctis: 'EU CTIS number',
  chictr: 'Chinese Clinical Trial Registry number',
  actrn: 'Australian New Zealand Clinical Trials Registry number',
  ctri: 'Clinical Trials Registry – India number',
  drks: 'German Clinical Trials Register number',
};

export function idKey(kind: IdKind, value: string): string {
  return `${kind}:${value}`;
}

const REGISTRY_PATTERNS: [IdKind, RegExp][] = [
  ['nct', /^(NCT\d{8})$/],
  ['isrctn', /^(ISRCTN\d{8})$/],
  ['eudract', /^EudraCT (\d{4}-\d{6}-\d{2})$/],
  ['ctis', /^CTIS (\d{4}-\d{6}-\d{2}-\d{2})$/],
  ['chictr', /^(ChiCTR[-A-Za-z0-9]+)$/],
  ['actrn', /^(ACTRN\d{14})$/],
  ['ctri', /^(CTRI\/\d{4}\/\d+\/\d+)$/],
  ['drks', /^(DRKS\d{8})$/],
];

/** The lookup key of a registry id as written in the record, or null for kinds we do not detect on pages. */
export function registryIdKey(registryId: string): string | null {
  for (const [kind, re] of REGISTRY_PATTERNS) {
    const m = re.exec(registryId);
    if (m?.[1]) return idKey(kind, m[1]);
  }
  return null;
}

/** Turns a citation's ids into lookup keys, most specific first. */
export function citationKeys(ids: CitationIds): string[] {
  const keys: string[] = [];
  for (const kind of ID_KINDS) {
    const value = ids[kind];
    if (value) keys.push(idKey(kind, value));
  }
  return keys;
}
