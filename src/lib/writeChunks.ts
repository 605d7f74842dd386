import fs from 'node:fs';

/** Text is gathered into chunks of about this many UTF-16 units before it becomes bytes: no string of a whole file. */
const CHUNK = 1 << 20;

/** Text written in pieces, handed on as UTF-8 chunks of about a megabyte (to a file, or to a gzip stream). */
export class TextChunks {
  private parts: string[] = [];
  private pending = 0;
  constructor(private readonly emit: (bytes: Buffer) => void) {}

  write(text: string): void {
    this.parts.push(text);
    this.pending += text.length;
    if (this.pending >= CHUNK) this.flush();
  }

  flush(): void {
    if (this.parts.length === 0) return;
    const bytes = Buffer.from(this.parts.join(''), 'utf8');
    this.parts = [];
    this.pending = 0;
    this.emit(bytes);
  }
}

/** Writes all of `bytes` at the file's current position (a write may take fewer bytes than asked). */
export function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length;) at += fs.writeSync(fd, bytes, at, bytes.length - at);
}

/**
 * Writes the pieces `parts` yields to `file` in chunks of about 1 MB, so a file of hundreds of MB never sits in memory
 * as one string and again as its bytes (a 100k site data file is 230 MB).
 */
export function writeChunks(file: string, parts: Iterable<string>): void {
  const fd = fs.openSync(file, 'w');
  try {
    const text = new TextChunks((bytes) => writeAll(fd, bytes));
    for (const part of parts) text.write(part);
    text.flush();
  } finally {
    fs.closeSync(fd);
  }
}

/** A long array in jsonPieces' output: more items than this are written one by one (and, with `lines`, one per line). */
const LONG_ARRAY = 1000;

/**
 * The text of JSON.stringify(value), byte for byte, in pieces: an object's properties one by one and the items of its
 * long arrays one by one, so writeChunks can write it without the whole text in memory. With `lines`, each item of a
 * long array (the root array, or a top-level property's) is on a line of its own — `"key":[` ends a line, `]` starts
 * one — the same JSON value, which readJsonLines reads back without one string of the whole file.
 */
export function* jsonPieces(value: unknown, options: { lines?: boolean } = {}): Generator<string> {
  const [open, separator, close] = options.lines ? ['[\n', ',\n', '\n]'] : ['[', ',', ']'];
  if (Array.isArray(value)) {
    const long = value.length > LONG_ARRAY;
    yield long ? open : '[';
    for (let i = 0; i < value.length; i++) yield `${i ? (long ? separator : ',') : ''}${JSON.stringify(value[i]) ?? 'null'}`;
    yield long ? close : ']';
    return;
  }
  if (value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    yield JSON.stringify(value);
    return;
  }
  yield '{';
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    yield* Array.isArray(item) && item.length > LONG_ARRAY ? jsonPieces(item, options) : [JSON.stringify(item)];
  }
  yield '}';
}
