import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJobPosting } from '../../src/lib/seo/checkJobPosting';

const fixtures = path.resolve('../shared/validation/jobposting-google-rules');
const missing = (name: string) => `Missing field "${name}" (optional)`;
const required = (name: string) => `Required attribute "${name}" is missing`;

/** Expected results from the fixtures' README.txt (upstream src/types/__tests__/JobPosting.test.js); `warnings` only where it lists them. */
const expected: Record<string, { errors: string[]; warnings?: string[] }> = {
  'valid1.json': { errors: [], warnings: [missing('applicantLocationRequirements'), missing('directApply'), missing('jobLocationType')] },
  'valid2.json': { errors: [], warnings: [missing('directApply')] },
  'valid3.json': { errors: [], warnings: [missing('applicantLocationRequirements'), missing('directApply'), missing('jobLocationType')] },
  'missing-required.json': { errors: [required('hiringOrganization'), required('jobLocation')] },
  'missing-address-country.json': { errors: [required('jobLocation.address.addressCountry')] },
  'remote-missing-location.json': { errors: [required('applicantLocationRequirements')] },
  'hybrid-job.json': { errors: [] },
  'missing-recommended.json': { errors: [required('applicantLocationRequirements')], warnings: [missing('applicantLocationRequirements'), missing('directApply')] },
};

const readFixture = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(fixtures, file), 'utf8'));
const messages = (issues: { message: string }[]) => issues.map((i) => i.message);

if (!fs.existsSync(fixtures)) console.warn(`skipped: Google JobPosting rule fixtures not found at ${fixtures}`);

describe.skipIf(!fs.existsSync(fixtures))('Google JobPosting rules on the shared fixtures (skipped when ../shared is absent)', () => {
  const files = fs.existsSync(fixtures) ? fs.readdirSync(fixtures).filter((f) => f.endsWith('.json')).sort() : [];

  it('has an expected result for every fixture file', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(files).toEqual(Object.keys(expected).sort());
  });

  it.each(files)('gives %s the expected errors and warnings', (file) => {
    const result = checkJobPosting(readFixture(file));
    expect(messages(result.errors)).toEqual(expected[file].errors);
    if (expected[file].warnings) expect(messages(result.warnings)).toEqual(expected[file].warnings);
  });

  it('finds the same problems when a fixture sits in a @graph or a list, with paths that say where', () => {
    const item = readFixture('missing-address-country.json') as Record<string, unknown>;
    const { '@context': context, ...node } = item;
    const graph = checkJobPosting({ '@context': context, '@graph': [{ '@type': 'WebPage', name: 'x' }, node] });
    expect(graph.errors).toEqual([{ path: '@graph[1].jobLocation.address.addressCountry', message: required('jobLocation.address.addressCountry') }]);
    const list = checkJobPosting([readFixture('valid2.json'), readFixture('missing-required.json')]);
    expect(list.errors.map((e) => e.path)).toEqual(['[1].hiringOrganization', '[1].jobLocation']);
  });
});

describe('checkJobPosting', () => {
  const posting = {
    '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Perawat', description: '<p>Merawat pasien.</p>', datePosted: '2026-11-01',
    validThrough: '2026-12-31T23:59:59+07:00', employmentType: 'TEMPORARY', hiringOrganization: { '@type': 'Organization', name: 'RS Sehat' },
    jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Kota Bandung', addressCountry: 'ID' } },
    applicantLocationRequirements: { '@type': 'Country', name: 'Indonesia' }, jobLocationType: 'TELECOMMUTE',
    baseSalary: { '@type': 'MonetaryAmount', currency: 'IDR', value: { '@type': 'QuantitativeValue', value: 5_000_000, unitText: 'MONTH' } },
    identifier: { '@type': 'PropertyValue', name: 'Disnaker', value: 'U-1' }, directApply: false,
  };

  it('passes a complete posting without errors or warnings', () => {
    expect(checkJobPosting(posting)).toEqual({ errors: [], warnings: [] });
  });

  it('requires a hiring organization with a name', () => {
    expect(checkJobPosting({ ...posting, hiringOrganization: { '@type': 'Organization' } }).errors).toEqual([
      { path: 'hiringOrganization.name', message: required('hiringOrganization.name') },
    ]);
  });

  it('requires a jobLocation unless the job is TELECOMMUTE, and a country in every place', () => {
    const { jobLocation: _, jobLocationType: __, ...placeless } = posting;
    expect(messages(checkJobPosting(placeless).errors)).toEqual([required('jobLocation')]);
    const twoPlaces = { ...posting, jobLocation: [posting.jobLocation, { '@type': 'Place', address: { addressLocality: 'Bogor' } }] };
    expect(checkJobPosting(twoPlaces).errors).toEqual([{ path: 'jobLocation[1].address.addressCountry', message: required('jobLocation.address.addressCountry') }]);
  });

  it('rejects a missing, empty or undated title, description and datePosted', () => {
    expect(messages(checkJobPosting({ ...posting, title: ' ', description: 42, datePosted: 'kemarin' }).errors)).toEqual([
      required('title'), 'Invalid type for attribute "description"', 'Invalid type for attribute "datePosted"',
    ]);
  });

  it('warns when validThrough has passed on the given date, and only then', () => {
    expect(checkJobPosting(posting, { now: new Date('2026-12-31T16:59:58Z') }).warnings).toEqual([]);
    expect(checkJobPosting(posting, { now: new Date('2026-12-31T17:00:00Z') }).warnings).toEqual([
      { path: 'validThrough', message: 'Attribute "validThrough" is in the past: the job has expired' },
    ]);
  });

  it('warns about values Google does not know', () => {
    expect(messages(checkJobPosting({ ...posting, employmentType: ['FULL_TIME', 'KONTRAK'], jobLocationType: 'HYBRID', directApply: 'no' }).warnings)).toEqual([
      'Invalid type for attribute "directApply"', 'Invalid value for attribute "employmentType"', 'Invalid value for attribute "jobLocationType"',
    ]);
  });

  it('reports a document without any JobPosting', () => {
    expect(checkJobPosting({ '@type': 'BreadcrumbList' }).errors).toEqual([{ path: '', message: 'No "JobPosting" item found' }]);
  });

  it('recognises JobPosting written as a schema.org IRI or among several types', () => {
    expect(checkJobPosting({ ...posting, '@type': ['https://schema.org/JobPosting'] }).errors).toEqual([]);
  });
});
