import fs from 'node:fs';

/** Bytes gathered before each write: big enough for few system calls, small beside a whole file's text. */
const CHUNK = 1 << 20;

/**
 * Writes the pieces `parts` yields to `file` in chunks of about 1 MB, so a file of hundreds of MB never sits in memory
 * as one string and again as its bytes (a 100k site data file is 230 MB).
 */
export function writeChunks(file: string, parts: Iterable<string>): void {
  const fd = fs.openSync(file, 'w');
  try {
    let pending: string[] = [];
    let size = 0;
    for (const part of parts) {
      pending.push(part);
      size += part.length;
      if (size >= CHUNK) {
        fs.writeSync(fd, pending.join(''));
        pending = [];
        size = 0;
      }
    }
    if (size > 0) fs.writeSync(fd, pending.join(''));
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The text of JSON.stringify(value), byte for byte, in pieces: an object's properties one by one and the items of its
 * long arrays one by one, so writeChunks can write it without the whole text in memory.
 */
export function* jsonPieces(value: unknown): Generator<string> {
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) yield `${i ? ',' : ''}${JSON.stringify(value[i]) ?? 'null'}`;
    yield ']';
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
    yield* Array.isArray(item) && item.length > 1000 ? jsonPieces(item) : [JSON.stringify(item)];
  }
  yield '}';
}
