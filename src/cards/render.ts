/**
 * Renders a card's data (`card-node.ts`) with DOM calls: text through text
 * nodes, only the card's own tags and attributes, links only to https
 * addresses. Loaded by the page and the popup; the wording stays in the
 * background.
 */
import { CARD_ATTRS, CARD_TAGS, type CardNode } from './card-node';

type Child = Node | string | null | undefined | false;

/** Builds an element with attributes and children (text as text nodes). */
export function el(doc: Document, tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return node;
}

const TAGS: ReadonlySet<string> = new Set(CARD_TAGS);
const ATTRS: ReadonlySet<string> = new Set(CARD_ATTRS);

function renderNode(doc: Document, node: CardNode): Node | null {
  if (typeof node === 'string') return doc.createTextNode(node);
  if (!TAGS.has(node.tag)) return null;
  const out = doc.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs ?? {})) {
    if (!ATTRS.has(name) || typeof value !== 'string') continue;
    if (name === 'href' && !value.startsWith('https://')) continue;
    out.setAttribute(name, value);
  }
  for (const child of node.children) {
    const rendered = renderNode(doc, child);
    if (rendered) out.append(rendered);
  }
  return out;
}

/** The nodes as a fragment, ready to append. */
export function renderCard(doc: Document, nodes: readonly CardNode[]): DocumentFragment {
  const frag = doc.createDocumentFragment();
  for (const node of nodes) {
    const rendered = renderNode(doc, node);
    if (rendered) frag.append(rendered);
  }
  return frag;
}
