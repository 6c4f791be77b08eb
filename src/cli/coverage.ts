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

export function coverageReport(studies: Study[]): string {
  const articles = studies.filter(isJournalArticle);
  const withPmid = articles.filter((s) => s.ids.pmid).length;
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
    `Journal articles with a PMID: ${withPmid} of ${articles.length} (${pct(withPmid, articles.length)}; target 80 %).`,
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
