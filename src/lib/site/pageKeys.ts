import { createHash } from 'node:crypto';
import type { Vacancy } from '../schema/publishedVacancy';
import type { SiteData } from '../pipeline/workFolderSchemas';

/** The output-file template of the vacancy page route (`lowongan/[slug].astro`). */
export const VACANCY_PAGE = 'lowongan/[slug]/index.html';

/** The site data every page reads besides its own props. */
export type SharedSiteData = Pick<SiteData, 'sources' | 'provinces' | 'regencies' | 'occupations' | 'site' | 'asOf'>;

/** The two bases of every page key: code and shared site data, without the build date (undated routes) and with it. */
export type KeyBases = Record<'dated' | 'undated', string>;

/** The output file of a route's entry: `[name]` takes its parameter, `[...name]` its parameter or nothing. */
export function outputFile(route: string, params: Record<string, string | number | undefined>): string {
  const filled = route.replace(/\[(\.\.\.)?([^\]]+)\]/g, (_, rest: string | undefined, name: string) => {
    const value = params[name];
    if (value === undefined && !rest) throw new Error(`${route}: parameter ${name} missing`);
    return value === undefined ? '' : encodeURI(String(value));
  });
  return filled.replace(/\/{2,}/g, '/').replace(/^\//, '');
}

/** The code digest and the site data every page reads, with and without the build date. */
export function keyBases(code: string, data: SharedSiteData): KeyBases {
  const { sources, provinces, regencies, occupations, site, asOf } = data;
  const undated = sha(JSON.stringify([code, sources, provinces, regencies, occupations, site ?? null]));
  return { undated, dated: sha(`${undated}\n${asOf}`) };
}

const digests = new WeakMap<object, string>();

/** A digest of an object's JSON (a vacancy without its row place), computed once per object. */
function digestOf(value: object): string {
  let digest = digests.get(value);
  if (!digest) digests.set(value, (digest = sha(serialise(value))));
  return digest;
}

/**
 * A digest of a page's props on a base: each top-level value hashed once per object, so the list view every page of
 * a list shares is serialised once, and each vacancy once however many lists show it.
 */
export function keyOf(base: string, props: object): string {
  const parts = Object.entries(props).map(([name, value]) => (value === null || typeof value !== 'object' ? `${name}=${JSON.stringify(value)}` : `${name}:${digestOf(value)}`));
  return sha(`${base}\n${parts.join('\n')}`);
}

/** The key of a vacancy's page (`lowongan/[slug].astro` renders it from `{ vacancy }`, undated). */
export const vacancyPageKey = (bases: KeyBases, vacancy: Vacancy): string => keyOf(bases.undated, { vacancy });

/**
 * The props' JSON, with the row places left out (`withoutRowPlace`). A vacancy is copied without them and serialised
 * plainly (JSON.stringify calls a replacer on every value: 0.7× the time). Anything else holding vacancies (a list's
 * view) names each by its digest, so a vacancy on four lists is serialised once, not four times (the keys of the
 * 100k site's lists: serialising took 4.9 of the Astro stage's 15 s on a build that rendered nothing else).
 */
function serialise(value: object): string {
  if (isVacancy(value)) return JSON.stringify(withoutRowPlace(value));
  return JSON.stringify(value, (_key, inner: unknown) => (inner !== null && typeof inner === 'object' && isVacancy(inner) ? `vacancy:${digestOf(inner)}` : inner));
}

const isVacancy = (value: object) => 'slug' in value && 'line' in value;

/**
 * A vacancy's place in its office's file (`file`, `line`) is for the validation report; no page shows it. Left out of
 * the keys, so a row that moves in the next export (a row above it removed) does not re-render its pages and lists.
 */
function withoutRowPlace(vacancy: object): object {
  const { file: _file, line: _line, ...shown } = vacancy as Record<string, unknown>;
  return shown;
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 24);
