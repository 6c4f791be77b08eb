/**
 * The person's settings, defined once: schema, defaults, version and
 * migrations. Pure; `settings-item.ts` binds it to WXT storage.
 */
import * as z from 'zod/mini';

export const BADGE_MODES = ['all', 'weak-and-flagged'] as const;

export const settingsSchema = z.object({
  /** Sites (host names) where Evidence Lens is switched off. */
  disabledSites: z.array(z.string().check(z.maxLength(253))).check(z.maxLength(5000)),
  /** Notes beside promotional claims. */
  claimNotes: z.boolean(),
  /** Claim markers on every flagged claim, not only those that go beyond the evidence. */
  allClaims: z.boolean(),
  /** Badges for every citation, or only for weak, retracted, unknown and flagged ones. */
  badges: z.enum(BADGE_MODES),
  /** Badges show only the icon and the first part of the label. */
  compact: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

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
  const parsed = z.safeParse(settingsSchema, raw);
  if (parsed.success) return parsed.data;
  const out: Settings = { ...DEFAULT_SETTINGS };
  if (typeof raw === 'object' && raw !== null) {
    for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
      const field = z.safeParse(settingsSchema.shape[key], (raw as Record<string, unknown>)[key]);
      if (field.success) (out as Record<string, unknown>)[key] = field.data;
    }
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
