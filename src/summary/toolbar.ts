/**
 * The toolbar action for a tab: the number of citations, a colour for the
 * weakest evidence found (a distinct one for a retraction) and a title that
 * says what the number means.
 */
import type { AnswerTier } from '../evidence/answer';
import type { PageSummary } from '../messaging/protocol';

export interface ToolbarState {
  text: string;
  color: string;
  title: string;
}

/** Badge colours, with enough contrast for white text. */
export const TIER_COLORS: Record<AnswerTier, string> = {
  retracted: '#a4161a',
  lab: '#5f6368',
  uncontrolled: '#8a4b00',
  controlled: '#5b6b00',
  randomized: '#1e6b34',
  context: '#45556c',
  unknown: '#45556c',
  registered: '#2f5597',
  title: '#5b4b80',
  'not-in-record': '#45556c',
};

/** Weakest first: this order decides the toolbar colour and the popup's list order. */
export const TIER_ORDER: AnswerTier[] = [
  'retracted',
  'lab',
  'uncontrolled',
  'controlled',
  'randomized',
  'context',
  'registered',
  'title',
  'unknown',
  'not-in-record',
];

/** The tier of a citation: its record study's (which a list may have made retracted), else its answer's. */
export function citationTier(summary: PageSummary, citation: PageSummary['citations'][number]): AnswerTier {
  const study = citation.studyId ? summary.studies[citation.studyId] : undefined;
  return study ? study.level.tier : (citation.answer?.tier ?? 'not-in-record');
}

/** Each cited study once (a study cited twice on a page counts once). */
export function uniqueCitations(summary: PageSummary): PageSummary['citations'] {
  const seen = new Set<string>();
  return summary.citations.filter((c) => {
    const id = c.studyId ?? c.key.replace(/#\d+$/, '');
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

export function toolbarState(summary: PageSummary | null): ToolbarState {
  const count = summary ? uniqueCitations(summary).length : 0;
  if (!summary || count === 0)
    return { text: '', color: TIER_COLORS.context, title: 'Evidence Lens: no cited studies found on this page' };
  let weakest = TIER_ORDER.length - 1;
  for (const c of summary.citations) weakest = Math.min(weakest, TIER_ORDER.indexOf(citationTier(summary, c)));
  const tier = TIER_ORDER[weakest] ?? 'not-in-record';
  const what = count === 1 ? '1 study cited' : `${count} studies cited`;
  const note = tier === 'retracted' ? ', one of them retracted' : '';
  return {
    text: count > 99 ? '99+' : String(count),
    color: TIER_COLORS[tier],
    title: `Evidence Lens: ${what} on this page${note}. Click for a summary.`,
  };
}
