import fs from 'node:fs';
import path from 'node:path';
import { customRecord, type RecordLookups } from '../search/customRecord';
import type { ShardPlan } from '../search/searchShards';

/**
 * Writes each shard's search records to `dir/<shard>.ndjson` (one JSON record per line, in the plan's order),
 * replacing what was there, so each shard can be indexed on its own while Astro still renders the pages.
 * Returns how many records were written (every open vacancy is in two shards: its province's and a recent partition).
 */
export function writeSearchRecords(dir: string, s: RecordLookups, plan: ShardPlan): number {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const bySlug = new Map(s.data.vacancies.map((v) => [v.slug, v]));
  const lines = new Map<string, string>();
  let written = 0;
  for (const [name, slugs] of Object.entries(plan.shards)) {
    const out = fs.openSync(path.join(dir, `${name}.ndjson`), 'w');
    try {
      let batch: string[] = [];
      const flush = () => { if (batch.length) fs.writeSync(out, `${batch.join('\n')}\n`); batch = []; };
      for (const slug of slugs) {
        let line = lines.get(slug);
        if (line === undefined) {
          const v = bySlug.get(slug);
          if (!v) throw new Error(`search shard ${name}: no vacancy ${slug}`);
          line = JSON.stringify(customRecord(v, s));
          lines.set(slug, line);
        } else {
          // The second shard of a vacancy: its line is not needed again.
          lines.delete(slug);
        }
        batch.push(line);
        if (batch.length >= 1000) flush();
        written++;
      }
      flush();
    } finally {
      fs.closeSync(out);
    }
  }
  return written;
}
