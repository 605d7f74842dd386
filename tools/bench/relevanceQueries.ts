// The judged query set of the relevance benchmark (npm run bench:relevance). A query's relevant vacancies are named
// by facts of the data, never by the words the search uses: KBJI unit-group code prefixes, employment type, work
// mode, disability-friendly, province or kabupaten/kota code. A vacancy is relevant when it is open and meets every
// fact the judgment names. So a search that misses a `Driver` for `sopir`, or ranks `perawatan` maintenance for
// `perawat`, loses points however its words are matched.

/** What makes an open vacancy relevant to a query; every named fact must hold. */
export interface Judgment {
  /** KBJI 2014 code prefixes, any of which the vacancy's unit group starts with. */
  occupation?: readonly string[];
  employmentType?: readonly string[];
  workMode?: readonly string[];
  disabilityFriendly?: true;
  /** Province codes (`32`) or kabupaten/kota codes (`32.73`), any of which is the vacancy's. */
  place?: readonly string[];
}

/** Kinds of query the benchmark reports on separately. */
export type QueryCategory = 'exact' | 'synonym-id' | 'synonym-en' | 'typo' | 'multi-word' | 'place' | 'kind-of-work' | 'order';

/** One judged query; `urut`: asked in that order (the pay and closing-date orders rank no relevance, so a word that pulls in another trade shows at once). */
export interface JudgedQuery { q: string; category: QueryCategory; relevant: Judgment; urut?: 'gaji' | 'tutup' }

// Occupations as KBJI groups, shared by the queries that mean the same trade.
const nurse = ['2221', '3221', '5321', '5322'];
const carDriver = ['8322', '833'];
const anyDriver = ['832', '833'];
const cook = ['5120', '3434', '9411'];
const cleaner = ['911'];
const security = ['5414'];
const welder = ['7212'];
const mechanic = ['723'];
const electrician = ['741'];
const teacher = ['23'];
const cashier = ['5230', '4211'];
const receptionist = ['4224', '4226'];
const programmer = ['251'];
const tailor = ['7531', '8153'];
const farmer = ['611', '612', '613', '921'];
const doctor = ['2211', '2212'];
const judged = (category: QueryCategory, relevant: Judgment, ...qs: string[]): JudgedQuery[] => qs.map((q) => ({ q, category, relevant }));
const ordered = (urut: 'gaji' | 'tutup', relevant: Judgment, ...qs: string[]): JudgedQuery[] => qs.map((q) => ({ q, category: 'order', relevant, urut }));

/** The judged queries: at least 40, across every category. */
export const RELEVANCE_QUERIES: readonly JudgedQuery[] = [
  ...judged('exact', { occupation: nurse }, 'perawat'),
  ...judged('exact', { occupation: ['2222', '3222'] }, 'bidan'),
  ...judged('exact', { occupation: ['2262'] }, 'apoteker'),
  ...judged('exact', { occupation: teacher }, 'guru'),
  ...judged('exact', { occupation: cashier }, 'kasir'),
  ...judged('exact', { occupation: security }, 'satpam'),
  ...judged('exact', { occupation: ['2411'] }, 'akuntan'),
  ...judged('exact', { occupation: programmer }, 'programmer'),
  ...judged('exact', { occupation: tailor }, 'penjahit'),
  ...judged('exact', { occupation: ['5132'] }, 'barista'),
  ...judged('synonym-id', { occupation: carDriver }, 'sopir', 'supir', 'pengemudi'),
  ...judged('synonym-id', { occupation: cook }, 'koki'),
  ...judged('synonym-id', { occupation: ['5131'] }, 'pramusaji'),
  ...judged('synonym-id', { occupation: mechanic }, 'montir'),
  ...judged('synonym-id', { occupation: electrician }, 'tukang listrik'),
  ...judged('synonym-id', { occupation: security }, 'petugas keamanan'),
  ...judged('synonym-id', { occupation: farmer }, 'petani'),
  ...judged('synonym-id', { occupation: ['622'] }, 'nelayan'),
  ...judged('synonym-id', { occupation: teacher }, 'pengajar'),
  ...judged('synonym-en', { occupation: anyDriver }, 'driver'),
  ...judged('synonym-en', { occupation: nurse }, 'nurse'),
  ...judged('synonym-en', { occupation: cook }, 'cook', 'chef'),
  ...judged('synonym-en', { occupation: ['5131'] }, 'waiter'),
  ...judged('synonym-en', { occupation: security }, 'security'),
  ...judged('synonym-en', { occupation: welder }, 'welder'),
  ...judged('synonym-en', { occupation: electrician }, 'electrician'),
  ...judged('synonym-en', { occupation: ['2411'] }, 'accountant'),
  ...judged('synonym-en', { occupation: teacher }, 'teacher'),
  ...judged('synonym-en', { occupation: tailor }, 'tailor'),
  ...judged('synonym-en', { occupation: doctor }, 'doctor'),
  ...judged('synonym-en', { occupation: ['2222', '3222'] }, 'midwife'),
  ...judged('synonym-en', { occupation: ['2262'] }, 'pharmacist'),
  ...judged('synonym-en', { occupation: farmer }, 'farmer'),
  ...judged('synonym-en', { occupation: ['7115'] }, 'carpenter'),
  ...judged('typo', { occupation: nurse }, 'perwat', 'peravat'),
  ...judged('typo', { occupation: carDriver }, 'sopr'),
  ...judged('typo', { occupation: cashier }, 'kasit'),
  ...judged('typo', { occupation: security }, 'satpan'),
  ...judged('typo', { occupation: ['2262'] }, 'apotekr'),
  ...judged('typo', { occupation: tailor }, 'penjahir'),
  ...judged('typo', { occupation: mechanic }, 'mekamik'),
  ...judged('typo', { occupation: programmer }, 'programer'),
  ...judged('typo', { occupation: ['4224', '4226'] }, 'resepsionist'),
  ...judged('typo', { occupation: ['5132'] }, 'barsta'),
  ...judged('multi-word', { occupation: ['833'] }, 'sopir truk'),
  ...judged('multi-word', { occupation: ['2341'] }, 'guru sd'),
  ...judged('multi-word', { occupation: ['4321'] }, 'admin gudang'),
  ...judged('multi-word', { occupation: ['4222'] }, 'customer service'),
  ...judged('multi-word', { occupation: ['5120'] }, 'juru masak'),
  ...judged('multi-word', { occupation: welder }, 'tukang las'),
  ...judged('multi-word', { occupation: cleaner }, 'cleaning service'),
  ...judged('multi-word', { occupation: ['8344'] }, 'operator forklift'),
  ...judged('multi-word', { occupation: receptionist }, 'resepsionis hotel'),
  ...judged('place', { occupation: nurse, place: ['31'] }, 'perawat jakarta'),
  ...judged('place', { occupation: cashier, place: ['32.73', '32.04', '32.17'] }, 'kasir bandung'),
  ...judged('place', { place: ['31'] }, 'jakarta'),
  ...judged('place', { place: ['32.73', '32.04', '32.17'] }, 'bandung'),
  ...judged('place', { place: ['12.71'] }, 'medan'),
  ...judged('place', { place: ['73.71'] }, 'makassar'),
  ...judged('place', { place: ['32'] }, 'jawa barat'),
  ...judged('kind-of-work', { employmentType: ['internship'] }, 'magang', 'internship'),
  ...judged('kind-of-work', { employmentType: ['part_time'] }, 'paruh waktu', 'part time'),
  ...judged('kind-of-work', { employmentType: ['daily'] }, 'harian lepas'),
  ...judged('kind-of-work', { workMode: ['remote'] }, 'remote'),
  ...judged('kind-of-work', { disabilityFriendly: true }, 'disabilitas'),
  // Words whose stem other trades share (`perawatan` maintenance, `keperawatan` lecturers, `mengemudi` in sales jobs), in the orders that do not rank.
  ...ordered('gaji', { occupation: nurse }, 'perawat', 'perwat'),
  ...ordered('tutup', { occupation: nurse }, 'perawat'),
  ...ordered('gaji', { occupation: carDriver }, 'pengemudi', 'sopir'),
  ...ordered('tutup', { occupation: teacher }, 'pengajar', 'guru'),
  ...ordered('gaji', { occupation: mechanic }, 'montir'),
  ...ordered('tutup', { occupation: cook }, 'juru masak'),
  ...ordered('gaji', { occupation: security }, 'satpam'),
];
