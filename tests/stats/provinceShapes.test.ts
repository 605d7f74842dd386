import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegions } from '../../src/lib/reference/regions';
import { joinProvinceShapes, loadProvinceShapes, PROVINCE_OBJECT, PROVINCE_SHAPES_FILE, shapesOf } from '../../src/lib/stats/provinceShapes';

const provinces = loadRegions(path.resolve('data')).provinces;
const codesOf = (topology: ReturnType<typeof loadProvinceShapes>) => shapesOf(topology).map((g) => g.properties!.code!);

describe('the province map', () => {
  it('joins all 38 provinces of idn-area-data exactly once, by name, whatever codes the shapes carry', () => {
    const codes = codesOf(loadProvinceShapes(path.resolve('data'), provinces));
    expect(provinces).toHaveLength(38);
    expect(codes.toSorted()).toEqual(provinces.map((p) => p.code).toSorted());
  });

  it('puts the Kemendagri codes on the Papua provinces the shape file numbers wrongly', () => {
    const topology = loadProvinceShapes(path.resolve('data'), provinces);
    const byName = Object.fromEntries(shapesOf(topology).map((g) => [g.properties!.name, g.properties!.code]));
    expect([byName['Papua Selatan'], byName['Papua Tengah'], byName['Papua Pegunungan'], byName['Papua Barat Daya'], byName['DKI Jakarta']]).toEqual(['93', '94', '95', '96', '31']);
  });

  it('refuses a map in which a shape matches no province or a province has no shape', () => {
    const topology = JSON.parse(fs.readFileSync(path.resolve('data', PROVINCE_SHAPES_FILE), 'utf8'));
    const renamed = structuredClone(topology);
    renamed.objects[PROVINCE_OBJECT].geometries[0].properties.PROVINSI = 'Provinsi Baru';
    expect(() => joinProvinceShapes(renamed, provinces)).toThrow(/"Provinsi Baru"/);
    const missing = structuredClone(topology);
    missing.objects[PROVINCE_OBJECT].geometries.pop();
    expect(() => joinProvinceShapes(missing, provinces)).toThrow(/exactly one shape: 32 Jawa Barat \(0\)/);
  });

  it('keeps the simplified map small enough for a light page', () => {
    expect(JSON.stringify(loadProvinceShapes(path.resolve('data'), provinces)).length).toBeLessThan(30_000);
  });
});
