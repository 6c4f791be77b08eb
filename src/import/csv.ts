/**
 * CSV (RFC 4180) through `csv-parse`: quoted fields may hold commas, doubled
 * quotes and line breaks; CRLF or LF line ends; a leading byte-order mark is
 * ignored; blank lines between rows are skipped. Each row keeps the line it
 * starts on, so every later complaint can name it.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { ImportError } from './import-error';

export interface CsvRow {
  /** 1-based line on which the row starts. */
  line: number;
  fields: string[];
}

export class CsvFormatError extends ImportError {
  constructor(source: string, line: number, detail: string) {
    super(`${source}: line ${line}: ${detail}`);
    this.name = 'CsvFormatError';
  }
}

/** Line breaks in a piece of the text: CRLF, LF or a lone CR each end one line. */
const BREAKS = /\r\n|\n|\r/g;
const countBreaks = (text: string) => text.match(BREAKS)?.length ?? 0;

/** Parses the whole text. Throws {@link CsvFormatError} naming the line of the row at fault. */
export function parseCsv(text: string, source: string): CsvRow[] {
  // csv-parse's `info.lines` counts a CRLF inside a quoted cell as two lines
  // (csv-parse 7.0.3), so each row's first line is counted here from the raw
  // text csv-parse hands over with the row (it starts with any blank lines
  // skipped before the row).
  let line = 1;
  const starts: number[] = [];
  try {
    const records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      raw: true,
      on_record: (record, { raw = '' }) => {
        starts.push(line + countBreaks(leadingBreaks(raw)));
        line += countBreaks(raw);
        return record;
      },
    }) as unknown as { record: string[] }[]; // with `raw: true` each row comes as {record, raw}
    return records.map(({ record }, i) => ({ line: starts[i] as number, fields: record }));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // The failing row starts on the line after the last good one, or after the blank lines that follow it.
    const rest = text.slice(offsetOfLine(text, line));
    throw new CsvFormatError(source, line + countBreaks(leadingBreaks(rest)), explain(error));
  }
}

const leadingBreaks = (text: string) => /^[\r\n]*/.exec(text)?.[0] ?? '';

/** Where 1-based `line` starts in the text. */
function offsetOfLine(text: string, line: number): number {
  const breaks = new RegExp(BREAKS.source, 'g');
  let offset = 0;
  for (let l = 1; l < line; l++) {
    if (!breaks.exec(text)) return text.length;
    offset = breaks.lastIndex;
  }
  return offset;
}

function explain(e: CsvError): string {
  const field = `field ${(Number(e.column) || 0) + 1}`;
  switch (e.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return `${field} opens a quote that is never closed`;
    case 'CSV_INVALID_CLOSING_QUOTE': {
      const found = /got ("(?:[^"\\]|\\.)*")/.exec(e.message)?.[1];
      return `${field}: text after the closing quote${found ? ` (${found})` : ''}`;
    }
    case 'INVALID_OPENING_QUOTE':
      return `${field}: a quote inside a field that does not start with one (quote the field and double the quote)`;
    default:
      return e.message.replace(/ at line \d+/, '');
  }
}
