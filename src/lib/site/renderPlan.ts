import { readRenderReuse, writeRenderKeys } from '../pipeline/reuseFiles';
import { currentWorkFolder } from '../pipeline/workFolder';
import { keyBases, keyOf, outputFile, type KeyBases } from './pageKeys';
import { loadSiteData } from './siteData';

export { outputFile } from './pageKeys';

/** A `getStaticPaths` entry: the route's parameters and the props its page renders from. */
interface StaticPath { params: Record<string, string | number | undefined>; props?: object }

export interface RenderPlanOptions {
  /** Whether the route's pages show the build date; a vacancy page and a list page do not (they name their own dates: the last change, each card's deadline), so they stay the same from day to day while their props do. */
  dated: boolean;
  /** Output files of this route not among the entries, by key: pages the prepare stage found unchanged in the published site (the settled vacancies of pipeline/settledPages.ts), linked from there. */
  kept?: Record<string, string>;
}

let bases: KeyBases | undefined;

/**
 * A route's `getStaticPaths` entries that must be rendered in this build. Each entry's key is a digest of the build's
 * code, the site data every page reads (offices, regions, occupations, the publisher's settings, and the build date
 * for dated routes) and the entry's props: a page is a function of these alone (site/pageKeys.ts). Entries whose
 * output file the published site holds from the same key are left out (the build links them from there,
 * pipeline/reuse.ts); every key, the kept files' too, goes to `render-keys/`. `route` is the output file's template:
 * `lowongan/[slug]/index.html`, `wilayah/[province]/[...page]/index.html`. Outside the build (no reuse file) every
 * entry is returned.
 */
export function renderPlan<P extends StaticPath>(route: string, paths: P[], options: RenderPlanOptions = { dated: true }): P[] {
  const work = currentWorkFolder();
  const reuse = readRenderReuse(work);
  if (!reuse) return paths;
  bases ??= keyBases(reuse.code, loadSiteData());
  const base = options.dated ? bases.dated : bases.undated;
  const keys: Record<string, string> = { ...options.kept };
  const render = paths.filter((entry) => {
    const file = outputFile(route, entry.params);
    const key = keyOf(base, entry.props ?? {});
    keys[file] = key;
    return reuse.previous?.[file] !== key;
  });
  writeRenderKeys(work, route, keys);
  return render;
}
