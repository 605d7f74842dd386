import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureDataDir, runBuild } from './buildSite';
import { tempDir } from '../tempDir';

describe('a published page stays with the office that published it first, across builds over one ledger', () => {
  const root = tempDir('ownership');
  const ledger = path.join(root, 'ledger');
  const out = path.join(root, 'dist');
  const page = () => fs.readFileSync(path.join(out, 'lowongan', 'disnaker-jabar-1', 'index.html'), 'utf8');
  let second: ReturnType<typeof runBuild>;
  let firstPage = '';

  beforeAll(() => {
    // Build 1: only disnaker-jabar reports; its vacancy 1 is published at /lowongan/disnaker-jabar-1/.
    const first = runBuild(fixtureDataDir('ownership/v1'), out, ['--ledger', ledger, '--as-of', '2026-11-28']);
    expect(first.status, first.stdout + first.stderr).toBe(0);
    firstPage = page();
    // Build 2: a new office file `Disnaker.csv` (office disnaker, sorting before `disnaker-jabar.csv`) sends id jabar-1, the same address.
    second = runBuild(fixtureDataDir('ownership/v2'), out, ['--ledger', ledger, '--as-of', '2026-11-29']);
  }, 300_000);

  it('keeps the page with its first office: the stranger\'s text and apply link never reach it', () => {
    expect(second.status, second.stdout + second.stderr).toBe(0);
    expect(firstPage).toContain('PT Pemilik Asli');
    expect(page()).toContain('PT Pemilik Asli');
    expect(page()).not.toContain('PT Orang Lain');
    expect(page()).not.toContain('lain.example.co.id');
    // The newcomer's other vacancy is published as usual.
    expect(fs.existsSync(path.join(out, 'lowongan', 'disnaker-j-2', 'index.html'))).toBe(true);
  });

  it('rejects the other office\'s row with a reason naming the office that owns the address, and accounts for it', () => {
    const report = JSON.parse(fs.readFileSync(path.join(`${out}.work`, 'report', 'validation-report.json'), 'utf8'));
    const owned = report.issues.filter((i: { type: string }) => i.type === 'row/address-owned');
    expect(owned.map((i: { source: string; line: number; message: string }) => `${i.source} ${i.line}: ${i.message}`)).toMatchInlineSnapshot(`
      [
        "disnaker 2: Alamat halaman /lowongan/disnaker-jabar-1/ milik lowongan 1 dari kantor disnaker-jabar, terbit sejak 2026-11-20; halaman yang sudah terbit tidak boleh diambil alih kantor lain. Baris ini ditolak; beri nomor lowongan lain, mis. dengan awalan kode kantor.",
      ]
    `);
    expect(second.stdout).toMatch(/disnaker: 2 dibaca = 1 diterbitkan \+ 0 ganda \+ 1 ditolak/);
  });
});
