import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { claimHintPattern } from './src/claims/find-claims';
import { loadRecord } from './src/evidence/load';
import { loadConditionBriefs } from './src/evidence/load-conditions';
import { packRecord } from './src/evidence/record-store';
import { toStudyView } from './src/evidence/study-view';
import { retractionDisagreements } from './src/open-data/disagreements';
import { dataDir, type OpenData, readOpenData } from './src/open-data/read-data';
import { RetractionIndex } from './src/open-data/retractions';

const RECORD_DIR = join(import.meta.dirname, 'src/evidence/records');
const RECORD_MODULE = 'virtual:evidence-record';
/** The open lists ship as a data file the background reads at start (a 4 MB script is too large for Firefox's add-on checks). */
export const OPEN_DATA_FILE = 'data/open-data.json';
const MANIFEST_MODULE = 'virtual:evidence-data-manifest';
const RECORD_SIZE_MODULE = 'virtual:evidence-record-size';
const CLAIM_HINTS_MODULE = 'virtual:claim-hints';
const BRIEFS_MODULE = 'virtual:condition-briefs';
const CONDITIONS_DIR = join(import.meta.dirname, 'src/evidence/conditions');

function readRecordFiles() {
  return readdirSync(RECORD_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name: `src/evidence/records/${name}`, text: readFileSync(join(RECORD_DIR, name), 'utf8') }));
}

/** The open data, read once per build; a missing list is named in one line, a malformed file fails the build. */
let openData: OpenData | null = null;
function openDataOnce(): OpenData {
  if (openData) return openData;
  const data = readOpenData(dataDir(import.meta.dirname));
  openData = data;
  if (data.missing.length) {
    console.warn(`Evidence Lens: building without ${data.missing.join(', ')} (not found in ${data.dir})`);
  }
  if (data.retractions) {
    const disagreements = retractionDisagreements(loadRecord(readRecordFiles()), new RetractionIndex(data.retractions));
    for (const d of disagreements) console.warn(`Evidence Lens: record and retraction lists disagree: ${d.message}`);
  }
  return data;
}

/**
 * Bundles the evidence record and the open lists into the background: every
 * study file is validated here, so a malformed record fails the build naming
 * file and field; the lists are read from the data folder (never copied into
 * the repository).
 */
function evidenceRecord(): Plugin {
  const modules = [RECORD_MODULE, MANIFEST_MODULE, RECORD_SIZE_MODULE, CLAIM_HINTS_MODULE, BRIEFS_MODULE];
  return {
    name: 'evidence-lens:record',
    resolveId: (id) => (modules.includes(id) ? `\0${id}` : null),
    load(id) {
      if (id === `\0${RECORD_MODULE}`) {
        const files = readRecordFiles();
        for (const f of files) this.addWatchFile(join(import.meta.dirname, f.name));
        const { entries, data } = packRecord(loadRecord(files).map(toStudyView));
        // The index is parsed at start-up; each study's JSON stays text until a page cites it.
        return `export default { entries: JSON.parse(${JSON.stringify(JSON.stringify(entries))}), data: ${JSON.stringify(data)} };`;
      }
      if (id === `\0${MANIFEST_MODULE}`) return `export default ${JSON.stringify(openDataOnce().manifest)};`;
      if (id === `\0${RECORD_SIZE_MODULE}`) return `export default ${readRecordFiles().length};`;
      if (id === `\0${BRIEFS_MODULE}`) {
        // Every brief is validated here against the record: a malformed one fails the build naming file and field.
        const files = readdirSync(CONDITIONS_DIR)
          .filter((name) => name.endsWith('.json'))
          .sort()
          .map((name) => ({ name: `src/evidence/conditions/${name}`, text: readFileSync(join(CONDITIONS_DIR, name), 'utf8') }));
        for (const f of files) this.addWatchFile(join(import.meta.dirname, f.name));
        const { briefs } = loadConditionBriefs(files, loadRecord(readRecordFiles()));
        return `export default ${JSON.stringify(briefs)};`;
      }
      if (id === `\0${CLAIM_HINTS_MODULE}`) {
        // Only the trigger words reach the content script; the claims engine stays in the background.
        const hints = claimHintPattern();
        return `export default ${JSON.stringify({ source: hints.source, flags: hints.flags })};`;
      }
      return null;
    },
  };
}

const openShadow = process.env.EVIDENCE_LENS_OPEN_SHADOW === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      const { retractions, trials, manifest } = openDataOnce();
      files.push({ relativeDest: OPEN_DATA_FILE, contents: JSON.stringify({ retractions, trials, manifest }) });
    },
  },
  outDir: openShadow ? '.output-e2e' : '.output',
  vite: () => ({
    plugins: [evidenceRecord()],
    define: { __EL_SHADOW_MODE__: JSON.stringify(openShadow ? 'open' : 'closed') },
  }),
  manifest: ({ browser }) => ({
    name: 'Evidence Lens',
    description: 'Shows, beside each study a health-marketing page cites, what that study actually was. Works offline.',
    permissions: ['storage', 'contextMenus'],
    action: { default_title: 'Evidence Lens' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'evidence-lens@evidence-lens.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    excludeSources: ['e2e-output/**', '.output-e2e/**', 'research/**', 'node_modules/**', '.wxt/**'],
  },
});
