import { spawn } from 'node:child_process';

/** Runs a Node script in its own process (so its memory is freed when it ends), output passed through; resolves with its exit code. */
export function runNodeScript(args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}
