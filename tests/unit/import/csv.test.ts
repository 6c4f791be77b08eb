import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvFormatError, parseCsv } from '../../../src/import/csv';

describe('parseCsv', () => {
  it.each([
    [
      'plain fields, LF',
      'a,b,c\n1,2,3\n',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
      [1, 2],
    ],
    [
      'CRLF and no final newline',
      'a,b\r\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
      [1, 2],
    ],
    ['quoted commas and doubled quotes', '"x, y","say ""hi"""\n', [['x, y', 'say "hi"']], [1]],
    [
      'a line break inside quotes; the next row keeps its own line',
      '"one\ntwo",b\nc,d\n',
      [
        ['one\ntwo', 'b'],
        ['c', 'd'],
      ],
      [1, 3],
    ],
    [
      'empty fields and a trailing comma',
      'a,,\n,b,\n',
      [
        ['a', '', ''],
        ['', 'b', ''],
      ],
      [1, 2],
    ],
    ['blank lines and a byte-order mark', '\ufeffa\n\n\nb\n', [['a'], ['b']], [1, 4]],
    [
      'CRLF line breaks inside quoted cells count once (csv-parse 7 counts them twice in info.lines)',
      'h,i\r\n"one\r\ntwo\r\nthree",b\r\n\r\nc,"d\ne"\r\nf,g\r\n',
      [
        ['h', 'i'],
        ['one\r\ntwo\r\nthree', 'b'],
        ['c', 'd\ne'],
        ['f', 'g'],
      ],
      [1, 2, 6, 8],
    ],
  ])('%s', (_name, text, fields, lines) => {
    const rows = parseCsv(text, 'f.csv');
    expect(rows.map((r) => r.fields)).toEqual(fields);
    expect(rows.map((r) => r.line)).toEqual(lines);
  });

  it.each([
    [
      'an unterminated quote, named by the line it opens on',
      'a,b\nc,"never\nclosed\n',
      'f.csv: line 2: field 2 opens a quote that is never closed',
    ],
    ['text after a closing quote', 'a\n"x"y,z\n', 'f.csv: line 2: field 1: text after the closing quote ("y")'],
    [
      'a stray quote in an unquoted field',
      'a,b\nc,d"e\n',
      'f.csv: line 2: field 2: a quote inside a field that does not start with one',
    ],
    [
      'a malformed quote after a multi-line cell, named by the line its row starts on',
      'h,i\r\n"one\r\ntwo",b\r\n\r\nc,d "quoted" e\r\n',
      'f.csv: line 5: field 2: a quote inside a field that does not start with one',
    ],
    [
      'an unterminated quote after blank lines',
      'h,i\n"a\nb",c\n\n\nd,"e\nf\n',
      'f.csv: line 6: field 2 opens a quote that is never closed',
    ],
  ])('rejects %s', (_name, text, message) => {
    expect(() => parseCsv(text, 'f.csv')).toThrow(CsvFormatError);
    expect(() => parseCsv(text, 'f.csv')).toThrow(message);
  });

  it('reads back whatever a correct writer wrote (quoting when needed)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r\n', ' ', 'é'), maxLength: 8 });
    const write = (f: string) => (/[",\r\n]/.test(f) || f === '' ? `"${f.replace(/"/g, '""')}"` : f);
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = `${rows.map((r) => r.map(write).join(',')).join('\r\n')}\r\n`;
        expect(parseCsv(text, 'f.csv').map((r) => r.fields)).toEqual(rows);
      }),
    );
  });
});
