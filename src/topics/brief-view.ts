/**
 * What the popup shows of a condition brief: its two-sentence summary, the
 * approval status in the US and the EU (a conclusion from the dated list of
 * products we know of), the warnings that apply, and the strongest studies
 * with the record's own view of each (so each can open as a card).
 */
import type { LoadedBrief } from '../evidence/load-conditions';
import type { StudyView } from '../evidence/study-view';
import type { Confidence } from './detect-topic';
import type { TreatmentKind } from '../evidence/condition-schema';

export interface BriefView {
  id: string;
  name: string;
  summary: string;
  /** The note a claim no cited study supports gets, on a page that sells. */
  note: string;
  treatment: TreatmentKind | null;
  confidence: Confidence;
  checked: string;
  regulatory: { US: string; EU: string };
  /** Products approved (or once approved) for this condition, as the known list has them. */
  products: { name: string; jurisdiction: string; approvedFor: string | null; status: string }[];
  warnings: { by: string; text: string; date: string | null; source: string }[];
  studies: { role: string; context: string | null; study: StudyView }[];
}

const ROLE: Record<string, string> = {
  'largest-randomized-trial': 'Largest randomized trial',
  'randomized-trial': 'Randomized trial',
  'latest-systematic-review': 'Latest systematic review',
  'systematic-review': 'Systematic review',
  'controlled-study': 'Controlled study',
  'uncontrolled-study': 'Study without a comparison group',
  'harm-report': 'Report of harm',
  review: 'Review',
  retracted: 'Retracted paper',
};

export function briefView(
  brief: LoadedBrief,
  topic: { treatment: TreatmentKind | null; confidence: Confidence },
  view: (id: string) => StudyView | undefined,
): BriefView {
  const products = (['US', 'EU'] as const).flatMap((j) =>
    brief.regulatory[j].products
      .filter((p) => p.relation === 'for-this-condition')
      .map(({ product }) => ({ name: product.name, jurisdiction: j, approvedFor: product.approvedFor, status: product.status })),
  );
  return {
    id: brief.id,
    name: brief.name,
    summary: brief.summary,
    note: brief.note,
    treatment: topic.treatment,
    confidence: topic.confidence,
    checked: brief.regulatory.checked,
    regulatory: { US: brief.regulatory.US.statement, EU: brief.regulatory.EU.statement },
    products,
    warnings: brief.warnings.slice(0, 4).map((w) => ({ by: w.by, text: w.text, date: w.date, source: w.source })),
    studies: brief.evidence.flatMap((e) => {
      const study = view(e.study);
      return study ? [{ role: ROLE[e.role] ?? e.role, context: e.context, study }] : [];
    }),
  };
}
