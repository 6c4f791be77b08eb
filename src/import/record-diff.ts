/**
 * Where a curated record and PubMed's data disagree. The curated record is
 * never changed by an import; these differences are shown to a person, who
 * decides. Only fields PubMed actually fills are compared, and wording that
 * means the same ("Nature medicine" and "Nature Medicine", pages "1423-9" and
 * "1423-1429", a record listing only the first author) is not a difference.
 */
import type { Study } from '../evidence/schema';
import { expandPageRange } from './pubmed-article';

export interface Difference {
  field: string;
  record: string;
  pubmed: string;
}

const show = (v: unknown): string => {
  if (v === null || v === undefined) return '(none)';
  if (Array.isArray(v)) {
    if (!v.length) return '(none)';
    const shown = v.slice(0, 6).join(', ');
    return v.length > 6 ? `${shown}, … (${v.length} in all)` : shown;
  }
  return typeof v === 'string' ? `"${v}"` : String(v);
};

const loose = (s: string | null): string =>
  (s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’“”"'`]/g, '')
    .replace(/[–—‐]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/, '')
    .trim();

const journalName = (s: string | null): string =>
  loose(s)
    .replace(/^the /, '')
    .replace(/\s*\([^)]*\)$/, '')
    .replace(/\s*:\s*.*$/, '')
    .replace(/&/g, 'and');

const abbrev = (s: string | null): string => loose(s).replace(/\./g, '');

const pages = (s: string | null): string => loose(expandPageRange(s ?? '')).replace(/\s/g, '');

/** Differences between a curated record and a PubMed draft, as "field: record vs PubMed". */
export function diffRecord(record: Study, pubmed: Study): Difference[] {
  const out: Difference[] = [];
  const add = (field: string, r: unknown, p: unknown) => out.push({ field, record: show(r), pubmed: show(p) });
  const text = (field: string, r: string | null, p: string | null, norm: (s: string | null) => string = loose) => {
    if (p !== null && norm(r) !== norm(p)) add(field, r, p);
  };

  if (pubmed.ids.pmid && record.ids.pmid !== pubmed.ids.pmid) add('ids.pmid', record.ids.pmid, pubmed.ids.pmid);
  if (pubmed.ids.doi && record.ids.doi !== pubmed.ids.doi) add('ids.doi', record.ids.doi, pubmed.ids.doi);
  if (pubmed.ids.pmcid && record.ids.pmcid !== pubmed.ids.pmcid) add('ids.pmcid', record.ids.pmcid, pubmed.ids.pmcid);
  const missingRegistry = pubmed.ids.registry.filter((id) => !record.ids.registry.includes(id));
  if (missingRegistry.length) add('ids.registry', record.ids.registry, pubmed.ids.registry);
  text('title', record.title, pubmed.title);
  // A record often lists the first author only; that is a choice, not a disagreement.
  const authorsAgree =
    record.authors.length <= pubmed.authors.length && record.authors.every((a, i) => loose(a) === loose(pubmed.authors[i] ?? ''));
  if (pubmed.authors.length && !authorsAgree) add('authors', record.authors, pubmed.authors);
  text('journal.name', record.journal.name, pubmed.journal.name, journalName);
  text('journal.abbrev', record.journal.abbrev, pubmed.journal.abbrev, abbrev);
  if (pubmed.year !== null && record.year !== pubmed.year) add('year', record.year, pubmed.year);
  text('volume', record.volume, pubmed.volume);
  text('issue', record.issue, pubmed.issue);
  text('pages', record.pages, pubmed.pages, pages);
  if (pubmed.publicationType && record.publicationType !== pubmed.publicationType) {
    add('publicationType', record.publicationType, pubmed.publicationType);
  }
  if (pubmed.phase && record.phase !== pubmed.phase) add('phase', record.phase, pubmed.phase);
  if (pubmed.randomized !== null && record.randomized !== pubmed.randomized)
    add('randomized', record.randomized, pubmed.randomized);
  if (pubmed.control && record.control !== pubmed.control) add('control', record.control, pubmed.control);
  if (pubmed.blinding && !loose(record.blinding).startsWith(loose(pubmed.blinding)))
    add('blinding', record.blinding, pubmed.blinding);
  for (const k of ['enrolled', 'treated', 'analysed'] as const) {
    if (pubmed.n[k] !== null && record.n[k] !== pubmed.n[k]) add(`n.${k}`, record.n[k], pubmed.n[k]);
  }
  if (pubmed.status.retracted && !record.status.retracted) add('status.retracted', false, true);
  if (pubmed.status.expressionOfConcern && !record.status.expressionOfConcern) add('status.expressionOfConcern', false, true);
  if (pubmed.status.notice && !record.status.notice) add('status.notice', null, pubmed.status.notice);
  if (pubmed.status.correction && !record.status.correction) add('status.correction', null, pubmed.status.correction);
  return out;
}
