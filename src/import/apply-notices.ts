/**
 * What a Retraction Watch notice changes in a study's status.
 *
 * Notices apply oldest first. A retraction sets `retracted`, an expression
 * of concern `expressionOfConcern`, a correction `correction`, a
 * reinstatement clears `retracted`. The notice is named by its DOI (or
 * PubMed id) and dated; text the curators already wrote is kept, and a
 * notice it already names is only dated and sourced, never written twice.
 * A notice without any identifier is written only where the record has no
 * notice of that kind yet: it cannot be told apart from one already there.
 */
import type { Study } from '../evidence/schema';
import type { Nature, RetractionNotice } from './retraction-watch';

export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

export interface AppliedNotice {
  notice: RetractionNotice;
  changes: FieldChange[];
  /** Why a notice changed nothing although it matched. */
  remarks: string[];
}

const ORDER: Nature[] = ['Expression of concern', 'Correction', 'Retraction', 'Reinstatement'];

/** "doi:10.1172/jci126075", "PMID 30332555" or null. */
export function noticeRef(n: RetractionNotice): string | null {
  if (n.noticeDoi) return `doi:${n.noticeDoi}`;
  if (n.noticePmid) return `PMID ${n.noticePmid}`;
  return null;
}

/** The page that shows the notice: doi.org, else PubMed, else the data's own links, else the paper's page (which carries the notice). */
export function noticeUrl(n: RetractionNotice): string | null {
  if (n.noticeDoi) return `https://doi.org/${n.noticeDoi}`;
  if (n.noticePmid) return `https://pubmed.ncbi.nlm.nih.gov/${n.noticePmid}/`;
  if (n.urls[0]) return n.urls[0];
  if (n.originalDoi) return `https://doi.org/${n.originalDoi}`;
  if (n.originalPmid) return `https://pubmed.ncbi.nlm.nih.gov/${n.originalPmid}/`;
  return null;
}

function mentions(text: string | null, n: RetractionNotice): boolean {
  if (!text) return false;
  const t = text.toLowerCase();
  if (n.noticeDoi && t.includes(n.noticeDoi)) return true;
  return n.noticePmid !== null && new RegExp(`(^|\\D)${n.noticePmid}(\\D|$)`).test(t);
}

const shown = (v: unknown) => (v === null ? 'null' : JSON.stringify(v));

/**
 * Applies every notice to a copy of `study`; returns the copy and, per
 * notice, the fields it changed.
 */
export function applyNotices(study: Study, notices: RetractionNotice[]): { study: Study; applied: AppliedNotice[] } {
  const next = structuredClone(study);
  const sorted = [...notices].sort((a, b) => a.date.localeCompare(b.date) || ORDER.indexOf(a.nature) - ORDER.indexOf(b.nature));
  const applied = sorted.map((n) => applyOne(next, n));
  return { study: next, applied };
}

function applyOne(study: Study, n: RetractionNotice): AppliedNotice {
  const st = study.status;
  const changes: FieldChange[] = [];
  const remarks: string[] = [];
  const set = <K extends keyof Study['status']>(field: K, value: Study['status'][K]) => {
    if (st[field] === value) return;
    changes.push({ field: `status.${field}`, from: shown(st[field]), to: shown(value) });
    st[field] = value;
  };
  const ref = noticeRef(n);
  const named = ref ?? `(Retraction Watch record ${n.recordId})`;
  let known = false;

  switch (n.nature) {
    case 'Retraction':
    case 'Expression of concern': {
      const retraction = n.nature === 'Retraction';
      const label = retraction ? 'Retraction notice' : 'Expression of concern';
      if (retraction) set('retracted', true);
      else set('expressionOfConcern', true);
      if (st.notice === null) {
        set('notice', `${label} ${named}`);
        set('noticeDate', n.date);
      } else if (mentions(st.notice, n)) {
        known = true;
        if (st.noticeDate === null && (retraction || !st.retracted)) set('noticeDate', n.date);
        else if (st.noticeDate !== null && st.noticeDate !== n.date && retraction) {
          remarks.push(`the record dates the notice ${st.noticeDate}, Retraction Watch ${n.date}; date left as it is`);
        }
      } else if (ref) {
        set('notice', `${st.notice}; ${label.toLowerCase()} ${ref}`);
        if (retraction || st.noticeDate === null) set('noticeDate', n.date);
      } else {
        remarks.push(
          `the record already has a notice and this ${n.nature.toLowerCase()} has no DOI or PubMed id to tell whether it is the same; notice left as it is`,
        );
      }
      break;
    }
    case 'Correction':
      if (st.correction === null) set('correction', `Correction ${named} (${n.date})`);
      else if (mentions(st.correction, n)) known = true;
      else if (ref) set('correction', `${st.correction}; correction ${ref} (${n.date})`);
      else
        remarks.push(
          'the record already lists a correction and this one has no DOI or PubMed id to tell whether it is the same; left as it is',
        );
      break;
    case 'Reinstatement':
      if (st.retracted) {
        set('retracted', false);
        set(
          'notice',
          `${st.notice ? `${st.notice}; ` : ''}reinstated ${ref ?? ''} (${n.date})`.replace(/ {2,}/g, ' ').replace(' )', ')'),
        );
        set('noticeDate', n.date);
      } else if (mentions(st.notice, n)) known = true;
      else remarks.push('the record does not say the paper was retracted; nothing to reinstate');
      break;
  }
  const url = noticeUrl(n);
  if ((changes.length || known) && url) {
    const list = study.sources.status ?? [];
    if (!list.includes(url)) {
      changes.push({ field: 'sources.status', from: '', to: `+ ${url}` });
      study.sources.status = [...list, url];
    }
  }
  return { notice: n, changes, remarks };
}
