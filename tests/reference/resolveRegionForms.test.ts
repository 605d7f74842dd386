import { describe, expect, it } from 'vitest';
import { province, regency } from './regionHelpers';

describe('resolveRegion: directions and qualifiers as exports write them', () => {
  it('reads every English direction, Central and Greater included, wherever Kemendagri has such a unit', () => {
    expect(['Central Jakarta', 'Central Jakarta, Jakarta Raya', 'North Jakarta', 'South Jakarta', 'East Jakarta', 'West Jakarta'].map(regency))
      .toEqual(['31.71', '31.71', '31.72', '31.74', '31.75', '31.73']);
    expect(['Central Java', 'Central Kalimantan', 'South East Sulawesi', 'Greater Jakarta'].map(province)).toEqual(['33', '62', '74', '31']);
    expect(['Central Lombok', 'North Lombok', 'Central Bangka', 'Central Maluku'].map(regency)).toEqual(['52.02', '52.08', '19.04', '81.01']);
    expect(['Jakarta Pusat', 'Lombok Tengah', 'Tapanuli Utara'].map(regency)).toEqual(['31.71', '52.02', '12.02']);
  });

  it('reads Kota, Kab, City, Regency and District written before or after the name', () => {
    expect(['Bandung Kota', 'Bekasi Kota', 'Tangerang Kota', 'Bandung City'].map(regency)).toEqual(['32.73', '32.75', '36.71', '32.73']);
    expect(['Bogor Kab', 'Kab Bekasi', 'Kab. Bekasi', 'Bandung Regency'].map(regency)).toEqual(['32.01', '32.16', '32.16', '32.04']);
    expect(['Lima Puluh Kota', 'Kota Baru'].map(regency)).toEqual(['13.07', '63.02']);
  });

  it('reads "X District" as the kabupaten (else the kota) named X, a kecamatan only when no kabupaten/kota is', () => {
    expect(['Tangerang District', 'Bogor District', 'Cilandak District'].map(regency)).toEqual(['36.03', '32.01', '31.74']);
  });

  it('still rejects islands and kecamatan of several kabupaten, with the candidates', () => {
    expect(regency('Lombok')).toMatch(/^unknown/);
    expect(regency('Cibitung')).toMatchInlineSnapshot(`"ambiguous: Kabupaten Sukabumi, Jawa Barat | Kabupaten Bekasi, Jawa Barat | Kabupaten Pandeglang, Banten"`);
    expect(regency('Genteng')).toMatchInlineSnapshot(`"ambiguous: Kabupaten Banyuwangi, Jawa Timur | Kota Surabaya, Jawa Timur"`);
  });
});
