import fs from 'node:fs';
import path from 'node:path';
import { searchRecordHtml, type RecordLookups } from '../search/searchRecordHtml';
import { shardOf } from '../search/searchShards';

/**
 * Writes every open vacancy's search record to `dir/<shard>/lowongan/<slug>/index.html`, replacing what was there,
 * so each shard can be indexed as a folder of its own while Astro still renders the pages. Returns how many were written.
 */
export function writeSearchRecords(dir: string, s: RecordLookups): number {
  fs.rmSync(dir, { recursive: true, force: true });
  let written = 0;
  for (const v of s.data.vacancies) {
    if (!v.is_open) continue;
    const folder = path.join(dir, shardOf(v), 'lowongan', v.slug);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'index.html'), searchRecordHtml(v, s));
    written++;
  }
  return written;
}
