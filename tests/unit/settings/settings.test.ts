import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  isSiteEnabled,
  readSettings,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  siteOf,
  withSite,
} from '../../../src/settings/settings';

describe('settings', () => {
  it('are at version 2 with a migration to every version after the first', () => {
    expect(SETTINGS_VERSION).toBe(2);
    expect(Object.keys(SETTINGS_MIGRATIONS).map(Number)).toEqual([2]);
  });

  it.each([
    [
      { offSites: 'clinic.example, www.other.example ,', quiet: true },
      { disabledSites: ['clinic.example', 'www.other.example'], badges: 'weak-and-flagged' },
    ],
    [{ offSites: '' }, { disabledSites: [], badges: 'all' }],
    [null, { disabledSites: [], badges: 'all' }],
    ['garbage', { disabledSites: [], badges: 'all' }],
  ])('migrates version 1 %o', (v1, expected) => {
    const migrated = SETTINGS_MIGRATIONS[2]?.(v1);
    expect(readSettings(migrated)).toEqual({ ...DEFAULT_SETTINGS, ...expected });
  });

  it('validates what it reads: invalid fields fall back to defaults, valid ones are kept', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings({ claimNotes: 'yes', compact: true, badges: 'some', disabledSites: ['a.example'] })).toEqual({
      ...DEFAULT_SETTINGS,
      compact: true,
      disabledSites: ['a.example'],
    });
    expect(readSettings({ ...DEFAULT_SETTINGS, disabledSites: [1, 2] })).toEqual(DEFAULT_SETTINGS);
  });

  it('switches a site off and on by host name, ignoring www', () => {
    const off = withSite(DEFAULT_SETTINGS, 'https://www.Clinic.example/blog?x=1', false);
    expect(off.disabledSites).toEqual(['clinic.example']);
    expect(isSiteEnabled(off, 'http://clinic.example/other')).toBe(false);
    expect(isSiteEnabled(off, 'https://elsewhere.example/')).toBe(true);
    expect(withSite(off, 'https://clinic.example/', true).disabledSites).toEqual([]);
    expect(withSite(withSite(off, 'https://clinic.example/', false), 'https://clinic.example/', false).disabledSites).toEqual([
      'clinic.example',
    ]);
  });

  it('has no site for pages the extension does not run on', () => {
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
    expect(isSiteEnabled(DEFAULT_SETTINGS, 'chrome://newtab')).toBe(false);
  });
});
