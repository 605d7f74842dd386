/** A province as the sample generator needs it: how many people live there and where the jobs concentrate. */
export interface ProvinceFacts {
  /** Kemendagri province code. */
  code: string;
  /** Short name used in office slugs and id prefixes (`jabar`, `JB`). */
  abbr: string;
  /** Everyday name, used in office display names. */
  name: string;
  /** Population in thousands, BPS 2024 (rounded). */
  populationThousands: number;
  /** The kota (or kabupaten) with the most jobs: weighted highest within the province. */
  mainCity: string;
  /** Id prefix for this province's office. */
  idPrefix: string;
}

const rows: [string, string, string, number, string, string][] = [
  ['11', 'aceh', 'Aceh', 5_555, '11.71', 'ACH'],
  ['12', 'sumut', 'Sumatera Utara', 15_590, '12.71', 'SU'],
  ['13', 'sumbar', 'Sumatera Barat', 5_837, '13.71', 'SB'],
  ['14', 'riau', 'Riau', 6_728, '14.71', 'RI'],
  ['15', 'jambi', 'Jambi', 3_749, '15.71', 'JM'],
  ['16', 'sumsel', 'Sumatera Selatan', 8_838, '16.71', 'SS'],
  ['17', 'bengkulu', 'Bengkulu', 2_112, '17.71', 'BKL'],
  ['18', 'lampung', 'Lampung', 9_419, '18.71', 'LPG'],
  ['19', 'babel', 'Kepulauan Bangka Belitung', 1_531, '19.71', 'BB'],
  ['21', 'kepri', 'Kepulauan Riau', 2_183, '21.71', 'KR'],
  ['31', 'dki', 'DKI Jakarta', 10_684, '31.74', 'DKI'],
  ['32', 'jabar', 'Jawa Barat', 50_345, '32.73', 'JB'],
  ['33', 'jateng', 'Jawa Tengah', 37_892, '33.74', 'JTG'],
  ['34', 'diy', 'DI Yogyakarta', 3_760, '34.71', 'DIY'],
  ['35', 'jatim', 'Jawa Timur', 41_814, '35.78', 'JTM'],
  ['36', 'banten', 'Banten', 12_432, '36.71', 'BTN'],
  ['51', 'bali', 'Bali', 4_433, '51.71', 'BLI'],
  ['52', 'ntb', 'Nusa Tenggara Barat', 5_646, '52.71', 'NTB'],
  ['53', 'ntt', 'Nusa Tenggara Timur', 5_656, '53.71', 'NTT'],
  ['61', 'kalbar', 'Kalimantan Barat', 5_623, '61.71', 'KB'],
  ['62', 'kalteng', 'Kalimantan Tengah', 2_774, '62.71', 'KTG'],
  ['63', 'kalsel', 'Kalimantan Selatan', 4_189, '63.71', 'KS'],
  ['64', 'kaltim', 'Kalimantan Timur', 3_977, '64.72', 'KT'],
  ['65', 'kaltara', 'Kalimantan Utara', 739, '65.71', 'KU'],
  ['71', 'sulut', 'Sulawesi Utara', 2_703, '71.71', 'SLU'],
  ['72', 'sulteng', 'Sulawesi Tengah', 3_122, '72.71', 'STG'],
  ['73', 'sulsel', 'Sulawesi Selatan', 9_463, '73.71', 'SLS'],
  ['74', 'sultra', 'Sulawesi Tenggara', 2_793, '74.71', 'STR'],
  ['75', 'gorontalo', 'Gorontalo', 1_210, '75.71', 'GTO'],
  ['76', 'sulbar', 'Sulawesi Barat', 1_472, '76.02', 'SLB'],
  ['81', 'maluku', 'Maluku', 1_908, '81.71', 'MLK'],
  ['82', 'malut', 'Maluku Utara', 1_355, '82.71', 'MU'],
  ['91', 'papua', 'Papua', 1_061, '91.71', 'PPA'],
  ['92', 'papuabarat', 'Papua Barat', 567, '92.02', 'PB'],
  ['93', 'papuaselatan', 'Papua Selatan', 540, '93.01', 'PS'],
  ['94', 'papuatengah', 'Papua Tengah', 1_472, '94.04', 'PT'],
  ['95', 'papuapegunungan', 'Papua Pegunungan', 1_461, '95.01', 'PPG'],
  ['96', 'papuabaratdaya', 'Papua Barat Daya', 627, '96.71', 'PBD'],
];

/** The 38 provinces with BPS 2024 population (thousands, rounded) and their main job centre. */
export const provinces: readonly ProvinceFacts[] = rows.map(([code, abbr, name, populationThousands, mainCity, idPrefix]) => ({
  code, abbr, name, populationThousands, mainCity, idPrefix,
}));

/** Large kota and kabupaten with big towns or industrial estates: weighted above other kabupaten/kota when placing a vacancy. */
export const bigPlaces: ReadonlySet<string> = new Set([
  '12.07', '12.05', '14.01', '14.03', '16.07', '18.01', '21.01',
  '32.01', '32.04', '32.15', '32.16', '32.17', '32.14', '32.09', '32.03', '32.71', '32.75', '32.76', '32.77',
  '33.22', '33.19', '33.20', '33.02', '33.01', '33.11', '33.24', '33.72',
  '34.04', '34.02', '35.15', '35.25', '35.07', '35.09', '35.14', '35.16', '35.10', '35.73',
  '36.03', '36.04', '36.74', '36.72', '51.03', '51.04', '52.01', '52.02', '61.12', '63.03', '64.02', '64.71', '64.08',
  '71.06', '72.03', '73.06', '73.09', '74.05', '94.04',
]);
