/**
 * One walk over a document's text: assembles the text of each block, finds
 * identifiers in it (and in the links inside it), maps each match back to the
 * node a badge goes after, and groups the identifiers of one reference into
 * one citation. Pure DOM code: works on any `Document` (browser or a DOM
 * library), never on globals.
 */
import type { ReferenceHint } from '../evidence/evidence-index';
import { type CitationIds, citationKeys, type IdKind } from './ids';
import type { TextMatch } from './detectors';
import { findIdentifiers, identifierFromHref, MAY_CITE } from './find-in-text';
import { findReferenceHint } from './references';
import { identifiersFromJsonLd, identifiersFromMeta } from './metadata';

export interface FoundCitation {
  /** Stable key from the identifiers (or the reference), the same on every scan. */
  key: string;
  ids: CitationIds;
  /** The citation's text on the page: its block's text, whitespace collapsed, at most 300 characters. */
  text: string;
  /** The badge goes right after this node; null for a page-level citation (the page is the article). */
  after: Node | null;
  /** A reference without identifiers, to be matched against the record's bibliography. */
  reference?: ReferenceHint;
  pageLevel?: boolean;
}

/** Elements whose text is never a citation on the page. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'svg',
  'SVG',
  'CODE',
  'PRE',
  'HEAD',
  'TITLE',
  'IFRAME',
  'OBJECT',
  'CANVAS',
]);
const BLOCK_TAGS = new Set([
  'P',
  'LI',
  'DIV',
  'TD',
  'TH',
  'DD',
  'DT',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'SECTION',
  'ARTICLE',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'MAIN',
  'NAV',
  'BODY',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'TR',
  'FIGURE',
  'FORM',
  'FIELDSET',
  'DETAILS',
  'SUMMARY',
  'ADDRESS',
  'CAPTION',
]);
const INLINE_WRAPPERS_TO_LEAVE = new Set(['A', 'BUTTON', 'LABEL', 'SUMMARY']);
const HREF_HINT =
  /doi|pubmed|pmc|europepmc|clinicaltrials|isrctn|nature\.com|wiley|tandfonline|sagepub|springer|frontiersin|plos|lancet|biomedcentral|10\.\d{4}|anzctr|drks|euclinicaltrials/i;
const MAX_GAP = 400;
const TEXT_LIMIT = 300;

interface ElementInfo {
  skip: boolean;
  block: Element;
  link: Element | null;
}

interface Segment {
  block: Element;
  nodes: Text[];
  starts: number[];
  text: string;
  /** Links in this segment and the text offset where each ends. */
  links: Map<Element, number>;
}

interface Located extends TextMatch {
  node: Text | Element;
}

export interface ScanOptions {
  /** Elements to leave alone entirely (our own UI). */
  isOwnElement?: (el: Element) => boolean;
  /** Base for relative links (defaults to the document's base URI). */
  baseUrl?: string;
}

/**
 * A resumable scan. `step()` does a slice of work and reports whether the
 * walk has finished, so the content script can yield to the page between
 * slices while the CLI simply runs it to the end.
 */
export class DocumentScanner {
  readonly citations: FoundCitation[] = [];
  private readonly walker: TreeWalker;
  private readonly info = new WeakMap<Element, ElementInfo>();
  private segment: Segment | null = null;
  private readonly jsonLd: string[] = [];
  private readonly seen = new Map<string, number>();
  private done = false;
  private readonly pageIds: CitationIds;
  private readonly pageKeys: Set<string>;

  constructor(
    private readonly doc: Document,
    root: Node = doc.body ?? doc.documentElement,
    private readonly options: ScanOptions = {},
  ) {
    this.walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    this.pageIds = root === doc.body || root === doc.documentElement ? identifiersFromMeta(doc) : {};
    this.pageKeys = new Set(citationKeys(this.pageIds));
  }

  /** Walks until `shouldYield()` says stop or the document ends. Returns true when finished. */
  step(shouldYield: () => boolean = () => false): boolean {
    if (this.done) return true;
    const walker = this.walker;
    let count = 0;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement;
      if (parent) {
        const info = this.classify(parent);
        if (!info.skip) this.add(node, info);
        else if (parent.tagName === 'SCRIPT' && parent.getAttribute('type') === 'application/ld+json')
          this.jsonLd.push(node.data);
      }
      if (++count % 256 === 0 && shouldYield()) return false;
    }
    this.flush();
    this.finishPage();
    this.done = true;
    return true;
  }

  private classify(el: Element): ElementInfo {
    const known = this.info.get(el);
    if (known) return known;
    const parent = el.parentElement;
    const up = parent ? this.classify(parent) : null;
    const tag = el.tagName;
    const skip =
      (up?.skip ?? false) ||
      SKIP_TAGS.has(tag) ||
      el.hasAttribute('hidden') ||
      (el.hasAttribute('contenteditable') && el.getAttribute('contenteditable') !== 'false') ||
      (this.options.isOwnElement?.(el) ?? false);
    const block = BLOCK_TAGS.has(tag) || !up ? el : up.block;
    const link = tag === 'A' && el.hasAttribute('href') ? el : block === el ? null : (up?.link ?? null);
    const info = { skip, block, link };
    this.info.set(el, info);
    return info;
  }

  private add(node: Text, info: ElementInfo): void {
    let seg = this.segment;
    if (!seg || seg.block !== info.block) {
      this.flush();
      seg = this.segment = { block: info.block, nodes: [], starts: [], text: '', links: new Map() };
    }
    seg.nodes.push(node);
    seg.starts.push(seg.text.length);
    seg.text += node.data;
    if (info.link) seg.links.set(info.link, seg.text.length);
  }

  private flush(): void {
    const seg = this.segment;
    this.segment = null;
    if (!seg || !seg.nodes.length) return;
    const located: Located[] = [];
    if (MAY_CITE.test(seg.text)) {
      for (const m of findIdentifiers(seg.text)) located.push({ ...m, node: nodeAt(seg, m.end) });
    }
    for (const [link, end] of seg.links) {
      const href = link.getAttribute('href') ?? '';
      if (!HREF_HINT.test(href)) continue;
      const id = identifierFromHref(href, this.options.baseUrl ?? this.doc.baseURI);
      if (id) located.push({ kind: id.kind, value: id.value, start: end - 1, end, node: link });
    }
    if (located.length) {
      located.sort((a, b) => a.start - b.start || a.end - b.end);
      this.group(seg, located);
      return;
    }
    const hint = findReferenceHint(seg.text);
    if (hint) {
      const node = nodeAt(seg, hint.end);
      const text = clip(seg.text);
      this.push({
        key: `ref:${hint.surname.toLowerCase()}|${hint.year}|${text.slice(0, 60)}`,
        ids: {},
        text,
        after: placeAfter(node, seg.block),
        reference: { surname: hint.surname, year: hint.year, text: seg.text.slice(0, 600) },
      });
    }
  }

  private group(seg: Segment, located: Located[]): void {
    let ids: CitationIds = {};
    let last: Located | null = null;
    const close = () => {
      if (!last) return;
      // The article's own identifiers in its header are the page-level citation, not a badge.
      const keys = citationKeys(ids);
      if (!keys.every((k) => this.pageKeys.has(k))) {
        this.push({ key: keys.join(' '), ids, text: clip(seg.text), after: placeAfter(last.node, seg.block) });
      }
      ids = {};
      last = null;
    };
    for (const m of located) {
      const kind: IdKind = m.kind;
      const current = ids[kind];
      if ((current && current !== m.value) || (last && m.start - last.end > MAX_GAP)) close();
      ids[kind] = m.value;
      if (!last || m.end >= last.end) last = m;
    }
    close();
  }

  private push(citation: FoundCitation): void {
    // The same reference cited in two places gets a badge in each; keys stay unique and stable.
    const n = this.seen.get(citation.key) ?? 0;
    this.seen.set(citation.key, n + 1);
    this.citations.push(n ? { ...citation, key: `${citation.key}#${n}` } : citation);
  }

  private finishPage(): void {
    const fromJsonLd = identifiersFromJsonLd(this.jsonLd);
    const ids: CitationIds = { ...fromJsonLd, ...this.pageIds };
    const keys = citationKeys(ids);
    if (!keys.length) return;
    const title = this.doc.title?.trim() ?? '';
    this.citations.unshift({
      key: `page:${keys.join(' ')}`,
      ids,
      text: clip(title || keys.join(' ')),
      after: null,
      pageLevel: true,
    });
  }
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > TEXT_LIMIT ? `${flat.slice(0, TEXT_LIMIT - 1)}…` : flat;
}

/** The text node containing offset `end` (exclusive) of a segment. */
function nodeAt(seg: Segment, end: number): Text {
  const starts = seg.starts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) < end) lo = mid;
    else hi = mid - 1;
  }
  return seg.nodes[lo] as Text;
}

/**
 * Where a badge goes so that it sits right after the citation without
 * entering a link or button: leaves inline wrappers the match ends with.
 */
function placeAfter(node: Node, block: Element): Node {
  let current: Node = node;
  for (let parent = current.parentElement; parent && parent !== block; parent = parent.parentElement) {
    const mustLeave = INLINE_WRAPPERS_TO_LEAVE.has(parent.tagName) || parent.closest('a,button') !== null;
    if (!mustLeave && parent.lastChild !== current) break;
    current = parent;
  }
  return current;
}

/** Scans a whole document in one go (CLI, tests). */
export function scanDocument(doc: Document, options?: ScanOptions): FoundCitation[] {
  const scanner = new DocumentScanner(doc, undefined, options);
  scanner.step();
  return scanner.citations;
}
