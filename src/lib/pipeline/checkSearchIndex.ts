import type { ShardEntry } from '../search/build/indexWithPagefind';
import type { ShardPlan } from '../search/searchShards';

/** Every shard whose index holds fewer (or more) pages than the plan gave it, as `name indexed/planned`. */
export function incompleteShards(plan: ShardPlan, entries: readonly ShardEntry[]): string[] {
  return entries.filter((e) => e.pages !== plan.shards[e.name]?.length).map((e) => `${e.name} ${e.pages}/${plan.shards[e.name]?.length ?? 0}`);
}

/** Fails the build unless every shard holds all its vacancies: Pagefind silently skips a record it cannot read. */
export function checkSearchIndex(plan: ShardPlan, entries: readonly ShardEntry[]): void {
  const short = incompleteShards(plan, entries);
  if (short.length) throw new Error(`Indeks pencarian tidak lengkap / search index incomplete: ${short.join(', ')}`);
}
