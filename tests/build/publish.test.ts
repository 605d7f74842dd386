import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { takeBuildLock } from '../../src/lib/pipeline/buildLock';
import { publish } from '../../src/lib/pipeline/publish';
import { workFolder } from '../../src/lib/pipeline/workFolder';
import { tempDir } from '../tempDir';

function site(dir: string, marker: string): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), marker);
  return dir;
}

describe('publishing a build', () => {
  it('replaces the published folder with the new build', () => {
    const root = tempDir('swap');
    site(path.join(root, 'dist'), 'old');
    publish(site(path.join(root, 'next'), 'new'), path.join(root, 'dist'));
    expect(fs.readFileSync(path.join(root, 'dist', 'index.html'), 'utf8')).toBe('new');
    expect(fs.readdirSync(root)).toEqual(['dist']);
  });

  it('puts the old site back first when a killed build left it only under .old', () => {
    const root = tempDir('swap');
    site(path.join(root, 'dist.old'), 'old');
    expect(() => publish(path.join(root, 'missing-build'), path.join(root, 'dist'))).toThrow(/situs lama tetap/);
    expect(fs.readFileSync(path.join(root, 'dist', 'index.html'), 'utf8')).toBe('old');
  });

  it('refuses a second build on the same work folder while the first runs, and takes over a lock left by a dead process', () => {
    const work = tempDir('lock');
    const release = takeBuildLock(workFolder(work));
    fs.writeFileSync(path.join(work, 'build.lock'), String(process.ppid)); // a live process other than this one
    expect(() => takeBuildLock(workFolder(work))).toThrow(/Another build is running/);
    fs.writeFileSync(path.join(work, 'build.lock'), '999999999'); // no such process
    expect(() => takeBuildLock(workFolder(work))()).not.toThrow();
    release();
  });
});
