/**
 * The record's coverage report: what the record holds and what it most often lacks.
 */
import { isJournalArticle } from '../evidence/derive';
import type { Study } from '../evidence/schema';

function table(title: string, counts: Map<string, number>): string {
  const rows = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return [`${title}:`, ...rows.map(([k, v]) => `  ${String(v).padStart(4)}  ${k}`)].join('\n');
}

function count<T>(items: T[], keys: (item: T) => string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) for (const k of keys(item)) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
}

/** How the journal articles can be found: by DOI, by PMID, by both, or by neither (listed by id). */
export function identifierCoverage(articles: readonly Study[]): {
  both: number;
  doiOnly: number;
  pmidOnly: number;
  neither: string[];
} {
  const out = { both: 0, doiOnly: 0, pmidOnly: 0, neither: [] as string[] };
  for (const s of articles) {
    if (s.ids.doi && s.ids.pmid) out.both++;
    else if (s.ids.doi) out.doiOnly++;
    else if (s.ids.pmid) out.pmidOnly++;
    else out.neither.push(s.id);
  }
  return out;
}

export function coverageReport(studies: Study[]): string {
  const articles = studies.filter(isJournalArticle);
  const identified = identifierCoverage(articles);
  const missing = new Map<string, number>();
  const check = (_s: Study, field: string, isMissing: boolean) => {
    if (isMissing) missing.set(field, (missing.get(field) ?? 0) + 1);
  };
  for (const s of studies) {
    check(s, 'ids.pmid', !s.ids.pmid);
    check(s, 'ids.doi', !s.ids.doi);
    check(s, 'ids.pmcid', !s.ids.pmcid);
    check(s, 'publicationType', !s.publicationType);
    check(s, 'n', s.n.enrolled === null && s.n.treated === null && s.n.analysed === null);
    check(s, 'primaryEndpoint', !s.primaryEndpoint.text);
    check(s, 'keyResult', !s.keyResult);
    check(s, 'limitations', !s.limitations.length);
    check(s, 'funding', !s.funding);
    check(s, 'authors', !s.authors.length);
    check(s, 'year', s.year === null);
  }
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : 'n/a');
  return [
    `The record: ${studies.length} studies, all valid.`,
    `Journal articles by identifier (${articles.length}): DOI and PMID ${identified.both}, DOI only ${identified.doiOnly}, PMID only ${identified.pmidOnly}, neither ${identified.neither.length} (${pct(articles.length - identified.neither.length, articles.length)} carry one).`,
    ...(identified.neither.length ? [`  Without a DOI or PMID: ${identified.neither.join(', ')}`] : []),
    table(
      'By condition group',
      count(studies, (s) => (s.conditionGroups.length ? s.conditionGroups : ['(none)'])),
    ),
    table(
      'By publication type',
      count(studies, (s) => [s.publicationType ?? '(not reported)']),
    ),
    table(
      'By verification level',
      count(studies, (s) => [s.verification.level]),
    ),
    table('Fields most often missing', missing),
    'Identifiers shared by two records: none (checked on load).',
  ].join('\n');
}
