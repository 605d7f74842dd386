import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutputLocation } from '../../src/lib/pipeline/checkOutput';
import { tempDir } from '../tempDir';

/** The failure checkOutputLocation throws for an output location, with the run's folder written as <root>. */
function failureFor(out: string, root: string, minFree = 0): { exitCode: number; message: string } | undefined {
  try {
    checkOutputLocation({ outDir: path.join(root, out), dataDir: path.join(root, 'data'), workDir: path.join(root, 'work'), stagingRoot: path.join(root, 'project') }, minFree);
    return undefined;
  } catch (error) {
    const { exitCode, message } = error as { exitCode: number; message: string };
    return { exitCode, message: message.replaceAll(root, '<root>') };
  }
}

describe('the early checks of the output location', () => {
  const root = tempDir('out');
  for (const dir of ['data', 'work', 'project']) fs.mkdirSync(path.join(root, dir));

  it('accept an output beside the data, and one that is already published', () => {
    expect(failureFor('dist', root)).toBeUndefined();
    fs.mkdirSync(path.join(root, 'published'));
    expect(failureFor('published', root)).toBeUndefined();
  });

  it('refuse an output under a folder that does not exist, before any stage', () => {
    expect(failureFor('missing/dist', root)).toMatchInlineSnapshot(`
      {
        "exitCode": 3,
        "message": "Folder <root>/missing untuk --out <root>/missing/dist tidak ada; buat dulu atau pilih --out lain / the folder <root>/missing of --out <root>/missing/dist does not exist: create it or choose another --out",
      }
    `);
  });

  it('refuse an output inside the data folder, or one holding the data, the work folder or the project', () => {
    expect(failureFor('data/dist', root)?.message).toMatchInlineSnapshot(`"--out <root>/data/dist ada di dalam folder data <root>/data; pilih folder di luar data / --out <root>/data/dist is inside the data folder <root>/data: choose a folder outside the data"`);
    expect(failureFor('.', root)?.message).toMatchInlineSnapshot(`"--out <root> berisi <root>/data, yang akan diganti saat publikasi; pilih folder tersendiri / --out <root> holds <root>/data, which publishing would replace: choose a folder of its own"`);
    expect(failureFor('project', root)?.exitCode).toBe(3);
  });

  it('refuse a file system with less free space than the minimum, as a full disk (exit code 6)', () => {
    expect(failureFor('dist', root, Number.MAX_SAFE_INTEGER)).toMatchObject({ exitCode: 6, message: expect.stringMatching(/^Disk penuh \(<root>, .*\); situs lama tetap terpasang/) });
  });
});
