/**
 * One-way import of researched study facts (the shared `facts.jsonl` format,
 * plus the research team's additions) into the record's one-file-per-study
 * format. Existing record files are never overwritten: a curated record wins.
 *
 *   npx tsx scripts/import-facts.ts FILE.jsonl [FILE.jsonl …] [--pmid-updates FILE.jsonl …]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRecordFile } from '../src/evidence/load';
import type { ControlKind, PublicationType, Study } from '../src/evidence/schema';

// biome-ignore lint/suspicious/noExplicitAny: research lines are untyped JSON, checked by the record schema after conversion
type Facts = Record<string, any>;

const RECORD_DIR = join(import.meta.dirname, '../src/evidence/records');

const TYPE_MAP: Record<string, PublicationType> = {
  'randomized controlled trial': 'rct',
  'non-randomized trial': 'nonrandomized-trial',
  'single-arm trial': 'single-arm-trial',
  'case series': 'case-series',
  'case report': 'case-report',
  'observational cohort': 'cohort',
  'systematic review / meta-analysis': 'systematic-review',
  'narrative review': 'narrative-review',
  'preclinical animal': 'animal',
  'in vitro': 'in-vitro',
  'commentary/editorial': 'commentary',
  guideline: 'guideline',
};

function publicationType(f: Facts): PublicationType | null {
  const type = f.publication_type ? TYPE_MAP[f.publication_type] : null;
  if (f.publication_type && !type) throw new Error(`${f.id}: unknown publication_type ${f.publication_type}`);
  // A clinic's own white paper or patient survey is a company report, not a peer-reviewed case series.
  if (type === 'case-series' && f.peer_reviewed === false && /white paper|survey|company|clinic/i.test(`${f.title} ${f.id}`))
    return 'company-report';
  return type ?? null;
}

/** Maps the researchers' free-text comparator to the record's control vocabulary. */
export function controlKind(text: string | null, controlled: boolean | null): ControlKind | null {
  const t = (text ?? '').toLowerCase();
  if (!t) return controlled === false ? 'none' : null;
  if (/natural course|natural history|historical/.test(t)) return 'historical';
  if (/^pre-treatment period|pre-treatment period \(|compared with the pre-treatment period|pre-infusion observation/.test(t))
    return 'pre-treatment';
  if (/^within-patient: .* alone|^comparison cohort|^comparison of three protocols/.test(t)) return 'active';
  if (/medium without cells|solution without cells/.test(t)) return 'placebo';
  if (/^(sham|surgical sham)/.test(t)) return 'sham';
  if (/^(standard|usual care)/.test(t)) return 'usual-care';
  if (/^no placebo: randomized comparison|^no untreated control; .* compared with/.test(t)) return 'active';
  if (/^(none|no concurrent|no untreated)/.test(t)) return 'none';
  if (/placebo|^vehicle|saline/.test(t)) return 'placebo';
  if (/^active|comparator|^exercise therapy/.test(t)) return 'active';
  if (
    /standard|usual care|optimal medical|conservative|rehabilitation-only|cabg alone|mobilisation|not given|untreated|no-treatment|without msc augmentation|no cell treatment|conventional treatment/.test(
      t,
    )
  )
    return 'usual-care';
  throw new Error(`cannot map control_type "${text}"`);
}

function where(text: string): 'abstract' | 'discussion' | 'registry' | 'other' {
  const t = text.toLowerCase();
  if (t.startsWith('abstract')) return 'abstract';
  if (t.includes('discussion')) return 'discussion';
  if (t.includes('clinicaltrials.gov') || t.includes('registry')) return 'registry';
  return 'other';
}

const UNCERTAIN_REGISTRY = /parent trial|matched by design|probable match/;

function registry(f: Facts, notes: string[]): string[] {
  const out: string[] = [];
  for (const raw of f.registry_ids ?? []) {
    const id = String(raw)
      .replace(/\s*\(.*\)\s*$/, '')
      .trim();
    if (UNCERTAIN_REGISTRY.test(raw)) {
      notes.push(`Registry id ${raw} not attached: the link is not stated by the paper itself.`);
      continue;
    }
    if (/^(NCT\d{8}|ISRCTN\d{8}|EudraCT \d{4}-\d{6}-\d{2}|ACTRN\d{14}|IND \d+|ChiCTR[-A-Za-z0-9]+|DRKS\d{8})$/.test(id))
      out.push(id);
    else notes.push(`Registry id "${raw}" not in a recognised form; left out.`);
  }
  return out;
}

function citationParts(citation: string | null): { volume: string | null; issue: string | null; pages: string | null } {
  const m = citation ? /;\s*(\d+)\s*(?:\(([^)]+)\))?\s*:\s*([A-Za-z]?\d+(?:[-–][A-Za-z]?\d+)?)/.exec(citation) : null;
  return { volume: m?.[1] ?? null, issue: m?.[2] ?? null, pages: m?.[3]?.replace('–', '-') ?? null };
}

function abbrevFromCitation(citation: string | null, journal: string | null): string | null {
  const m = citation ? /^([A-Z][A-Za-z .&]+?)\.?\s+(19|20)\d\d\b/.exec(citation) : null;
  const abbrev = m?.[1]?.trim() ?? null;
  return abbrev && abbrev !== journal ? abbrev : null;
}

const SOURCE_KEYS: Record<string, string[]> = {
  pmid: ['ids.pmid'],
  doi: ['ids.doi'],
  pmcid: ['ids.pmcid'],
  registry_ids: ['ids.registry'],
  title: ['title'],
  first_author: ['authors'],
  authors: ['authors'],
  journal: ['journal'],
  journal_abbrev: ['journal'],
  citation: ['journal', 'citation'],
  year: ['year'],
  publication_type: ['publicationType'],
  phase: ['phase'],
  randomized: ['randomized'],
  controlled: ['control'],
  control_type: ['control'],
  blinding: ['blinding'],
  n: ['n'],
  population: ['population'],
  intervention: ['intervention'],
  primary_endpoint: ['primaryEndpoint'],
  primary_endpoint_met: ['primaryEndpoint'],
  primary_endpoint_note: ['primaryEndpoint'],
  secondary_endpoints: ['secondaryEndpoints'],
  follow_up: ['followUp'],
  key_results: ['keyResult'],
  harms: ['harms'],
  authors_stated_limitations: ['limitations'],
  status: ['status'],
  funding: ['funding'],
  conflicts_of_interest: ['conflicts'],
  volume: ['citation'],
  issue: ['citation'],
  pages: ['citation'],
};

function sources(f: Facts): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, urls] of Object.entries<string[]>(f.sources ?? {})) {
    for (const target of SOURCE_KEYS[key] ?? []) {
      out[target] ??= [];
      const list = out[target];
      for (const url of urls) if (!list.includes(url)) list.push(url);
    }
  }
  return out;
}

const nonEmpty = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

export function convert(f: Facts): Study {
  const notes: string[] = [];
  if (f.verification?.notes) notes.push(f.verification.notes);
  let phase: string | null = nonEmpty(f.phase);
  if (phase && !/^[0-4][ab]?([/-][0-4][ab]?)?$/.test(phase)) {
    notes.push(`Phase stated as "${phase}".`);
    phase = null;
  }
  const parts = citationParts(nonEmpty(f.citation));
  const authors: string[] = f.authors?.length ? f.authors : f.first_author ? [f.first_author] : [];
  const status = f.status ?? {};
  const eoc = nonEmpty(status.expression_of_concern);
  const srcs = sources(f);
  const study: Study = {
    id: f.id,
    conditions: f.conditions ?? [],
    conditionGroups: f.condition_group ?? [],
    ids: {
      pmid: nonEmpty(f.pmid),
      doi: nonEmpty(f.doi)?.toLowerCase() ?? null,
      pmcid: nonEmpty(f.pmcid),
      registry: registry(f, notes),
    },
    title: nonEmpty(f.title),
    authors,
    journal: { name: nonEmpty(f.journal), abbrev: nonEmpty(f.journal_abbrev) ?? abbrevFromCitation(f.citation, f.journal) },
    year: typeof f.year === 'number' ? f.year : null,
    volume: nonEmpty(f.volume) ?? parts.volume,
    issue: nonEmpty(f.issue) ?? parts.issue,
    pages: nonEmpty(f.pages) ?? parts.pages,
    citation: nonEmpty(f.citation),
    publicationType: publicationType(f),
    peerReviewed: typeof f.peer_reviewed === 'boolean' ? f.peer_reviewed : null,
    phase,
    randomized: typeof f.randomized === 'boolean' ? f.randomized : null,
    control: controlKind(nonEmpty(f.control_type), f.controlled ?? null),
    controlDetail: nonEmpty(f.control_type),
    blinding: nonEmpty(f.blinding),
    n: {
      enrolled: f.n?.enrolled ?? null,
      treated: f.n?.treated ?? null,
      analysed: f.n?.analysed ?? null,
      note: nonEmpty(f.n?.note),
    },
    population: nonEmpty(f.population),
    intervention: {
      cellType: nonEmpty(f.intervention?.cell_type),
      source: nonEmpty(f.intervention?.source),
      route: nonEmpty(f.intervention?.route),
      dose: nonEmpty(f.intervention?.dose),
    },
    primaryEndpoint: {
      text: nonEmpty(f.primary_endpoint),
      met: typeof f.primary_endpoint_met === 'boolean' ? f.primary_endpoint_met : null,
      note: nonEmpty(f.primary_endpoint_note),
      measures: null,
      judged: null,
    },
    secondaryEndpoints: nonEmpty(f.secondary_endpoints),
    followUp: nonEmpty(f.follow_up),
    keyResult: nonEmpty(f.key_results),
    harms: { serious: nonEmpty(f.harms?.serious), common: nonEmpty(f.harms?.common) },
    limitations: (f.authors_stated_limitations ?? []).map((l: Facts) => ({
      text: l.text,
      where: where(l.where ?? ''),
      detail: nonEmpty(l.where),
    })),
    status: {
      retracted: status.retracted === true,
      expressionOfConcern: eoc !== null,
      notice: nonEmpty(status.retraction_notice) ?? eoc,
      noticeDate: null,
      correction: nonEmpty(status.correction),
      notes: nonEmpty(status.notes),
    },
    funding: nonEmpty(f.funding),
    conflicts: nonEmpty(f.conflicts_of_interest),
    sponsor: { sellsTreatment: null, note: null },
    review: null,
    laterEvidence: [],
    clinicCitations: (f.clinic_citations ?? [])
      .filter((c: Facts) => /^https?:\/\//.test(c.url ?? ''))
      .map((c: Facts) => ({
        url: c.url,
        site: nonEmpty(c.site),
        howPresented: nonEmpty(c.how_presented),
        flags: (c.accuracy_flags ?? []).filter((x: unknown) => nonEmpty(x)),
      })),
    sources: srcs,
    verification: {
      level: f.verification?.level === 'verified' ? 'verified' : 'partial',
      date: f.verification?.date ?? '2026-11-26',
      missingCoreFields: f.verification?.unverified_core_fields ?? [],
      notes: notes.length ? notes.join(' ') : null,
    },
  };
  // A status flag is only "filled" with its own source; keep the status source when present.
  if (study.status.retracted || study.status.expressionOfConcern || study.status.notice || study.status.correction) {
    if (!srcs.status?.length && srcs.title) srcs.status = [...srcs.title];
  }
  return study;
}

function applyPmidUpdate(f: Facts, u: Facts): void {
  for (const field of ['pmid', 'pmcid', 'doi'] as const) {
    if (!u[field] || f[field]) continue;
    const urls: string[] = u.sources?.[field] ?? [];
    if (!urls.length) continue;
    f[field] = field === 'doi' ? u[field].toLowerCase() : u[field];
    f.sources[field] = urls;
    const note = `PMID/PMCID/DOI ${u[field]} added from ${urls[0]} (${u.seen_with ?? 'same title'})${u.mirror_only ? '; seen only on a mirror' : ''}.`;
    f.verification = { ...f.verification, notes: [f.verification?.notes, note].filter(Boolean).join(' ') };
  }
}

/** Facts the import must settle differently from the researchers' notes. */
function curate(study: Study): void {
  if (study.id === 'lindsay2017_astic_pooled' && study.ids.registry.includes('NCT00297193')) {
    // A pooled secondary analysis: the registry id belongs to the parent ASTIC trial's record.
    study.ids.registry = study.ids.registry.filter((r) => r !== 'NCT00297193');
    if (!study.ids.registry.length) delete study.sources['ids.registry'];
    study.verification.notes =
      `${study.verification.notes ?? ''} Registry id NCT00297193 belongs to the parent ASTIC trial (hawkey2015_astic); not repeated here.`.trim();
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const factFiles: string[] = [];
  const updateFiles: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--pmid-updates') updateFiles.push(args[++i] as string);
    else factFiles.push(args[i] as string);
  }
  const readLines = (file: string) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l, i) => {
        try {
          return JSON.parse(l) as Facts;
        } catch (e) {
          throw new Error(`${file}:${i + 1}: ${(e as Error).message}`);
        }
      });
  const updates = new Map(updateFiles.flatMap(readLines).map((u) => [u.id, u]));
  let written = 0;
  let kept = 0;
  let invalid = 0;
  for (const file of factFiles) {
    for (const facts of readLines(file)) {
      const u = updates.get(facts.id);
      if (u) applyPmidUpdate(facts, u);
      const path = join(RECORD_DIR, `${facts.id}.json`);
      if (existsSync(path)) {
        kept++;
        continue;
      }
      const study = convert(facts);
      curate(study);
      const text = `${JSON.stringify(study, null, 2)}\n`;
      const result = parseRecordFile({ name: `${study.id}.json`, text });
      if ('problems' in result) {
        invalid++;
        for (const p of result.problems) console.error(`${file}: ${facts.id}: ${p.field}: ${p.reason}`);
      }
      writeFileSync(path, text);
      written++;
    }
  }
  console.log(`${written} written, ${kept} kept (already curated), ${invalid} with problems`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/.*\//, ''))) main();
