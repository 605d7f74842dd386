import type { Vacancy } from '../schema/publishedVacancy';
import type { Crumb } from './breadcrumbList';
import { placeCrumbs } from './crumbs';
import type { SiteIndex } from './groupVacancies';
import { placeLabel } from './placeLabel';
import { t } from '../../i18n';
import { officeVisit, type OfficeVisit } from './officeVisit';
import { PREVIEW_SIZE, previewImageOf, previewImagePath } from './previewImage';
import { occupationUrl } from './urls';
import { keyFacts, vacancyFacts, type Fact } from './vacancyFacts';
import { vacancyHistory, type VacancyHistoryView } from './vacancyHistory';

/** Where a closed vacancy sends a reader: open vacancies in its place and in its occupation group. */
export interface ClosedLinks {
  place?: Crumb;
  occupation?: { href: string; label: string };
}

/** Who published a vacancy, as the provenance section names them. */
export interface Provenance {
  office: { name: string; url?: string };
  /** Names of the other offices that published it too. */
  also: string[];
  /** The date of the data shown (YYYY-MM-DD): its last change, so the page does not move with the build date. */
  asOf: string;
}

/** What a vacancy page shows beside the vacancy's own fields, resolved from the site index. */
export interface VacancyPageView {
  place: string;
  crumbs: Crumb[];
  /** Employer, place, pay and deadline: the first screen. */
  key: Fact[];
  /** Every other reported fact, below the apply action. */
  facts: Fact[];
  closed: ClosedLinks;
  provenance: Provenance;
  history: VacancyHistoryView;
  /** The office to visit, for an open vacancy applied to in person whose office lists its address (data/sources.csv). */
  visit?: OfficeVisit;
  /** Its region's link-preview image (one per region, src/lib/site/previewImage.ts). */
  image: { path: string; width: number; height: number; alt: string };
}

/** The view model of one vacancy page. */
export function vacancyPage(s: SiteIndex, v: Vacancy): VacancyPageView {
  const crumbs = placeCrumbs(s, v);
  const occupation = s.occupationByCode.get(v.occupation_unit);
  const office = s.sourceByName.get(v.source);
  return {
    place: placeLabel(s, v),
    crumbs: [...crumbs, { label: v.title }],
    key: keyFacts(s, v),
    facts: vacancyFacts(s, v),
    closed: { place: crumbs.at(-1), occupation: occupation && { href: occupationUrl(occupation), label: occupation.titleId } },
    provenance: {
      office: { name: office?.name ?? v.source, url: office?.url },
      also: v.also_published_by.map((x) => s.sourceByName.get(x)?.name ?? x),
      asOf: v.last_changed ?? s.data.asOf,
    },
    history: vacancyHistory(v),
    visit: officeVisit(s, v),
    image: previewOf(s, v),
  };
}

function previewOf(s: SiteIndex, v: Vacancy): VacancyPageView['image'] {
  const preview = previewImageOf(s, v);
  return { path: previewImagePath(preview), ...PREVIEW_SIZE, alt: t.phone.preview.alt(preview.region) };
}
