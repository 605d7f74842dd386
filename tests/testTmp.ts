import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Global setup of every test project: one temporary folder for the whole run (LOKER_TEST_TMP, read by tempDir), made by the first project that starts and removed by it at the end. */
export default function setup(): () => void {
  if (process.env.LOKER_TEST_TMP) return () => undefined;
  const runTmp = fs.mkdtempSync(path.join(os.tmpdir(), 'loker-tests-'));
  process.env.LOKER_TEST_TMP = runTmp;
  return () => {
    fs.rmSync(runTmp, { recursive: true, force: true });
    delete process.env.LOKER_TEST_TMP;
  };
}
