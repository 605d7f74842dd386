import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { loadRegions, regionLabel, resolveRegion } from '../../src/lib/reference/regions';
import { ref, regency } from './regionHelpers';

describe('loadRegions', () => {
  it('loads the 38 provinces and 514 kabupaten/kota of idn-area-data', () => {
    expect(ref.provinces).toHaveLength(38);
    expect(ref.regencies).toHaveLength(514);
  });

  it('describes a kota with its kind, province and slug', () => {
    expect(ref.regencyByCode.get('32.73')).toEqual({ code: '32.73', provinceCode: '32', name: 'Kota Bandung', kind: 'kota', slug: 'kota-bandung' });
    expect(ref.regencyByCode.get('31.01')?.kind).toBe('kabupaten');
    expect(ref.provinceByCode.get('32')).toEqual({ code: '32', name: 'Jawa Barat', slug: 'jawa-barat' });
  });

  it('gives every kabupaten/kota a slug unique within its province', () => {
    const keys = ref.regencies.map((r) => `${r.provinceCode}/${r.slug}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('returns the same reference on a second call', () => {
    expect(loadRegions()).toBe(ref);
  });
});

describe('region-aliases.csv', () => {
  const rows = Papa.parse<{ alias: string; code: string }>(readFileSync('data/reference/region-aliases.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;

  it('points every alias at an existing province or kabupaten/kota', () => {
    const missing = rows.filter((r) => !ref.provinceByCode.has(r.code) && !ref.regencyByCode.has(r.code));
    expect(missing).toEqual([]);
  });

  it('holds only aliases the rules cannot derive', () => {
    const derivable = rows.filter((r) => {
      const res = resolveRegion({ ...ref, aliases: new Map() }, r.alias);
      return res.ok && res.scope !== 'national' && (res.scope === 'province' ? res.provinceCode : res.regencyCode) === r.code;
    });
    expect(derivable).toEqual([]);
  });
});

describe('resolveRegion: Kemendagri codes', () => {
  it('resolves a kabupaten/kota code', () => {
    expect(resolveRegion(ref, '32.73')).toEqual({ ok: true, scope: 'regency', provinceCode: '32', regencyCode: '32.73', via: 'code' });
  });

  it('resolves a province code', () => {
    expect(resolveRegion(ref, '32')).toEqual({ ok: true, scope: 'province', provinceCode: '32', via: 'code' });
  });

  it('resolves a kabupaten/kota code written without the dot', () => {
    expect(regency('3273')).toBe('32.73');
  });

  it('resolves a kecamatan code to its kabupaten/kota', () => {
    expect(regency('31.74.06')).toBe('31.74');
  });

  it('rejects a code that does not exist', () => {
    expect(resolveRegion(ref, '32.99')).toEqual({ ok: false, reason: 'unknown', candidates: [] });
    expect(resolveRegion(ref, '99')).toEqual({ ok: false, reason: 'unknown', candidates: [] });
  });
});

describe('regionLabel', () => {
  it('names a kabupaten/kota with its province', () => {
    expect(regionLabel(ref, '32', '32.73')).toBe('Kota Bandung, Jawa Barat');
  });

  it('names a province alone', () => {
    expect(regionLabel(ref, '32')).toBe('Jawa Barat');
  });
});
