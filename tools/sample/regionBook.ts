import { createRequire } from 'node:module';
import path from 'node:path';
import { readCsvFile } from '../../src/lib/readCsvFile';

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
  /** How many kabupaten/kota share each bare name, by `placeKey` (a bare name is written only when it cannot mislead). */
  bareNameCount: ReadonlyMap<string, number>;
  /** Provinces holding a kabupaten/kota of each bare name, by `placeKey`. */
  bareNameProvinces: ReadonlyMap<string, ReadonlySet<string>>;
  /** Kecamatan names that occur once in the country, by kabupaten/kota code (loaded on first use). */
  uniqueDistricts(regencyCode: string): readonly string[];
}

/** Key for comparing place names the way readers (and the resolver) do: lowercase letters and digits only. */
export function placeKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const require = createRequire(import.meta.url);

function readCsv(file: string): Record<string, string>[] {
  const dir = path.join(path.dirname(require.resolve('idn-area-data/package.json')), 'data');
  return readCsvFile(path.join(dir, file));
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
  const bareNameProvinces = new Map<string, Set<string>>();
  for (const r of regencies) {
    const key = placeKey(r.bareName);
    byProvince.set(r.provinceCode, [...(byProvince.get(r.provinceCode) ?? []), r]);
    bareNameCount.set(key, (bareNameCount.get(key) ?? 0) + 1);
    bareNameProvinces.set(key, (bareNameProvinces.get(key) ?? new Set()).add(r.provinceCode));
  }
  // Names a kecamatan must not share: every kabupaten/kota and province, bare and in full.
  const taken = new Set([...regencies.flatMap((r) => [r.bareName, r.name]), ...provinceNames.values()].map(placeKey));
  let districts: Map<string, string[]> | undefined;
  cached = {
    provinceNames, regencies, byProvince, bareNameCount, bareNameProvinces,
    regencyByCode: new Map(regencies.map((r) => [r.code, r])),
    uniqueDistricts: (code) => (districts ??= loadUniqueDistricts(taken)).get(code) ?? [],
  };
  return cached;
}

/** Kecamatan whose name (compared by `placeKey`) occurs once in the country and is no part of a kabupaten/kota or province name (`Selayar`); plain names only. */
function loadUniqueDistricts(taken: ReadonlySet<string>): Map<string, string[]> {
  const rows = readCsv('districts.csv');
  const count = new Map<string, number>();
  for (const r of rows) count.set(placeKey(r.name), (count.get(placeKey(r.name)) ?? 0) + 1);
  const result = new Map<string, string[]>();
  for (const r of rows) {
    const key = placeKey(r.name);
    if (count.get(key) !== 1 || !/^[A-Za-z ]+$/.test(r.name) || [...taken].some((name) => name.includes(key))) continue;
    result.set(r.regency_code, [...(result.get(r.regency_code) ?? []), r.name]);
  }
  return result;
}
