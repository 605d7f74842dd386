import { findJobPostings } from './findJobPostings';

/** One finding: where in the JSON-LD document (`jobLocation[0].address.addressCountry`) and what is wrong. */
export interface JobPostingIssue {
  path: string;
  message: string;
}

/** Errors keep a posting out of Google's job results; warnings only make it poorer. */
export interface JobPostingCheck {
  errors: JobPostingIssue[];
  warnings: JobPostingIssue[];
}

/** Google's `employmentType` values. */
const employmentTypes = new Set(['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER', 'PER_DIEM', 'OTHER']);

type Item = Record<string, unknown>;
type Kind = 'string' | 'date' | 'boolean';

const isMissing = (x: unknown) => x === undefined || x === null || (typeof x === 'string' && x.trim() === '') || (Array.isArray(x) && x.length === 0);
const isDate = (x: unknown) => typeof x === 'string' && !Number.isNaN(Date.parse(x));
const hasKind: Record<Kind, (x: unknown) => boolean> = { string: (x) => typeof x === 'string', date: isDate, boolean: (x) => typeof x === 'boolean' };
const asList = (x: unknown): unknown[] => (Array.isArray(x) ? x : [x]);
const join = (prefix: string, name: string) => (prefix ? `${prefix}.${name}` : name);

/** The value at a dotted path (`address.addressCountry`), or undefined when a step is not an object. */
function valueAt(item: unknown, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((x, key) => (typeof x === 'object' && x !== null ? (x as Item)[key] : undefined), item);
}

/** Checks one attribute and records a missing or mistyped value as an error (required) or a warning (recommended). */
function attribute(into: JobPostingCheck, level: 'required' | 'recommended', prefix: string, item: unknown, name: string, kind?: Kind): void {
  const value = valueAt(item, name);
  const list = level === 'required' ? into.errors : into.warnings;
  const path = join(prefix, name);
  if (isMissing(value)) list.push({ path, message: level === 'required' ? `Required attribute "${name}" is missing` : `Missing field "${name}" (optional)` });
  else if (kind && !hasKind[kind](value)) list.push({ path, message: `Invalid type for attribute "${name}"` });
}

/** Google's rules for where the job is: a place with a country, or remote work (TELECOMMUTE) with the applicants' location. */
function checkLocation(into: JobPostingCheck, prefix: string, item: Item, telecommute: boolean): void {
  if (telecommute) attribute(into, 'required', prefix, item, 'applicantLocationRequirements');
  else attribute(into, 'required', prefix, item, 'jobLocation');
  if (isMissing(item.jobLocation)) return;
  const places = asList(item.jobLocation);
  places.forEach((place, i) => {
    const placePath = Array.isArray(item.jobLocation) ? `jobLocation[${i}].address.addressCountry` : 'jobLocation.address.addressCountry';
    const country = valueAt(place, 'address.addressCountry');
    // A Country item counts when it has a name.
    const named = typeof country === 'object' && country !== null ? (country as Item).name : country;
    if (isMissing(named)) into.errors.push({ path: join(prefix, placePath), message: 'Required attribute "jobLocation.address.addressCountry" is missing' });
  });
}

/** Recommended properties, in Google's list order, plus checks of values Google knows (employmentType, TELECOMMUTE, currency). */
function checkRecommended(into: JobPostingCheck, prefix: string, item: Item, now: Date | undefined): void {
  attribute(into, 'recommended', prefix, item, 'applicantLocationRequirements');
  attribute(into, 'recommended', prefix, item, 'baseSalary');
  if (typeof item.baseSalary === 'object' && item.baseSalary !== null) {
    attribute(into, 'recommended', prefix, item, 'baseSalary.currency', 'string');
    attribute(into, 'recommended', prefix, item, 'baseSalary.value');
  }
  attribute(into, 'recommended', prefix, item, 'directApply', 'boolean');
  attribute(into, 'recommended', prefix, item, 'employmentType');
  if (!isMissing(item.employmentType) && !asList(item.employmentType).every((t) => typeof t === 'string' && employmentTypes.has(t))) {
    into.warnings.push({ path: join(prefix, 'employmentType'), message: 'Invalid value for attribute "employmentType"' });
  }
  attribute(into, 'recommended', prefix, item, 'identifier');
  attribute(into, 'recommended', prefix, item, 'jobLocationType', 'string');
  if (typeof item.jobLocationType === 'string' && item.jobLocationType !== 'TELECOMMUTE') {
    into.warnings.push({ path: join(prefix, 'jobLocationType'), message: 'Invalid value for attribute "jobLocationType"' });
  }
  attribute(into, 'recommended', prefix, item, 'validThrough', 'date');
  if (now && isDate(item.validThrough) && Date.parse(item.validThrough as string) < now.getTime()) {
    into.warnings.push({ path: join(prefix, 'validThrough'), message: 'Attribute "validThrough" is in the past: the job has expired' });
  }
}

/** Google's JobPosting rich-result rules for one item. */
function checkItem(into: JobPostingCheck, prefix: string, item: Item, now: Date | undefined): void {
  attribute(into, 'required', prefix, item, 'title', 'string');
  attribute(into, 'required', prefix, item, 'description', 'string');
  attribute(into, 'required', prefix, item, 'datePosted', 'date');
  attribute(into, 'required', prefix, item, 'hiringOrganization');
  if (typeof item.hiringOrganization === 'object' && item.hiringOrganization !== null) {
    attribute(into, 'required', prefix, item, 'hiringOrganization.name');
  }
  checkLocation(into, prefix, item, asList(item.jobLocationType).includes('TELECOMMUTE'));
  checkRecommended(into, prefix, item, now);
}

/**
 * Applies Google's JobPosting rich-result rules to every JobPosting in a JSON-LD document (one item, a list, or a `@graph`).
 * `now` turns an expired `validThrough` into a warning. Messages follow the wording of Adobe's structured-data-validator.
 */
export function checkJobPosting(doc: unknown, options: { now?: Date } = {}): JobPostingCheck {
  const result: JobPostingCheck = { errors: [], warnings: [] };
  const found = findJobPostings(doc);
  if (found.length === 0) result.errors.push({ path: '', message: 'No "JobPosting" item found' });
  for (const { path, item } of found) checkItem(result, path, item, options.now);
  return result;
}
