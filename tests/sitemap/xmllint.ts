import { spawnSync } from 'node:child_process';

/** Whether Debian's xmllint (libxml2-utils, installed by .ci/run) is here; in CI it must be. */
export const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
if (!hasXmllint && process.env.CI) throw new Error('xmllint is missing: .ci/run must install libxml2-utils');
if (!hasXmllint) console.warn('Skipping XML checks: xmllint not found (apt-get install libxml2-utils).');

/** Runs `xmllint --noout` on files (optionally against an XML Schema); `ok` is false and `output` says why when any file fails. */
export function xmllint(files: string[], schema?: string): { ok: boolean; output: string } {
  const args = ['--noout', ...(schema ? ['--schema', schema] : []), ...files];
  const run = spawnSync('xmllint', args, { encoding: 'utf8' });
  return { ok: run.status === 0, output: run.stdout + run.stderr };
}
