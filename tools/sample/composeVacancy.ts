import { slugify } from '../../src/lib/slugify';
import { describe } from './describe';
import type { OverseasCountry } from './employers';
import { employmentByFamily, type JobTemplate } from './jobTemplates';
import type { OfficeContext } from './officeContext';
import { bigPlaces, provinces } from './provinces';
import type { Random } from './random';
import { pickSalary, pickSalaryAbroad } from './salary';
import type { SampleVacancy } from './sampleVacancy';
import { pickTiming } from './vacancyTiming';
import { writeRegion, type Place } from './writeRegion';

const countryNames: Record<OverseasCountry, string> = { MY: 'Malaysia', TW: 'Taiwan', HK: 'Hong Kong', JP: 'Jepang', KR: 'Korea Selatan', SA: 'Arab Saudi' };
const citiesAbroad: Record<OverseasCountry, readonly string[]> = {
  MY: ['Johor Bahru', 'Kuala Lumpur', 'Kota Kinabalu', 'Penang'], TW: ['Taichung', 'Taoyuan', 'Kaohsiung', 'Tainan'], HK: ['Kowloon', 'Sha Tin', 'Tsuen Wan'],
  JP: ['Osaka', 'Aichi', 'Saitama', 'Fukuoka'], KR: ['Busan', 'Ansan', 'Incheon', 'Gimhae'], SA: ['Riyadh', 'Jeddah', 'Dammam'],
};
const streets = ['Jend. Sudirman', 'Ahmad Yani', 'Diponegoro', 'Gatot Subroto', 'Pahlawan', 'Merdeka', 'Raya Industri', 'Imam Bonjol', 'Veteran', 'Pemuda', 'Hasanuddin', 'Gajah Mada', 'Perintis Kemerdekaan', 'Raya Pelabuhan'];
const mainCities = new Set(provinces.map((p) => p.mainCity));

/** Display name of a destination country, as Indonesian postings write it. */
export const countryName = (code: string): string => countryNames[code as OverseasCountry] ?? code;

/** Makes one realistic vacancy for an office: job, employer, place, dates, pay, texts and how to apply. */
export function composeVacancy(ctx: OfficeContext, random: Random): SampleVacancy {
  const { template, country } = random.weighted(ctx.jobs);
  return country ? composeAbroad(ctx, template, country, random) : composeAtHome(ctx, template, random);
}

function composeAtHome(ctx: OfficeContext, template: JobTemplate, random: Random): SampleVacancy {
  const { employer, home } = ctx.employerOf(random.pick(template.employers), random);
  const remote = template.remote ? random.weighted([['onsite', 45], ['hybrid', 25], ['remote', 30]] as const) : 'onsite';
  const r = random.next();
  const regency = random.chance(0.8) ? home : ctx.pickRegency(random);
  const place: Place = (remote === 'remote' && r < 0.3) || r < 0.01 ? { kind: 'national' }
    : r > 0.98 && regency ? { kind: 'province', provinceCode: regency.provinceCode }
    : regency ? { kind: 'regency', regency } : { kind: 'national' };
  const provinceCode = place.kind === 'regency' ? place.regency.provinceCode : place.kind === 'province' ? place.provinceCode : ctx.office.homeProvince;
  const premium = place.kind === 'regency' && (mainCities.has(place.regency.code) || bigPlaces.has(place.regency.code)) ? 1.15 : 1;
  const salary = pickSalary(template, ctx.minimumWages.get(provinceCode)!, premium, random);
  const placeText = place.kind === 'regency' ? (place.regency.name.includes('Administrasi') ? place.regency.bareName : place.regency.name) : place.kind === 'province' ? `wilayah ${writeRegion(place, 'official', ctx.book, random)}` : 'berbagai kota di Indonesia';
  const workAddress = place.kind === 'regency' && random.chance(0.5)
    ? `${random.chance(0.2) ? `Kawasan Industri ${place.regency.bareName} Blok ${'ABCDEFG'[random.int(0, 6)]}-${random.int(1, 40)}` : `Jl. ${random.pick(streets)} No. ${random.int(1, 250)}`}, ${place.regency.name}`
    : undefined;
  return {
    ...common(ctx, template, employer, placeText, undefined, random),
    place, workAddress, salaryMin: salary.min, salaryMax: salary.max,
    workMode: remote === 'onsite' && random.chance(0.4) ? undefined : remote,
  };
}

function composeAbroad(ctx: OfficeContext, template: JobTemplate, country: OverseasCountry, random: Random): SampleVacancy {
  const employer = ctx.foreignEmployerOf(country, template, random);
  const agency = ctx.agencyOf(random);
  const salary = pickSalaryAbroad(country, template, random);
  const vacancy = common(ctx, template, employer, countryNames[country], agency, random);
  return {
    ...vacancy,
    place: { kind: 'abroad', country }, workAddress: `${random.pick(citiesAbroad[country])}, ${countryNames[country]}`,
    salaryMin: salary.min, salaryMax: salary.max, openings: random.int(5, 60), employmentType: 'contract',
    applyUrl: random.chance(0.4) ? `https://${agency.domain}/lowongan/${slugify(vacancy.title)}` : undefined,
    applyEmail: undefined,
    applyInstructions: `Daftar di Layanan Terpadu Satu Atap (LTSA) atau Disnaker kabupaten/kota domisili Anda, membawa KTP, KK, ijazah, dan surat izin keluarga. Sebutkan ${agency.name}.`,
  };
}

function common(ctx: OfficeContext, template: JobTemplate, employer: SampleVacancy['employer'], placeText: string, agency: SampleVacancy['employer'] | undefined, random: Random): Omit<SampleVacancy, 'place'> {
  const title = random.pick(template.titles);
  const timing = pickTiming(ctx.asOf, random);
  const education = random.chance(0.9) ? random.pick(template.education) : undefined;
  const experience = random.chance(0.7) ? random.int(template.experience[0], template.experience[1]) : undefined;
  const ageMin = random.chance(0.5) ? random.pick([18, 18, 20, 21, 22, 25]) : undefined;
  const ageMax = ageMin === undefined ? undefined : random.pick([25, 30, 35, 35, 40, 45].filter((a) => a >= ageMin + 5));
  const stated = template.gender && random.chance(template.gender[1]) ? template.gender[0] : undefined;
  const gender = stated ?? (random.chance(0.4) ? 'any' : undefined);
  const disabilityFriendly = random.chance(0.08) ? true : random.chance(0.25) ? false : undefined;
  const texts = describe({ template, title, employer, place: placeText, abroad: agency && { agency }, disabilityFriendly, education, experience, ageMin, ageMax, gender: stated ?? 'any' }, random);
  const bulk = /^[589]/.test(template.code);
  const openings = random.weighted(bulk ? [[1, 25], [2, 20], [5, 25], [15, 20], [50, 10]] as const : [[1, 55], [2, 30], [4, 15]] as const);
  const how = random.next();
  return {
    title, occupationCode: template.code, employer, ...timing,
    status: timing.status === 'open' && random.chance(0.5) ? undefined : timing.status,
    openings: openings === 1 ? 1 : random.int(openings === 2 ? 2 : openings, openings * 2),
    employmentType: random.weighted(employmentByFamily[template.family]),
    education, experience, ageMin, ageMax, gender, disabilityFriendly,
    skills: random.chance(0.7) ? random.sample(template.skills, random.int(2, 4)) : undefined,
    description: texts.description,
    requirements: random.chance(0.9) ? texts.requirements : undefined,
    benefits: random.chance(0.85) ? texts.benefits : undefined,
    applyUrl: how < 0.35 || how >= 0.85 ? `https://${employer.domain}/karir/${slugify(title)}` : undefined,
    applyEmail: (how >= 0.35 && how < 0.7) || how >= 0.85 ? `${random.pick(['rekrutmen', 'hrd', 'karir', 'lowongan'])}@${employer.domain}` : undefined,
    applyInstructions: how >= 0.7 && how < 0.85 ? random.pick([
      `Datang langsung ke kantor ${employer.name} pada hari kerja pukul 09.00-15.00 membawa CV, fotokopi KTP, dan ijazah terakhir.`,
      'Lamaran diantar ke Disnaker setempat (bursa kerja) paling lambat pada batas lamaran.',
      'Daftar melalui pengantar kerja di kantor Disnaker dengan membawa kartu AK/1 (kartu kuning).',
    ]) : undefined,
    sourceUrl: random.chance(0.4) ? `https://${employer.domain}/lowongan/${random.int(1000, 99_999)}` : undefined,
  };
}
