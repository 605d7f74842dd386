import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prepare } from '../../src/lib/pipeline/prepare';
import { readShardPlan, readSiteData, readSitemapData, workFolder } from '../../src/lib/pipeline/workFolder';
import { fixtureDataDir } from './buildSite';
import { tempDir } from '../tempDir';

const input = (dataDir: string, strict = false) => {
  const root = tempDir('prepare');
  return { dataDir, workDir: path.join(root, 'work'), outDir: path.join(root, 'dist'), asOf: '2026-11-28', strict, partitionPages: 6, ledgerDir: path.join(root, 'ledger') };
};

describe('the prepare stage on a small office export', () => {
  const dataDir = fixtureDataDir('build-site');
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('hands the later stages site data, a search shard plan with its records, sitemap facts and the report', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const options = input(dataDir);
    expect(prepare(options)).toBe(true);
    const work = workFolder(options.workDir);
    const data = readSiteData(work);
    expect(data.vacancies).toHaveLength(18);
    const plan = readShardPlan(work);
    // The fixture's newest posting is of Friday 2026-11-27: its week's vacancies, then those posted before its Monday.
    expect(plan.scopes.semua).toEqual(['semua', 'semua-lama-1', 'semua-lama-2', 'semua-lama-3']);
    expect(plan.build).toMatch(/^[0-9a-f]{12}$/);
    const records = fs.readdirSync(work.searchRecords).sort();
    expect(records).toEqual(Object.keys(plan.shards).map((name) => `${name}.ndjson`).sort());
    expect(Object.keys(readSitemapData(work).lastmod)).toHaveLength(16);
    expect(fs.readdirSync(work.report).sort()).toEqual(['validation-report.json', 'validation-report.txt']);
  });

  it('hands nothing on and fails in strict mode when a row is rejected', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const options = input(dataDir, true);
    expect(prepare(options)).toBe(false);
    expect(error).toHaveBeenCalledWith('--strict: 1 baris ditolak; situs tidak diperbarui. / 1 rows rejected; site not updated.');
    expect(fs.readdirSync(options.workDir)).toEqual(['ingest-cache', 'report']);
  });
});
