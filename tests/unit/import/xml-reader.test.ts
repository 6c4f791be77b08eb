import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstAt, readXml, textOf, type XmlElement, XmlSyntaxError } from '../../../src/import/xml-reader';

function children(xml: string): XmlElement[] {
  const out: XmlElement[] = [];
  readXml(xml, { onChild: (e) => out.push(e) });
  return out;
}

function syntaxError(xml: string | string[]): XmlSyntaxError {
  try {
    readXml(xml, { onChild: () => {} });
  } catch (error) {
    if (error instanceof XmlSyntaxError) return error;
    throw error;
  }
  throw new Error('expected an XmlSyntaxError');
}

describe('readXml', () => {
  it('hands over each child of the root with attributes, lines and text (entities, CDATA, inline markup)', () => {
    const xml = [
      '<?xml version="1.0" ?>',
      '<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">',
      '<!-- a comment -->',
      '<Set>',
      '  <A Id="x &amp; y" other=\'2\'>',
      '    <T>5.7 &#215; 10<sup>6</sup> cells &lt;per kg&gt; &#x2013; <![CDATA[a <raw> part]]></T>',
      '  </A>',
      '  <B/>',
      '</Set>',
    ].join('\n');
    const [a, b] = children(xml);
    expect(a?.name).toBe('A');
    expect(a?.line).toBe(5);
    expect(a?.attributes).toEqual({ Id: 'x & y', other: '2' });
    expect(textOf(firstAt(a as XmlElement, 'T'))).toBe('5.7 × 106 cells <per kg> – a <raw> part');
    expect(b).toMatchObject({ name: 'B', line: 8, children: [] });
  });

  it('skips a DOCTYPE with an internal subset and a byte-order mark', () => {
    expect(children('\ufeff<!DOCTYPE x [ <!ENTITY e "]>"> ]><x><y/></x>').map((e) => e.name)).toEqual(['y']);
  });

  it.each([
    [
      "PubMed's (PUBLIC, naming a remote DTD)",
      '<!DOCTYPE Set PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">',
    ],
    ['SYSTEM', '<!DOCTYPE Set SYSTEM "pubmed_250101.dtd">'],
    ['with an internal subset', '<!DOCTYPE Set [ <!ELEMENT Set (A*)> <!ATTLIST A Id CDATA #IMPLIED> ]>'],
  ])('reads through a DOCTYPE %s without reading the DTD (the reader is synchronous: nothing is fetched)', (_name, doctype) => {
    const [a] = children(`<?xml version="1.0" encoding="UTF-8"?>\n${doctype}\n<Set><A Id="1">x &#x3b1; &amp; y</A></Set>`);
    expect(a?.attributes).toEqual({ Id: '1' });
    expect(textOf(a as XmlElement)).toBe('x α & y');
  });

  it('does not take entities from a DOCTYPE: one declared there is still unknown (PubMed writes only character references)', () => {
    const error = syntaxError('<!DOCTYPE Set [ <!ENTITY nbsp "&#160;"> ]>\n<Set>\n  <A>a&nbsp;b</A></Set>');
    expect([error.line, error.column, error.detail, error.openPath]).toEqual([3, 7, 'unknown entity "&nbsp;"', 'Set/A']);
  });

  it('rejects a DOCTYPE inside the document', () => {
    const error = syntaxError('<Set>\n<A/>\n<!DOCTYPE Set>\n</Set>');
    expect([error.line, error.openPath]).toEqual([3, 'Set']);
    expect(error.detail).toMatch(/doctype/i);
  });

  it.each([
    [
      'mismatched end tag',
      '<Set>\n<A>\n<T>x</B>\n</A></Set>',
      3,
      '</B> found where </T> (opened on line 3) was expected',
      'Set/A/T',
    ],
    ['file ends inside an element', '<Set>\n<A>\n<T>x</T>', 3, 'the file ends inside <A> (opened on line 2)', 'Set/A'],
    ['bare ampersand', '<Set><A>salt & pepper</A></Set>', 1, 'a bare "&" (write &amp;)', 'Set/A'],
    ['unknown entity', '<Set>\n<A>&nbsp;</A></Set>', 2, 'unknown entity "&nbsp;"', 'Set/A'],
    ['unquoted attribute', '<Set><A Id=1></A></Set>', 1, 'unquoted attribute value', 'Set'],
    ['duplicate attribute', '<Set><A x="1" x="2"/></Set>', 1, 'duplicate attribute: x', 'Set'],
    ['second root', '<Set/>\n<Set/>', 2, 'documents may contain only one root', ''],
    ['text outside the root', 'hello <Set/>', 1, 'text data outside of root node', ''],
    ['empty file', '', 1, 'document must contain a root element', ''],
    ['unclosed comment', '<Set><!-- oops </Set>', 1, 'comment never closed ("-->" missing)', 'Set'],
  ])('reports %s with line and open elements', (_name, xml, line, detail, path) => {
    const error = syntaxError(xml);
    expect(error.line).toBe(line);
    expect(error.detail).toBe(detail);
    expect(error.openPath).toBe(path);
  });

  it('gives the column of the fault', () => {
    const error = syntaxError('<Set>\n  <A>ok &bogus; </A></Set>');
    expect([error.line, error.column]).toEqual([2, 9]);
  });

  it.each([
    ['a mismatched end tag: its "<"', '<Set>\r\n  <A>\r\n    <T>text</B>\r\n</A></Set>', [3, 12, 'Set/A/T']],
    ['a bare "&" in an attribute', '<Set>\n<A Id="R&D">\n</A></Set>', [2, 9, 'Set']],
    ['an unclosed CDATA section', '<Set>\n<A><![CDATA[ 1 < 2\n</A></Set>', [2, 4, 'Set/A']],
    ['a truncated file: its last character', '<Set>\n<A>\n<T>cut', [3, 6, 'Set/A/T']],
  ])('points at %s', (_name, xml, [line, column, path]) => {
    const error = syntaxError(xml);
    expect([error.line, error.column, error.openPath]).toEqual([line, column, path]);
  });

  const SET = readFileSync(join(import.meta.dirname, '../../fixtures/import/pubmed-set.xml'), 'utf8');
  const MALFORMED = readFileSync(join(import.meta.dirname, '../../fixtures/import/pubmed-malformed.xml'), 'utf8');
  const SMALL = '\ufeff<Set>\r\n <A x="a &amp; b">5 &#215; &lt;é&gt; <![CDATA[<i>]]></A>\r\n <B/><!-- c -->\r\n</Set>\r\n';
  /** The text cut at the given offsets (taken modulo its length, in any order). */
  const cut = (text: string, at: number[]) => {
    const bounds = [0, ...at.map((a) => a % (text.length + 1)).sort((a, b) => a - b), text.length];
    return bounds.slice(1).map((end, i) => text.slice(bounds[i], end));
  };
  /** Every child handed over, or the fault. */
  const outcome = (pieces: string | string[]) => {
    const handed: string[] = [];
    try {
      readXml(pieces, { onChild: (e) => handed.push(JSON.stringify(e)) });
      return { handed };
    } catch (error) {
      const e = error as XmlSyntaxError;
      return { handed, error: [e.name, e.line, e.column, e.detail, e.openPath] };
    }
  };

  it.each([
    ['a PubMed file', SET],
    ['a malformed PubMed file', MALFORMED],
    ['a small file with CRLF, entities, CDATA and a byte-order mark', SMALL],
    ['a file with a bare "&"', SMALL.replace('a &amp; b', 'a & b')],
    ['a truncated file', SET.slice(0, 20000)],
  ])('reads %s in pieces exactly as whole, wherever the pieces are cut', (_name, text) => {
    const whole = outcome(text);
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 12 }), (at) => {
        expect(outcome(cut(text, at))).toEqual(whole);
      }),
      { numRuns: 40 },
    );
  });

  it('hands each child over as soon as it ends, before the next piece is read', () => {
    const handed: number[] = [];
    let read = 0;
    const pieces = function* () {
      for (const piece of ['<Set><A>1</A>', '<A>2</A><A>', '3</A>', '</Set>']) {
        read++;
        yield piece;
      }
    };
    readXml(pieces(), { onChild: () => handed.push(read) });
    expect(handed).toEqual([1, 2, 3]);
  });

  it('never throws anything but XmlSyntaxError, whatever the input', () => {
    const pieces = fc.constantFrom(
      '<',
      '>',
      '</',
      '/>',
      '<A>',
      '</A>',
      '<B x="1">',
      '</B>',
      '&amp;',
      '&',
      '"',
      '<!--',
      '-->',
      '<![CDATA[',
      ']]>',
      'text',
      ' ',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        try {
          readXml(parts.join(''), { onChild: () => {} });
        } catch (error) {
          expect(error).toBeInstanceOf(XmlSyntaxError);
        }
      }),
    );
  });
});
