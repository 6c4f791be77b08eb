/**
 * The settings as the content script reads them: straight from
 * `storage.sync`, where `settings-item.ts` (WXT's storage, used by the
 * popup and the options page) keeps them under "settings", with their version
 * under "settings$". Reading only: an older version is migrated in memory
 * (the next save writes it), so the page never needs WXT's storage module
 * (8.6 KB, decision 006).
 */
import { browser } from 'wxt/browser';
import { readSettings, SETTINGS_MIGRATIONS, SETTINGS_VERSION, type Settings } from './settings';

const KEY = 'settings';
const META_KEY = `${KEY}$`;

/** What storage holds, migrated to the current version and validated. */
export function settingsFromStorage(value: unknown, meta: unknown): Settings {
  if (value === undefined || value === null) return readSettings(null);
  const stored = (meta as { v?: unknown } | null)?.v;
  let migrated = value;
  for (let v = (typeof stored === 'number' ? stored : 1) + 1; v <= SETTINGS_VERSION; v++) {
    migrated = SETTINGS_MIGRATIONS[v]?.(migrated) ?? migrated;
  }
  return readSettings(migrated);
}

export async function loadStoredSettings(): Promise<Settings> {
  const got = await browser.storage.sync.get([KEY, META_KEY]);
  return settingsFromStorage(got[KEY], got[META_KEY]);
}

/**
 * Calls back with the new settings whenever another part of the extension
 * saves them (always at the current version: WXT storage migrates first).
 */
export function watchStoredSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = area === 'sync' ? changes[KEY] : undefined;
    if (change) onChange(settingsFromStorage(change.newValue, { v: SETTINGS_VERSION }));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
