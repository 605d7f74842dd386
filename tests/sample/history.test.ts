import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLedger } from '../../src/lib/history/ledger';
import { ingest } from '../../src/lib/ingest/ingest';
import { generateArchive } from '../../tools/sample/generateArchive';
import { generateSample, type SampleOptions } from '../../tools/sample/generateSample';
import { tempDir } from '../tempDir';

const defaults: Omit<SampleOptions, 'outDir'> = {
  count: 600, seed: 1, asOf: '2026-11-28', faultRate: 0, offices: 6, minimumWagesFile: 'data/reference/minimum-wages.csv',
};

/** A data folder with the reference data and an export generated with `options`. */
function dataFolder(options: Partial<SampleOptions> = {}): string {
  const dir = tempDir('sample-history');
  fs.cpSync('data/reference', path.join(dir, 'reference'), { recursive: true });
  generateSample({ ...defaults, ...options, outDir: path.join(dir, 'vacancies') });
  return dir;
}

const vacancies = (dir: string) => new Map(ingest({ dataDir: dir, asOf: defaults.asOf }).vacancies.map((v) => [v.slug, v]));

describe('the sample generator over time', () => {
  it('writes the day after\'s export with a share of its vacancies changed or added (2 %: about 6 each) and every other one as before', () => {
    const before = vacancies(dataFolder());
    const after = vacancies(dataFolder({ update: 0.02 }));
    const added = [...after.keys()].filter((slug) => !before.has(slug));
    const changed = [...before.keys()].filter((slug) => after.get(slug)?.openings !== before.get(slug)!.openings);
    expect(added.length).toBeGreaterThanOrEqual(4);
    expect(added.length).toBeLessThanOrEqual(8);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThan(15);
    expect([...before.keys()].every((slug) => after.has(slug))).toBe(true);
  });

  it('posts the update\'s new vacancies on the day asked, so the data\'s newest posting moves (npm run bench -- --update-posted next-day)', () => {
    const before = vacancies(dataFolder());
    const dir = dataFolder({ update: 0.02, updatePosted: '2026-11-29' });
    const after = new Map(ingest({ dataDir: dir, asOf: '2026-11-29' }).vacancies.map((v) => [v.slug, v]));
    const added = [...after.values()].filter((v) => !before.has(v.slug));
    expect(added.length).toBeGreaterThanOrEqual(4);
    expect(added.every((v) => v.date_posted === '2026-11-29' && v.valid_through === '2026-12-29')).toBe(true);
    expect([...before.values()].every((v) => v.date_posted <= '2026-11-28')).toBe(true);
  });

  it('records years of past publications in the ledger, each year\'s vacancies withdrawn or closed by the next', () => {
    const dir = dataFolder({ count: 0 });
    const held = generateArchive({ count: 400, years: 2, seed: 1, asOf: defaults.asOf, offices: 6, dataDir: dir });
    const ledger = readLedger(path.join(dir, 'ledger', 'ledger.csv'))!;
    expect(ledger.size).toBe(held);
    expect(held).toBeGreaterThan(350);
    const entries = [...ledger.values()];
    expect(entries.every((e) => e.first_published < '2025-12-01')).toBe(true);
    expect(entries.filter((e) => e.recorded_on.startsWith('2024')).every((e) => e.withdrawn_on || e.closed_on)).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'ledger', 'archive.ndjson'), 'utf8').trim().split('\n')).toHaveLength(held);
  });
});
