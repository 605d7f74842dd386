import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { compareCodeUnits } from '../compareCodeUnits';
import { customRecord, type RecordLookups } from '../search/customRecord';
import { NATIONWIDE_SCOPE, type ShardPlan } from '../search/searchShards';

/**
 * Writes each shard's search records to `dir/<shard>.ndjson` (one JSON record per line, newest first as the plan
 * orders them), replacing what was there, so each shard can be indexed on its own while Astro still renders the pages.
 * One pass in the nationwide order writes each record to its nationwide shard and to its province scope's shard (both
 * use the same order), so no record is held in memory longer than one batch. Returns how many lines were written.
 */
export function writeSearchRecords(dir: string, s: RecordLookups, plan: ShardPlan): number {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const bySlug = new Map(s.data.vacancies.map((v) => [v.slug, v]));
  const nationwide = new Set(plan.scopes[NATIONWIDE_SCOPE] ?? []);
  const provinceShardOf = new Map<string, string>();
  for (const [name, slugs] of Object.entries(plan.shards)) if (!nationwide.has(name)) for (const slug of slugs) provinceShardOf.set(slug, name);
  const pending = new Map<string, string[]>();
  const write = (name: string, flush = false) => {
    const lines = pending.get(name);
    if (!lines?.length || (!flush && lines.length < 1000)) return;
    fs.appendFileSync(path.join(dir, `${name}.ndjson`), `${lines.join('\n')}\n`);
    pending.set(name, []);
  };
  let written = 0;
  for (const name of nationwide) {
    for (const slug of plan.shards[name]!) {
      const v = bySlug.get(slug);
      const province = provinceShardOf.get(slug);
      if (!v || !province) throw new Error(`search shard ${name}: no vacancy or province shard for ${slug}`);
      const line = JSON.stringify(customRecord(v, s));
      for (const shard of [name, province]) {
        if (!pending.has(shard)) pending.set(shard, []);
        pending.get(shard)!.push(line);
        write(shard);
        written++;
      }
    }
  }
  for (const name of pending.keys()) write(name, true);
  // Every shard of the plan must now be on disk with exactly its vacancies.
  for (const [name, slugs] of Object.entries(plan.shards)) {
    const file = path.join(dir, `${name}.ndjson`);
    const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).length : 0;
    if (lines !== slugs.length) throw new Error(`search shard ${name}: ${lines} records written for ${slugs.length} vacancies`);
  }
  return written;
}

/** The `build` of a plan: a digest of its shards' names and record files (`dir/<shard>.ndjson`), the same for the same data. */
export function searchBuildId(dir: string, plan: Pick<ShardPlan, 'shards'>): string {
  const hash = createHash('sha256');
  for (const name of Object.keys(plan.shards).sort(compareCodeUnits)) hash.update(`${name}\n`).update(fs.readFileSync(path.join(dir, `${name}.ndjson`)));
  return hash.digest('hex').slice(0, 12);
}
