import type { Country, JobPosting, MonetaryAmount, Place, PostalAddress, WithContext } from 'schema-dts';
import type { Vacancy } from '../schema/publishedVacancy';
import { vacancyUrl } from '../site/urls';
import { descriptionHtml } from './descriptionHtml';

/** Names the JSON-LD needs, looked up by code; the site index (`site()`) and the reference data both provide them. */
export interface JobPostingContext {
  provinceByCode: ReadonlyMap<string, { name: string }>;
  regencyByCode: ReadonlyMap<string, { name: string }>;
  /** Publishing offices by source code, for the `identifier` name. */
  sourceByName: ReadonlyMap<string, { name: string }>;
  /** Site origin; when given, the posting carries the absolute `url` of its page. */
  siteUrl?: string | URL;
}

/** Google's `employmentType` values. */
export type GoogleEmploymentType = 'FULL_TIME' | 'PART_TIME' | 'CONTRACTOR' | 'TEMPORARY' | 'INTERN' | 'VOLUNTEER' | 'PER_DIEM' | 'OTHER';

/**
 * Our employment types in Google's terms. PKWT (`contract`) workers are employees on a fixed term, not independent
 * contractors, so they are TEMPORARY; CONTRACTOR is never used. PKWTT (`permanent`) has no Google value of its own and is
 * FULL_TIME, as permanent jobs are in practice. Harian lepas (`daily`) is paid by the day: PER_DIEM.
 */
export const googleEmploymentType: Record<Vacancy['employment_type'], GoogleEmploymentType> = {
  full_time: 'FULL_TIME', part_time: 'PART_TIME', permanent: 'FULL_TIME', contract: 'TEMPORARY',
  temporary: 'TEMPORARY', internship: 'INTERN', daily: 'PER_DIEM',
};

const indonesia: Country = { '@type': 'Country', name: 'Indonesia' };

/** Where the work is: kabupaten/kota and province names, or only the country for nationwide and overseas postings. */
function jobLocation(v: Vacancy, ctx: JobPostingContext): Place {
  const province = v.province_code ? ctx.provinceByCode.get(v.province_code)?.name : undefined;
  const regency = v.regency_code ? ctx.regencyByCode.get(v.regency_code)?.name : undefined;
  const address: PostalAddress = {
    '@type': 'PostalAddress',
    ...(v.work_address && { streetAddress: v.work_address }),
    // Overseas rows may name a city in `region`; Indonesian ones resolve to codes.
    ...(v.region_scope === 'overseas' ? v.region && { addressLocality: v.region } : regency && { addressLocality: regency }),
    ...(province && { addressRegion: province }),
    addressCountry: v.region_scope === 'overseas' ? v.country : 'ID',
  };
  return { '@type': 'Place', address };
}

/** Monthly pay in its currency (Rupiah when none is given): a range when both ends differ, else the one amount reported (as the page shows it). */
function baseSalary(v: Vacancy): MonetaryAmount | undefined {
  const { salary_min: min, salary_max: max } = v;
  if (min === undefined && max === undefined) return undefined;
  const amount = min !== undefined && max !== undefined && min !== max ? { minValue: min, maxValue: max } : { value: (min ?? max)! };
  return { '@type': 'MonetaryAmount', currency: v.salary_currency ?? 'IDR', value: { '@type': 'QuantitativeValue', ...amount, unitText: 'MONTH' } };
}

/**
 * The schema.org JobPosting of an open vacancy, with Google's required and recommended properties.
 * `directApply` is false: applying happens on the employer's site, by e-mail or in person, never on our page.
 * Remote work is TELECOMMUTE open to applicants in Indonesia, with no jobLocation (a hybrid job keeps its place);
 * a nationwide vacancy names only the country and takes applicants from all of Indonesia.
 */
export function jobPostingFor(v: Vacancy, ctx: JobPostingContext): WithContext<JobPosting> {
  const remote = v.work_mode === 'remote';
  const salary = baseSalary(v);
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: v.title,
    description: descriptionHtml(v),
    // The site's first publication of it (the ledger), else the office's date.
    datePosted: v.first_published ?? v.date_posted,
    // Applications close at the end of the last day, Jakarta time (WIB).
    validThrough: `${v.valid_through}T23:59:59+07:00`,
    employmentType: googleEmploymentType[v.employment_type],
    hiringOrganization: { '@type': 'Organization', name: v.employer_name },
    ...(remote ? { jobLocationType: 'TELECOMMUTE' } : { jobLocation: jobLocation(v, ctx) }),
    ...((remote || v.region_scope === 'national') && { applicantLocationRequirements: indonesia }),
    ...(salary && { baseSalary: salary }),
    identifier: { '@type': 'PropertyValue', name: ctx.sourceByName.get(v.source)?.name ?? v.source, value: v.id },
    directApply: false,
    totalJobOpenings: v.openings,
    ...(ctx.siteUrl && { url: new URL(vacancyUrl(v), ctx.siteUrl).href }),
  };
}
