import { readShardPlan, readSiteData, type WorkFolder } from '../pipeline/workFolder';
import { vacancyUrl } from '../site/urls';
import { checkSearchCoverage, checkSitemapCoverage, checkVacancyPages } from './coverage';
import { checkHtml } from './htmlValidity';
import { checkLinks } from './links';
import { problemLine, type GateProblem } from './problem';
import { pagesPerTemplate, sitePages } from './sitePages';
import { checkSitemaps } from './sitemaps';
import { checkPrintedStructuredData } from './structuredData';

/** How many pages of each template are checked: links, anchors and JSON-LD, and html-validate (every page of a template with fewer). */
export interface PageSample {
  links: number;
  html: number;
}

/** The build's sample: 25 pages a template for links, 3 for html-validate, so the gates cost the same at 100k vacancies as at 1,000. */
export const BUILD_SAMPLE: PageSample = { links: 25, html: 3 };
/** Problems printed before the rest are only counted. */
const PRINTED = 40;

/** What the gates are given: the built (staging) site, the work folder it was built from and the site's address. */
export interface CheckSiteInput {
  siteDir: string;
  work: WorkFolder;
  siteUrl: string;
  /** How many pages of each template to check; default the build's bounded sample. */
  sample?: PageSample;
}

/** The gates' findings and what they looked at. */
export interface SiteCheck {
  problems: GateProblem[];
  pages: number;
  linkChecked: number;
  htmlValidated: number;
  sitemapUrls: number;
}

/**
 * The gates between a finished build and the public: internal links and anchors, valid HTML per page template
 * (html-validate), sitemaps against the sitemaps.org XSD, the printed JSON-LD against Google's rules, one page per
 * vacancy of the data, every open vacancy in the search index and the sitemap. Pages are checked per template, a
 * bounded sample (`sample`); the whole-site facts (pages, index, sitemap) are checked for every vacancy.
 */
export async function inspectSite(input: CheckSiteInput): Promise<SiteCheck> {
  const { siteDir, work, siteUrl } = input;
  const data = readSiteData(work);
  const pages = sitePages(siteDir);
  const sample = input.sample ?? BUILD_SAMPLE;
  const linkPages = pagesPerTemplate(pages, sample.links);
  const htmlPages = pagesPerTemplate(pages, sample.html);
  const openPages = new Set(data.vacancies.filter((v) => v.is_open).map(vacancyUrl));
  const sitemaps = await checkSitemaps(siteDir, siteUrl);
  const problems = [
    ...checkVacancyPages(siteDir, data),
    ...checkSearchCoverage(siteDir, data, readShardPlan(work), work.searchRecords),
    ...sitemaps.problems,
    ...checkSitemapCoverage(data, sitemaps.urls, siteUrl),
    ...checkLinks(siteDir, linkPages, siteUrl),
    ...checkPrintedStructuredData(linkPages, openPages),
    ...(await checkHtml(htmlPages)),
  ];
  return { problems, pages: pages.length, linkChecked: linkPages.length, htmlValidated: htmlPages.length, sitemapUrls: sitemaps.urls.size };
}

/** Runs the gates on the staging site and stops the publication when one fails: one line per problem (page: problem), then the count. */
export async function checkSite(input: CheckSiteInput): Promise<void> {
  const started = performance.now();
  const check = await inspectSite(input);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (check.problems.length === 0) {
    console.log(`Gerbang publikasi lulus / publication gates passed: ${check.pages} halaman / pages, tautan / links on ${check.linkChecked}, HTML on ${check.htmlValidated}, ${check.sitemapUrls} URL sitemap (${seconds} s)`);
    return;
  }
  for (const problem of check.problems.slice(0, PRINTED)) console.error(problemLine(problem));
  if (check.problems.length > PRINTED) console.error(`… dan / and ${check.problems.length - PRINTED} masalah lain / more problems`);
  throw new Error(`gerbang publikasi gagal / publication gates failed: ${check.problems.length} masalah / problems; situs yang tayang tidak berubah / the live site is unchanged`);
}
