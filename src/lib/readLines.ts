import fs from 'node:fs';

/** Bytes read from the file at a time. */
const CHUNK = 4 << 20;

/**
 * Calls `onLine` with each line of a UTF-8 file (without its `\n`) and its index, reading the file a few megabytes at
 * a time: a file larger than the longest string Node can hold (≈ 512 MiB, `buffer.constants.MAX_STRING_LENGTH`) is
 * read as well as a small one, and no string of the whole file is ever made. A last line without `\n` is a line too.
 */
export function forEachLine(file: string, onLine: (line: string, index: number) => void): void {
  const fd = fs.openSync(file, 'r');
  try {
    let carry: Buffer = Buffer.alloc(0);
    let index = 0;
    const chunk = Buffer.allocUnsafe(CHUNK);
    for (let read: number; (read = fs.readSync(fd, chunk, 0, CHUNK, null)) > 0;) {
      const bytes = carry.length ? Buffer.concat([carry, chunk.subarray(0, read)]) : chunk.subarray(0, read);
      let start = 0;
      for (let end = bytes.indexOf(10, start); end >= 0; end = bytes.indexOf(10, start)) {
        onLine(bytes.toString('utf8', start, end), index++);
        start = end + 1;
      }
      // A copy: the chunk buffer is read into again.
      carry = Buffer.from(bytes.subarray(start));
    }
    if (carry.length) onLine(carry.toString('utf8'), index);
  } finally {
    fs.closeSync(fd);
  }
}

/** The end of a line that opens a long array in `jsonPieces(value, { lines: true })`: the root's `[`, or a top-level `"key":[`. */
const OPENS_ARRAY = /(?:^|[{,])("(?:[^"\\]|\\.)*"):\[$|^\[$/;

/**
 * Reads back a JSON file written by `jsonPieces(value, { lines: true })` (src/lib/writeChunks.ts) without a string of
 * the whole file: every item of a long array is on a line of its own and parsed alone, the rest (the "skeleton", with
 * those arrays empty) parsed at the end, and the items put in place. Any JSON file without such lines reads as
 * JSON.parse would read it, if it fits in a string. Throws a SyntaxError on malformed JSON, as JSON.parse does.
 */
export function readJsonLines(file: string): unknown {
  let skeleton = '';
  const arrays: { key: string | null; items: unknown[] }[] = [];
  let items: unknown[] | null = null;
  forEachLine(file, (line) => {
    if (items) {
      if (!line.startsWith(']')) {
        items.push(JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line));
        return;
      }
      // `]` closes the array; the rest of the line is skeleton, and may open the next long array.
      items = null;
    }
    skeleton += line;
    const opens = OPENS_ARRAY.exec(line);
    if (!opens) return;
    items = [];
    arrays.push({ key: opens[1] === undefined ? null : (JSON.parse(opens[1]) as string), items });
  });
  if (items) throw new SyntaxError(`${file}: a long array is not closed`);
  const value = JSON.parse(skeleton) as unknown;
  for (const array of arrays) {
    if (array.key === null) return array.items;
    (value as Record<string, unknown>)[array.key] = array.items;
  }
  return value;
}
