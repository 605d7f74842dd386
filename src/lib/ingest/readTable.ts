import Papa from 'papaparse';
import iconv from 'iconv-lite';

/** One data row of a delimited file: its cells and the line it starts on. */
export interface TableRow {
  line: number;
  cells: string[];
}

/** A delimited file read into a header and rows, with the problems met while reading. */
export interface Table {
  headers: string[];
  /** Line of the header row (blank lines may come before it). */
  headerLine: number;
  rows: TableRow[];
  delimiter: string;
  encoding: string;
  problems: { line: number; message: string }[];
}

/** Text of a file as exported: UTF-8 (with or without BOM), UTF-16 with BOM, otherwise Windows-1252 (Excel's "CSV" on Windows). */
export function decodeBytes(bytes: Uint8Array, encoding?: string): { text: string; encoding: string } {
  if (encoding) return { text: stripBom(iconv.decode(Buffer.from(bytes), encoding)), encoding };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: stripBom(iconv.decode(Buffer.from(bytes), 'utf-16le')), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: stripBom(iconv.decode(Buffer.from(bytes), 'utf-16be')), encoding: 'utf-16be' };
  try {
    return { text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252' };
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const CANDIDATES = [',', ';', '\t', '|'];

/** The delimiter of a file, judged on its header line, the first non-blank one (cells of data rows may hold commas): the candidate splitting it into most columns. */
export function detectDelimiter(text: string): string {
  const header = /^.*\S.*$/m.exec(text)?.[0] ?? '';
  let best = ',';
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const count = splitOutsideQuotes(header, candidate);
    if (count > bestCount) [best, bestCount] = [candidate, count];
  }
  return best;
}

function splitOutsideQuotes(line: string, delimiter: string): number {
  let quoted = false;
  let count = 0;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) count++;
  }
  return count;
}

/** Reads delimited text row by row with papaparse, keeping each row's starting line so errors can point at it. */
export function readTable(input: string, options: { delimiter?: string; encoding?: string } = {}): Table {
  // One line-ending style, so files mixing CRLF and LF (edited in two programs) split into the right rows.
  const text = input.replace(/\r\n?/g, '\n');
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const rows: TableRow[] = [];
  const problems: Table['problems'] = [];
  let headers: string[] | undefined;
  let headerLine = 1;
  let consumed = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    // Blank rows come through (and are dropped below) so every row, blank or not, advances the line count.
    skipEmptyLines: false,
    step: (result) => {
      const end = result.meta.cursor;
      // A row starts where the previous one ended (after its line break) and spans the line breaks inside it.
      const rowLine = line;
      for (let i = consumed; i < end; i++) if (text[i] === '\n') line++;
      consumed = end;
      for (const error of result.errors) problems.push({ line: rowLine, message: error.message });
      // Non-breaking spaces become spaces; control characters (invalid in XML feeds, invisible on pages) are dropped.
      const cells = result.data.map((cell) => cell.replace(/[\u00a0\u202f]/g, ' ').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim());
      if (cells.every((cell) => !cell)) return; // blank line, or only separators and spaces
      if (!headers) {
        headers = cells;
        headerLine = rowLine;
      }
      else rows.push({ line: rowLine, cells });
    },
  });
  return { headers: headers ?? [], headerLine, rows, delimiter, encoding: options.encoding ?? 'utf-8', problems };
}
