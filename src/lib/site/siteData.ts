import { currentWorkFolder, readShardPlan, readSiteData } from '../pipeline/workFolder';
import type { SiteData } from '../pipeline/workFolderSchemas';
import type { ShardPlan } from '../search/searchShards';

/** Everything the pages render and a publishing office as the site names it (src/lib/pipeline/workFolderSchemas.ts). */
export type { SiteData, SourceInfo } from '../pipeline/workFolderSchemas';

let cached: SiteData | undefined;

/** Reads the site data of this build's work folder once per process, checked on reading (src/lib/pipeline/workFolder.ts). */
export function loadSiteData(): SiteData {
  cached ??= readSiteData(currentWorkFolder());
  return cached;
}

/** Which open vacancy is in which search shard, from this build's work folder (`search-shards.json`). */
export function loadShardPlan(): ShardPlan {
  return readShardPlan(currentWorkFolder());
}
