import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../src/lib/reference/regions';
import { province, ref, regency } from './regionHelpers';

describe('resolveRegion: kabupaten/kota names', () => {
  it('ignores case, spacing and punctuation', () => {
    expect(resolveRegion(ref, 'Kota Bandung')).toEqual({ ok: true, scope: 'regency', provinceCode: '32', regencyCode: '32.73', via: 'name' });
    expect(regency('KOTA BANDUNG')).toBe('32.73');
    expect(regency('  kota   bandung. ')).toBe('32.73');
  });

  it('reads a bare name as the kota when a kota and a kabupaten of one province share it', () => {
    expect(regency('Bandung')).toBe('32.73');
    expect(regency('Tangerang')).toBe('36.71');
    expect(regency('Bekasi')).toBe('32.75');
  });

  it('reads Kabupaten, Kab. and English Regency as the kabupaten', () => {
    expect(regency('Kabupaten Bandung')).toBe('32.04');
    expect(regency('Kab. Bandung')).toBe('32.04');
    expect(regency('Kab.Bandung')).toBe('32.04');
    expect(regency('Bandung Regency')).toBe('32.04');
    expect(regency('Bogor Regency')).toBe('32.01');
    expect(regency('Regency of Bogor')).toBe('32.01');
    expect(regency('Lampung Selatan Regency')).toBe('18.01');
    expect(regency('Kabupaten Lampung Selatan')).toBe('18.01');
  });

  it('reads English City and Kotamadya as the kota', () => {
    expect(regency('Bandung City')).toBe('32.73');
    expect(regency('City of Bogor')).toBe('32.71');
    expect(regency('Kotamadya Bogor')).toBe('32.71');
  });

  it('reads Jakarta city names with or without Kota Administrasi', () => {
    expect(regency('Jakarta Timur')).toBe('31.75');
    expect(regency('Kota Adm. Jakarta Selatan')).toBe('31.74');
    expect(regency('Kota Administrasi Jakarta Selatan')).toBe('31.74');
    expect(regency('Kab. Adm. Kep. Seribu')).toBe('31.01');
  });

  it('translates English cardinal directions', () => {
    expect(regency('East Jakarta')).toBe('31.75');
    expect(regency('South Jakarta City')).toBe('31.74');
    expect(regency('West Bandung Regency')).toBe('32.17');
    expect(regency('West Cikarang')).toBe('32.16');
  });

  it('ignores spaces and hyphens inside a name', () => {
    expect(regency('Pangkalpinang')).toBe('19.71');
    expect(regency('Pangkal Pinang')).toBe('19.71');
    expect(regency('Tolitoli')).toBe('72.04');
    expect(regency('Bau-Bau')).toBe('74.72');
    expect(regency('Palangka Raya')).toBe('62.71');
  });

  it('reads Tangerang Selatan as the kota of that name', () => {
    expect(regency('Tangerang Selatan')).toBe('36.74');
    expect(regency('Tangsel')).toBe('36.74');
  });

  it('falls back to the whole name when a Kota prefix is part of it', () => {
    expect(regency('Kota Baru')).toBe('63.02');
    expect(regency('Kota Mobagu')).toBe('71.74');
  });

  it('knows a kabupaten by its name without Kepulauan when that is free', () => {
    expect(regency('Mentawai')).toBe('13.09');
    expect(regency('Mentawai Islands')).toBe('13.09');
  });

  it('reads a bare name a kota shares with a kabupaten in another province as the kota, as DESIGN says', () => {
    expect(regency('Banjar')).toBe('32.79');
    expect(regency('Banjar, Jawa Barat')).toBe('32.79');
    expect(regency('Kabupaten Banjar')).toBe('63.03');
  });
});

describe('resolveRegion: provinces', () => {
  it('reads Jakarta and DKI Jakarta as the province', () => {
    expect(resolveRegion(ref, 'Jakarta')).toEqual({ ok: true, scope: 'province', provinceCode: '31', via: 'name' });
    expect(province('DKI Jakarta')).toBe('31');
    expect(province('D.K.I. Jakarta')).toBe('31');
    expect(province('Jakarta Raya')).toBe('31');
  });

  it('reads English province names', () => {
    expect(province('North Sumatra')).toBe('12');
    expect(province('West Java')).toBe('32');
    expect(province('Southeast Sulawesi')).toBe('74');
    expect(province('West Nusa Tenggara')).toBe('52');
    expect(province('Riau Islands')).toBe('21');
    expect(province('Bangka Belitung Islands')).toBe('19');
    expect(province('Special Region of Yogyakarta')).toBe('34');
  });

  it('reads common abbreviations from the alias table', () => {
    expect(resolveRegion(ref, 'Sumut')).toEqual({ ok: true, scope: 'province', provinceCode: '12', via: 'alias' });
    expect(province('Jabar')).toBe('32');
    expect(province('NTT')).toBe('53');
    expect(province('DIY')).toBe('34');
    expect(province('Kep. Riau')).toBe('21');
  });

  it('reads spelling variants and old names from the alias table', () => {
    expect(regency('Padang Sidempuan')).toBe('12.77');
    expect(regency('Toba Samosir')).toBe('12.12');
    expect(regency('Kota Solo')).toBe('33.72');
    expect(province('Nanggroe Aceh Darussalam')).toBe('11');
  });

  it('reads Provinsi and Province markers', () => {
    expect(province('Provinsi Jawa Barat')).toBe('32');
    expect(province('Prov. Sumatera Utara')).toBe('12');
    expect(province('Bali Province')).toBe('51');
  });

  it('reads Bangka Belitung with or without Kepulauan but keeps Riau apart from Kepulauan Riau', () => {
    expect(province('Bangka Belitung')).toBe('19');
    expect(province('Kepulauan Bangka Belitung')).toBe('19');
    expect(province('Bangka-Belitung')).toBe('19');
    expect(province('Riau')).toBe('14');
    expect(province('Kepulauan Riau')).toBe('21');
  });

  it('tells the Papua provinces apart', () => {
    expect(province('Papua')).toBe('91');
    expect(province('Papua Barat')).toBe('92');
    expect(province('West Papua')).toBe('92');
    expect(province('Southwest Papua')).toBe('96');
    expect(province('Papua Barat Daya')).toBe('96');
    expect(province('Central Papua')).toBe('94');
    expect(province('Highland Papua')).toBe('95');
  });

  it('reads a bare name shared by a province and its capital kota as the kota', () => {
    expect(regency('Bengkulu')).toBe('17.71');
    expect(regency('Gorontalo')).toBe('75.71');
    expect(regency('Jambi')).toBe('15.71');
    expect(regency('Yogyakarta')).toBe('34.71');
    expect(regency('Jogja')).toBe('34.71');
  });

  it('reads such a name with a province marker as the province', () => {
    expect(province('Provinsi Bengkulu')).toBe('17');
    expect(province('Provinsi Jogja')).toBe('34');
    expect(province('DI Yogyakarta')).toBe('34');
  });
});

describe('resolveRegion: place with hints', () => {
  it('uses a province after the comma', () => {
    expect(regency('Medan, Sumatera Utara')).toBe('12.71');
    expect(regency('Jakarta Selatan, Jakarta Raya')).toBe('31.74');
    expect(regency('Kota Bandung, Jabar, Indonesia')).toBe('32.73');
  });

  it('strips a trailing country', () => {
    expect(resolveRegion(ref, 'Jakarta, Indonesia')).toEqual({ ok: true, scope: 'province', provinceCode: '31', via: 'name' });
    expect(regency('Bandung Indonesia')).toBe('32.73');
  });

  it('reads a place in parentheses as a hint', () => {
    expect(regency('Cilandak (Jakarta Selatan)')).toBe('31.74');
  });

  it('rejects a place its hint rules out, suggesting where the place is', () => {
    expect(resolveRegion(ref, 'Kota Medan, Jawa Barat')).toEqual({ ok: false, reason: 'unknown', candidates: ['Kota Medan, Sumatera Utara'] });
  });

  it('ignores a hint it cannot read', () => {
    expect(regency('Medan, 20111')).toBe('12.71');
  });
});

describe('resolveRegion: kecamatan', () => {
  it('reads a kecamatan that belongs to one kabupaten/kota only as that kabupaten/kota', () => {
    expect(resolveRegion(ref, 'Cilandak')).toEqual({ ok: true, scope: 'regency', provinceCode: '31', regencyCode: '31.74', via: 'district' });
    expect(regency('Kecamatan Cilandak')).toBe('31.74');
  });

  // idn-area-data puts the other Tanah Abang in Penukal Abab Lematang Ilir, split from Muara Enim in 2013.
  it('rejects a kecamatan found in several kabupaten/kota, listing them', () => {
    expect(resolveRegion(ref, 'Tanah Abang')).toEqual({
      ok: false,
      reason: 'ambiguous',
      candidates: ['Kabupaten Penukal Abab Lematang Ilir, Sumatera Selatan', 'Kota Administrasi Jakarta Pusat, Daerah Khusus Ibukota Jakarta'],
    });
  });

  it('uses a province hint to choose among kecamatan of the same name', () => {
    expect(regency('Tanah Abang, DKI Jakarta')).toBe('31.71');
    expect(regency('Tanah Abang, Sumsel')).toBe('16.12');
    expect(regency('Cibitung, Banten')).toBe('36.01');
  });

  it('uses a kabupaten/kota hint, whichever of a kota and kabupaten pair it names', () => {
    expect(regency('Cibitung, Bekasi')).toBe('32.16');
    expect(regency('Cibitung, Kabupaten Bekasi')).toBe('32.16');
  });

  it('keeps Cibitung, Jawa Barat ambiguous: Jawa Barat has a Kecamatan Cibitung in both Sukabumi and Bekasi', () => {
    expect(resolveRegion(ref, 'Cibitung, Jawa Barat')).toEqual({ ok: false, reason: 'ambiguous', candidates: ['Kabupaten Sukabumi, Jawa Barat', 'Kabupaten Bekasi, Jawa Barat'] });
  });

  it('prefers a kabupaten/kota name over a kecamatan name unless a hint rules it out', () => {
    expect(regency('Depok')).toBe('32.76');
    expect(regency('Depok, DIY')).toBe('34.04');
    expect(regency('Bandung, Jawa Timur')).toBe('35.04');
  });
});

describe('resolveRegion: nationwide and unknown', () => {
  it.each(['Indonesia', 'Seluruh Indonesia', 'Nasional', 'NASIONAL', 'Seluruh Indonesia, Indonesia'])('reads %s as nationwide', (input) => {
    expect(resolveRegion(ref, input)).toEqual({ ok: true, scope: 'national' });
  });

  it.each(['Remote', 'N/A', '-', '', 'Bandungg', 'Kalimantan', 'Jabodetabek', 'Kota Jakarta'])('rejects %j as unknown', (input) => {
    expect(resolveRegion(ref, input)).toMatchObject({ ok: false, reason: 'unknown' });
  });

  it('rejects two places written as one region', () => {
    expect(resolveRegion(ref, 'Bandung, Surabaya')).toMatchObject({ ok: false, reason: 'unknown' });
  });
});
