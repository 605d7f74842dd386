import { t } from '../../i18n';
import type { Vacancy } from '../schema/publishedVacancy';
import { currencyName, formatDate, formatSalary } from './format';
import type { SiteIndex } from './groupVacancies';
import { officialPlaceLabel, placeLabel } from './placeLabel';
import { occupationUrl } from './urls';

/** One row of a vacancy's summary list; `href` makes the value a link. */
export interface Fact {
  label: string;
  value: string;
  href?: string;
  /** A short remark under the value: how the value was obtained (an occupation inferred from the title). */
  note?: string;
}

const f = t.vacancy.facts;
const labels = t.labels;

/** Pay with the name of its currency when it is not Rupiah: `PHP 20.000 per bulan (Peso Filipina)`. */
function payText(v: Vacancy): string | undefined {
  const pay = formatSalary(v.salary_min, v.salary_max, v.salary_currency);
  const name = currencyName(v.salary_currency);
  return pay && name ? `${pay} (${name})` : pay;
}

/** The facts a job seeker decides on, shown in the first screen: who, where (short names), pay (its absence matters) and the deadline. */
export function keyFacts(s: SiteIndex, v: Vacancy): Fact[] {
  return [
    { label: f.employer, value: v.employer_name },
    { label: f.place, value: placeLabel(s, v) },
    { label: f.pay, value: payText(v) ?? t.pay.notStatedShort },
    { label: f.deadline, value: formatDate(v.valid_through) },
  ];
}

/** The other reported facts, in reading order, below the apply action: the official place name when it is longer, then the rest; empty fields left out. */
export function vacancyFacts(s: SiteIndex, v: Vacancy): Fact[] {
  const occupation = s.occupationByCode.get(v.occupation_unit);
  const official = officialPlaceLabel(s, v);
  const rows: (Fact | false | undefined | '')[] = [
    official !== placeLabel(s, v) && { label: t.phone.vacancy.officialPlace, value: official },
    {
      label: f.occupation,
      value: `${occupation?.titleId ?? v.occupation_unit} (${t.lists.occupationCode(v.occupation_code)})`,
      href: occupation && occupationUrl(occupation),
      ...(v.inferred?.includes('occupation_code') && { note: f.occupationInferred }),
    },
    v.work_address && { label: f.address, value: v.work_address },
    v.employer_sector && { label: f.sector, value: labels.sector[v.employer_sector] },
    { label: f.employmentType, value: labels.employmentType[v.employment_type] },
    { label: f.workMode, value: labels.workMode[v.work_mode] },
    { label: f.openings, value: t.count.people(String(v.openings)) },
    v.education_min && { label: f.education, value: labels.education[v.education_min] },
    v.experience_min_years !== undefined && {
      label: f.experience, value: v.experience_min_years === 0 ? t.vacancy.experienceNone : t.vacancy.experienceYears(v.experience_min_years),
    },
    (v.age_min !== undefined || v.age_max !== undefined) && { label: f.age, value: t.vacancy.ageRange(v.age_min, v.age_max) },
    v.gender !== 'any' && { label: f.gender, value: labels.gender[v.gender] },
    v.disability_friendly !== undefined && { label: f.disability, value: v.disability_friendly ? t.vacancy.disabilityYes : t.vacancy.disabilityNo },
    v.skills && v.skills.length > 0 && { label: f.skills, value: v.skills.join(', ') },
  ];
  return rows.filter((row): row is Fact => Boolean(row));
}
