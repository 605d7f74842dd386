import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitReuse, keepPrevious, linkReusedPages, prepareReuse, readPrevious } from '../../src/lib/pipeline/reuse';
import { loadRenderReuse, writeRenderKeys } from '../../src/lib/pipeline/reuseFiles';
import { workFolder } from '../../src/lib/pipeline/workFolder';
import { outputFile } from '../../src/lib/site/renderPlan';
import { tempDir } from '../tempDir';

/** A published site of two pages, and the keys its build recorded. */
function published() {
  const root = tempDir('reuse');
  const work = workFolder(path.join(root, 'work'));
  const out = path.join(root, 'dist');
  for (const file of ['lowongan/a-1/index.html', 'lowongan/b-2/index.html']) {
    fs.mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    fs.writeFileSync(path.join(out, file), file);
  }
  writeRenderKeys(work, 'lowongan/[slug]/index.html', { 'lowongan/a-1/index.html': 'k1', 'lowongan/b-2/index.html': 'k2' });
  commitReuse(work, out, { since: '2026-11-28', base: '2026-11-23', shards: {}, scopes: {}, digests: { semua: 'd1' } });
  return { root, work, out };
}

describe('reusing the published site', () => {
  it('names the output file of a route entry, a missing rest parameter leaving its segment out', () => {
    expect(outputFile('lowongan/[slug]/index.html', { slug: 'a-1' })).toBe('lowongan/a-1/index.html');
    expect(outputFile('wilayah/[province]/[...page]/index.html', { province: 'aceh', page: undefined })).toBe('wilayah/aceh/index.html');
    expect(outputFile('wilayah/[province]/[...page]/index.html', { province: 'aceh', page: '2' })).toBe('wilayah/aceh/2/index.html');
    expect(outputFile('[...list]/feed.xml', { list: 'wilayah/aceh' })).toBe('wilayah/aceh/feed.xml');
  });

  it('hands the Astro process the published pages\' keys, and links the pages whose key is unchanged', async () => {
    const { root, work, out } = published();
    const previous = prepareReuse(work, out, false, 'code');
    expect(previous?.shards).toEqual({ semua: 'd1' });
    expect(loadRenderReuse(work)).toEqual({ code: 'code', previous: { 'lowongan/a-1/index.html': 'k1', 'lowongan/b-2/index.html': 'k2' } });
    writeRenderKeys(work, 'lowongan/[slug]/index.html', { 'lowongan/a-1/index.html': 'k1', 'lowongan/b-2/index.html': 'changed' });
    const staging = path.join(root, 'staging');
    await expect(linkReusedPages(work, previous, staging)).resolves.toBe(1);
    expect(fs.statSync(path.join(staging, 'lowongan/a-1/index.html')).ino).toBe(fs.statSync(path.join(out, 'lowongan/a-1/index.html')).ino);
    expect(fs.existsSync(path.join(staging, 'lowongan/b-2/index.html'))).toBe(false);
  });

  it('reuses nothing with --full, for another folder put in place of the site, or for a page gone from it', () => {
    const { work, out } = published();
    expect(prepareReuse(work, out, true, 'code')).toBeNull();
    expect(loadRenderReuse(work).previous).toBeNull();
    fs.rmSync(path.join(out, 'lowongan/b-2/index.html'));
    prepareReuse(work, out, false, 'code');
    expect(Object.keys(loadRenderReuse(work).previous!)).toEqual(['lowongan/a-1/index.html']);
    fs.renameSync(out, `${out}.copy`);
    fs.cpSync(`${out}.copy`, out, { recursive: true });
    expect(prepareReuse(work, out, false, 'code')).toBeNull();
  });

  it('hands the build process what the prepare stage found to reuse, or that it reuses nothing', () => {
    const { work, out } = published();
    const previous = prepareReuse(work, out, false, 'code');
    keepPrevious(work, previous);
    expect(readPrevious(work)).toEqual({ site: out, shards: { semua: 'd1' } });
    keepPrevious(work, prepareReuse(work, out, true, 'code'));
    expect(readPrevious(work)).toBeNull();
  });
});
