import { closeSync, openSync, writeSync } from 'node:fs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import type { OfficeFormat } from './officeFormats';

/** A CSV file written in chunks, so 100,000 rows never sit in memory at once. */
export interface CsvWriter {
  /** Queues one row of cells (written in the next chunk). */
  add(cells: readonly string[]): void;
  /** Data rows added so far. */
  readonly rows: number;
  /** Writes what is queued and closes the file. */
  close(): void;
}

const CHUNK = 500;

/** Opens `path` for an office's format: header row first, its delimiter, line ends, quoting, encoding and byte-order mark. */
export function openCsv(path: string, format: OfficeFormat): CsvWriter {
  const fd = openSync(path, 'w');
  let queue: string[][] = [format.columns.map(([, header]) => header)];
  let rows = 0;
  let started = false;
  const flush = () => {
    if (!queue.length) return;
    let text = Papa.unparse(queue, { delimiter: format.delimiter, newline: format.newline, quotes: format.quoteAll }) + format.newline;
    if (!started && format.bom) text = `\uFEFF${text}`;
    started = true;
    writeSync(fd, format.encoding === 'win1252' ? iconv.encode(text, 'win1252') : Buffer.from(text, 'utf8'));
    queue = [];
  };
  return {
    add(cells) {
      queue.push([...cells]);
      rows++;
      if (queue.length >= CHUNK) flush();
    },
    get rows() {
      return rows;
    },
    close() {
      flush();
      closeSync(fd);
    },
  };
}
