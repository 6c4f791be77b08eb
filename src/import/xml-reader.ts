/**
 * A small, strict XML reader, enough for PubMed's `PubmedArticleSet` files
 * (E-utilities efetch output and the annual baseline files).
 *
 * It checks well-formedness (matching tags, quoted attributes, known
 * entities, one root) and reports the line, column and open elements of the
 * first fault. The root's children are handed over one at a time as soon as
 * each is complete, so a baseline file of 30 000 articles never sits in
 * memory as one tree. DTDs are skipped, not read: PubMed's output uses only
 * the five predefined entities and character references.
 */

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

const NAME = /[A-Za-z_:][-A-Za-z0-9_.:]*/y;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Reads a whole XML document; returns the root element's name. Throws {@link XmlSyntaxError}. */
export function readXml(text: string, handlers: XmlHandlers): string {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = 0;
  // Element stack; the root (index 0) keeps no children, its children are handed over.
  const stack: XmlElement[] = [];
  let rootName: string | null = null;
  let rootClosed = false;

  // The next line break at or after `pos` (text.length when none), so most moves need no search.
  let nextBreak = -1;
  const moveTo = (next: number) => {
    if (nextBreak < pos) nextBreak = findBreak(pos);
    while (nextBreak < next) {
      line++;
      lineStart = nextBreak + 1;
      nextBreak = findBreak(nextBreak + 1);
    }
    pos = next;
  };
  const findBreak = (from: number) => {
    const nl = text.indexOf('\n', from);
    return nl === -1 ? text.length : nl;
  };
  const locate = (at: number): [number, number] => {
    // Only used for errors: count from the current position (errors point at or after it).
    let l = line;
    let start = lineStart;
    let nl = text.indexOf('\n', pos);
    while (nl !== -1 && nl < at) {
      l++;
      start = nl + 1;
      nl = text.indexOf('\n', nl + 1);
    }
    return [l, at - start + 1];
  };
  const fail = (detail: string, at = pos): never => {
    const [l, c] = locate(at);
    throw new XmlSyntaxError(l, c, detail, stack.map((e) => e.name).join('/'));
  };
  const readName = (at: number): string => {
    NAME.lastIndex = at;
    const m = NAME.exec(text);
    if (!m) fail(`expected a name, found ${describe(text, at)}`, at);
    return (m as RegExpExecArray)[0];
  };
  const skipSpace = (at: number): number => {
    let i = at;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    return i;
  };
  const decode = (raw: string, at: number): string => {
    if (!raw.includes('&')) return raw;
    let out = '';
    let last = 0;
    let amp = raw.indexOf('&');
    while (amp !== -1) {
      const semi = raw.indexOf(';', amp);
      const ref = semi === -1 ? '' : raw.slice(amp + 1, semi);
      let ch: string | undefined;
      if (/^#\d{1,7}$/.test(ref)) ch = codePoint(Number.parseInt(ref.slice(1), 10));
      else if (/^#x[0-9A-Fa-f]{1,6}$/.test(ref)) ch = codePoint(Number.parseInt(ref.slice(2), 16));
      else ch = PREDEFINED[ref];
      if (ch === undefined) {
        fail(semi === -1 || semi - amp > 12 ? 'a bare "&" (write &amp;)' : `unknown entity "&${ref};"`, at + amp);
      }
      out += raw.slice(last, amp) + ch;
      last = semi + 1;
      amp = raw.indexOf('&', last);
    }
    return out + raw.slice(last);
  };
  const addText = (value: string) => {
    const parent = stack[stack.length - 1];
    if (!parent || stack.length === 1) return; // text directly in the root carries nothing PubMed uses
    const lastChild = parent.children[parent.children.length - 1];
    if (typeof lastChild === 'string') parent.children[parent.children.length - 1] = lastChild + value;
    else parent.children.push(value);
  };

  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    const textEnd = lt === -1 ? text.length : lt;
    if (textEnd > pos) {
      const raw = text.slice(pos, textEnd);
      if (stack.length === 0) {
        if (raw.trim()) fail(rootClosed ? 'text after the root element' : 'text before the root element');
      } else {
        if (raw.includes(']]>')) fail('"]]>" in text', pos + raw.indexOf(']]>'));
        addText(decode(raw, pos));
      }
      moveTo(textEnd);
      continue;
    }
    if (text.startsWith('<!--', pos)) {
      const end = text.indexOf('-->', pos + 4);
      if (end === -1) fail('comment never closed ("-->" missing)');
      moveTo(end + 3);
    } else if (text.startsWith('<?', pos)) {
      const end = text.indexOf('?>', pos + 2);
      if (end === -1) fail('processing instruction never closed ("?>" missing)');
      moveTo(end + 2);
    } else if (text.startsWith('<![CDATA[', pos)) {
      if (stack.length === 0) fail('CDATA outside the root element');
      const end = text.indexOf(']]>', pos + 9);
      if (end === -1) fail('CDATA section never closed ("]]>" missing)');
      addText(text.slice(pos + 9, end));
      moveTo(end + 3);
    } else if (text.startsWith('<!DOCTYPE', pos)) {
      if (rootName !== null) fail('DOCTYPE after the root element has started');
      moveTo(skipDoctype(text, pos, fail));
    } else if (text.startsWith('</', pos)) {
      const name = readName(pos + 2);
      const close = skipSpace(pos + 2 + name.length);
      if (text[close] !== '>') fail(`expected ">" to end </${name}, found ${describe(text, close)}`, close);
      const open = stack[stack.length - 1];
      if (!open) fail(`</${name}> closes nothing`);
      else if (open.name !== name) fail(`</${name}> found where </${open.name}> (opened on line ${open.line}) was expected`);
      stack.pop();
      if (stack.length === 1 && open) handlers.onChild(open);
      if (stack.length === 0) rootClosed = true;
      moveTo(close + 1);
    } else {
      const name = readName(pos + 1);
      const element: XmlElement = { name, attributes: {}, children: [], line };
      let i = pos + 1 + name.length;
      for (;;) {
        const afterSpace = skipSpace(i);
        const c = text[afterSpace];
        if (c === '>' || (c === '/' && text[afterSpace + 1] === '>')) {
          i = afterSpace;
          break;
        }
        if (c === undefined) fail(`<${name}> never ends (">" missing)`);
        if (afterSpace === i) fail(`expected a space, ">" or "/>" in <${name}>, found ${describe(text, i)}`, i);
        const attr = readName(afterSpace);
        let j = skipSpace(afterSpace + attr.length);
        if (text[j] !== '=') fail(`attribute ${attr} of <${name}> has no value`, j);
        j = skipSpace(j + 1);
        const quote = text[j];
        if (quote !== '"' && quote !== "'") fail(`the value of attribute ${attr} of <${name}> is not quoted`, j);
        const end = text.indexOf(quote as string, j + 1);
        if (end === -1) fail(`the value of attribute ${attr} of <${name}> is never closed`, j);
        const raw = text.slice(j + 1, end);
        if (raw.includes('<')) fail(`"<" inside the value of attribute ${attr} of <${name}>`, j + 1 + raw.indexOf('<'));
        if (attr in element.attributes) fail(`attribute ${attr} appears twice in <${name}>`, afterSpace);
        element.attributes[attr] = decode(raw, j + 1);
        i = end + 1;
      }
      const selfClosing = text[i] === '/';
      if (stack.length === 0) {
        if (rootClosed) fail(`a second root element <${name}>`);
        rootName = name;
        handlers.onRoot?.(name, line);
      } else if (stack.length > 1) {
        (stack[stack.length - 1] as XmlElement).children.push(element);
      }
      if (selfClosing) {
        if (stack.length === 1) handlers.onChild(element);
        if (stack.length === 0) rootClosed = true;
      } else stack.push(element);
      moveTo(i + (selfClosing ? 2 : 1));
    }
  }
  const open = stack[stack.length - 1];
  if (open) fail(`the file ends inside <${open.name}> (opened on line ${open.line})`);
  if (rootName === null) fail('no root element: the file is empty or not XML');
  return rootName as string;
}

function skipDoctype(text: string, start: number, fail: (detail: string, at?: number) => never): number {
  let i = start + 9;
  let bracket = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      if (end === -1) break;
      i = end + 1;
      continue;
    }
    if (c === '[') bracket++;
    else if (c === ']') bracket--;
    else if (c === '>' && bracket <= 0) return i + 1;
    i++;
  }
  return fail('DOCTYPE never closed', start);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function codePoint(n: number): string | undefined {
  if (n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return undefined;
  return String.fromCodePoint(n);
}

function describe(text: string, at: number): string {
  if (at >= text.length) return 'the end of the file';
  return JSON.stringify(text.slice(at, at + 12));
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
