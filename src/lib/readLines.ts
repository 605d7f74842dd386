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
