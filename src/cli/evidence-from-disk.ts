/**
 * The record and the open lists read from disk, as the extension bundles
 * them: for the CLI and the evaluation scripts.
 */
import type { EvidenceSources } from '../evidence/lookup';
import { RecordStore } from '../evidence/record-store';
import { toStudyView } from '../evidence/study-view';
import { dataDir, readOpenData } from '../open-data/read-data';
import { RetractionIndex } from '../open-data/retractions';
import { TrialIndex } from '../open-data/trials';
import { PROJECT_ROOT, readRecord } from './record-files';

/** Reads the record and the data folder; `warn` hears which lists are missing. */
export function evidenceSourcesFromDisk(warn: (line: string) => void): EvidenceSources {
  const record = RecordStore.fromViews(readRecord().map(toStudyView));
  const data = readOpenData(dataDir(PROJECT_ROOT));
  if (data.missing.length) warn(`evidence-lens: without ${data.missing.join(', ')} (not found in ${data.dir})`);
  return {
    record,
    retractions: data.retractions ? new RetractionIndex(data.retractions) : null,
    trials: data.trials ? new TrialIndex(data.trials) : null,
  };
}
