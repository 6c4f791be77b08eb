/**
 * `import pubmed`: PubMed XML in, draft records out.
 *
 * A study already in the curated record (same PMID, DOI or PMCID; or the
 * same id or title with no conflicting identifier) is never touched: its
 * differences from PubMed are reported and kept as a pending change for
 * `review`. A study already drafted keeps its draft (a person may be
 * editing it). Everything is checked before anything is written.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseRecordFile } from '../evidence/load';
import type { Study } from '../evidence/schema';
import { uniqueId } from './draft-id';
import { ImportError } from './import-error';
import { parsePubmedXml } from './pubmed-article';
import { type Draft, draftFromArticle, pubmedUrl } from './pubmed-draft';
import { type Difference, diffRecord } from './record-diff';
import {
  changesDir,
  type FileWrite,
  fileKeys,
  type StudyDirs,
  type StudyFile,
  readStudyFiles,
  shownPath,
  studyText,
  writeAllOrNothing,
} from './record-store';

export interface PubmedImportOptions {
  dirs: StudyDirs;
  /** The import date, YYYY-MM-DD. */
  date: string;
  /** The file name shown in messages and kept in pending changes. */
  source: string;
  /** Import only these PMIDs (for baseline files that hold all of PubMed). */
  only?: ReadonlySet<string>;
  /** Report, write nothing. */
  dryRun?: boolean;
}

export interface NewDraft {
  id: string;
  pmid: string;
  path: string;
  title: string | null;
  autoFields: string[];
  study: Study;
}

export interface KnownStudy {
  id: string;
  pmid: string;
  /** The curated record or existing draft file. */
  path: string;
  matchedBy: string;
  differences: Difference[];
  /** Problems of the existing file, when it is invalid (no differences computed then). */
  problems: string[];
  /** Where the pending change was (or would be) written; null when there is nothing to review. */
  changesPath: string | null;
}

export interface PubmedImportReport {
  source: string;
  articles: number;
  notes: string[];
  drafts: NewDraft[];
  inRecord: KnownStudy[];
  alreadyDrafted: KnownStudy[];
  written: boolean;
}

/** The pending-change file `review` lists: PubMed's values that differ from a curated record. */
export interface PendingChange {
  record: string;
  recordFile: string;
  pmid: string;
  source: string;
  importedFrom: string;
  date: string;
  /** How the PubMed article was matched to the record: "PMID", "DOI", "PMCID", "id" or "title". */
  matchedBy?: string;
  differences: Difference[];
}

const normTitle = (t: unknown) =>
  typeof t === 'string'
    ? t
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .trim()
    : '';

class StudyIndex {
  private byKey = new Map<string, StudyFile>();
  private byId = new Map<string, StudyFile>();
  private byTitle = new Map<string, StudyFile[]>();
  constructor(readonly files: StudyFile[]) {
    for (const f of files) {
      const k = fileKeys(f);
      if (k.id) this.byId.set(k.id, f);
      for (const key of [k.pmid && `pmid:${k.pmid}`, k.doi && `doi:${k.doi}`, k.pmcid && `pmcid:${k.pmcid}`]) {
        if (key && !this.byKey.has(key)) this.byKey.set(key, f);
      }
      const t = normTitle(f.data?.title);
      if (t) this.byTitle.set(t, [...(this.byTitle.get(t) ?? []), f]);
    }
  }
  ids(): string[] {
    return [...this.byId.keys()];
  }
  /** Same PMID, DOI or PMCID. */
  byIdentifier(study: Study): [StudyFile, string] | null {
    const tries: [string | null, string][] = [
      [study.ids.pmid && `pmid:${study.ids.pmid}`, `PMID ${study.ids.pmid}`],
      [study.ids.doi && `doi:${study.ids.doi}`, `DOI ${study.ids.doi}`],
      [study.ids.pmcid && `pmcid:${study.ids.pmcid}`, `PMCID ${study.ids.pmcid}`],
    ];
    for (const [key, label] of tries) {
      const f = key ? this.byKey.get(key) : undefined;
      if (f) return [f, label];
    }
    return null;
  }
  /** Same id or same title and year, when the file has no identifier that says otherwise. */
  byIdOrTitle(study: Study, id: string): [StudyFile, string] | null {
    const compatible = (f: StudyFile) => {
      const k = fileKeys(f);
      return (
        (!k.pmid || k.pmid === study.ids.pmid) && (!k.doi || k.doi === study.ids.doi) && (!k.pmcid || k.pmcid === study.ids.pmcid)
      );
    };
    const same = this.byId.get(id);
    if (same && compatible(same)) return [same, `id ${id}`];
    const t = normTitle(study.title);
    const titled = (t ? (this.byTitle.get(t) ?? []) : []).find(
      (f) => compatible(f) && (typeof f.data?.year !== 'number' || study.year === null || f.data.year === study.year),
    );
    return titled ? [titled, 'title'] : null;
  }
}

/** Runs the import on an XML document's text, whole or in pieces. Throws {@link ImportError} and writes nothing on any fault. */
export function importPubmed(xml: string | Iterable<string>, options: PubmedImportOptions): PubmedImportReport {
  const { dirs, date, source } = options;
  const only = options.only;
  const parsed = parsePubmedXml(xml, source, only ? (pmid) => only.has(pmid) : undefined);
  const notes = [...parsed.skipped.map((s) => `skipped ${s}`)];
  const records = new StudyIndex(readStudyFiles(dirs.records));
  const drafts = new StudyIndex(readStudyFiles(dirs.drafts));
  const taken = new Set([...records.ids(), ...drafts.ids()]);
  /** PMID → lines of its PubmedArticle elements; later copies are left aside. */
  const seen = new Map<string, number[]>();
  const report: PubmedImportReport = {
    source,
    articles: parsed.articles.length + parsed.leftAside,
    notes,
    drafts: [],
    inRecord: [],
    alreadyDrafted: [],
    written: false,
  };
  const writes: FileWrite[] = [];
  const removals: string[] = [];

  for (const article of parsed.articles) {
    const copies = seen.get(article.pmid);
    if (copies) {
      copies.push(article.line);
      continue;
    }
    seen.set(article.pmid, [article.line]);
    const draft = draftFromArticle(article, date);
    const curated = records.byIdentifier(draft.study) ?? records.byIdOrTitle(draft.study, draft.idStem);
    if (curated) {
      const known = compare(curated, draft, source, date, dirs);
      report.inRecord.push(known.report);
      if (known.write) writes.push(known.write);
      else if (!known.report.problems.length) {
        // The record now agrees with PubMed: an older pending change is stale.
        const stale = join(changesDir(dirs), `${known.report.id}.json`);
        if (existsSync(stale)) removals.push(stale);
      }
      continue;
    }
    const drafted = drafts.byIdentifier(draft.study);
    if (drafted) {
      report.alreadyDrafted.push(compare(drafted, draft, source, date, null).report);
      continue;
    }
    const id = uniqueId(draft.idStem, taken);
    taken.add(id);
    draft.study.id = id;
    const path = join(dirs.drafts, `${id}.json`);
    const text = studyText(draft.study);
    const result = parseRecordFile({ name: `${id}.json`, text });
    if ('problems' in result) {
      throw new ImportError(
        `${source}: PubmedArticle #${article.index} (line ${article.line}, PMID ${article.pmid}) would make an invalid draft; nothing written:\n` +
          result.problems.map((p) => `  ${id}: ${p.field}: ${p.reason}`).join('\n'),
      );
    }
    writes.push({ path, text });
    report.drafts.push({
      id,
      pmid: article.pmid,
      path: shownPath(path),
      title: draft.study.title,
      autoFields: draft.autoFields,
      study: draft.study,
    });
  }
  for (const [pmid, lines] of seen) {
    if (lines.length > 1) {
      const shown = lines.slice(1, 4).join(', ') + (lines.length > 4 ? ', …' : '');
      notes.push(`PMID ${pmid} appears ${lines.length} times (lines ${lines[0]}, ${shown}); the first is used`);
    }
  }
  const aside = parsed.leftAside;
  if (aside) notes.push(`${aside} article${aside === 1 ? '' : 's'} not in the --pmid list left aside`);
  if (!options.dryRun && (writes.length || removals.length)) {
    writeAllOrNothing(writes, removals);
    report.written = true;
  }
  return report;
}

function compare(
  [file, matchedBy]: [StudyFile, string],
  draft: Draft,
  source: string,
  date: string,
  dirs: StudyDirs | null,
): { report: KnownStudy; write: FileWrite | null } {
  const id = fileKeys(file).id ?? file.shown;
  const report: KnownStudy = {
    id,
    pmid: draft.pmid,
    path: file.shown,
    matchedBy,
    differences: [],
    problems: file.problems.map((p) => `${p.field}: ${p.reason}`),
    changesPath: null,
  };
  if (!file.study) return { report, write: null };
  report.differences = diffRecord(file.study, draft.study);
  if (!dirs || !report.differences.length) return { report, write: null };
  const path = join(changesDir(dirs), `${id}.json`);
  report.changesPath = shownPath(path);
  const change: PendingChange = {
    record: id,
    recordFile: file.shown,
    pmid: draft.pmid,
    source: pubmedUrl(draft.pmid),
    importedFrom: source,
    date,
    matchedBy,
    differences: report.differences,
  };
  return { report, write: { path, text: `${JSON.stringify(change, null, 2)}\n` } };
}
