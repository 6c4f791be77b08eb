/**
 * The popup's headline: what the page cites, in one plain sentence.
 * "This page cites 3 studies: 1 randomized trial that found no benefit,
 * 1 phase 1 trial without a control group, 1 animal study."
 */
import type { Answer } from '../evidence/answer';
import type { PageSummary } from '../messaging/protocol';
import { missedBenefit } from '../evidence/derive';
import type { StudyView } from '../evidence/study-view';
import { STUDY_TYPES } from '../evidence/study-types';
import { citationTier, TIER_ORDER, uniqueCitations } from './toolbar';

type Phrase = [singular: string, plural: string];

export function studyPhrase(study: StudyView | undefined, answer?: Answer | null): Phrase {
  if (!study) {
    switch (answer?.basis) {
      case 'retraction':
        return answer.listed?.kind === 'concern'
          ? ['paper with an expression of concern', 'papers with an expression of concern']
          : ['retracted paper', 'retracted papers'];
      case 'registry':
        return ['trial registration (a plan, not results)', 'trial registrations (plans, not results)'];
      case 'title':
        return ['study known only from its title', 'studies known only from their titles'];
      default:
        return ['study we have no record of', 'studies we have no record of'];
    }
  }
  if (study.status.retracted) return ['retracted paper', 'retracted papers'];
  const type = study.publicationType;
  if (type === null) return ['study of a type not reported', 'studies of a type not reported'];
  if (type === 'rct' && missedBenefit(study)) {
    return ['randomized trial that found no benefit', 'randomized trials that found no benefit'];
  }
  if (type === 'single-arm-trial' && study.phase) {
    const [one, many] = STUDY_TYPES[type].phrase;
    return [`phase ${study.phase} ${one}`, `phase ${study.phase} ${many}`];
  }
  return STUDY_TYPES[type].phrase;
}

/** Citations once each (a study cited twice on a page counts once), weakest first. */
export function orderedCitations(summary: PageSummary): PageSummary['citations'] {
  const unique = uniqueCitations(summary);
  // Weakest support first: by tier, and within a tier a study that missed its main goal first.
  const rank = (c: PageSummary['citations'][number]) =>
    TIER_ORDER.indexOf(citationTier(summary, c)) * 2 +
    (c.studyId && summary.studies[c.studyId] && missedBenefit(summary.studies[c.studyId] as StudyView) ? 0 : 1);
  return unique.sort((a, b) => rank(a) - rank(b));
}

export function headline(summary: PageSummary, flaggedClaims = 0): string {
  const citations = orderedCitations(summary);
  if (!citations.length) {
    if (!flaggedClaims) return 'This page cites no study we could find.';
    const claims =
      flaggedClaims === 1 ? '1 claim has no cited study behind it' : `${flaggedClaims} claims have no cited study behind them`;
    return `This page cites no study we could find. ${claims}.`;
  }
  const counts = new Map<string, { phrase: Phrase; n: number }>();
  for (const c of citations) {
    const phrase = studyPhrase(c.studyId ? summary.studies[c.studyId] : undefined, c.answer);
    const entry = counts.get(phrase[0]);
    if (entry) entry.n++;
    else counts.set(phrase[0], { phrase, n: 1 });
  }
  const parts = [...counts.values()].map(({ phrase, n }) => `${n} ${n === 1 ? phrase[0] : phrase[1]}`);
  const total = citations.length === 1 ? '1 study' : `${citations.length} studies`;
  const list = parts.length === 1 && citations.length === 1 ? parts[0]?.replace(/^1 /, 'a ') : parts.join(', ');
  const first = citations.length === 1 ? `This page cites ${list}.` : `This page cites ${total}: ${list}.`;
  return flaggedClaims ? `${first} ${claimsSentence(flaggedClaims)}` : first;
}

function claimsSentence(n: number): string {
  return n === 1 ? '1 claim goes beyond that evidence.' : `${n} claims go beyond that evidence.`;
}
