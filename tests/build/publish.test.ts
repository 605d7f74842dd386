import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { takeBuildLock } from '../../src/lib/pipeline/buildLock';
import { publish, publishedSite, releasesDir } from '../../src/lib/pipeline/publish';
import { workFolder } from '../../src/lib/pipeline/workFolder';
import { tempDir } from '../tempDir';

function site(dir: string, marker: string): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), marker);
  return dir;
}

const live = (out: string) => fs.readFileSync(path.join(out, 'index.html'), 'utf8');
const releaseNames = (out: string) => fs.readdirSync(releasesDir(out)).filter((name) => /^\d{4}-/.test(name));

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('publishing a build', () => {
  it('makes the output a link to the new release, keeping the release before it', () => {
    const root = tempDir('swap');
    const out = path.join(root, 'dist');
    publish(site(path.join(root, 'first'), 'first'), out);
    const first = publishedSite(out)!;
    publish(site(path.join(root, 'second'), 'second'), out);
    expect(fs.lstatSync(out).isSymbolicLink()).toBe(true);
    expect(fs.readlinkSync(out)).toMatch(/^dist\.releases\/\d{4}-\d{2}-\d{2}T/);
    expect(live(out)).toBe('second');
    expect(fs.existsSync(first)).toBe(true);
    expect(releaseNames(out)).toHaveLength(2);
    expect(fs.readdirSync(root).sort()).toEqual(['dist', 'dist.releases']);
  });

  it('deletes releases older than the previous one in the background', async () => {
    const root = tempDir('swap');
    const out = path.join(root, 'dist');
    for (const name of ['a', 'b', 'c', 'd']) publish(site(path.join(root, name), name), out);
    expect(live(out)).toBe('d');
    expect(releaseNames(out)).toHaveLength(2);
    await until(() => !fs.readdirSync(releasesDir(out)).some((name) => name.startsWith('.trash-')));
    expect(fs.readdirSync(releasesDir(out)).filter((name) => name.startsWith('.trash-'))).toEqual([]);
  });

  it('turns a real output folder of the older layout into the first release, once', () => {
    const root = tempDir('swap');
    const out = site(path.join(root, 'dist'), 'old');
    expect(publishedSite(out)).toBe(out);
    publish(site(path.join(root, 'next'), 'new'), out);
    expect(live(out)).toBe('new');
    const kept = releaseNames(out).map((name) => fs.readFileSync(path.join(releasesDir(out), name, 'index.html'), 'utf8'));
    expect(kept.sort()).toEqual(['new', 'old']);
  });

  it('does not take the link left by a build killed just before the first exchange for a release', () => {
    const root = tempDir('swap');
    const out = path.join(root, 'dist');
    publish(site(path.join(root, 'first'), 'first'), out);
    const leftover = '2099-01-01T00-00-00-000Z-1-1';
    fs.symlinkSync(`dist.releases/${leftover}`, path.join(releasesDir(out), leftover));
    fs.rmSync(out);
    expect(() => publish(path.join(root, 'missing-build'), out)).toThrow(/ENOENT/);
    expect(live(out)).toBe('first');
  });

  it('points a missing output back at the newest kept release before anything else, and keeps the site when the build folder is missing', () => {
    const root = tempDir('swap');
    const out = path.join(root, 'dist');
    publish(site(path.join(root, 'first'), 'first'), out);
    fs.rmSync(out);
    expect(publishedSite(out)).toBeNull();
    expect(() => publish(path.join(root, 'missing-build'), out)).toThrow(/ENOENT/);
    expect(live(out)).toBe('first');
  });

  it('says where the published site really is, or that there is none', () => {
    const root = tempDir('swap');
    expect(publishedSite(path.join(root, 'dist'))).toBeNull();
    const release = publish(site(path.join(root, 'b'), 'b'), path.join(root, 'dist'));
    expect(publishedSite(path.join(root, 'dist'))).toBe(fs.realpathSync(release));
  });
});

describe('the build lock', () => {
  it('refuses a second holder with a plain line and exit code 4, and is free again once released', () => {
    const work = workFolder(tempDir('lock'));
    const out = path.join(tempDir('lock'), 'dist');
    const release = takeBuildLock(work, out);
    expect(() => takeBuildLock(work, out)).toThrow(expect.objectContaining({
      exitCode: 4, message: expect.stringMatching(new RegExp(`^Build lain sedang berjalan \\(proses / process ${process.pid}\\) .* Another build is running`)),
    }));
    expect(() => takeBuildLock(workFolder(tempDir('lock')), out)).toThrow(/publish\.lock/);
    release();
    takeBuildLock(work, out)();
  });
});
