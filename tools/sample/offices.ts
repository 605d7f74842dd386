import { contractFormat, databaseFormat, excelIndonesianFormat, legacyFormat, monthlyFolderFormat, overseasFormat, type OfficeFormat } from './officeFormats';
import { provinces } from './provinces';
import type { OfficeArea } from './regionsWeighted';

/** A (sample) publishing office: its source name, how it numbers vacancies, where its vacancies are, and how its export looks. */
export interface OfficeSpec {
  /** Source name: the file or folder name under data/vacancies. */
  slug: string;
  /** Display name for data/sources.csv; always marked as sample data. */
  name: string;
  /** Id prefix before year and number: `JB` gives `JB-2026-000123`. */
  idPrefix: string;
  /** Separator and zero-padding of its ids. */
  idStyle: { separator: '-' | '.'; digits: number };
  area: OfficeArea;
  /** Province whose minimum wage applies when a vacancy has no province of its own (nationwide postings). */
  homeProvince: string;
  /** People served, in thousands: sets the office's share of rows (placements abroad take a fixed 5%). */
  populationThousands: number;
  format: OfficeFormat;
}

const SAMPLE = '(data contoh)';

/** The six offices of the shipped sample, one per export format. */
const defaultOffices: OfficeSpec[] = [
  { slug: 'disnaker-jabar', name: `Dinas Tenaga Kerja dan Transmigrasi Provinsi Jawa Barat ${SAMPLE}`, idPrefix: 'JB', idStyle: { separator: '-', digits: 6 }, area: { kind: 'province', provinceCode: '32' }, homeProvince: '32', populationThousands: 50_345, format: contractFormat },
  { slug: 'disnaker-jatim', name: `Dinas Tenaga Kerja dan Transmigrasi Provinsi Jawa Timur ${SAMPLE}`, idPrefix: 'JTM', idStyle: { separator: '.', digits: 5 }, area: { kind: 'province', provinceCode: '35' }, homeProvince: '35', populationThousands: 41_814, format: excelIndonesianFormat },
  { slug: 'disnaker-dki', name: `Dinas Tenaga Kerja, Transmigrasi dan Energi Provinsi DKI Jakarta ${SAMPLE}`, idPrefix: 'DKI', idStyle: { separator: '-', digits: 5 }, area: { kind: 'province', provinceCode: '31' }, homeProvince: '31', populationThousands: 10_684, format: legacyFormat },
  {
    slug: 'disnaker-kota-medan', name: `Dinas Ketenagakerjaan Kota Medan ${SAMPLE}`, idPrefix: 'MDN', idStyle: { separator: '-', digits: 4 },
    area: { kind: 'city', provinceCode: '12', regencies: [['12.71', 75], ['12.07', 15], ['12.75', 5], ['12.18', 3], ['12.05', 2]] },
    homeProvince: '12', populationThousands: 4_000, format: monthlyFolderFormat,
  },
  { slug: 'kemnaker-p2tkln', name: `Kementerian Ketenagakerjaan, Penempatan Tenaga Kerja Luar Negeri ${SAMPLE}`, idPrefix: 'LN', idStyle: { separator: '-', digits: 5 }, area: { kind: 'overseas' }, homeProvince: '31', populationThousands: 0, format: overseasFormat },
  { slug: 'disnakertrans-sulsel', name: `Dinas Tenaga Kerja dan Transmigrasi Provinsi Sulawesi Selatan ${SAMPLE}`, idPrefix: 'SLS', idStyle: { separator: '-', digits: 6 }, area: { kind: 'province', provinceCode: '73' }, homeProvince: '73', populationThousands: 9_463, format: databaseFormat },
];

const extraFormats = [contractFormat, excelIndonesianFormat, legacyFormat, databaseFormat, monthlyFolderFormat];

/** The first `count` offices: the six above, then one provincial office per remaining province (largest first), cycling through the export formats. */
export function officesFor(count: number): OfficeSpec[] {
  const taken = new Set(['32', '35', '31', '73']);
  const extra = [...provinces]
    .filter((p) => !taken.has(p.code))
    .sort((a, b) => b.populationThousands - a.populationThousands)
    .map((p, i): OfficeSpec => ({
      slug: `disnaker-${p.abbr}`, name: `Dinas Tenaga Kerja Provinsi ${p.name} ${SAMPLE}`, idPrefix: p.idPrefix,
      idStyle: { separator: '-', digits: 6 }, area: { kind: 'province', provinceCode: p.code }, homeProvince: p.code,
      populationThousands: p.populationThousands, format: extraFormats[i % extraFormats.length],
    }));
  return [...defaultOffices, ...extra].slice(0, count);
}

/** Largest number of offices `officesFor` can give. */
export const maxOffices = 6 + provinces.length - 4;
