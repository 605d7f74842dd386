import { makeAgency, makeEmployer, makeForeignEmployer, type Employer, type EmployerKind, type OverseasCountry } from './employers';
import { jobTemplates, type JobTemplate } from './jobTemplates';
import type { OfficeSpec } from './offices';
import { randomFor, type Random } from './random';
import type { RegionBook, SampleRegency } from './regionBook';
import { regionPicker } from './regionsWeighted';

/** An employer with the kabupaten/kota it is based in. */
export interface HomeEmployer {
  employer: Employer;
  home?: SampleRegency;
}

/** Everything needed to make one office's vacancies; employers are derived from the seed, so the same index is always the same firm. */
export interface OfficeContext {
  office: OfficeSpec;
  seed: number;
  asOf: string;
  book: RegionBook;
  /** Minimum wage (UMP) per province code. */
  minimumWages: ReadonlyMap<string, number>;
  pickRegency(random: Random): SampleRegency | undefined;
  /** Jobs the office reports, weighted; abroad, each with its destination country. */
  jobs: readonly (readonly [{ template: JobTemplate; country?: OverseasCountry }, number])[];
  employerOf(kind: EmployerKind, random: Random): HomeEmployer;
  foreignEmployerOf(country: OverseasCountry, template: JobTemplate, random: Random): Employer;
  agencyOf(random: Random): Employer;
}

const foreignHint: Record<string, string> = {
  care: 'care', health: 'hospital', domestic: 'household', manufacturing: 'industr', garment: 'industr', mechanic: 'industr',
  fishery: 'fisher', agriculture: 'plantation', hospitality: 'catering', construction: 'construction', cleaning: 'hotel',
};

/** Builds an office's context; `rowsPlanned` sizes its pool of employers (about one firm per 25 rows). */
export function createOfficeContext(office: OfficeSpec, seed: number, asOf: string, book: RegionBook, minimumWages: ReadonlyMap<string, number>, rowsPlanned: number): OfficeContext {
  const pickRegency = regionPicker(book, office.area);
  const poolSize = Math.max(4, Math.round(rowsPlanned / 25));
  const cache = new Map<string, HomeEmployer>();
  const indexIn = (random: Random, size: number) => Math.floor(size * random.next() ** 2);
  const jobs = office.area.kind === 'overseas'
    ? jobTemplates.flatMap((template) => Object.entries(template.overseas ?? {}).map(([country, w]) => [{ template, country: country as OverseasCountry }, w] as const))
    : jobTemplates.filter((t) => t.weight > 0).map((template) => [{ template }, template.weight] as const);
  const remember = (key: string, make: () => HomeEmployer) => {
    let found = cache.get(key);
    if (!found) cache.set(key, (found = make()));
    return found;
  };
  return {
    office, seed, asOf, book, minimumWages, pickRegency, jobs,
    employerOf: (kind, random) => {
      const index = indexIn(random, poolSize);
      return remember(`${kind}:${index}`, () => {
        const own = randomFor(seed, 'employer', office.slug, kind, index);
        return { employer: makeEmployer(kind, own), home: pickRegency(own) };
      });
    },
    foreignEmployerOf: (country, template, random) => {
      const hint = foreignHint[template.family] ?? '';
      const index = indexIn(random, Math.max(3, Math.round(poolSize / 6)));
      return remember(`${country}:${hint}:${index}`, () => ({ employer: makeForeignEmployer(country, hint, randomFor(seed, 'foreign', country, hint, index)) })).employer;
    },
    agencyOf: (random) => {
      const index = random.int(0, 7);
      return remember(`agency:${index}`, () => ({ employer: makeAgency(randomFor(seed, 'agency', office.slug, index)) })).employer;
    },
  };
}
