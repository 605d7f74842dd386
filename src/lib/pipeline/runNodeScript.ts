import { spawn } from 'node:child_process';
import os from 'node:os';

/**
 * The heap a stage process may grow to, in MiB: three quarters of the machine's memory. Node's default (about 4 GiB
 * here, whatever the machine) is what years of history reach first: at 100k open + 400k archived vacancies the prepare
 * stage peaks at 4.2 GB. At 100k the peak is the same with either limit (prepare alone: 1.80 and 1.86 GB with this
 * one, 1.85 and 2.16 GB with the default; BENCHMARKS.md).
 */
export function stageHeapMb(totalBytes = os.totalmem()): number {
  return Math.floor((totalBytes * 0.75) / 2 ** 20);
}

/** Runs a Node script in its own process (so its memory is freed when it ends, and its heap may grow to stageHeapMb), output passed through; resolves with its exit code. */
export function runNodeScript(args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${stageHeapMb()}`, ...args], { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/**
 * Runs a TypeScript stage entry file (such as prepareProcess.ts) in its own process with `input` as its JSON argument;
 * resolves with its exit code. The process is Node itself with tsx's loader (`--import`), not tsx's command line,
 * which would start a second Node process (about 55 MB more) to run the file in.
 */
export function runStageProcess<T>(entry: string, input: T): Promise<number> {
  return runNodeScript(['--import', import.meta.resolve('tsx'), entry, JSON.stringify(input)]);
}

/** Inside a stage's own process: the input its parent passed to runStageProcess (the same code wrote it, so it is not parsed again). */
export function stageInput<T>(): T {
  return JSON.parse(process.argv[2] ?? 'null') as T;
}
