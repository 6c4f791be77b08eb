import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { loadRecord } from './src/evidence/load';
import { packRecord } from './src/evidence/record-store';
import { toStudyView } from './src/evidence/study-view';

const RECORD_DIR = join(import.meta.dirname, 'src/evidence/records');
const RECORD_MODULE = 'virtual:evidence-record';

/**
 * Bundles the evidence record into the background: every study file is
 * validated here, so a malformed record fails the build naming file and field.
 */
function evidenceRecord(): Plugin {
  return {
    name: 'evidence-lens:record',
    resolveId: (id) => (id === RECORD_MODULE ? `\0${RECORD_MODULE}` : null),
    load(id) {
      if (id !== `\0${RECORD_MODULE}`) return null;
      const files = readdirSync(RECORD_DIR)
        .filter((name) => name.endsWith('.json'))
        .map((name) => {
          const path = join(RECORD_DIR, name);
          this.addWatchFile(path);
          return { name: `src/evidence/records/${name}`, text: readFileSync(path, 'utf8') };
        });
      const { entries, data } = packRecord(loadRecord(files).map(toStudyView));
      // The index is parsed at start-up; each study's JSON stays text until a page cites it.
      return `export default { entries: JSON.parse(${JSON.stringify(JSON.stringify(entries))}), data: ${JSON.stringify(data)} };`;
    },
  };
}

const openShadow = process.env.EVIDENCE_LENS_OPEN_SHADOW === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
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
