/**
 * A strict CSV reader (RFC 4180): comma-separated fields, quoted fields may
 * hold commas, doubled quotes ("") and line breaks; CRLF or LF line ends; a
 * leading byte-order mark is ignored. Each row keeps the line it starts on,
 * so every later complaint can name it.
 */
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

/** Parses the whole text; blank lines between rows are skipped. Throws {@link CsvFormatError}. */
export function parseCsv(text: string, source: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let fields: string[] = [];
  let rowLine = 1;
  let atRowStart = true;

  const endRow = () => {
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: rowLine, fields });
    fields = [];
    atRowStart = true;
  };

  while (i < text.length) {
    if (atRowStart) {
      rowLine = line;
      atRowStart = false;
    }
    const fieldNumber = fields.length + 1;
    let value = '';
    if (text[i] === '"') {
      const startLine = line;
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) throw new CsvFormatError(source, startLine, `field ${fieldNumber} opens a quote that is never closed`);
        const chunk = text.slice(i, q);
        value += chunk;
        for (let k = chunk.indexOf('\n'); k !== -1; k = chunk.indexOf('\n', k + 1)) line++;
        if (text[q + 1] === '"') {
          value += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        throw new CsvFormatError(
          source,
          line,
          `field ${fieldNumber}: text after the closing quote (${JSON.stringify(text.slice(i, i + 10))})`,
        );
      }
    } else {
      let j = i;
      while (j < text.length && text[j] !== ',' && text[j] !== '\n' && text[j] !== '\r') {
        if (text[j] === '"') {
          throw new CsvFormatError(
            source,
            line,
            `field ${fieldNumber}: a quote inside a field that does not start with one (quote the field and double the quote)`,
          );
        }
        j++;
      }
      value = text.slice(i, j);
      i = j;
    }
    fields.push(value);
    const c = text[i];
    if (c === ',') {
      i++;
      if (i >= text.length) fields.push('');
    } else if (c === '\r' || c === '\n') {
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      endRow();
    }
  }
  if (!atRowStart) endRow();
  return rows;
}
