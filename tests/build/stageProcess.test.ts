import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runNodeScript, stageHeapMb } from '../../src/lib/pipeline/runNodeScript';
import { tempDir } from '../tempDir';

describe('the processes a build runs its stages in', () => {
  it('may grow their heap to three quarters of the machine, past Node’s default of about 4 GiB', async () => {
    expect(stageHeapMb(24 * 2 ** 30)).toBe(18_432);
    const file = path.join(tempDir('heap'), 'limit.txt');
    const code = await runNodeScript(['-e', `require('fs').writeFileSync(${JSON.stringify(file)}, String(require('v8').getHeapStatistics().heap_size_limit))`]);
    expect(code).toBe(0);
    expect(Number(fs.readFileSync(file, 'utf8')) / 2 ** 20).toBeGreaterThanOrEqual(stageHeapMb());
  });
});
