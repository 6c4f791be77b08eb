/**
 * What the extension ships and shows of a study: the record without its
 * research trail (sources, clinic pages), plus the derived level, label and
 * sentence, computed once at build time.
 */
import { badgeLabel, designSentence, type EvidenceLevel, evidenceLevel } from './derive';
import type { Study } from './schema';

export type StudyView = Omit<Study, 'sources' | 'clinicCitations' | 'verification'> & {
  verification: Pick<Study['verification'], 'level' | 'date'>;
  level: EvidenceLevel;
  label: string;
  sentence: string;
};

export function toStudyView(study: Study): StudyView {
  const { sources: _sources, clinicCitations: _clinic, verification, ...rest } = study;
  return {
    ...rest,
    verification: { level: verification.level, date: verification.date },
    level: evidenceLevel(study),
    label: badgeLabel(study),
    sentence: designSentence(study),
  };
}
