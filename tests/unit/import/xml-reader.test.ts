import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstAt, readXml, textOf, type XmlElement, XmlSyntaxError } from '../../../src/import/xml-reader';

function children(xml: string): XmlElement[] {
  const out: XmlElement[] = [];
  readXml(xml, { onChild: (e) => out.push(e) });
  return out;
}

function syntaxError(xml: string): XmlSyntaxError {
  try {
    children(xml);
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
      'mismatched end tag',
      '<Set>\n<A>\n<T>x</B>\n</A></Set>',
      3,
      '</B> found where </T> (opened on line 3) was expected',
      'Set/A/T',
    ],
    ['file ends inside an element', '<Set>\n<A>\n<T>x</T>', 3, 'the file ends inside <A> (opened on line 2)', 'Set/A'],
    ['bare ampersand', '<Set><A>salt & pepper</A></Set>', 1, 'a bare "&" (write &amp;)', 'Set/A'],
    ['unknown entity', '<Set>\n<A>&nbsp;</A></Set>', 2, 'unknown entity "&nbsp;"', 'Set/A'],
    ['unquoted attribute', '<Set><A Id=1></A></Set>', 1, 'the value of attribute Id of <A> is not quoted', 'Set'],
    ['duplicate attribute', '<Set><A x="1" x="2"/></Set>', 1, 'attribute x appears twice in <A>', 'Set'],
    ['second root', '<Set/>\n<Set/>', 2, 'a second root element <Set>', ''],
    ['text outside the root', 'hello <Set/>', 1, 'text before the root element', ''],
    ['empty file', '', 1, 'no root element: the file is empty or not XML', ''],
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
