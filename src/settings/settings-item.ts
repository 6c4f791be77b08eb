/**
 * The settings as one WXT storage item, synced across the person's browsers.
 * Every read goes through readSettings(), so stored values are validated.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, readSettings, SETTINGS_MIGRATIONS, SETTINGS_VERSION, type Settings } from './settings';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

export async function loadSettings(): Promise<Settings> {
  return readSettings(await settingsItem.getValue());
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(readSettings(value)));
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = readSettings(change(await loadSettings()));
  await settingsItem.setValue(next);
  return next;
}
