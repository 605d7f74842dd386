// A process that takes the build lock at one wall-clock instant and ends through the build command's failure handling
// (tests/build/buildLockRace.test.ts). argv: work folder, output. It says "ready" once loaded, reads the instant (epoch
// ms) from its first input line, and a holder keeps the lock until its input ends.
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { takeBuildLock } from '../../../src/lib/pipeline/buildLock';
import { runCommand } from '../../../src/lib/pipeline/command';
import { workFolder } from '../../../src/lib/pipeline/workFolder';

const [work, out] = process.argv.slice(2) as [string, string];
const lines = createInterface({ input: process.stdin });
console.log('ready');
const [at] = (await once(lines, 'line')) as [string];
await runCommand(async () => {
  while (Date.now() < Number(at)) {
    // Spin to the instant: a timer would let the processes drift apart by milliseconds.
  }
  const release = takeBuildLock(workFolder(work), out);
  console.log('HELD');
  await once(lines, 'close');
  release();
}, () => []);
lines.close();
