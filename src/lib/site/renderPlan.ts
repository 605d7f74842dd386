import { createHash } from 'node:crypto';
import { readRenderReuse, writeRenderKeys } from '../pipeline/reuseFiles';
import { currentWorkFolder } from '../pipeline/workFolder';
import { loadSiteData } from './siteData';

/** A `getStaticPaths` entry: the route's parameters and the props its page renders from. */
interface StaticPath { params: Record<string, string | number | undefined>; props?: object }

/** Whether a route's pages show the build date; a vacancy page and a list page do not (they name their own dates: the last change, each card's deadline), so they stay the same from day to day while their props do. */
export interface RenderPlanOptions { dated: boolean }

const digests = new WeakMap<object, string>();
let shared: Record<'dated' | 'undated', string> | undefined;

/**
 * A route's `getStaticPaths` entries that must be rendered in this build. Each entry's key is a digest of the build's
 * code, the site data every page reads (offices, regions, occupations, the publisher's settings, and the build date
 * for dated routes) and the entry's props: a page is a function of these alone. Entries whose output file the
 * published site holds from the same key are left out (the build links them from there, pipeline/reuse.ts); every
 * key goes to `render-keys/`. `route` is the output file's template: `lowongan/[slug]/index.html`,
 * `wilayah/[province]/[...page]/index.html`. Outside the build (no reuse file) every entry is returned.
 */
export function renderPlan<P extends StaticPath>(route: string, paths: P[], options: RenderPlanOptions = { dated: true }): P[] {
  const work = currentWorkFolder();
  const reuse = readRenderReuse(work);
  if (!reuse) return paths;
  shared ??= sharedDigests(reuse.code);
  const base = options.dated ? shared.dated : shared.undated;
  const keys: Record<string, string> = {};
  const render = paths.filter((entry) => {
    const file = outputFile(route, entry.params);
    const key = keyOf(base, entry.props ?? {});
    keys[file] = key;
    return reuse.previous?.[file] !== key;
  });
  writeRenderKeys(work, route, keys);
  return render;
}

/** The output file of a route's entry: `[name]` takes its parameter, `[...name]` its parameter or nothing. */
export function outputFile(route: string, params: StaticPath['params']): string {
  const filled = route.replace(/\[(\.\.\.)?([^\]]+)\]/g, (_, rest: string | undefined, name: string) => {
    const value = params[name];
    if (value === undefined && !rest) throw new Error(`${route}: parameter ${name} missing`);
    return value === undefined ? '' : encodeURI(String(value));
  });
  return filled.replace(/\/{2,}/g, '/').replace(/^\//, '');
}

/** The code digest and the site data every page reads, with and without the build date. */
function sharedDigests(code: string): Record<'dated' | 'undated', string> {
  const { sources, provinces, regencies, occupations, site, asOf } = loadSiteData();
  const undated = sha(JSON.stringify([code, sources, provinces, regencies, occupations, site ?? null]));
  return { undated, dated: sha(`${undated}\n${asOf}`) };
}

/** A digest of the props: each top-level value hashed once per object, so the list view every page of a list shares is serialised once. */
function keyOf(base: string, props: object): string {
  const parts = Object.entries(props).map(([name, value]) => {
    if (value === null || typeof value !== 'object') return `${name}=${JSON.stringify(value)}`;
    let digest = digests.get(value);
    if (!digest) digests.set(value, (digest = sha(JSON.stringify(value, withoutRowPlace))));
    return `${name}:${digest}`;
  });
  return sha(`${base}\n${parts.join('\n')}`);
}

/**
 * A vacancy's place in its office's file (`file`, `line`) is for the validation report; no page shows it. Left out of
 * the keys, so a row that moves in the next export (a row above it removed) does not re-render its pages and lists.
 */
function withoutRowPlace(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || !('slug' in value) || !('line' in value)) return value;
  const { file: _file, line: _line, ...shown } = value as Record<string, unknown>;
  return shown;
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 24);
