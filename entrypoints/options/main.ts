import { renderOptions } from '@/src/settings/render-options';
import type { Settings } from '@/src/settings/settings';
import { loadSettings, updateSettings, watchSettings } from '@/src/settings/settings-item';

async function start(): Promise<void> {
  const root = document.getElementById('app') as HTMLElement;
  const render = (settings: Settings) => renderOptions(document, root, settings, (next) => void updateSettings(() => next));
  render(await loadSettings());
  watchSettings(render);
}

void start();
