/** Quotations and first-person words: whose voice a sentence is in. */
import { pattern } from '../rule';

/** The sentence is itself a quotation (opens or closes one), not a phrase in scare quotes. */
export const QUOTATION = pattern(/^["“]|[.!?…]["”]$/);
export const FIRST_PERSON = pattern(/\b(?:I|I'm|I've|I'd|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|[Uu]s)\b/);
export const FIRST_PERSON_SINGULAR = pattern(/\b(?:I|I'm|I've|I'd|[Mm]e|[Mm]y|[Mm]ine)\b/);
