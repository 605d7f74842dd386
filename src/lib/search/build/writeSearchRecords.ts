import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { compareCodeUnits } from '../../compareCodeUnits';
import { customRecord, type RecordLookups } from './customRecord';
import { tradeWordsOf, uniqueWords, type RecordWords } from './recordWords';
import type { SearchVocabulary } from '../tradeWords';
import { NATIONWIDE_SCOPE, type ShardPlan } from '../searchShards';
import { windowOf } from '../searchWindow';

/**
 * Writes each shard's search records to `dir/<shard>.ndjson` (one JSON record per line, newest first as the plan
 * orders them), replacing what was there, so each shard can be indexed on its own while Astro still renders the pages.
 * One pass in the nationwide order writes each record to its nationwide shard and to its province scope's shard (both
 * use the same order), so no record is held in memory longer than one batch. Returns how many lines were written, the
 * plan's `build` (a digest of every shard's name and records, the same for the same data), and the vocabulary: each
 * word of the open vacancies' titles, occupation words, places, kind-of-work words and skills, with how many have it,
 * and each trade word (an occupation word) with the unit groups whose open vacancies have it (the index also holds the
 * vacancies closed by date since the day it is cut as of, which the search page hides: src/lib/search/searchWindow.ts).
 */
export function writeSearchRecords(dir: string, s: RecordLookups, plan: ShardPlan, words: RecordWords): { written: number; build: string; digests: Record<string, string>; vocabulary: SearchVocabulary } {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const bySlug = new Map(s.data.vacancies.map((v) => [v.slug, v]));
  const nationwide = new Set(plan.scopes[NATIONWIDE_SCOPE] ?? []);
  const provinceShardOf = new Map<string, string>();
  for (const [name, slugs] of Object.entries(plan.shards)) if (!nationwide.has(name)) for (const slug of slugs) provinceShardOf.set(slug, name);
  const shards = new Map<string, { pending: string[]; lines: number; hash: Hash }>();
  const vocabulary = new Map<string, number>();
  const trades = new Map<string, Set<string>>();
  const write = (name: string, flush = false) => {
    const shard = shards.get(name)!;
    if (!shard.pending.length || (!flush && shard.pending.length < 1000)) return;
    const text = `${shard.pending.join('\n')}\n`;
    fs.appendFileSync(path.join(dir, `${name}.ndjson`), text);
    shard.hash.update(text);
    shard.pending = [];
  };
  for (const name of nationwide) {
    for (const slug of plan.shards[name]!) {
      const v = bySlug.get(slug);
      const province = provinceShardOf.get(slug);
      if (!v || !province) throw new Error(`search shard ${name}: no vacancy or province shard for ${slug}`);
      // The week's vacancies are cut as of `since`, the older ones as of its Monday (src/lib/search/searchWindow.ts).
      const record = customRecord(v, s, windowOf(v, plan), words);
      // The spelling list and the trade words know only what a search finds on the build date: open vacancies.
      if (v.is_open) {
        for (const word of uniqueWords([record.meta.title!, record.meta.occupation!, record.meta.place!, words.other(v), ...(v.skills ?? [])]).split(' ')) {
          if (word) vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1);
        }
        for (const word of tradeWordsOf(record.meta.occupation!)) trades.set(word, (trades.get(word) ?? new Set()).add(v.occupation_unit));
      }
      const line = JSON.stringify(record);
      for (const target of [name, province]) {
        if (!shards.has(target)) shards.set(target, { pending: [], lines: 0, hash: createHash('sha256') });
        const shard = shards.get(target)!;
        shard.pending.push(line);
        shard.lines++;
        write(target);
      }
    }
  }
  for (const name of shards.keys()) write(name, true);
  // Every shard of the plan must now be on disk with exactly its vacancies.
  const build = createHash('sha256');
  const digests: Record<string, string> = {};
  let written = 0;
  for (const name of Object.keys(plan.shards).sort(compareCodeUnits)) {
    const shard = shards.get(name);
    if (shard?.lines !== plan.shards[name]!.length) throw new Error(`search shard ${name}: ${shard?.lines ?? 0} records written for ${plan.shards[name]!.length} vacancies`);
    digests[name] = shard.hash.digest('hex');
    build.update(`${name}\n${digests[name]}\n`);
    written += shard.lines;
  }
  const sorted = <T>(map: Map<string, T>) => [...map].sort(([a], [b]) => compareCodeUnits(a, b));
  const tradeUnits = sorted(trades).map(([word, units]) => [word, [...units].sort(compareCodeUnits)] as const);
  return { written, build: build.digest('hex').slice(0, 12), digests, vocabulary: { words: Object.fromEntries(sorted(vocabulary)), trades: Object.fromEntries(tradeUnits) } };
}
