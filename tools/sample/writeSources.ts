import { writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { OfficeSpec } from './offices';

/** Plausible visiting details of the six shipped offices (city, map position), all marked as sample data. */
const places: Record<string, { city: string; area: string; lat: number; lon: number }> = {
  'disnaker-jabar': { area: '022', city: 'Kota Bandung', lat: -6.9025, lon: 107.6186 },
  'disnaker-jatim': { area: '031', city: 'Kota Surabaya', lat: -7.2865, lon: 112.7520 },
  'disnaker-dki': { area: '021', city: 'Jakarta Selatan', lat: -6.2275, lon: 106.8295 },
  'disnaker-kota-medan': { area: '061', city: 'Kota Medan', lat: 3.5897, lon: 98.6739 },
  'kemnaker-p2tkln': { area: '021', city: 'Jakarta Selatan', lat: -6.2361, lon: 106.8233 },
  'disnakertrans-sulsel': { area: '0411', city: 'Kota Makassar', lat: -5.1477, lon: 119.4327 },
};

const header = ['source', 'name', 'url', 'address', 'opening_hours', 'phone', 'map_url'];

/** One office's row: name, website and a sample address, opening hours, phone and map link (offices past the six get no map). */
function sourceRow(o: OfficeSpec, index: number): string[] {
  const place = places[o.slug];
  const city = place?.city ?? o.name.replace(/^Dinas Tenaga Kerja Provinsi /, '').replace(/ \(data contoh\)$/, '');
  const map = place ? `https://www.openstreetmap.org/?mlat=${place.lat}&mlon=${place.lon}#map=17/${place.lat}/${place.lon}` : '';
  return [
    o.slug, o.name, `https://www.example.com/${o.slug}`,
    `Jl. Contoh Ketenagakerjaan No. ${index + 1}, ${city} (alamat contoh)`,
    'Senin–Jumat 08.00–15.00 WIB (contoh)',
    `(${place?.area ?? '021'}) 555-01${String(index).padStart(2, '0')} (nomor contoh)`,
    map,
  ];
}

/** Writes `sources.csv`: display names of the sample offices and how to visit them, each marked as sample data. */
export function writeSources(file: string, offices: readonly OfficeSpec[]): void {
  const rows = offices.map(sourceRow);
  writeFileSync(file, `${Papa.unparse([header, ...rows], { newline: '\n' })}\n`);
}
