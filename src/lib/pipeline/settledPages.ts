import fs from 'node:fs';
import type { Vacancy } from '../schema/publishedVacancy';
import { keyBases, outputFile, vacancyPageKey, VACANCY_PAGE, type SharedSiteData } from '../site/pageKeys';
import { loadRenderReuse } from './reuseFiles';
import type { WorkFolder } from './workFolder';
import { siteDataSchema, type SettledVacancy } from './workFolderSchemas';

/** The site data's vacancies split: those whose pages Astro renders or keys, and the settled ones. */
export interface SettledSplit {
  vacancies: Vacancy[];
  settled: SettledVacancy[];
}

/** The shared site data as the Astro process reads it back from `site-data.json` (key order and all), so the keys made here are the ones it would make. */
const sharedSchema = siteDataSchema.pick({ asOf: true, sources: true, provinces: true, regencies: true, occupations: true, site: true });

/**
 * Years of closed and withdrawn vacancies keep their pages, and most of those pages never change again. A vacancy that
 * is not open and whose page the published site holds from the same key (the key the Astro process would compute,
 * site/pageKeys.ts) is settled: the site data keeps only what other pages read of it (its offices, place and date),
 * and the build links its page from the published site, so neither the Astro process nor the gates read or check
 * its whole record again. The build writes `render-reuse.json` before the prepare stage (pipeline/reuse.ts); without
 * it, or in a full build, nothing is settled.
 */
export function settleVacancies(work: WorkFolder, vacancies: Vacancy[], shared: SharedSiteData): SettledSplit {
  const previous = fs.existsSync(work.renderReuse) ? loadRenderReuse(work) : null;
  if (!previous?.previous) return { vacancies, settled: [] };
  const pages = previous.previous;
  const { asOf, sources, provinces, regencies, occupations, site } = shared;
  const bases = keyBases(previous.code, sharedSchema.parse(JSON.parse(JSON.stringify({ asOf, sources, provinces, regencies, occupations, site }))));
  const kept: Vacancy[] = [];
  const settled: SettledVacancy[] = [];
  for (const v of vacancies) {
    const key = v.is_open ? undefined : vacancyPageKey(bases, v);
    if (key === undefined || pages[outputFile(VACANCY_PAGE, { slug: v.slug })] !== key) kept.push(v);
    else settled.push(settledOf(v, key));
  }
  return { vacancies: kept, settled };
}

/** What other pages read of a settled vacancy. */
function settledOf(v: Vacancy, key: string): SettledVacancy {
  const { slug, source, also_published_by, region_scope, country, province_code, date_posted } = v;
  return { slug, key, source, also_published_by, region_scope, country, ...(province_code === undefined ? {} : { province_code }), date_posted };
}
