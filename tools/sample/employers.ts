import { slugify } from '../../src/lib/slugify';
import type { SectorCode } from '../../src/lib/schema/labels';
import type { Random } from './random';

/** A fictitious employer: the same office and index always give the same one, so employers post several vacancies. */
export interface Employer {
  name: string;
  /** KBLI 2020 section letter. */
  sector: SectorCode;
  /** Host name under example.com for its (fictitious) careers site and mailbox. */
  domain: string;
}

const first = ['Sinar', 'Maju', 'Cahaya', 'Bintang', 'Mitra', 'Karya', 'Sumber', 'Mega', 'Prima', 'Anugerah', 'Berkah', 'Harapan', 'Mulia', 'Surya', 'Bumi', 'Tunas', 'Citra', 'Duta', 'Mentari', 'Nusa', 'Graha', 'Artha', 'Kencana', 'Permata', 'Tirta', 'Mandala', 'Pelita', 'Rahayu', 'Cipta', 'Dirga', 'Intan', 'Wahana'];
const second = ['Jaya', 'Abadi', 'Makmur', 'Sentosa', 'Utama', 'Mandiri', 'Lestari', 'Sejahtera', 'Perkasa', 'Gemilang', 'Nusantara', 'Persada', 'Sukses', 'Bersama', 'Agung', 'Raya', 'Sakti', 'Pratama', 'Husada', 'Kencana'];

/** Kinds of employer by what they do, each with its KBLI section and ways such firms are named (`{A}`, `{B}` are name words). */
export const employerKinds = {
  factory: ['C', 'PT {A} {B} Industri|PT {A} {B} Manufacturing|PT {A} Plastindo|PT {A} {B} Elektronika|PT {A} Komponen Otomotif'],
  garment: ['C', 'PT {A} {B} Garmen|PT {A} Tekstil Indonesia|CV {A} {B} Konveksi|PT {A} Apparel'],
  foodFactory: ['C', 'PT {A} {B} Food|PT {A} Pangan Lestari|CV {A} Snack|PT {A} {B} Minuman|Pâtisserie {A}'],
  hospital: ['Q', 'RS {A} {B}|RSU {A} Medika|RSIA {A} Bunda|RS {A} Husada'],
  clinic: ['Q', 'Klinik Pratama {A} {B}|Klinik Utama {A} Medika|Klinik Gigi {A}|Klinik {A} Sehat'],
  pharmacy: ['G', 'Apotek {A} Farma|Apotek {A} {B}|PT {A} Farmasi Distribusi'],
  school: ['P', 'SD Islam Terpadu {A} {B}|SMK {A} {B}|Yayasan Pendidikan {A} {B}|TK {A} Ceria|SMP Kristen {A}|Sekolah {A} {B}'],
  college: ['P', 'Universitas {A} {B}|Politeknik {A} {B}|STIKes {A} Husada|Institut Teknologi {A}'],
  retail: ['G', 'PT {A} {B} Retailindo|Toko {A} {B}|Swalayan {A}|Minimarket {A} Mart|PT {A} Elektronik Sentra'],
  restaurant: ['I', 'Rumah Makan {A} {B}|Restoran {A} {B}|Café {A}|Café {A} {B}|Kedai Kopi {A} {B}|Bakso & Mie {A}|Warung Sunda {A}'],
  hotel: ['I', 'Hotel {A} {B}|{A} Resort & Spa|Hotel {A} Syariah|Penginapan {A}'],
  logistics: ['H', 'PT {A} {B} Ekspres|PT {A} Logistik Nusantara|PT {A} {B} Transport|CV {A} Trans'],
  security: ['N', 'PT {A} {B} Security|PT Garda {A} {B}|PT {A} Satria Pengamanan'],
  outsourcing: ['N', 'PT {A} {B} Karya|PT {A} Jasa Mandiri|PT {A} {B} Facility Services|PT {A} Sumber Daya'],
  construction: ['F', 'PT {A} {B} Konstruksi|CV {A} Bangun Persada|PT {A} Karya Beton|PT {A} {B} Kontraktor'],
  plantation: ['A', 'PT Perkebunan {A} {B}|PT {A} Agro Lestari|PT {A} Sawit Makmur'],
  farm: ['A', 'CV {A} Tani|Koperasi Tani {A} {B}|PT {A} Hortikultura|Peternakan {A} {B}'],
  fishery: ['A', 'PT {A} Perikanan Samudra|CV {A} Tambak|Koperasi Nelayan {A} {B}|PT {A} Bahari'],
  tech: ['J', 'PT {A} Teknologi Digital|PT {A} {B} Solusi|CV {A} Kreatif Media|PT {A} Data Nusantara'],
  bank: ['K', 'PT BPR {A} {B}|PT {A} Finance|BPR Syariah {A}|PT {A} Multifinance'],
  coop: ['K', 'Koperasi Simpan Pinjam {A} {B}|KSP {A} Sejahtera|KUD {A} {B}|Koperasi Karyawan {A}'],
  consultancy: ['M', 'Kantor Akuntan Publik {A} & Rekan|PT {A} Konsultan|CV {A} {B} Arsitek|PT {A} Riset Indonesia'],
  salon: ['S', 'Salon {A}|{A} Beauty & Spa|Barbershop {A}|Salon Muslimah {A}'],
  workshop: ['G', 'Bengkel {A} Motor|Bengkel {A} {B}|PT {A} Auto Service|CV {A} Teknik'],
  mining: ['B', 'PT {A} {B} Mining|PT {A} Tambang Nusantara|PT {A} Batubara'],
  careHome: ['Q', 'Yayasan Panti Werdha {A}|Daycare {A} Ceria|PT {A} Homecare Indonesia|Yayasan {A} {B} Caregiver'],
} as const satisfies Record<string, readonly [SectorCode, string]>;

/** A kind of employer. */
export type EmployerKind = keyof typeof employerKinds;

/** Countries the sample places migrant workers in (ISO 3166-1 alpha-2). */
export type OverseasCountry = 'MY' | 'TW' | 'HK' | 'JP' | 'KR' | 'SA';

const abroad: Record<OverseasCountry, [string[], string[]]> = {
  TW: [['Hsin Yuan', 'Fu Kang', 'Chang Hua', 'Tai Ping', 'Da Tong', 'Jin Long'], ['{X} Care Center', '{X} Precision Industry Co., Ltd.', '{X} Electronics Co., Ltd.', '{X} Fishery Co., Ltd.']],
  MY: [['Sri Mutiara', 'Bukit Hijau', 'Seri Jaya', 'Tanjung Permai', 'Kinabalu Makmur'], ['{X} Plantation Sdn Bhd', '{X} Manufacturing Sdn Bhd', '{X} Electronics Sdn Bhd', '{X} Construction Sdn Bhd']],
  HK: [['Victoria', 'Kowloon Star', 'Harbour View', 'Golden Lotus'], ['{X} Employment Agency Ltd.', '{X} Elderly Home', '{X} Household Services Ltd.']],
  JP: [['Sakura', 'Midori', 'Aoba', 'Hikari', 'Yamabuki'], ['{X} Kaigo Center', '{X} Kogyo Co., Ltd.', '{X} Foods Co., Ltd.', '{X} Welfare Corporation']],
  KR: [['Hanil', 'Daesung', 'Seoyoung', 'Jinwoo', 'Mirae'], ['{X} Industrial Co., Ltd.', '{X} Fisheries Co., Ltd.', '{X} Precision Co., Ltd.']],
  SA: [['Al Noor', 'Al Safwa', 'Al Hayat', 'Al Waha'], ['{X} Hospital', '{X} Catering Co.', '{X} Contracting Co.', '{X} Hotel']],
};

/** A home employer of a kind, named from its own random stream. */
export function makeEmployer(kind: EmployerKind, random: Random): Employer {
  const [sector, patterns] = employerKinds[kind];
  const a = random.pick(first);
  const b = random.pick(second.filter((w) => w !== a));
  const name = random.pick(patterns.split('|')).replace('{A}', a).replace('{B}', b);
  return { name, sector, domain: domainOf(name) };
}

/** A foreign employer in a destination country, with the kind of business matching the job where the country has one. */
export function makeForeignEmployer(country: OverseasCountry, hint: string, random: Random): Employer {
  const [words, patterns] = abroad[country];
  const fitting = patterns.filter((p) => p.toLowerCase().includes(hint));
  const name = random.pick(fitting.length ? fitting : patterns).replace('{X}', random.pick(words));
  const sector: SectorCode = /Hospital|Care|Kaigo|Elderly|Welfare/.test(name) ? 'Q' : /Household|Agency/.test(name) ? 'T' : /Plantation|Fisher/.test(name) ? 'A' : /Hotel|Catering|Foods/.test(name) ? 'I' : /Construction|Contracting/.test(name) ? 'F' : 'C';
  return { name, sector, domain: domainOf(name) };
}

/** An Indonesian recruitment agency (P3MI) that places workers abroad. */
export function makeAgency(random: Random): Employer {
  const name = `PT ${random.pick(first)} ${random.pick(second)} Mandiri Jasa Tenaga Kerja`;
  return { name, sector: 'N', domain: domainOf(name) };
}

function domainOf(name: string): string {
  const words = slugify(name.replace(/^(PT|CV)\s+/, '').replace(/\b(Co|Ltd|Sdn Bhd)\b/g, '')).split('-').slice(0, 3);
  return `${words.join('')}.example.com`;
}
