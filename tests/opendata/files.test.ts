import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/opendata/formats';
import { openDataFieldNames } from '../../src/lib/opendata/openDataSchema';
import { publisherOf } from '../../src/lib/opendata/publisher';
import { writeFixtureOpenData } from './openDataFixture';

const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file));
const csvRows = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;

describe('the open-data files', () => {
  const { work, manifest } = writeFixtureOpenData();
  const dir = work.openData;

  it('neutralises a text cell a spreadsheet would run as a formula, but writes numbers as numbers', () => {
    const rows = [{ a: '=HYPERLINK("x")', b: -5, c: '+62 812', d: '@SUM(A1)', e: '\tx', f: 'plain', g: ['-a', 'b'] }];
    expect(toCsv(['a', 'b', 'c', 'd', 'e', 'f', 'g'], rows)).toMatchInlineSnapshot(`
      "a,b,c,d,e,f,g
      "'=HYPERLINK(""x"")",-5,"'+62 812","'@SUM(A1)","'	x",plain,"'-a;b"
      "
    `);
  });

  it('splits the vacancies into open and not open, each as CSV with the field names as header and as JSON Lines', () => {
    const open = csvRows(read(dir, 'lowongan-buka.csv').toString('utf8'));
    const notOpen = csvRows(read(dir, 'lowongan-tutup.csv').toString('utf8'));
    expect(read(dir, 'lowongan-buka.csv').toString('utf8').split('\r\n')[0]).toBe(openDataFieldNames.join(','));
    expect(open.every((row) => row.is_open === 'true')).toBe(true);
    expect(notOpen.every((row) => row.is_open === 'false' && row.closed_reason !== '')).toBe(true);
    expect(open.length + notOpen.length).toBe(manifest.counts.all);
    const lines = gunzipSync(read(dir, 'lowongan-buka.jsonl.gz')).toString('utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.slug)).toEqual(open.map((row) => row.slug));
    expect(Object.keys(lines[0]!)).toEqual(openDataFieldNames);
  });

  it('writes each code with its name: occupation title, sector name, province and kabupaten/kota names', () => {
    const row = csvRows(read(dir, 'lowongan-buka.csv').toString('utf8')).find((r) => r.regency_code === '32.73')!;
    expect({ province: [row.province_code, row.province_name], regency: [row.regency_code, row.regency_name], unit: [row.occupation_unit, row.occupation_unit_title] })
      .toMatchInlineSnapshot(`
        {
          "province": [
            "32",
            "Jawa Barat",
          ],
          "regency": [
            "32.73",
            "Kota Bandung",
          ],
          "unit": [
            "2221",
            "Profesional Perawat",
          ],
        }
      `);
  });

  it('writes a CSV of the open vacancies of every province, which together hold every open vacancy placed in a province', () => {
    const perProvince = manifest.files.filter((f) => f.province);
    expect(perProvince).toHaveLength(38);
    const inProvinces = csvRows(read(dir, 'lowongan-buka.csv').toString('utf8')).filter((r) => r.province_code !== '').length;
    expect(perProvince.reduce((n, f) => n + f.rows!, 0)).toBe(inProvinces);
  });

  it('lists every file with its size and SHA-256 in SHA256SUMS and the manifest, and they match the bytes', () => {
    const sums = read(dir, 'SHA256SUMS').toString('utf8').trimEnd().split('\n').map((line) => line.split('  '));
    expect(sums.map(([, file]) => file)).toEqual(manifest.files.map((f) => f.path));
    for (const file of manifest.files) {
      const bytes = read(dir, file.path);
      expect(bytes.length, file.path).toBe(file.bytes);
      expect(createHash('sha256').update(bytes).digest('hex'), file.path).toBe(file.sha256);
    }
  });

  it('writes the same bytes from the same data', () => {
    const again = writeFixtureOpenData();
    expect(again.manifest.files.map((f) => f.sha256)).toEqual(manifest.files.map((f) => f.sha256));
  });

  it('publishes the vacancy data under CC BY 4.0 unless the publisher configures another licence, and refuses an unknown one', () => {
    expect(publisherOf({}).licence.name).toBe('CC-BY-4.0');
    expect(publisherOf({ LOKER_DATA_LICENSE: 'CC0-1.0' }).licence.name).toBe('CC0-1.0');
    expect(() => publisherOf({ LOKER_DATA_LICENSE: 'MIT' })).toThrow(/LOKER_DATA_LICENSE="MIT"/);
  });
});
