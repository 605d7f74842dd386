import fs from 'node:fs';
import path from 'node:path';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { quantize } from 'topojson-client';
import { filter, filterAttachedWeight, presimplify, quantile, simplify } from 'topojson-simplify';
import type { Province } from '../reference/regions';

/** The TopoJSON of the 38 provinces (data/reference/geo/README.md: source, licence, known faults). */
export const PROVINCE_SHAPES_FILE = path.join('reference', 'geo', 'indonesia-38-provinces.topo.json');
/** The one object in that file. */
export const PROVINCE_OBJECT = 'indonesia-38-prov-topo';
/** Shape names that are not idn-area-data's name of the province (checked by hand): shape name → Kemendagri name. */
const NAME_FIXES: Record<string, string> = { 'DKI Jakarta': 'Daerah Khusus Ibukota Jakarta' };
/** Share of the points kept: enough for a country map about 420 px wide, light enough for a phone. */
const KEEP = 0.06;
/** Islands smaller than this (square degrees, about 100 km²) are left out: less than a pixel at that width. */
const MIN_ISLAND = 0.01;
/** Grid the coordinates are rounded to (TopoJSON quantization): finer than a pixel of the map. */
const GRID = 10_000;

interface ShapeProperties { PROVINSI?: string; KODE_PROV?: string; name?: string; code?: string }
/** The province map: one geometry collection, each shape with its name and (once joined) its Kemendagri code. */
export type ProvinceTopology = Topology<{ [PROVINCE_OBJECT]: GeometryCollection }>;
/** The shapes of the map, with their properties. */
export const shapesOf = (topology: ProvinceTopology) => topology.objects[PROVINCE_OBJECT].geometries as (GeometryObject & { properties?: ShapeProperties })[];

/**
 * Puts the Kemendagri code on each shape, joined by name (the file's own codes are wrong for the Papua provinces),
 * and throws unless every one of the provinces is matched by exactly one shape.
 */
export function joinProvinceShapes(topology: ProvinceTopology, provinces: readonly Province[]): ProvinceTopology {
  const byName = new Map(provinces.map((p) => [p.name, p.code]));
  const seen = new Map<string, number>();
  const geometries = shapesOf(topology).map((g) => {
    const name = g.properties?.PROVINSI ?? '';
    const code = byName.get(NAME_FIXES[name] ?? name);
    if (!code) throw new Error(`Peta provinsi: "${name}" tidak cocok dengan provinsi mana pun / map shape "${name}" matches no province`);
    seen.set(code, (seen.get(code) ?? 0) + 1);
    return { ...g, properties: { name, code } };
  });
  const wrong = provinces.filter((p) => seen.get(p.code) !== 1).map((p) => `${p.code} ${p.name} (${seen.get(p.code) ?? 0})`);
  if (wrong.length) throw new Error(`Peta provinsi: provinsi tanpa tepat satu bentuk / provinces without exactly one shape: ${wrong.join(', ')}`);
  return { ...topology, objects: { [PROVINCE_OBJECT]: { ...topology.objects[PROVINCE_OBJECT], geometries } } } as ProvinceTopology;
}

/** The province map of `<dataDir>/reference`, simplified and joined to the provinces' codes. */
export function loadProvinceShapes(dataDir: string, provinces: readonly Province[]): ProvinceTopology {
  const topology = JSON.parse(fs.readFileSync(path.join(dataDir, PROVINCE_SHAPES_FILE), 'utf8')) as ProvinceTopology;
  const weighted = presimplify(topology as unknown as Parameters<typeof presimplify>[0]);
  const simple = simplify(weighted, quantile(weighted, 1 - KEEP));
  const islands = filter(simple, filterAttachedWeight(simple, MIN_ISLAND));
  return joinProvinceShapes(quantize(islands, GRID) as unknown as ProvinceTopology, provinces);
}
