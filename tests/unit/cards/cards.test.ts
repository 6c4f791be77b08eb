/**
 * Cards are built in the background as data and rendered in the page: the
 * data says what the record says, and the renderer lets nothing but the
 * card's own tags, attributes and https links through.
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { badgeResults } from '../../../src/cards/card-content';
import type { CardNode } from '../../../src/cards/card-node';
import { renderCard } from '../../../src/cards/render';
import { readRecord } from '../../../src/cli/record-files';
import { lookupCitations } from '../../../src/evidence/lookup';
import { RecordStore } from '../../../src/evidence/record-store';
import { toStudyView } from '../../../src/evidence/study-view';
import type { CitationRequest } from '../../../src/messaging/protocol';

const sources = { record: RecordStore.fromViews(readRecord().map(toStudyView)), retractions: null, trials: null };
const doc = new Window().document as unknown as Document;

function textOf(nodes: readonly CardNode[]): string {
  const box = doc.createElement('div');
  box.append(renderCard(doc, nodes));
  return box.textContent ?? '';
}

function badges(citations: CitationRequest[]) {
  return badgeResults(lookupCitations(sources, citations), citations);
}

describe('a badge result built in the background', () => {
  it('tells the STEMS trial as the record has it, flagged, with links to the sources', () => {
    const [stems] = badges([{ key: 'k1', ids: { pmid: '36624312' }, text: 'PMID 36624312' }]);
    expect(stems?.studyId).toBe('genchi2023_stems');
    expect(stems?.flagged).toBe(true);
    expect(stems?.card.verdict).toMatch(/phase 1/i);
    const text = textOf(stems?.card.body ?? []);
    expect(text).toContain('Phase 1');
    expect(text).toContain('12');
    expect(text).toContain('PubMed');
    // Plain data: it survives the message channel unchanged.
    expect(JSON.parse(JSON.stringify(stems))).toEqual(stems);
  });

  it('says what is not known for an identifier the record lacks, with its links', () => {
    const [unknown] = badges([{ key: 'k2', ids: { doi: '10.1234/not-in-record' }, text: 'doi' }]);
    expect(unknown?.studyId).toBeNull();
    expect(unknown?.flagged).toBe(true);
    expect(unknown?.card.verdict).toBe('We have no record of this study.');
    const text = textOf(unknown?.card.body ?? []);
    expect(text).toContain('DOI: 10.1234/not-in-record');
    expect(text).toContain('Publisher (doi.org)');
  });

  it('is not flagged for a randomized trial that met its goal, so the quiet mode may hide it', () => {
    const record = readRecord().map(toStudyView);
    const passed = record.find(
      (s) => s.level.tier === 'randomized' && s.primaryEndpoint.met === true && !s.status.retracted && (s.ids.pmid || s.ids.doi),
    );
    expect(passed).toBeDefined();
    const ids = passed?.ids.pmid ? { pmid: passed.ids.pmid } : { doi: passed?.ids.doi as string };
    const [result] = badges([{ key: 'k3', ids, text: 'cited' }]);
    expect(result?.studyId).toBe(passed?.id);
    expect(result?.flagged).toBe(false);
  });
});

describe('renderCard', () => {
  it('sets text as text, never as markup', () => {
    const box = doc.createElement('div');
    box.append(renderCard(doc, [{ tag: 'p', children: ['<img src=x onerror=alert(1)>'] }]));
    expect(box.querySelector('img')).toBeNull();
    expect(box.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('drops tags, attributes and links a card never uses', () => {
    const box = doc.createElement('div');
    const hostile = [
      { tag: 'script', children: ['alert(1)'] },
      { tag: 'a', attrs: { href: 'javascript:alert(1)', onclick: 'alert(1)', class: 'x' }, children: ['bad link'] },
      { tag: 'a', attrs: { href: 'https://pubmed.ncbi.nlm.nih.gov/36624312/' }, children: ['PubMed'] },
    ] as unknown as CardNode[];
    box.append(renderCard(doc, hostile));
    expect(box.querySelector('script')).toBeNull();
    const [bad, good] = [...box.querySelectorAll('a')];
    expect(bad?.hasAttribute('href')).toBe(false);
    expect(bad?.hasAttribute('onclick')).toBe(false);
    expect(bad?.getAttribute('class')).toBe('x');
    expect(good?.getAttribute('href')).toBe('https://pubmed.ncbi.nlm.nih.gov/36624312/');
  });
});
