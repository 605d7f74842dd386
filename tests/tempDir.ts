import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh temporary folder inside the test run's own folder (LOKER_TEST_TMP, set by the global setup, which removes it at the end). */
export function tempDir(prefix: string): string {
  const parent = process.env.LOKER_TEST_TMP ?? os.tmpdir();
  fs.mkdirSync(parent, { recursive: true });
  return fs.mkdtempSync(path.join(parent, `loker-${prefix}-`));
}
