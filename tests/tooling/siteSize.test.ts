import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../tempDir';

const tsx = path.resolve('node_modules/.bin/tsx');

/** A small site: text pages that compress well, a random file that does not, and a hard link (written out in full in the artifact). */
function smallSite(): string {
  const root = path.join(tempDir('size'), 'dist');
  fs.mkdirSync(path.join(root, 'lowongan', 'a'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Loker</title>'.repeat(2000));
  fs.writeFileSync(path.join(root, 'lowongan', 'a', 'index.html'), '<p>Lowongan</p>\n'.repeat(5000));
  fs.writeFileSync(path.join(root, 'random.bin'), randomBytes(300_000));
  fs.linkSync(path.join(root, 'random.bin'), path.join(root, 'lowongan', 'copy.bin'));
  return root;
}

const run = (dir: string, ...extra: string[]) => spawnSync(tsx, ['scripts/site-size.ts', '--dir', dir, '--artifact', ...extra], { encoding: 'utf8' });
const megabytes = (text: string, label: RegExp) => Number(text.match(label)?.[1]?.replace(/,/g, ''));

describe('npm run size -- --artifact (the Pages artifact GitHub checks)', () => {
  it('counts the tar as upload-pages-artifact makes it and the compressed size deploy-pages compares with 1 GiB', () => {
    const root = smallSite();
    const result = run(root);
    expect(result.status, result.stderr).toBe(0);
    const real = execFileSync('tar', ['--dereference', '--hard-dereference', '--directory', root, '-cf', '-', '.'], { maxBuffer: 1e8 }).length;
    expect(megabytes(result.stdout, /uploads it: tar ([\d,.]+) MB/)).toBeCloseTo(real / 1e6, 1);
    expect(megabytes(result.stdout, /A tar of the site \(headers and 512-byte blocks\): ([\d,.]+) MB/)).toBeCloseTo(real / 1e6, 1);
    const compressed = megabytes(result.stdout, /compressed ([\d,.]+) MB/);
    // Two copies of 300 kB of random bytes do not compress; the pages do.
    expect(compressed).toBeGreaterThan(0.55);
    expect(compressed).toBeLessThan(real / 1e6 / 1.1);
  });

  it('fails, saying why and what to do, when the compressed artifact is over the limit', () => {
    const result = run(smallSite(), '--artifact-limit', '100000');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/too big: [\d.]+ MB > 0\.1 MB.*object storage/);
  });
});
