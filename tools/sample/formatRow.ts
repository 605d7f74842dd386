import type { VacancyField } from '../../src/lib/schema/vacancy';
import { countryName } from './composeVacancy';
import { formatDate, formatRupiah } from './formatValues';
import type { OfficeSpec } from './offices';
import { hashSeed, type Random } from './random';
import type { RegionBook } from './regionBook';
import type { SampleVacancy } from './sampleVacancy';
import { writeLabel } from './writeLabels';
import { writeRegion } from './writeRegion';

/** A row as cells keyed by contract field; empty string = empty cell. */
export type Cells = Record<VacancyField, string>;

/** Writes a vacancy as the office's export would: its date, pay, label and region habits, and only the columns it has. */
export function formatRow(vacancy: SampleVacancy, id: string, office: OfficeSpec, book: RegionBook, random: Random): Cells {
  const { format } = office;
  const variant = hashSeed(office.slug);
  const label = (field: VacancyField, code: string | undefined) => (code === undefined ? '' : writeLabel(field, code, format.labels, variant, random));
  const payStyle = random.weighted(format.rupiah);
  const pay = (amount: number | undefined) => (amount === undefined ? '' : formatRupiah(amount, payStyle));
  const has = new Set(format.columns.map(([field]) => field));
  const place = vacancy.place;
  const cells: Cells = {
    id, title: vacancy.title, occupation_code: vacancy.occupationCode,
    employer_name: vacancy.employer.name,
    employer_sector: format.labels === 'code' || random.chance(0.5) ? vacancy.employer.sector : `Kategori ${vacancy.employer.sector}`,
    openings: String(vacancy.openings),
    region: writeRegion(place, random.weighted(format.regions), book, random),
    country: place.kind !== 'abroad' ? '' : format.country === 'code' ? place.country : countryName(place.country),
    work_address: vacancy.workAddress ?? '',
    work_mode: label('work_mode', vacancy.workMode),
    employment_type: label('employment_type', vacancy.employmentType),
    education_min: label('education_min', vacancy.education),
    experience_min_years: vacancy.experience === undefined ? '' : String(vacancy.experience),
    age_min: vacancy.ageMin === undefined ? '' : String(vacancy.ageMin),
    age_max: vacancy.ageMax === undefined ? '' : String(vacancy.ageMax),
    gender: label('gender', vacancy.gender),
    skills: vacancy.skills?.join('; ') ?? '',
    salary_min: pay(vacancy.salaryMin), salary_max: pay(vacancy.salaryMax), salary_currency: '',
    description: vacancy.description, requirements: vacancy.requirements ?? '', benefits: vacancy.benefits ?? '',
    disability_friendly: label('disability_friendly', vacancy.disabilityFriendly === undefined ? undefined : String(vacancy.disabilityFriendly)),
    date_posted: formatDate(vacancy.datePosted, format.dates), valid_through: formatDate(vacancy.validThrough, format.dates),
    status: label('status', vacancy.status),
    apply_url: vacancy.applyUrl ?? '', apply_email: vacancy.applyEmail ?? '', apply_instructions: vacancy.applyInstructions ?? '',
    source_url: vacancy.sourceUrl ?? '',
    // The sample's overseas rows name no placement agency, as many real exports do.
    placement_agency: '', placement_agency_license: '',
  };
  // An office without a column for the link or e-mail writes it into the instructions, so every row keeps a way to apply.
  const lost = [!has.has('apply_url') && cells.apply_url && `Lamar melalui ${cells.apply_url}`, !has.has('apply_email') && cells.apply_email && `Kirim lamaran ke ${cells.apply_email}`].filter(Boolean);
  if (lost.length) cells.apply_instructions = [cells.apply_instructions, ...lost].filter(Boolean).join('. ');
  return cells;
}
