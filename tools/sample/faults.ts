import { addDays } from '../../src/lib/parse/parseDate';
import type { Cells } from './formatRow';
import { formatDate, formatRupiah } from './formatValues';
import type { OfficeSpec } from './offices';
import type { Random } from './random';
import type { SampleVacancy } from './sampleVacancy';

/** Deliberate mistakes, as publishers make them, to exercise the validation report. */
export const faultKinds = [
  'missing-title', 'openings-zero', 'openings-word', 'impossible-date', 'date-order', 'salary-order',
  'unknown-region', 'unknown-occupation', 'script-url', 'no-apply-method',
] as const;
/** One kind of deliberate mistake. */
export type FaultKind = (typeof faultKinds)[number];

/** Faults that checking a row alone (`validateRow`) catches; the others need the region or occupation reference. */
export const rowLevelFaults: ReadonlySet<FaultKind> = new Set(faultKinds.filter((k) => k !== 'unknown-region' && k !== 'unknown-occupation'));

/** Descriptions that try to inject markup: valid rows, whose text the site must show as text. */
export const hostileTexts = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>'];

/** Breaks one cell (or a pair) of a written row and says how; only faults the office's columns can carry are chosen. */
export function applyFault(cells: Cells, vacancy: SampleVacancy, office: OfficeSpec, random: Random): FaultKind {
  const has = new Set(office.format.columns.map(([field]) => field));
  const possible = faultKinds.filter((kind) =>
    (kind !== 'unknown-region' || (has.has('region') && vacancy.place.kind !== 'abroad')) && (kind !== 'script-url' || has.has('apply_url')));
  const kind = random.pick(possible);
  const pay = (amount: number) => formatRupiah(amount, office.format.rupiah[0][0]);
  switch (kind) {
    case 'missing-title': cells.title = ''; break;
    case 'openings-zero': cells.openings = '0'; break;
    case 'openings-word': cells.openings = 'dua'; break;
    case 'impossible-date': cells.date_posted = `31/02/${vacancy.datePosted.slice(0, 4)}`; break;
    case 'date-order': cells.valid_through = formatDate(addDays(vacancy.datePosted, -random.int(1, 10)), office.format.dates); break;
    case 'salary-order': {
      const low = vacancy.salaryMin ?? 3_000_000;
      cells.salary_min = pay(low + 1_500_000);
      cells.salary_max = pay(low);
      break;
    }
    case 'unknown-region': cells.region = 'Kota Antah Berantah'; break;
    case 'unknown-occupation': cells.occupation_code = '9999'; break;
    case 'script-url': cells.apply_url = 'javascript:alert(1)'; break;
    case 'no-apply-method': cells.apply_url = ''; cells.apply_email = ''; cells.apply_instructions = ''; break;
  }
  return kind;
}

/** Adds a hostile snippet to the description as its own paragraph. */
export function addHostileText(cells: Cells, random: Random): void {
  cells.description = `${cells.description}\n\n${random.pick(hostileTexts)}`;
}
