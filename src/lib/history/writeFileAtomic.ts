import fs from 'node:fs';
import path from 'node:path';

/** Writes a file through a temporary file beside it and a rename, so a reader (or a killed build) never sees half of it. */
export function writeFileAtomic(file: string, text: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  fs.writeFileSync(temp, text);
  fs.renameSync(temp, file);
}
