import { t } from '../../i18n';
import type { Vacancy } from '../schema/publishedVacancy';
import { closesInText, formatDate, formatSalary } from './format';
import type { SiteIndex } from './groupVacancies';
import { closesSoon } from './homeSummary';
import { placeLabel } from './placeLabel';
import { vacancyUrl } from './urls';

/** What a vacancy's card in a list shows, resolved from the site index. */
export interface VacancyCardView {
  href: string;
  title: string;
  employer: string;
  place: string;
  /** Monthly pay, or that it is not stated. */
  pay: string;
  isOpen: boolean;
  /** `Ditutup besok` when an open vacancy closes within a week: on the home page only, which is made anew every day (a list card names the date alone, so a list stays the same from day to day). */
  closesSoon?: string;
  /** The last day to apply, as readers write dates. */
  deadline: string;
}

/** The card of a vacancy in a list or on the home page; `urgent` adds how soon an open vacancy closes, counted from the data's date (the home page only: see `closesSoon`). */
export function vacancyCard(s: Pick<SiteIndex, 'data' | 'provinceByCode' | 'regencyByCode'>, v: Vacancy, urgent = false): VacancyCardView {
  return {
    href: vacancyUrl(v),
    title: v.title,
    employer: v.employer_name,
    place: placeLabel(s, v),
    pay: formatSalary(v.salary_min, v.salary_max, v.salary_currency) ?? t.pay.notStated,
    isOpen: v.is_open,
    closesSoon: urgent && v.is_open && closesSoon(s.data.asOf, v) ? closesInText(s.data.asOf, v.valid_through) : undefined,
    deadline: formatDate(v.valid_through),
  };
}
