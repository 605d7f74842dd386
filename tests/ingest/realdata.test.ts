import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/lib/ingest/ingest';
import { renderIssue } from '../../src/lib/report/renderIssue';
import { tempDir } from '../tempDir';

const realdata = path.resolve('..', 'shared', 'realdata');
const present = fs.existsSync(realdata);
if (!present) console.warn(`Skipping real-export tests: ${realdata} is absent (it ships beside the project on the team's machines, not in a clone).`);

/** Lays real office-like exports out as two sources, each a folder with its files and the mapping a publisher would write. */
function realDataDir(): string {
  const dir = tempDir('real');
  fs.cpSync(path.resolve('data/reference'), path.join(dir, 'reference'), { recursive: true });
  for (const [source, folder] of [['jobstreet', 'jobstreet-id-small'], ['job-portals', 'job-portals-id']]) {
    const target = path.join(dir, 'vacancies', source);
    fs.mkdirSync(target, { recursive: true });
    for (const f of fs.readdirSync(path.join(realdata, folder)).filter((f) => f.endsWith('.csv'))) {
      fs.copyFileSync(path.join(realdata, folder, f), path.join(target, f));
    }
    fs.copyFileSync(path.resolve('tests/fixtures/realdata-mappings', `${source}.mapping.json`), path.join(target, 'mapping.json'));
  }
  return dir;
}

describe.skipIf(!present)('real office-style exports through a mapping file', () => {
  let result: ReturnType<typeof ingest>;
  beforeAll(() => {
    result = ingest({ dataDir: realDataDir(), asOf: '2025-07-01' });
  });

  it('accounts for every row: read = accepted + duplicates + rejected, per source', () => {
    for (const s of result.sources) expect(s.read, s.source).toBe(s.accepted + s.duplicates + s.rejected);
    expect(result.sources.find((s) => s.source === 'jobstreet')!.read).toBe(3 * 64);
    expect(result.sources.find((s) => s.source === 'job-portals')!.read).toBeGreaterThan(2299);
  });

  it('publishes most rows and merges the repeated ones', () => {
    for (const s of result.sources) {
      expect(s.accepted, s.source).toBeGreaterThan(s.read * 0.2);
      expect(s.duplicates, s.source).toBeGreaterThan(0);
    }
  });

  it('gives every rejected row a reason with file, line and field', () => {
    const rejectedRows = new Set(result.issues.filter((i) => i.severity === 'error' && i.line).map((i) => `${i.file}:${i.line}`));
    const rejected = result.sources.reduce((n, s) => n + s.rejected, 0);
    expect(rejectedRows.size).toBe(rejected);
    for (const issue of result.issues.filter((i) => i.severity === 'error')) {
      expect(issue.file).toMatch(/\.csv$/);
      expect(renderIssue(issue).message.length).toBeGreaterThan(20);
    }
  });

  it('reads semicolons, BOMs, NBSP pay ranges and "Jakarta Selatan, Jakarta Raya" places', () => {
    const js = result.vacancies.filter((v) => v.source === 'jobstreet');
    expect(js.some((v) => v.regency_code === '31.74')).toBe(true);
    expect(js.some((v) => v.salary_min !== undefined && v.salary_max !== undefined && v.salary_min < v.salary_max)).toBe(true);
    expect(js.every((v) => !v.title.startsWith('\uFEFF'))).toBe(true);
  });

  it('marks mapped defaults and derived ids as defaulted', () => {
    const portals = result.sources.find((s) => s.source === 'job-portals')!;
    expect(portals.defaulted.id).toBe(portals.accepted);
    expect(portals.defaulted.openings).toBe(portals.accepted);
  });
});
