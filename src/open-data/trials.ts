/**
 * Registered trials, from ClinicalTrials.gov exports of cell-therapy trials
 * bundled at build time. What a registration says is a plan, as registered on
 * the export's date: never a result.
 */

/** One registration as the export gave it (December 2021). */
export interface RegisteredTrial {
  nct: string;
  title: string;
  acronym: string | null;
  /** "Completed", "Recruiting", "Unknown status", … */
  status: string;
  /** Whether results were posted on the registry. */
  resultsPosted: boolean;
  /** "1", "1/2", "2", "early 1", or null (not applicable or not given). */
  phase: string | null;
  /** People enrolled or planned (the export does not say which). */
  enrollment: number | null;
  /** "Interventional", "Observational", "Expanded Access". */
  studyType: string | null;
  /** "Randomized", "Non-Randomized", or null when not applicable. */
  allocation: string | null;
  /** "None (Open Label)", "Double", … */
  masking: string | null;
  /** "Single Group Assignment", "Parallel Assignment", … */
  model: string | null;
  /** The first name in "Sponsor/Collaborators" (the sponsor), then the collaborators. */
  sponsor: string | null;
  collaborators: string[];
  /** "Industry", "NIH", "Other", "U.S. Fed". */
  fundedBy: string[];
  conditions: string[];
  start: string | null;
  primaryCompletion: string | null;
  completion: string | null;
}

export interface PackedTrials {
  /** The export's date ("YYYY-MM-DD"). */
  asOf: string;
  /** JSON of every registration, keyed by NCT number; parsed on the first lookup. */
  json: string;
}

/** A row of the export, columns by name (27 columns; see the data README). */
export type TrialRow = Record<string, string | undefined>;

const text = (value: string | undefined): string | null => {
  const t = value?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
};
const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split('|')
    .map((v) => v.trim())
    .filter(Boolean);

/** "Phase 1|Phase 2" → "1/2", "Early Phase 1" → "early 1", "Not Applicable" → null. */
export function phaseOf(phases: string | undefined): string | null {
  const parts = list(phases)
    .map((p) => /^(Early )?Phase (\d)$/i.exec(p))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => (m[1] ? `early ${m[2]}` : (m[2] as string)));
  return parts.length ? parts.join('/') : null;
}

/** One design facet of "Study Designs" ("Allocation: Randomized|Masking: Double (…)"). */
function design(designs: string | undefined, facet: string): string | null {
  for (const part of list(designs)) {
    const at = part.indexOf(':');
    if (at > 0 && part.slice(0, at).trim() === facet) return text(part.slice(at + 1));
  }
  return null;
}

/** Reads one export row; null when it has no valid NCT number. */
export function trialFromRow(row: TrialRow): RegisteredTrial | null {
  const nct = text(row['NCT Number'])?.toUpperCase();
  if (!nct || !/^NCT\d{8}$/.test(nct)) return null;
  const enrollment = Number(text(row.Enrollment));
  const [sponsor, ...collaborators] = list(row['Sponsor/Collaborators']);
  const allocation = design(row['Study Designs'], 'Allocation');
  return {
    nct,
    title: text(row.Title) ?? nct,
    acronym: text(row.Acronym),
    status: text(row.Status) ?? 'Unknown status',
    resultsPosted: text(row['Study Results']) === 'Has Results',
    phase: phaseOf(row.Phases),
    enrollment: Number.isInteger(enrollment) && enrollment >= 0 && text(row.Enrollment) ? enrollment : null,
    studyType: text(row['Study Type']),
    allocation: allocation === 'N/A' ? null : allocation,
    masking: design(row['Study Designs'], 'Masking'),
    model: design(row['Study Designs'], 'Intervention Model') ?? design(row['Study Designs'], 'Observational Model'),
    sponsor: sponsor ?? null,
    collaborators,
    fundedBy: list(row['Funded Bys']),
    conditions: list(row.Conditions),
    start: text(row['Start Date']),
    primaryCompletion: text(row['Primary Completion Date']),
    completion: text(row['Completion Date']),
  };
}

/** Packs registrations for shipping; the first row of an NCT number wins (the exports overlap). */
export function packTrials(rows: readonly TrialRow[], asOf: string): PackedTrials {
  const trials: Record<string, RegisteredTrial> = {};
  for (const row of rows) {
    const trial = trialFromRow(row);
    if (trial && !trials[trial.nct]) trials[trial.nct] = trial;
  }
  return { asOf, json: JSON.stringify(trials) };
}

export class TrialIndex {
  private trials: Record<string, RegisteredTrial> | null = null;

  constructor(readonly packed: PackedTrials) {}

  private get all(): Record<string, RegisteredTrial> {
    this.trials ??= JSON.parse(this.packed.json) as Record<string, RegisteredTrial>;
    return this.trials;
  }

  get size(): number {
    return Object.keys(this.all).length;
  }

  lookup(nct: string | undefined): RegisteredTrial | null {
    if (!nct) return null;
    return Object.hasOwn(this.all, nct) ? (this.all[nct] ?? null) : null;
  }
}
