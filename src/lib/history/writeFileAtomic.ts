import fs from 'node:fs';
import path from 'node:path';
import { writeChunks } from '../writeChunks';

/**
 * Writes a file through a temporary file beside it and a rename, so a reader (or a killed build) never sees half of it.
 * Text given as pieces (an iterable of strings) is written in chunks, never held whole.
 */
export function writeFileAtomic(file: string, text: string | Uint8Array | Iterable<string>): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  if (typeof text === 'string' || text instanceof Uint8Array) fs.writeFileSync(temp, text);
  else writeChunks(temp, text);
  fs.renameSync(temp, file);
}

/** Copies a file the same way (a temporary file beside the target, then a rename), by the kernel: the bytes never pass through this process's memory (the archive can be gigabytes). */
export function copyFileAtomic(from: string, file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  fs.copyFileSync(from, temp);
  fs.renameSync(temp, file);
}
