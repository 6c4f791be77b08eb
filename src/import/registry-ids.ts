/**
 * Trial registry numbers as PubMed gives them (DataBankList accession
 * numbers, or written in an abstract) turned into the record's forms
 * ("NCT03269071", "EudraCT 2016-002020-86", "ACTRN12614000123456", …).
 */
import * as z from 'zod/mini';
import { studySchema } from '../evidence/schema';

const recordForm = studySchema.shape.ids.shape.registry.def.element;

/** Is this string a registry id the record schema accepts? */
export function isRecordRegistryId(id: string): boolean {
  return z.safeParse(recordForm, id).success;
}

/** PubMed DataBankName values that are trial registries (the others are gene, sequence or data repositories). */
const TRIAL_REGISTRIES =
  /^(ClinicalTrials\.gov|ISRCTN|EudraCT|ANZCTR|ChiCTR|CTRI|DRKS|JPRN|UMIN|IRCT|CRiS|KCT|NTR|PACTR|ReBec|RPCEC|SLCTR|TCTR|CTIS)/i;

export function isTrialRegistry(dataBankName: string): boolean {
  return TRIAL_REGISTRIES.test(dataBankName.trim());
}

const FORMS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^NCT\s*(\d{8})$/i, (m) => `NCT${m[1]}`],
  [/^(?:ISRCTN)?\s*(\d{8})$/i, (m) => `ISRCTN${m[1]}`],
  [/^(?:EudraCT(?:\s*(?:No\.?|Number))?:?\s*)?(\d{4}-\d{6}-\d{2})$/i, (m) => `EudraCT ${m[1]}`],
  [/^(?:CTIS\s*)?(\d{4}-\d{6}-\d{2}-\d{2})$/i, (m) => `CTIS ${m[1]}`],
  [/^ACTRN\s*(\d{14})$/i, (m) => `ACTRN${m[1]}`],
  [/^ChiCTR(-?[A-Za-z0-9-]+)$/i, (m) => `ChiCTR${m[1]}`],
  [/^CTRI\/(\d{4}\/\d+\/\d+)$/i, (m) => `CTRI/${m[1]}`],
  [/^DRKS\s*(\d{8})$/i, (m) => `DRKS${m[1]}`],
  [/^UMIN\s*(\d{9})$/i, (m) => `UMIN${m[1]}`],
  [/^JPRN-([A-Za-z0-9]+)$/i, (m) => `JPRN-${m[1]}`],
  [/^IRCT([A-Za-z0-9]+)$/i, (m) => `IRCT${m[1]}`],
  [/^KCT(\d{7})$/i, (m) => `KCT${m[1]}`],
];

/**
 * The record form of one accession number from a DataBank, or null when it
 * is not a trial registry number we can write (the caller notes why).
 * A bare 8-digit number counts as ISRCTN only when the bank says ISRCTN.
 */
export function registryIdFromDataBank(dataBankName: string, accession: string): string | null {
  const value = accession.trim();
  for (const [re, make] of FORMS) {
    const m = re.exec(value);
    if (!m) continue;
    if (re === FORMS[1]?.[0] && !/^ISRCTN/i.test(value) && !/^ISRCTN/i.test(dataBankName)) continue;
    const id = make(m);
    return isRecordRegistryId(id) ? id : null;
  }
  return null;
}

const IN_TEXT =
  /\b(NCT\d{8}|ISRCTN\s?\d{8}|EudraCT(?:\s*(?:No\.?|Number))?:?\s*\d{4}-\d{6}-\d{2}|ACTRN\d{14}|ChiCTR-?[A-Za-z0-9-]*\d|CTRI\/\d{4}\/\d+\/\d+|DRKS\d{8}|UMIN\d{9})\b/g;

/** Registry numbers written in free text (an abstract's "Trial registration" line), in record form, first mention first. */
export function registryIdsInText(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(IN_TEXT)) {
    const id = registryIdFromDataBank('', (m[1] ?? '').replace(/^ISRCTN\s/, 'ISRCTN'));
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}
