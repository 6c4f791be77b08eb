/**
 * Every identifier detector, in one list. Adding a kind: one new module, one line here.
 */
import { doi } from './doi';
import { pmcid } from './pmcid';
import { pmid } from './pmid';
import { actrn, chictr, ctis, ctri, drks, eudract, isrctn, nct } from './registries';
import type { Detector } from './types';

export const DETECTORS: readonly Detector[] = [doi, pmid, pmcid, nct, isrctn, ctis, eudract, chictr, actrn, ctri, drks];

export type { Detector, TextMatch } from './types';
