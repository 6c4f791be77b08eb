/**
 * The maintainers' commands for growing the record, as the CLI runs them:
 *
 *   evidence-lens import pubmed [--dry-run] [--pmid ID,ID…] FILE.xml[.gz]
 *   evidence-lens import retractions [--dry-run] FILE.csv
 *   evidence-lens import trials [--dry-run] FILE.csv…
 *   evidence-lens review [--accept ID | --dismiss ID]
 *
 * Each takes the folders to work on, so tests use temporary copies.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { ImportError } from './import-error';
import { importPubmed, type PubmedImportReport } from './import-pubmed';
import { importRetractions, type RetractionImportReport } from './import-retractions';
import { AS_REGISTERED, importTrials, registryUrl, type TrialImportReport } from './import-trials';
import { DEFAULT_DIRS, type StudyDirs } from './record-store';
import { acceptDraft, dismiss, fillIds, listReview } from './review';

/**
 * A file's text in pieces of `size` bytes: plain UTF-8 XML or gzip (baseline
 * files come as `.xml.gz`). The XML reader takes the pieces one by one and
 * hands over each article as it ends, so a baseline file's text is never one
 * string; the decompressed bytes are, as gzip is read in one call here.
 */
export function* pubmedTextPieces(bytes: Uint8Array, size = 1 << 20): Generator<string> {
  const data = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  const decoder = new TextDecoder('utf-8', { fatal: false });
  // `stream: true` keeps a character cut by a piece boundary for the next piece.
  for (let at = 0; at < data.length; at += size) yield decoder.decode(data.subarray(at, at + size), { stream: true });
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** A file's whole text (plain UTF-8 XML or gzip). */
export function decodePubmedBytes(bytes: Uint8Array): string {
  return [...pubmedTextPieces(bytes)].join('');
}

export interface CommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface CommandContext {
  dirs: StudyDirs;
  /** Today, YYYY-MM-DD. */
  date: string;
}

const defaultContext = (): CommandContext => ({ dirs: DEFAULT_DIRS, date: new Date().toISOString().slice(0, 10) });

export const IMPORT_USAGE = `Usage:
  evidence-lens import pubmed [--dry-run] [--pmid ID,ID…] FILE.xml   draft records from PubMed XML (efetch or baseline, .gz too)
  evidence-lens import retractions [--dry-run] FILE.csv              update status from Crossref's Retraction Watch CSV
  evidence-lens import trials [--dry-run] FILE.csv…                  fill empty phase and enrollment from ClinicalTrials.gov exports`;

export const REVIEW_USAGE = `Usage:
  evidence-lens review                  list drafts and pending changes
  evidence-lens review --accept ID      move a valid draft into the record
  evidence-lens review --dismiss ID     drop a draft or a pending change
  evidence-lens review --fill-ids [--dry-run]
                                        fill PMIDs and PMCIDs a record lacks from pending PubMed changes`;

/** Splits `--flag value`, `--flag=value` and bare flags from the positional arguments. */
function options(args: string[], withValue: string[]): { flags: Map<string, string | true>; rest: string[] } {
  const flags = new Map<string, string | true>();
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (!a.startsWith('--')) {
      rest.push(a);
      continue;
    }
    const [name, inline] = a.split(/=(.*)/s, 2) as [string, string | undefined];
    if (withValue.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
      flags.set(name, value);
    } else flags.set(name, true);
  }
  return { flags, rest };
}

class UsageError extends Error {}

function run(io: CommandIo, usage: string, body: () => number): number {
  try {
    return body();
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`evidence-lens: ${error.message}\n${usage}`);
      return 2;
    }
    if (error instanceof ImportError) {
      io.err(`evidence-lens: ${error.message}`);
      return 1;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      io.err(`evidence-lens: ${(error as Error).message}`);
      return 1;
    }
    throw error;
  }
}

/** `import pubmed …`, `import retractions …` and `import trials …`. */
export function importCommand(args: string[], io: CommandIo, context: CommandContext = defaultContext()): number {
  return run(io, IMPORT_USAGE, () => {
    const [kind, ...rest] = args;
    const { flags, rest: files } = options(rest, ['--pmid']);
    const unknown = [...flags.keys()].filter((f) => !['--dry-run', '--pmid'].includes(f));
    if (unknown.length) throw new UsageError(`unknown option ${unknown.join(', ')}`);
    if (kind !== 'pubmed' && kind !== 'retractions' && kind !== 'trials') {
      throw new UsageError(kind ? `unknown import "${kind}"` : 'import what? pubmed, retractions or trials');
    }
    if (kind !== 'pubmed' && flags.has('--pmid')) throw new UsageError('--pmid is for import pubmed');
    const dryRun = flags.has('--dry-run');
    if (kind === 'trials') {
      if (!files.length) throw new UsageError('import trials: name at least one export (FILE.csv…)');
      printTrials(importTrials(files, { dirs: context.dirs, date: context.date, dryRun }), dryRun, io);
      return 0;
    }
    if (files.length !== 1) throw new UsageError(`import ${kind}: name exactly one file`);
    const file = files[0] as string;
    if (kind === 'pubmed') {
      const pmid = flags.get('--pmid');
      const only = typeof pmid === 'string' ? new Set(pmid.split(/[\s,]+/).filter(Boolean)) : undefined;
      const xml = pubmedTextPieces(readFileSync(file));
      printPubmed(importPubmed(xml, { ...context, source: file, only, dryRun }), dryRun, io);
      return 0;
    }
    const csv = readFileSync(file, 'utf8');
    printRetractions(importRetractions(csv, { dirs: context.dirs, source: file, dryRun }), dryRun, io);
    return 0;
  });
}

function printPubmed(report: PubmedImportReport, dryRun: boolean, io: CommandIo): void {
  const n = report.articles;
  io.out(`${report.source}: ${n} PubMed article${n === 1 ? '' : 's'}`);
  for (const note of report.notes) io.out(`  note: ${note}`);
  for (const d of report.drafts) {
    io.out(`  new draft ${d.id} (PMID ${d.pmid}) → ${d.path}`);
    io.out(`      ${d.title ?? '(no title)'}`);
    io.out(`      extracted automatically, awaiting review: ${d.autoFields.join(', ')}`);
  }
  for (const k of report.inRecord) {
    const what = k.problems.length
      ? `record file is invalid (${k.problems.join('; ')}); not compared`
      : k.differences.length
        ? `${k.differences.length} difference${k.differences.length === 1 ? '' : 's'} (record value vs PubMed value); the record is not changed`
        : 'agrees with PubMed';
    const match = k.matchedBy === `PMID ${k.pmid}` ? '' : `, matched by ${k.matchedBy}`;
    io.out(`  in the record: ${k.id} (PMID ${k.pmid}${match}, ${k.path}): ${what}`);
    for (const d of k.differences) io.out(`      ${d.field}: ${d.record} vs ${d.pubmed}`);
    if (k.changesPath) io.out(`      ${dryRun ? 'would be kept' : 'kept'} for review in ${k.changesPath}`);
  }
  for (const k of report.alreadyDrafted) {
    io.out(
      `  already drafted: ${k.id} (PMID ${k.pmid}, ${k.path}): kept as it is${k.differences.length ? '; differences from this file:' : ''}`,
    );
    for (const d of k.differences) io.out(`      ${d.field}: ${d.record} vs ${d.pubmed}`);
  }
  const changes = report.inRecord.filter((k) => k.changesPath).length;
  const verb = dryRun ? 'Would write' : report.written ? 'Wrote' : 'Nothing to write:';
  io.out(
    `${verb} ${report.drafts.length} draft${report.drafts.length === 1 ? '' : 's'} and ${changes} pending change${changes === 1 ? '' : 's'}` +
      `${dryRun ? ' (dry run: nothing written)' : ''}. Next: npx evidence-lens review`,
  );
}

function printRetractions(report: RetractionImportReport, dryRun: boolean, io: CommandIo): void {
  const natures = Object.entries(report.byNature)
    .filter(([, c]) => c)
    .map(([k, c]) => `${c} ${k.toLowerCase()}`)
    .join(', ');
  io.out(
    `${report.source}: ${report.rows} notice${report.rows === 1 ? '' : 's'} (${natures || 'none'}); ${report.matchedRows} about papers in the record or drafts`,
  );
  for (const u of report.updates) {
    io.out(`  ${u.id}${u.draft ? ' (draft)' : ''} (${u.path}): ${u.changed ? 'updated' : 'already up to date'}`);
    for (const a of u.applied) {
      const n = a.notice;
      const ref = n.noticeDoi ? `doi:${n.noticeDoi}` : n.noticePmid ? `PMID ${n.noticePmid}` : 'no notice identifier';
      io.out(`      line ${n.line}: ${n.nature} ${n.date}, ${ref}${a.changes.length ? '' : ' — no change'}`);
      for (const c of a.changes) {
        io.out(c.field === 'sources.status' ? `        ${c.field}: ${c.to}` : `        ${c.field}: ${c.from} → ${c.to}`);
      }
      for (const r of a.remarks) io.out(`        note: ${r}`);
    }
  }
  const changed = report.updates.filter((u) => u.changed).length;
  const verb = dryRun ? 'Would update' : 'Updated';
  io.out(`${verb} ${changed} file${changed === 1 ? '' : 's'}${dryRun ? ' (dry run: nothing written)' : ''}.`);
}

function printTrials(report: TrialImportReport, dryRun: boolean, io: CommandIo): void {
  for (const e of report.exports) io.out(`${e.source}: ${e.rows} registration${e.rows === 1 ? '' : 's'}`);
  io.out(`${report.registrations} distinct NCT numbers, ${AS_REGISTERED}`);
  for (const m of report.matches) {
    const agree = m.agreements.length ? `; agrees on ${m.agreements.join(', ')}` : '';
    io.out(`  ${m.id} (${m.path}) — ${m.ncts.join(', ')}${agree}`);
    for (const f of m.fills) {
      io.out(`      ${dryRun ? 'would fill' : 'filled'} ${f.field}: ${f.value} (source ${registryUrl(m.ncts[0] as string)})`);
    }
    for (const c of m.conflicts)
      io.out(`      conflict ${c.field}: record ${c.record} vs registered ${c.registered}; left as it is`);
    for (const n of m.notes) io.out(`      note: ${n}`);
  }
  const fields = report.matches.reduce((sum, m) => sum + m.fills.length, 0);
  const records = report.matches.filter((m) => m.fills.length).length;
  const conflicts = report.matches.reduce((sum, m) => sum + m.conflicts.length, 0);
  io.out(
    `${report.matches.length} record${report.matches.length === 1 ? '' : 's'} matched; ` +
      `${dryRun ? 'would fill' : 'filled'} ${fields} field${fields === 1 ? '' : 's'} in ${records} record${records === 1 ? '' : 's'}; ` +
      `${conflicts} conflict${conflicts === 1 ? '' : 's'}${dryRun ? ' (dry run: nothing written)' : ''}.`,
  );
  if (report.written) io.out('Next: npm run record:check, then npm test.');
}

/** `review`, `review --accept ID`, `review --dismiss ID`. */
export function reviewCommand(args: string[], io: CommandIo, context: CommandContext = defaultContext()): number {
  return run(io, REVIEW_USAGE, () => {
    const { flags, rest } = options(args, ['--accept', '--dismiss']);
    const unknown = [...flags.keys()].filter((f) => !['--accept', '--dismiss', '--fill-ids', '--dry-run'].includes(f));
    if (unknown.length || rest.length) throw new UsageError(`unexpected ${[...unknown, ...rest].join(' ')}`);
    if (flags.has('--fill-ids')) {
      const dryRun = flags.has('--dry-run');
      const { fills, skipped } = fillIds(context.dirs, context.date, dryRun);
      for (const f of fills) io.out(`  ${f.record}: ${f.filled.map((x) => `${x.field} ${x.value}`).join(', ')} (${f.file})`);
      for (const s of skipped) io.out(`  skipped ${s}`);
      io.out(
        `${dryRun ? 'Would fill' : 'Filled'} identifiers in ${fills.length} record${fills.length === 1 ? '' : 's'}${dryRun ? ' (dry run: nothing written)' : ''}.`,
      );
      if (fills.length && !dryRun) io.out('Next: npm run record:check, then npm test.');
      return 0;
    }
    const accept = flags.get('--accept');
    const drop = flags.get('--dismiss');
    if (accept && drop) throw new UsageError('--accept and --dismiss go one at a time');
    if (typeof accept === 'string') {
      const { from, to } = acceptDraft(accept, context.dirs, context.date);
      io.out(`Accepted ${accept}: ${from} → ${to} (verification notes: reviewed ${context.date}).`);
      io.out('Next: npm run record:check, then npm test.');
      return 0;
    }
    if (typeof drop === 'string') {
      for (const path of dismiss(drop, context.dirs)) io.out(`Removed ${path}`);
      return 0;
    }
    printReview(context.dirs, io);
    return 0;
  });
}

function printReview(dirs: StudyDirs, io: CommandIo): void {
  const { drafts, changes } = listReview(dirs);
  io.out(`Drafts awaiting review: ${drafts.length}`);
  for (const d of drafts) {
    const s = d.file.study;
    const data = d.file.data ?? {};
    const id = s?.id ?? String(data.id ?? d.file.shown);
    io.out(`  ${id}  (${d.file.shown})`);
    if (s) {
      const who = s.authors[0] ? `${s.authors[0]}${s.authors.length > 1 ? ' et al.' : ''}` : '(no author)';
      io.out(`      ${s.title ?? '(no title)'}`);
      io.out(
        `      ${who} · ${s.journal.abbrev ?? s.journal.name ?? '(no journal)'} ${s.year ?? ''} · PMID ${s.ids.pmid ?? '—'}${s.ids.doi ? ` · doi:${s.ids.doi}` : ''}`,
      );
      io.out(
        `      badge: "${d.label}"${s.status.retracted ? ' · RETRACTED' : ''}${s.status.expressionOfConcern ? ' · expression of concern' : ''}`,
      );
      if (d.awaiting.length) io.out(`      awaiting review: ${d.awaiting.join(', ')}`);
      const empty = [
        !s.conditions.length && 'conditions',
        !s.population && 'population',
        !s.primaryEndpoint.text && 'primaryEndpoint',
        !s.keyResult && 'keyResult',
        !s.limitations.length && 'limitations',
      ].filter(Boolean);
      if (empty.length) io.out(`      still empty: ${empty.join(', ')}`);
      io.out(`      valid: yes — accept with: npx evidence-lens review --accept ${s.id}`);
    } else {
      io.out('      valid: NO — fix before accepting:');
      for (const p of d.file.problems) io.out(`        ${p.field}: ${p.reason}`);
    }
  }
  io.out(`Pending changes to curated records (PubMed differs; edit the record by hand, then --dismiss): ${changes.length}`);
  for (const c of changes) {
    if (!c.change) {
      io.out(`  ${c.path}: unreadable (${c.problem})`);
      continue;
    }
    const ch = c.change;
    io.out(`  ${ch.record} (${ch.recordFile}) — PMID ${ch.pmid}, ${ch.source}, imported ${ch.date} from ${ch.importedFrom}`);
    for (const d of ch.differences) io.out(`      ${d.field}: ${d.record} vs ${d.pubmed}`);
  }
  if (!drafts.length && !changes.length) io.out('Nothing to review.');
}
