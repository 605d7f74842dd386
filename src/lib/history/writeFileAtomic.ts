import fs from 'node:fs';
import path from 'node:path';
import { writeChunks } from '../writeChunks';

/**
 * Writes a file through a temporary file beside it and a rename, so a reader (or a killed build) never sees half of it.
 * Text given as pieces (an iterable of strings) is written in chunks, never held whole.
 */
export function writeFileAtomic(file: string, text: string | Uint8Array | Iterable<string>): void {
  replaceAtomically(file, (temp) => {
    if (typeof text === 'string' || text instanceof Uint8Array) fs.writeFileSync(temp, text);
    else writeChunks(temp, text);
  });
}

/** Copies a file the same way, by the kernel: the bytes never pass through this process's memory (the archive can be gigabytes). */
export function copyFileAtomic(from: string, file: string): void {
  replaceAtomically(file, (temp) => fs.copyFileSync(from, temp));
}

/** Has `write` fill a temporary file beside `file`, then renames it over `file`. */
function replaceAtomically(file: string, write: (temp: string) => void): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  write(temp);
  fs.renameSync(temp, file);
}
