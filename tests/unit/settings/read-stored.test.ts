/**
 * The content script reads the settings without WXT's storage module: it must
 * read exactly what the popup and the options page save through it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { settingsItem, updateSettings } from '../../../src/settings/settings-item';
import { loadStoredSettings, settingsFromStorage, watchStoredSettings } from '../../../src/settings/read-stored';

describe('settings read by the content script', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are the defaults when nothing is stored', async () => {
    expect(await loadStoredSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('are what the popup saved through WXT storage', async () => {
    await updateSettings((s) => ({ ...s, disabledSites: ['clinic.example'], compact: true, claimNotes: false }));
    expect(await loadStoredSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      disabledSites: ['clinic.example'],
      compact: true,
      claimNotes: false,
    });
    expect(await loadStoredSettings()).toEqual(await settingsItem.getValue());
  });

  it('migrate a version 1 value in memory, as WXT storage would', async () => {
    await fakeBrowser.storage.sync.set({ settings: { offSites: 'a.example, b.example', quiet: true } });
    expect(await loadStoredSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      disabledSites: ['a.example', 'b.example'],
      badges: 'weak-and-flagged',
    });
  });

  it('keep valid fields and fall back on invalid ones', () => {
    expect(settingsFromStorage({ compact: true, badges: 'everything', disabledSites: 'x' }, { v: 2 })).toEqual({
      ...DEFAULT_SETTINGS,
      compact: true,
    });
    expect(settingsFromStorage('garbage', { v: 2 })).toEqual(DEFAULT_SETTINGS);
    expect(settingsFromStorage(null, null)).toEqual(DEFAULT_SETTINGS);
  });

  it('are told about every change saved elsewhere, and stop being told when unwatched', async () => {
    const seen: boolean[] = [];
    const unwatch = watchStoredSettings((s) => seen.push(s.allClaims));
    await updateSettings((s) => ({ ...s, allClaims: true }));
    await fakeBrowser.storage.local.set({ settings: { allClaims: false } }); // another area: ignored
    await new Promise((resolve) => setTimeout(resolve, 0));
    unwatch();
    await updateSettings((s) => ({ ...s, allClaims: false }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual([true]);
  });
});
