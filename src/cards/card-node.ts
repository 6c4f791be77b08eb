/**
 * A card's content as plain data: a tree of tags, attributes and text. The
 * background builds it from the record (so the record's wording code never
 * loads in a page); the page and the popup render it with `renderCard`.
 */

/** The only tags a card uses. */
export const CARD_TAGS = ['span', 'p', 'h2', 'dl', 'dt', 'dd', 'ul', 'li', 'strong', 'a'] as const;
export type CardTag = (typeof CARD_TAGS)[number];

/** The only attributes a card sets. Links open in a new tab, chosen by the person. */
export const CARD_ATTRS = ['class', 'role', 'href', 'target', 'rel'] as const;
export type CardAttr = (typeof CARD_ATTRS)[number];

export interface CardElement {
  tag: CardTag;
  attrs?: Partial<Record<CardAttr, string>>;
  children: CardNode[];
}

/** Text, or an element. Text is always set as text, never parsed as HTML. */
export type CardNode = string | CardElement;

/** What a badge opens: its first line and the body below it. */
export interface CardView {
  verdict: string;
  body: CardNode[];
}

/** Builds an element, skipping empty children (`null`, `undefined`, `false`, ''). */
export function h(
  tag: CardTag,
  attrs: CardElement['attrs'] | null,
  ...children: (CardNode | CardNode[] | null | undefined | false)[]
): CardElement {
  const kept: CardNode[] = [];
  for (const child of children) {
    if (Array.isArray(child)) kept.push(...child);
    else if (child) kept.push(child);
  }
  return attrs ? { tag, attrs, children: kept } : { tag, children: kept };
}
