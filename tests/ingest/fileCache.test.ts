import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileCache, pruneFileCache, referenceDigest, type FileCache } from '../../src/lib/ingest/fileCache';
import { ingest, type IngestResult } from '../../src/lib/ingest/ingest';
import { siteDataOf } from '../../src/lib/pipeline/planSite';
import { loadReferences } from '../../src/lib/reference/loadReferences';
import { writeReport } from '../../src/lib/report/writeReport';
import { tempDir } from '../tempDir';

const references = loadReferences(path.resolve('data'));
const AS_OF = '2026-12-01';

/** What a build hands on from the ingest: the site data's JSON and the validation report's two files. */
function outputs(result: IngestResult): Record<string, string> {
  const reportDir = tempDir('cache-report');
  const [json, text] = writeReport(result, reportDir);
  return { siteData: JSON.stringify(siteDataOf(result, references)), json: fs.readFileSync(json!, 'utf8'), text: fs.readFileSync(text!, 'utf8') };
}

const run = (dataDir: string, cache?: FileCache) => ingest({ dataDir, asOf: AS_OF, references, cache });

// The sample data (six offices, one of them a folder of two exports) and a fixture of rejected rows, each copied.
describe.each(['data', 'tests/fixtures/ingest-report'])('the ingest cache on %s', (source) => {
  let dataDir: string;
  let cacheDir: string;
  let files: string[];
  beforeAll(() => {
    dataDir = tempDir('cache-data');
    fs.cpSync(path.resolve(source, 'vacancies'), path.join(dataDir, 'vacancies'), { recursive: true });
    if (fs.existsSync(path.resolve(source, 'sources.csv'))) fs.copyFileSync(path.resolve(source, 'sources.csv'), path.join(dataDir, 'sources.csv'));
    cacheDir = path.join(tempDir('cache'), 'ingest-cache');
    files = fs.readdirSync(path.join(dataDir, 'vacancies'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.csv'));
  });

  it('gives the same site data and report from the cache as without it, and reads no unchanged file again', () => {
    const uncached = outputs(run(dataDir));
    const first = fileCache(cacheDir, 'code-1');
    expect(outputs(run(dataDir, first))).toEqual(uncached);
    expect([first.hits, first.misses]).toEqual([0, files.length]);
    const second = fileCache(cacheDir, 'code-1');
    expect(outputs(run(dataDir, second))).toEqual(uncached);
    expect([second.hits, second.misses]).toEqual([files.length, 0]);
  });

  it('validates again just the file that changed, and gives what an uncached build of the new data gives', () => {
    const changed = path.join(dataDir, 'vacancies', files[0]!);
    const lines = fs.readFileSync(changed, 'utf8').split('\n');
    // The last row moves up to the first: every line number of the file changes, and so do the issues that name them.
    const rows = lines.slice(1).filter(Boolean);
    fs.writeFileSync(changed, [lines[0], rows.at(-1), ...rows.slice(0, -1)].join('\n') + '\n');
    const cache = fileCache(cacheDir, 'code-1');
    expect(outputs(run(dataDir, cache))).toEqual(outputs(run(dataDir)));
    expect([cache.hits, cache.misses]).toEqual([files.length - 1, 1]);
  });

  it('validates every file again when the code changes, and an entry that does not parse is made again', () => {
    const cache = fileCache(cacheDir, 'code-2');
    run(dataDir, cache);
    expect(cache.hits).toBe(0);
    // The older code's entries go: the cache holds one build's files.
    pruneFileCache(cache);
    expect(fs.readdirSync(cacheDir)).toHaveLength(files.length);
    const [entry] = fs.readdirSync(cacheDir);
    fs.writeFileSync(path.join(cacheDir, entry!), JSON.stringify({ read: 1, rejected: 0, rejectedIds: [], candidates: [{ title: 'no id' }], issues: [] }));
    const again = fileCache(cacheDir, 'code-2');
    expect(outputs(run(dataDir, again))).toEqual(outputs(run(dataDir)));
    expect([again.hits, again.misses]).toEqual([files.length - 1, 1]);
  });
});

describe('referenceDigest', () => {
  it('changes when a reference file changes', () => {
    const dir = tempDir('cache-ref');
    fs.cpSync(path.resolve('data/reference'), path.join(dir, 'reference'), { recursive: true });
    const before = referenceDigest(dir);
    expect(referenceDigest(dir)).toBe(before);
    fs.appendFileSync(path.join(dir, 'reference', 'occupation-aliases.csv'), 'x\n');
    expect(referenceDigest(dir)).not.toBe(before);
  });
});
