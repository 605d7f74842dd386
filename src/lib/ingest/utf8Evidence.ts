/** How a file's bytes read as UTF-8: how many multi-byte characters are well formed, and the lines holding bytes that are not. */
export interface Utf8Evidence {
  wellFormed: number;
  invalidLines: number[];
}

/** Length of the UTF-8 sequence starting at `i` when it is well formed (2–4 bytes), else 0. */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
  if (need < 0) return 0;
  for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return 0;
  return need + 1;
}

/** Reads the bytes once as UTF-8, counting well-formed multi-byte characters and the (physical, 1-based) lines with invalid bytes. */
export function utf8Evidence(bytes: Uint8Array): Utf8Evidence {
  let line = 1;
  let wellFormed = 0;
  const invalidLines: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0a) line++;
    if (b < 0x80) continue;
    const n = sequenceAt(bytes, i);
    if (n) {
      wellFormed++;
      i += n - 1;
    } else if (invalidLines.at(-1) !== line) invalidLines.push(line);
  }
  return { wellFormed, invalidLines };
}
