/**
 * PubMed's `PubmedArticleSet` files (E-utilities efetch output and the
 * annual baseline files) read with `saxes`, a strict streaming XML parser
 * (the one jsdom uses).
 *
 * The root's children are handed over one at a time as soon as each is
 * complete, so a baseline file of 30 000 articles never sits in memory as one
 * tree; the text may come in pieces. The first well-formedness fault stops
 * the reading with its line, column and the elements open at it. DTDs are
 * never fetched: PubMed's DOCTYPE names an external DTD only, and its output
 * uses only the five predefined entities and character references.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  /** 1-based line of the start tag. */
  line: number;
}

export type XmlNode = XmlElement | string;

export class XmlSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly detail: string,
    /** The elements open at the fault, outermost first, e.g. `PubmedArticleSet/PubmedArticle/…`. */
    readonly openPath: string,
  ) {
    super(`line ${line}, column ${column}: ${detail}${openPath ? ` (inside ${openPath})` : ''}`);
    this.name = 'XmlSyntaxError';
  }
}

export interface XmlHandlers {
  /** Called when the root element opens; may throw to stop reading. */
  onRoot?: (name: string, line: number) => void;
  /** Called with each complete child element of the root, in document order. */
  onChild: (element: XmlElement) => void;
}

/**
 * Reads a whole XML document, given as one string or as pieces in order;
 * returns the root element's name. Throws {@link XmlSyntaxError}.
 */
export function readXml(input: string | Iterable<string>, handlers: XmlHandlers): string {
  const reader = new ChildReader(handlers);
  for (const chunk of typeof input === 'string' ? [input] : input) reader.write(chunk);
  return reader.close();
}

const PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const BREAKS = /\r\n|\n|\r/g;

/** Where in the text the parser was at its last event: the start for finding what went wrong after it. */
interface Mark {
  position: number;
  line: number;
  /** Characters of the line read before `position`. */
  column: number;
}

class ChildReader {
  private readonly parser = new SaxesParser({ position: true });
  /** The open elements; the root (index 0) keeps no children, its children are handed over. */
  private readonly stack: XmlElement[] = [];
  private rootName: string | null = null;
  private startLine = 1;
  /** A root child that has closed, handed over once the parser has moved past its end tag without a fault. */
  private complete: XmlElement | null = null;
  /** The element popped by the last end tag: saxes pops before it checks that the names match. */
  private lastClosed: XmlElement | null = null;
  private mark: Mark = { position: 0, line: 1, column: 0 };
  /** The pieces written since the one holding the mark, and where the first begins. */
  private pieces: string[] = [];
  private piecesStart = 0;

  constructor(private readonly handlers: XmlHandlers) {
    const p = this.parser;
    p.on('error', (error) => this.fail(error.message));
    p.on('opentagstart', () => {
      this.moveOn();
      this.startLine = p.line;
    });
    p.on('opentag', (tag) => this.open(tag as SaxesTagPlain));
    p.on('closetag', () => this.closeElement());
    p.on('text', (text) => this.text(text));
    p.on('cdata', (text) => this.text(text));
    for (const event of ['comment', 'doctype', 'processinginstruction', 'xmldecl'] as const) p.on(event, () => this.moveOn());
  }

  write(chunk: string): void {
    this.pieces.push(chunk);
    this.parser.write(chunk);
    this.handOver();
    // Keep only the text from the mark on, for explaining a fault.
    while (this.pieces.length > 1 && this.piecesStart + (this.pieces[0] as string).length <= this.mark.position) {
      this.piecesStart += (this.pieces.shift() as string).length;
    }
  }

  close(): string {
    this.parser.close();
    this.handOver();
    return this.rootName as string;
  }

  /** An event other than an end tag: the previous end tag matched, and the text before here is well-formed. */
  private moveOn(): void {
    this.handOver();
    this.lastClosed = null;
    const p = this.parser;
    this.mark = { position: p.position, line: p.line, column: p.column };
  }

  private handOver(): void {
    const done = this.complete;
    this.complete = null;
    if (done) this.handlers.onChild(done);
  }

  private open(tag: SaxesTagPlain): void {
    const element: XmlElement = { name: tag.name, attributes: tag.attributes, children: [], line: this.startLine };
    if (!this.stack.length) {
      this.rootName = tag.name;
      this.handlers.onRoot?.(tag.name, element.line);
    } else if (this.stack.length > 1) {
      (this.stack[this.stack.length - 1] as XmlElement).children.push(element);
    }
    this.stack.push(element);
    this.moveOn();
  }

  private closeElement(): void {
    this.handOver();
    const element = this.stack.pop() as XmlElement;
    this.lastClosed = element;
    if (this.stack.length === 1) this.complete = element;
  }

  private text(value: string): void {
    this.moveOn();
    const parent = this.stack[this.stack.length - 1];
    if (!parent || this.stack.length === 1) return; // text directly in the root carries nothing PubMed uses
    const last = parent.children[parent.children.length - 1];
    if (typeof last === 'string') parent.children[parent.children.length - 1] = last + value;
    else parent.children.push(value);
  }

  /** Turns saxes's complaint into an {@link XmlSyntaxError}, pointing at the fault itself where saxes points past it. */
  private fail(message: string): never {
    const p = this.parser;
    let line = p.line;
    let column = Math.max(p.column, 1);
    let detail = message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
    const open = this.stack.map((e) => e.name);
    const atEnd = /^(unclosed tag|unexpected end|document must contain)/.test(detail);
    const since = this.sinceMark(p.position);
    const here = (index: number) => this.locate(since, index);
    if (detail === 'unexpected close tag' && this.lastClosed) {
      const expected = this.lastClosed;
      const found = [...since.matchAll(/\/([^\s<>/]+)\s*>/g)].pop();
      if (found) [line, column] = here(found.index - 1); // its "<", just before the "/"
      detail = `${found ? `</${found[1]}>` : 'an end tag'} found where </${expected.name}> (opened on line ${expected.line}) was expected`;
      open.push(expected.name);
    } else if (/entity|^unclosed tag|^unexpected end/.test(detail)) {
      const faults = [badReference(since), atEnd ? unclosedMarkup(since) : null].filter((f) => f !== null);
      const fault = faults.sort((a, b) => a.index - b.index)[0];
      if (fault) {
        [line, column] = here(fault.index);
        detail = fault.detail;
      } else if (detail.startsWith('unclosed tag')) {
        const top = this.stack[this.stack.length - 1];
        if (top) detail = `the file ends inside <${top.name}> (opened on line ${top.line})`;
      }
    }
    throw new XmlSyntaxError(line, column, detail, open.join('/'));
  }

  /** The text from the mark up to `position`. */
  private sinceMark(position: number): string {
    const text = this.pieces.length === 1 ? (this.pieces[0] as string) : this.pieces.join('');
    return text.slice(this.mark.position - this.piecesStart, position - this.piecesStart);
  }

  /** Line and 1-based column of `index` in the text since the mark. */
  private locate(since: string, index: number): [number, number] {
    let line = this.mark.line;
    let lineStart = -this.mark.column;
    for (const m of since.slice(0, index).matchAll(BREAKS)) {
      line++;
      lineStart = m.index + m[0].length;
    }
    return [line, index - lineStart + 1];
  }
}

/** The first "&" that does not start a predefined entity or a character reference. */
function badReference(text: string): { index: number; detail: string } | null {
  for (const m of text.matchAll(/&([^;&<\s]{0,32});?/g)) {
    const [whole, name = ''] = m;
    if (whole.endsWith(';') && (PREDEFINED.has(name) || /^#(\d+|x[0-9a-fA-F]+)$/.test(name))) continue;
    const detail =
      whole.endsWith(';') && /^[A-Za-z_:][-\w.:]*$/.test(name) ? `unknown entity "&${name};"` : 'a bare "&" (write &amp;)';
    return { index: m.index, detail };
  }
  return null;
}

/** A comment, CDATA section or processing instruction that the file ends inside. */
function unclosedMarkup(text: string): { index: number; detail: string } | null {
  for (const [start, end, what] of [
    ['<!--', '-->', 'comment'],
    ['<![CDATA[', ']]>', 'CDATA section'],
    ['<?', '?>', 'processing instruction'],
  ] as const) {
    const index = text.lastIndexOf(start);
    if (index !== -1 && !text.includes(end, index + start.length)) {
      return { index, detail: `${what} never closed ("${end}" missing)` };
    }
  }
  return null;
}

/** The element children of `element` named `name`. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

/** The first element reached by a slash-separated path of child names, or null. */
export function firstAt(element: XmlElement, path: string): XmlElement | null {
  let current: XmlElement | null = element;
  for (const step of path.split('/')) {
    if (!current) return null;
    current = childElements(current, step)[0] ?? null;
  }
  return current;
}

/** Every element reached by a slash-separated path of child names. */
export function allAt(element: XmlElement, path: string): XmlElement[] {
  let current: XmlElement[] = [element];
  for (const step of path.split('/')) current = current.flatMap((e) => childElements(e, step));
  return current;
}

/**
 * The text of an element and everything inside it (PubMed titles and
 * abstracts carry inline markup such as `<i>`, `<sup>`), whitespace collapsed.
 * Null when empty.
 */
export function textOf(element: XmlElement | null): string | null {
  if (!element) return null;
  const parts: string[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (typeof c === 'string') parts.push(c);
      else walk(c);
    }
  };
  walk(element);
  const value = parts.join('').replace(/\s+/g, ' ').trim();
  return value || null;
}
