/**
 * What kind of page the reader is on, from cheap signals the content script
 * already has. Pages that report research (journal articles, PubMed, trial
 * registries, health agencies, patient charities) do not sell anything, so
 * claim notes stay off there; pages that sell get them.
 */
import type { ClaimKind } from './kinds';

export type PageKind = 'scholarly' | 'commercial' | 'neutral';

export interface PageSignals {
  /** The page address. */
  url: string;
  /** `name` (or `property`) attributes of the page's meta tags. */
  metaNames: string[];
  /** Kinds of the claims found on the page (repeats allowed). */
  claimKinds: ClaimKind[];
  /** Booking, enquiry or contact forms (not search or newsletter boxes). */
  formCount: number;
  /** Prices shown on the page. */
  priceCount: number;
}

/** Literature databases and trial registries. */
const RESEARCH_HOSTS = [
  'pubmed.ncbi.nlm.nih.gov',
  'ncbi.nlm.nih.gov',
  'europepmc.org',
  'clinicaltrials.gov',
  'isrctn.com',
  'clinicaltrialsregister.eu',
  'euclinicaltrials.eu',
  'trialsearch.who.int',
  'anzctr.org.au',
  'chictr.org.cn',
  'ctri.nic.in',
  'drks.de',
  'jrct.niph.go.jp',
  'cochranelibrary.com',
];

/** Public health agencies and regulators: any host under these suffixes. */
const AGENCY_SUFFIXES = ['gov', 'gov.uk', 'gov.au', 'gov.nz', 'gc.ca', 'canada.ca', 'nhs.uk', 'nhs.scot', 'who.int', 'europa.eu'];

/** Patient charities and professional societies that explain research to patients. */
const CHARITY_HOSTS = [
  'nationalmssociety.org',
  'mssociety.org.uk',
  'mssociety.ca',
  'msif.org',
  'alsa.org',
  'mndassociation.org',
  'parkinson.org',
  'parkinsons.org.uk',
  'alz.org',
  'alzheimers.org.uk',
  'arthritis.org',
  'versusarthritis.org',
  'autism.org.uk',
  'christopherreeve.org',
  'closerlookatstemcells.org',
  'isscr.org',
];

const COMMERCIAL_CLAIMS: ReadonlySet<ClaimKind> = new Set(['call-to-action', 'urgency']);

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return '';
  }
}

function isUnder(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** Whether the page is a journal article (Highwire `citation_*` tags) or on a research, agency or charity site. */
export function isScholarlyPage(url: string, metaNames: readonly string[]): boolean {
  if (metaNames.some((name) => name.trim().toLowerCase().startsWith('citation_'))) return true;
  const host = hostOf(url);
  if (!host) return false;
  return (
    RESEARCH_HOSTS.some((d) => isUnder(host, d)) ||
    AGENCY_SUFFIXES.some((d) => isUnder(host, d)) ||
    CHARITY_HOSTS.some((d) => isUnder(host, d))
  );
}

/**
 * Classifies a page. Scholarly wins over commercial: a journal page that
 * sells article access is still a journal page.
 */
export function classifyPage(input: PageSignals): PageKind {
  if (isScholarlyPage(input.url, input.metaNames)) return 'scholarly';
  const sells = input.claimKinds.some((kind) => COMMERCIAL_CLAIMS.has(kind)) || input.priceCount > 0 || input.formCount > 0;
  return sells ? 'commercial' : 'neutral';
}
