/**
 * The person's settings, defined once: fields with their checks, defaults,
 * version and migrations. Pure; `settings-item.ts` binds it to WXT storage.
 * The checks are written out rather than built with zod: the content script
 * reads settings on every page, and zod would add 26 KB to it (decision 006).
 */

export const BADGE_MODES = ['all', 'weak-and-flagged'] as const;

export interface Settings {
  /** Sites (host names) where Evidence Lens is switched off. */
  disabledSites: string[];
  /** Notes beside promotional claims. */
  claimNotes: boolean;
  /** Claim markers on every flagged claim, not only those that go beyond the evidence. */
  allClaims: boolean;
  /** Badges for every citation, or only for weak, retracted, unknown and flagged ones. */
  badges: (typeof BADGE_MODES)[number];
  /** Badges show only the icon and the first part of the label. */
  compact: boolean;
}

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

/** One check per field: what storage may hold there. */
export const SETTINGS_FIELDS: { [K in keyof Settings]: (value: unknown) => value is Settings[K] } = {
  disabledSites: (v): v is string[] =>
    Array.isArray(v) && v.length <= 5000 && v.every((site) => typeof site === 'string' && site.length <= 253),
  claimNotes: isBoolean,
  allClaims: isBoolean,
  badges: (v): v is Settings['badges'] => (BADGE_MODES as readonly unknown[]).includes(v),
  compact: isBoolean,
};

export const DEFAULT_SETTINGS: Settings = {
  disabledSites: [],
  claimNotes: true,
  allClaims: false,
  badges: 'all',
  compact: false,
};

export const SETTINGS_VERSION = 2;

/**
 * Version 1 (the pre-release builds) kept switched-off sites as one
 * comma-separated string and a single `quiet` flag; version 2 lists sites and
 * names each choice.
 */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: (old) => {
    const v1 = (typeof old === 'object' && old !== null ? old : {}) as { offSites?: unknown; quiet?: unknown };
    const sites =
      typeof v1.offSites === 'string'
        ? v1.offSites
            .split(',')
            .map((s) => s.trim().toLowerCase())
            .filter(Boolean)
        : [];
    return { ...DEFAULT_SETTINGS, disabledSites: sites, badges: v1.quiet === true ? 'weak-and-flagged' : 'all' };
  },
};

/**
 * Validates what storage holds: a valid field is kept, an invalid or missing
 * one falls back to its default, so a corrupted value never breaks a page.
 */
export function readSettings(raw: unknown): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS, disabledSites: [...DEFAULT_SETTINGS.disabledSites] };
  if (typeof raw !== 'object' || raw === null) return out;
  for (const key of Object.keys(SETTINGS_FIELDS) as (keyof Settings)[]) {
    const value = (raw as Record<string, unknown>)[key];
    if (SETTINGS_FIELDS[key](value))
      (out as unknown as Record<string, unknown>)[key] = key === 'disabledSites' ? [...(value as string[])] : value;
  }
  return out;
}

/** The site key of a page: its host name, without "www.". */
export function siteOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return null;
  }
}

export function isSiteEnabled(settings: Settings, url: string): boolean {
  const site = siteOf(url);
  return site !== null && !settings.disabledSites.includes(site);
}

export function withSite(settings: Settings, url: string, enabled: boolean): Settings {
  const site = siteOf(url);
  if (!site) return settings;
  const others = settings.disabledSites.filter((s) => s !== site);
  return { ...settings, disabledSites: enabled ? others : [...others, site] };
}
