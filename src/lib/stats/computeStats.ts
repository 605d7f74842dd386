import { t } from '../../i18n';
import type { Occupation } from '../reference/occupations';
import type { Province } from '../reference/regions';
import type { Vacancy } from '../schema/publishedVacancy';
import { readableOccupationTitle } from '../site/occupationTitles';
import { breakdown, groupBy, payRow, type Category } from './breakdown';
import type { MinimumWage, Stats } from './statsSchema';
import { weekOf, weeksUpTo } from './weeks';

/** What the statistics are computed from: every published vacancy, the provinces and major groups, the UMP and the map. */
export interface StatsInput {
  asOf: string;
  vacancies: readonly Vacancy[];
  provinces: readonly Province[];
  /** The ten KBJI major groups. */
  majors: readonly Occupation[];
  minimumWages: readonly MinimumWage[];
  topology: Record<string, unknown>;
}

/** Weeks shown in the weekly chart, up to the data's week. */
export const WEEKS_SHOWN = 26;
/** The key of vacancies without a value (no education stated, disability not stated). */
export const NOT_STATED = 'tidak_disebut';

const s = () => t.stats;
const fromLabels = (labels: Record<string, string>): Category[] => Object.entries(labels).map(([key, label]) => ({ key, label }));

/** The area of a vacancy: its province code, or `national` / `overseas`. */
export const areaOf = (v: Vacancy): string => v.province_code ?? v.region_scope;

/** The statistics of /statistik/ from the published vacancies (open ones for everything but the weekly postings). */
export function computeStats(input: StatsInput): Stats {
  const open = input.vacancies.filter((v) => v.is_open);
  const areas: Category[] = [
    ...input.provinces.map((p) => ({ key: p.code, label: p.name })),
    { key: 'national', label: t.labels.nationwide }, { key: 'overseas', label: t.labels.overseas },
  ];
  const wages = new Map(input.minimumWages.map((w) => [w.provinceCode, w]));
  const byArea = groupBy(open, areaOf);
  const disability: Category[] = [{ key: 'ya', label: s().disabilityYes }, { key: 'tidak', label: s().disabilityNo }, { key: NOT_STATED, label: s().notStated }];
  return {
    asOf: input.asOf,
    open: { vacancies: open.length, positions: open.reduce((n, v) => n + v.openings, 0) },
    byProvince: breakdown(open, areaOf, areas),
    byMajor: breakdown(open, (v) => v.occupation_unit.slice(0, 1), input.majors.map((o) => ({ key: o.code, label: readableOccupationTitle(o.titleId) }))),
    byEducation: breakdown(open, (v) => v.education_min ?? NOT_STATED, [...fromLabels(t.labels.education), { key: NOT_STATED, label: s().notStated }]),
    byEmploymentType: breakdown(open, (v) => v.employment_type, fromLabels(t.labels.employmentType)),
    byWorkMode: breakdown(open, (v) => v.work_mode, fromLabels(t.labels.workMode)),
    byDisability: breakdown(open, (v) => (v.disability_friendly === undefined ? NOT_STATED : v.disability_friendly ? 'ya' : 'tidak'), disability),
    pay: areas.map((a) => payRow(a, byArea.get(a.key) ?? [], wages.get(a.key))),
    weekly: breakdown(input.vacancies, (v) => weekOf(v.date_posted), weeksUpTo(input.asOf, WEEKS_SHOWN)),
    published: input.vacancies.length,
    topology: input.topology,
  };
}
