/**
 * `evidence-lens`: the extension's engine on saved pages, for people who
 * audit sites in bulk, and the maintainers' record commands.
 *
 *   evidence-lens scan [--json] FILE...
 *   evidence-lens records [--json]
 *   evidence-lens check-record
 */
import { readFile } from 'node:fs/promises';
import type { RecordStore } from '../evidence/record-store';
import { RetractionIndex } from '../open-data/retractions';
import { dataDir, DataError, readOpenData } from '../open-data/read-data';
import { evidenceSourcesFromDisk } from './evidence-from-disk';
import { retractionDisagreements } from '../open-data/disagreements';
import { RecordError } from '../evidence/load';
import { toStudyView } from '../evidence/study-view';
import { ID_KIND_NAMES, type IdKind } from '../citations/ids';
import { coverageReport } from './coverage';
import { PROJECT_ROOT, readConditionBriefs, readRecord } from './record-files';
import { scanHtml, type ScanReport } from './scan-file';
import { importCommand, reviewCommand } from '../import/commands';
import { efetchUrls, esearchIds, esearchUrls, missingPmids } from '../import/pmid-search';

const USAGE = `Usage:
  evidence-lens scan [--json] FILE...   find the studies saved pages cite and what they were
  evidence-lens records [--json] [--conditions]   list every study in the bundled record (or the condition briefs)
  evidence-lens check-record            validate the record and print a coverage report
  evidence-lens import pubmed [--dry-run] [--pmid ID,…] FILE.xml   draft records from PubMed XML into src/evidence/drafts/
  evidence-lens import retractions [--dry-run] FILE.csv           update status from the Retraction Watch CSV (Crossref)
  evidence-lens import trials [--dry-run] FILE.csv…               fill empty phase and enrollment from ClinicalTrials.gov exports
  evidence-lens review [--accept ID | --dismiss ID | --fill-ids]   list drafts and pending changes; accept or drop one; fill missing PMIDs
  evidence-lens pmid-search [--esearch FILE…]                      PubMed addresses to find the PMIDs the record lacks (opened by you)`;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const stdio: Io = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) };

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  const [command, ...rest] = argv;
  const json = rest.includes('--json');
  const args = rest.filter((a) => a !== '--json');
  try {
    switch (command) {
      case 'scan':
        return await scan(args, json, io);
      case 'records':
        return records(json, args.includes('--conditions'), io);
      case 'check-record':
        return checkRecord(io);
      case 'import':
        return importCommand(args, io);
      case 'review':
        return reviewCommand(args, io);
      case 'pmid-search':
        return await pmidSearch(args, io);
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        io.err(`evidence-lens: unknown command "${command}"\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof RecordError || error instanceof DataError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}

async function scan(files: string[], json: boolean, io: Io): Promise<number> {
  if (!files.length) {
    io.err('evidence-lens scan: name at least one saved HTML file');
    return 2;
  }
  const sources = evidenceSourcesFromDisk(io.err);
  const briefs = readConditionBriefs();
  let failed = 0;
  for (const file of files) {
    let html: string;
    try {
      html = await readFile(file, 'utf8');
    } catch (error) {
      failed++;
      io.err(`evidence-lens: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      continue;
    }
    let report: ScanReport;
    try {
      report = scanHtml(file, html, sources, briefs);
    } catch (error) {
      failed++;
      io.err(`evidence-lens: cannot scan ${file}: ${(error as Error).message}`);
      continue;
    }
    if (json) io.out(JSON.stringify(report));
    else printReport(report, sources.record, io);
  }
  return failed ? 1 : 0;
}

const BASIS_NAME: Record<ScanReport['citations'][number]['answer']['basis'], string> = {
  record: 'record',
  retraction: 'retraction list',
  registry: 'trial registry',
  title: 'title words, not checked',
  none: 'not in record',
};

function printReport(report: ScanReport, index: RecordStore, io: Io): void {
  const n = report.citations.length;
  io.out(`${report.input}: ${n === 0 ? 'no cited studies found' : n === 1 ? '1 citation' : `${n} citations`}`);
  for (const c of report.citations) {
    const ids = (Object.entries(c.ids) as [IdKind, string][]).map(([k, v]) => `${ID_KIND_NAMES[k]} ${v}`).join(', ');
    const study = c.study ? index.view(c.study) : undefined;
    const who = study
      ? `${study.authors[0] ?? ''}${study.authors.length > 1 ? ' et al.' : ''} ${study.year ?? ''}`
      : c.reference
        ? `${c.reference.surname} ${c.reference.year}`
        : '';
    io.out(`  • ${c.answer.label} (${BASIS_NAME[c.answer.basis]})${who.trim() ? ` — ${who.trim()}` : ''}`);
    if (study) io.out(`    ${study.sentence}`);
    if (c.reference?.title) io.out(`    Title: ${c.reference.title}`);
    if (ids) io.out(`    ${ids}`);
  }
  for (const m of report.mentions) io.out(`  ↳ mention of citation ${m.refersTo + 1}: ${m.text.slice(0, 100)}`);
  for (const claim of report.claims) io.out(`  ! ${claim.kind} claim: ${claim.text}`);
}

function records(json: boolean, conditions: boolean, io: Io): number {
  const studies = readRecord();
  if (conditions) {
    const briefs = readConditionBriefs(studies);
    if (json) io.out(JSON.stringify(briefs));
    else for (const b of briefs) io.out(`${b.id}\t${b.name}\t${b.summary}`);
    return 0;
  }
  if (json) {
    io.out(JSON.stringify(studies.map(recordJson)));
    return 0;
  }
  for (const s of studies.map(toStudyView)) io.out(`${s.id}\t${s.label}\t${s.title ?? ''}`);
  io.out(`${studies.length} studies`);
  return 0;
}

/** The `records --json` contract: the record's fields, with identifiers under `ids`. */
function recordJson(study: ReturnType<typeof readRecord>[number]) {
  const view = toStudyView(study);
  return {
    ...study,
    primaryEndpoint: { text: study.primaryEndpoint.text, met: study.primaryEndpoint.met, note: study.primaryEndpoint.note },
    level: view.level,
    label: view.label,
    sentence: view.sentence,
  };
}

function checkRecord(io: Io): number {
  const studies = readRecord();
  io.out(coverageReport(studies));
  const data = readOpenData(dataDir(PROJECT_ROOT));
  if (data.missing.length) io.out(`Open lists not found in ${data.dir}: ${data.missing.join(', ')}`);
  if (data.retractions) {
    const disagreements = retractionDisagreements(studies, new RetractionIndex(data.retractions));
    io.out(`Record and retraction lists disagree: ${disagreements.length ? '' : 'nowhere'}`);
    for (const d of disagreements) io.out(`  ${d.message}`);
  }
  return 0;
}

async function pmidSearch(args: string[], io: Io): Promise<number> {
  if (args[0] === '--esearch') {
    const files = args.slice(1);
    if (!files.length) {
      io.err('evidence-lens pmid-search --esearch: name the saved esearch result files');
      return 2;
    }
    const pmids: string[] = [];
    let failed = 0;
    for (const file of files) {
      try {
        const found = esearchIds(await readFile(file, 'utf8'));
        io.out(`${file}: ${found.length} PMID${found.length === 1 ? '' : 's'}`);
        pmids.push(...found);
      } catch (error) {
        failed++;
        io.err(`${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
    }
    io.out(
      'Open each address, save the page as XML, then: npx evidence-lens import pubmed FILE.xml; npx evidence-lens review --fill-ids',
    );
    for (const url of efetchUrls(pmids)) io.out(url);
    return failed ? 1 : 0;
  }
  if (args.length) {
    io.err(`evidence-lens pmid-search: unexpected ${args.join(' ')}`);
    return 2;
  }
  const missing = missingPmids(readRecord());
  io.out(`Journal articles without a PMID: ${missing.length}`);
  for (const m of missing) io.out(`  ${m.id}\t${m.doi ? `doi:${m.doi}` : `title: ${m.title ?? '(none)'}`}`);
  io.out('Open each address in a browser, save the result, then: npx evidence-lens pmid-search --esearch FILE…');
  for (const url of esearchUrls(missing)) io.out(url);
  return 0;
}
