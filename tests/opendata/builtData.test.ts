import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const { outDir } = inject('fixtureSite');
const html = (url: string) => fs.readFileSync(path.join(outDir, url, 'index.html'), 'utf8');
const jsonLd = (page: string) => [...page.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);

describe('the open data of the fixture site', () => {
  it('publishes every file of SHA256SUMS under /data/ with the checksum the /data/ page shows', () => {
    const page = html('data');
    const sums = fs.readFileSync(path.join(outDir, 'data', 'SHA256SUMS'), 'utf8').trimEnd().split('\n').map((line) => line.split('  ') as [string, string]);
    expect(sums.length).toBeGreaterThan(40);
    for (const [sum, file] of sums) {
      expect(createHash('sha256').update(fs.readFileSync(path.join(outDir, 'data', file))).digest('hex'), file).toBe(sum);
      expect(page, file).toContain(sum);
    }
  });

  it('describes the data set for search engines as a schema.org Dataset with its licence, coverage and downloads', () => {
    const dataset = jsonLd(html('data')).find((d) => d['@type'] === 'Dataset')!;
    expect(Object.keys(dataset)).toEqual(expect.arrayContaining(['name', 'description', 'license', 'creator', 'temporalCoverage', 'spatialCoverage', 'distribution', 'dateModified']));
    expect(dataset.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(dataset.dateModified).toBe('2026-11-28');
    const downloads = dataset.distribution as { encodingFormat: string; contentUrl: string }[];
    expect(downloads.map((d) => [d.encodingFormat, d.contentUrl.replace('https://loker-terbuka.example.id', '')])).toContainEqual(['text/csv', '/data/lowongan-buka.csv']);
  });

  it('gives a citation with the snapshot date and explains every column in the dictionary', () => {
    expect(html('data')).toContain('data per 28 November 2026 [data set]');
    const dictionary = html('data/kamus');
    for (const field of ['id', 'occupation_title', 'province_name', 'is_open', 'closed_reason', 'defaulted']) expect(dictionary).toContain(`id="kolom-${field}"`);
  });

  it('links the data-quality page from /data/, with a section per office and the same figures as kualitas-data.csv', () => {
    expect(html('data')).toContain('href="/data/kualitas/"');
    const page = html('data/kualitas');
    const csv = fs.readFileSync(path.join(outDir, 'data', 'kualitas-data.csv'), 'utf8').trimEnd().split('\r\n').slice(1);
    expect(csv.length).toBeGreaterThan(0);
    for (const line of csv) expect(page).toContain(`id="kantor-${line.split(',')[0]}"`);
  });
});
