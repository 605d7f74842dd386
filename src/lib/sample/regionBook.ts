import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Papa from 'papaparse';

/** A kabupaten/kota from idn-area-data, with the name people use without its prefix. */
export interface SampleRegency {
  code: string;
  provinceCode: string;
  /** Official name: `Kota Bandung`, `Kabupaten Bogor`, `Kota Administrasi Jakarta Selatan`. */
  name: string;
  kind: 'kota' | 'kabupaten';
  /** Name without `Kota`/`Kabupaten`/`Administrasi`: `Bandung`, `Jakarta Selatan`. */
  bareName: string;
}

/** The Kemendagri provinces and kabupaten/kota the sample places vacancies in. */
export interface RegionBook {
  provinceNames: ReadonlyMap<string, string>;
  regencies: readonly SampleRegency[];
  regencyByCode: ReadonlyMap<string, SampleRegency>;
  byProvince: ReadonlyMap<string, readonly SampleRegency[]>;
  /** How many kabupaten/kota share each bare name (a bare name is written only when it cannot mislead). */
  bareNameCount: ReadonlyMap<string, number>;
  /** Kecamatan names that occur once in the country, by kabupaten/kota code (loaded on first use). */
  uniqueDistricts(regencyCode: string): readonly string[];
}

const require = createRequire(import.meta.url);

function readCsv(file: string): Record<string, string>[] {
  const dir = path.join(path.dirname(require.resolve('idn-area-data/package.json')), 'data');
  return Papa.parse<Record<string, string>>(readFileSync(path.join(dir, file), 'utf8'), { header: true, skipEmptyLines: true }).data;
}

let cached: RegionBook | undefined;

/** Loads provinces and kabupaten/kota from idn-area-data's CSVs (once per process). */
export function loadRegionBook(): RegionBook {
  if (cached) return cached;
  const provinceNames = new Map(readCsv('provinces.csv').map((r) => [r.code, r.name]));
  const regencies = readCsv('regencies.csv').map((r): SampleRegency => ({
    code: r.code,
    provinceCode: r.province_code,
    name: r.name,
    kind: r.name.startsWith('Kota') ? 'kota' : 'kabupaten',
    bareName: r.name.replace(/^(Kota|Kabupaten)\s+(Administrasi\s+)?/, ''),
  }));
  const byProvince = new Map<string, SampleRegency[]>();
  const bareNameCount = new Map<string, number>();
  for (const r of regencies) {
    byProvince.set(r.provinceCode, [...(byProvince.get(r.provinceCode) ?? []), r]);
    bareNameCount.set(r.bareName.toLowerCase(), (bareNameCount.get(r.bareName.toLowerCase()) ?? 0) + 1);
  }
  let districts: Map<string, string[]> | undefined;
  cached = {
    provinceNames, regencies, byProvince, bareNameCount,
    regencyByCode: new Map(regencies.map((r) => [r.code, r])),
    uniqueDistricts: (code) => (districts ??= loadUniqueDistricts(bareNameCount)).get(code) ?? [],
  };
  return cached;
}

function loadUniqueDistricts(bareNameCount: ReadonlyMap<string, number>): Map<string, string[]> {
  const rows = readCsv('districts.csv');
  const count = new Map<string, number>();
  for (const r of rows) count.set(r.name.toLowerCase(), (count.get(r.name.toLowerCase()) ?? 0) + 1);
  const result = new Map<string, string[]>();
  for (const r of rows) {
    const key = r.name.toLowerCase();
    if (count.get(key) !== 1 || bareNameCount.has(key)) continue;
    result.set(r.regency_code, [...(result.get(r.regency_code) ?? []), r.name]);
  }
  return result;
}
