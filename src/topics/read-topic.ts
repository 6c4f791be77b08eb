/**
 * The signals of what a page is about, read by the content script: its
 * title, address, first headings and opening paragraphs. Bounded work: a
 * handful of elements are read, however large the page.
 */
import type { TopicSignals } from './detect-topic';

const MAX_H1 = 3;
const MAX_HEADINGS = 12;
const MAX_PARAGRAPHS = 12;
const MAX_OPENING = 3000;
const MAX_TEXT = 300;

/** The first `max` elements of a tag, without walking the rest of the page (getElementsByTagName is lazy). */
function first(doc: Document, tag: string, max: number): Element[] {
  const out: Element[] = [];
  const live = doc.getElementsByTagName(tag);
  for (let i = 0; i < live.length && out.length < max; i++) out.push(live[i] as Element);
  return out;
}

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);

export function readTopicSignals(doc: Document, url: string): TopicSignals {
  let path = '';
  try {
    const u = new URL(url);
    path = `${u.pathname}${u.search}`;
  } catch {
    // An address we cannot read says nothing about the topic.
  }
  const headings = [...first(doc, 'h2', MAX_HEADINGS), ...first(doc, 'h3', MAX_HEADINGS)].map(text).slice(0, MAX_HEADINGS);
  let opening = '';
  for (const p of first(doc, 'p', MAX_PARAGRAPHS)) {
    if (opening.length >= MAX_OPENING) break;
    opening += `${text(p)}\n`;
  }
  return {
    title: (doc.title ?? '').slice(0, MAX_TEXT),
    path: path.slice(0, MAX_TEXT),
    h1: first(doc, 'h1', MAX_H1).map(text),
    headings,
    opening: opening.slice(0, MAX_OPENING),
  };
}
