import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publish } from '../../src/lib/pipeline/publish';
import { tempDir } from '../tempDir';
import { isCompleteSite, SITE_FILES } from './faults/completeSite';

const LOOP = path.resolve('tests/build/faults/publishLoop.ts');

/** Starts a process (tsx as a loader, so the process killed is the one publishing) publishing sites in a loop at `out`, and SIGKILLs it `delayMs` after it is ready; resolves once it is dead. */
function publishThenKill(out: string, scratch: string, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', LOOP, out, scratch], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), delayMs));
    child.on('error', reject);
    child.on('exit', () => resolve());
  });
}

function firstSite(root: string, legacy: boolean): string {
  const dir = legacy ? path.join(root, 'dist') : path.join(root, 'first');
  for (const file of SITE_FILES) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), 'first');
  }
  if (!legacy) publish(dir, path.join(root, 'dist'));
  return path.join(root, 'dist');
}

describe('a build killed while it publishes', () => {
  it('leaves the output resolving to one complete site at every moment it is killed, and the next publication recovers', async () => {
    const outcomes: string[] = [];
    const livePublications = new Set<string>();
    // Delays spread over the loop's first publications (a few ms each), including the move of an older real dist/ folder.
    for (let trial = 0; trial < 24; trial += 1) {
      const root = tempDir('kill');
      const out = firstSite(root, trial % 4 === 0);
      await publishThenKill(out, root, (trial * 7) % 60);
      const resolved = fs.existsSync(out) && isCompleteSite(out);
      outcomes.push(resolved ? 'complete' : `BROKEN after ${(trial * 7) % 60} ms`);
      if (resolved) livePublications.add(fs.readFileSync(path.join(out, 'index.html'), 'utf8').replace(/^\d+-/, 'loop-'));
      const after = path.join(root, 'after');
      for (const file of SITE_FILES) {
        fs.mkdirSync(path.dirname(path.join(after, file)), { recursive: true });
        fs.writeFileSync(path.join(after, file), 'after');
      }
      publish(after, out);
      expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('after');
    }
    expect(outcomes).toEqual(Array(24).fill('complete'));
    // The kills fell at different points of the loop: several different publications were live when they did.
    expect(livePublications.size).toBeGreaterThan(2);
  });
});
