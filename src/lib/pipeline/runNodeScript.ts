import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

/** Runs a Node script in its own process (so its memory is freed when it ends), output passed through; resolves with its exit code. */
export function runNodeScript(args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/** Runs a TypeScript stage entry file (such as prepareProcess.ts) in its own process with `input` as its JSON argument; resolves with its exit code. */
export function runStageProcess<T>(entry: string, input: T): Promise<number> {
  return runNodeScript([createRequire(import.meta.url).resolve('tsx/cli'), entry, JSON.stringify(input)]);
}

/** Inside a stage's own process: the input its parent passed to runStageProcess (the same code wrote it, so it is not parsed again). */
export function stageInput<T>(): T {
  return JSON.parse(process.argv[2] ?? 'null') as T;
}
