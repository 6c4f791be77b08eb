import manifest from 'virtual:evidence-data-manifest';
import recordSize from 'virtual:evidence-record-size';
import { aboutTheData } from '@/src/settings/about-data';
import { renderOptions } from '@/src/settings/render-options';
import type { Settings } from '@/src/settings/settings';
import { loadSettings, updateSettings, watchSettings } from '@/src/settings/settings-item';

async function start(): Promise<void> {
  const root = document.getElementById('app') as HTMLElement;
  const about = aboutTheData(document, manifest, recordSize);
  const render = (settings: Settings) =>
    renderOptions(document, root, settings, (next) => void updateSettings(() => next), about);
  render(await loadSettings());
  watchSettings(render);
}

void start();
