import fs from 'node:fs/promises';
import path from 'node:path';
import { searchRecordHtml, type RecordLookups } from '../search/searchRecordHtml';
import { shardOf } from '../search/searchShards';

/** Files written at once: the disk, not the CPU, is the limit, and overlapping writes roughly halves the time (measured: 84k records 30 s → 16 s). */
const CONCURRENT_WRITES = 32;

/**
 * Writes every open vacancy's search record to `dir/<shard>/lowongan/<slug>/index.html`, replacing what was there,
 * so each shard can be indexed as a folder of its own while Astro still renders the pages. Returns how many were written.
 */
export async function writeSearchRecords(dir: string, s: RecordLookups): Promise<number> {
  await fs.rm(dir, { recursive: true, force: true });
  const open = s.data.vacancies.filter((v) => v.is_open);
  let next = 0;
  const worker = async () => {
    while (next < open.length) {
      const v = open[next++]!;
      const folder = path.join(dir, shardOf(v), 'lowongan', v.slug);
      await fs.mkdir(folder, { recursive: true });
      await fs.writeFile(path.join(folder, 'index.html'), searchRecordHtml(v, s));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_WRITES }, worker));
  return open.length;
}
