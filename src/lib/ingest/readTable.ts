import Papa from 'papaparse';
import iconv from 'iconv-lite';
import { utf8Evidence } from './utf8Evidence';

/** One data row of a delimited file: its cells, the line it starts on, and its row number in a spreadsheet (the record: a quoted cell spanning lines is one). */
export interface TableRow {
  line: number;
  record: number;
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

/** How a file was decoded when its bytes were not all UTF-8: as UTF-8 with the bad bytes replaced (most of it was UTF-8), or as Windows-1252; the lines concerned. */
export interface DecodeGuess {
  kind: 'utf-8-repaired' | 'windows-1252';
  lines: number[];
}

/**
 * Text of a file as exported: UTF-8 (with or without BOM), UTF-16 with BOM or (judged from its zero bytes) without,
 * otherwise decided from the evidence: bytes that are mostly well-formed UTF-8 with a few bad ones are UTF-8 with those
 * replaced (U+FFFD), bytes with no UTF-8 character at all are Windows-1252 (Excel's "CSV" on Windows); either guess
 * comes back with the lines it concerns, for the report.
 */
export function decodeBytes(bytes: Uint8Array, encoding?: string): { text: string; encoding: string; guess?: DecodeGuess } {
  if (encoding) return { text: stripBom(iconv.decode(Buffer.from(bytes), encoding)), encoding };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: stripBom(iconv.decode(Buffer.from(bytes), 'utf-16le')), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: stripBom(iconv.decode(Buffer.from(bytes), 'utf-16be')), encoding: 'utf-16be' };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: iconv.decode(Buffer.from(bytes), utf16), encoding: utf16 };
  try {
    return { text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), encoding: 'utf-8' };
  } catch {
    const evidence = utf8Evidence(bytes);
    if (evidence.wellFormed > evidence.invalidLines.length) {
      return { text: stripBom(new TextDecoder('utf-8').decode(bytes)), encoding: 'utf-8', guess: { kind: 'utf-8-repaired', lines: evidence.invalidLines } };
    }
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252', guess: { kind: 'windows-1252', lines: evidence.invalidLines } };
  }
}

/** UTF-16 text without a byte-order mark: latin text has a zero in nearly every second byte (odd bytes: little-endian). */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, 4096);
  if (sample.length < 4) return undefined;
  let even = 0;
  let odd = 0;
  sample.forEach((b, i) => {
    if (b === 0) i % 2 ? odd++ : even++;
  });
  const half = sample.length / 2;
  if (odd > half * 0.6 && even < half * 0.05) return 'utf-16le';
  if (even > half * 0.6 && odd < half * 0.05) return 'utf-16be';
  return undefined;
}

/** What a file renamed `.csv` really is, from its first bytes (PNG, ZIP/XLSX, XLS, PDF, JPEG, GIF), or `binary` when control bytes are more than 5 % of its start. */
export function binaryKind(bytes: Uint8Array): string | undefined {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'PNG';
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'ZIP/XLSX';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'XLS';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'PDF';
  if (starts(0xff, 0xd8, 0xff)) return 'JPEG';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'GIF';
  const sample = bytes.subarray(0, 4096);
  const bom = starts(0xff, 0xfe) || starts(0xfe, 0xff);
  // A stray control character is text's problem (dropped when read); many of them are not text at all.
  const controls = sample.reduce((n, b) => n + (b < 0x09 || (b > 0x0d && b < 0x20) ? 1 : 0), 0);
  return !bom && !utf16WithoutBom(bytes) && controls > sample.length * 0.05 ? 'binary' : undefined;
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
  let text = input.replace(/\r\n?/g, '\n');
  // Excel's delimiter hint `sep=;` on the first line: the delimiter, then a blank line (so line numbers stay physical).
  const hint = /^[ \t]*"?sep=([^\n"])"?[ \t]*(?=\n|$)/i.exec(text);
  if (hint) text = text.slice(hint[0].length);
  const delimiter = options.delimiter ?? hint?.[1] ?? detectDelimiter(text);
  const rows: TableRow[] = [];
  const problems: Table['problems'] = [];
  let headers: string[] | undefined;
  let headerLine = 1;
  let consumed = 0;
  let line = 1;
  // Excel hides the hint line, so it is no spreadsheet row; the blank line left in its place comes through first.
  let record = hint ? -1 : 0;
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
      record++;
      for (const error of result.errors) problems.push({ line: rowLine, message: error.message });
      // Non-breaking spaces become spaces; control characters (invalid in XML feeds, invisible on pages) are dropped.
      const cells = result.data.map((cell) => cell.replace(/[\u00a0\u202f]/g, ' ').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim());
      if (cells.every((cell) => !cell)) return; // blank line, or only separators and spaces
      if (!headers) {
        headers = cells;
        headerLine = rowLine;
      }
      else rows.push({ line: rowLine, record, cells });
    },
  });
  return { headers: headers ?? [], headerLine, rows, delimiter, encoding: options.encoding ?? 'utf-8', problems };
}
