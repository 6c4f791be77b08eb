/**
 * Starts what the background looks citations up in: the curated record and
 * the open lists, from their packed build-time forms. The CLI and the bench
 * start them the same way.
 */
import { RetractionIndex } from '../open-data/retractions';
import type { PackedRetractions } from '../open-data/retractions';
import type { DataManifest } from '../open-data/sources';
import { TrialIndex } from '../open-data/trials';
import type { PackedTrials } from '../open-data/trials';
import type { EvidenceSources } from './lookup';
import { type PackedRecord, RecordStore } from './record-store';

/** The open data as the build bundles it (either list may be missing). */
export interface PackedOpenData {
  retractions: PackedRetractions | null;
  trials: PackedTrials | null;
  manifest: DataManifest;
}

/** No open lists: what the background answers with until the data file is read, or when the build had none. */
export const NO_OPEN_DATA: PackedOpenData = { retractions: null, trials: null, manifest: { lists: [], missing: [] } };

export function startEvidenceSources(record: PackedRecord, open: PackedOpenData): EvidenceSources {
  return {
    record: new RecordStore(record),
    retractions: open.retractions ? new RetractionIndex(open.retractions) : null,
    trials: open.trials ? new TrialIndex(open.trials) : null,
  };
}
