import { z } from 'zod';
import { isCountryCode, parseCountry } from '../parse/parseCountry';
import { isCurrencyCode, parseCurrency } from '../parse/parseCurrency';
import { parseDate } from '../parse/parseDate';
import { isUndisclosedPay, parseRupiah } from '../parse/parseRupiah';
import { labelParser, parseBoolean, parseCount, parseExperienceYears } from '../parse/parseScalars';
import {
  educationLabels, employmentTypeLabels, genderLabels, sectorCodes, sectorLabels, statusLabels, workModeLabels,
} from './labels';

/** What the data dictionary says about a field, and the column names accepted for it. */
export interface FieldMeta {
  /** Indonesian description, shown to publishers and on the data dictionary. */
  description: string;
  /** English description. */
  descriptionEn: string;
  /** Column headers accepted for this field (matched case- and punctuation-insensitively), besides the field name itself. */
  headers: readonly string[];
  /** A valid value as an office would write it. */
  example: string;
  /** Which rule a bad cell breaks, where the zod problem alone does not say (a pay amount, a sector letter, an id, an occupation code). */
  cell?: CellKind;
}

/** Fields whose bad cells get their own issue type rather than the generic one of their zod problem. */
export type CellKind = 'rupiah' | 'sector' | 'id' | 'occupation';

declare module 'zod' {
  interface GlobalMeta extends Partial<FieldMeta> {}
}

/** Turns a cell into a typed value before zod checks it; an unparseable cell (or one too long to be a value of this kind) stays a string so its check fails. */
function cell<T>(parse: (text: string) => T | undefined, maxLength = 200) {
  return (value: unknown) => (typeof value === 'string' && value.length <= maxLength ? (parse(value) ?? value) : value);
}

const enumOf = <T extends string>(labels: Record<T, readonly string[]>, withinText = false) =>
  z.preprocess(cell(labelParser(labels, { withinText })), z.enum(Object.keys(labels) as [T, ...T[]]));
const date = z.preprocess(cell(parseDate), z.iso.date());
const count = (min: number, parse: (text: string) => number | undefined = parseCount) => z.preprocess(cell(parse), z.number().int().min(min).max(100_000));
/** Pay cell: an amount, or nothing when the office wrote that pay is undisclosed (`Nego`, `Sesuai UMK`). */
const payCell = (value: unknown) => (typeof value === 'string' && isUndisclosedPay(value) ? undefined : cell(parseRupiah)(value));
/** Monthly pay in salary_currency; the least plausible Rupiah amount (MIN_RUPIAH) is checked with the currency, below. */
const pay = z.preprocess(payCell, z.number().int().min(1).max(10_000_000_000).optional());
/** The least monthly pay read as Rupiah: `5` meant 5 juta, not Rp 5. */
export const MIN_RUPIAH = 100_000;
/** A web address; `www.…` written without a scheme gets `https://`. */
const httpUrl = z.preprocess(
  (value) => (typeof value === 'string' && /^www\./i.test(value) ? `https://${value}` : value),
  z.url({ protocol: /^https?$/ }),
);
const text = (max: number) => z.string().max(max);

/** The fields of one vacancy report, as published: one source of truth for types, validation, the data dictionary and the Table Schema. */
export const vacancyFields = z.object({
  id: z.string().regex(/^(?=.*[A-Za-z0-9])[A-Za-z0-9._-]{1,64}$/).meta({
    description: 'Nomor lowongan dari kantor pelapor; tetap dan unik dalam satu sumber.',
    descriptionEn: "The reporting office's own stable id for the vacancy, unique within its source.",
    headers: ['no lowongan', 'nomor lowongan', 'kode lowongan', 'id lowongan', 'job id', 'vacancy id'],
    example: 'JB-2025-00123', cell: 'id',
  }),
  title: text(200).meta({
    description: 'Nama jabatan seperti diiklankan.', descriptionEn: 'Job title as advertised.',
    headers: ['judul', 'posisi', 'jabatan', 'nama jabatan', 'nama lowongan', 'lowongan', 'job title', 'job position', 'position'],
    example: 'Perawat Rawat Inap',
  }),
  // The format check lets 1–3 digit group codes and `222101` through, so resolving can say "use a unit group" or normalise to `2221.01`.
  occupation_code: z.string().regex(/^(\d{1,4}|\d{4}\.?\d{2})$/).meta({
    description: 'Kode KBJI 2014: golongan (4 angka, 2221) atau jabatan (6 angka, 2221.01).',
    descriptionEn: 'KBJI 2014 occupation code: 4-digit unit group (2221) or 6-digit position (2221.01); ISCO-08 to four digits.',
    headers: ['kode jabatan', 'kode kbji', 'kbji', 'kode okupasi', 'isco', 'isco code', 'occupation', 'occupation code'],
    example: '2221', cell: 'occupation',
  }),
  employer_name: text(200).meta({
    description: 'Nama perusahaan atau pemberi kerja.', descriptionEn: 'Legal or trading name of the employer.',
    headers: ['perusahaan', 'nama perusahaan', 'pemberi kerja', 'company', 'employer', 'company name'],
    example: 'PT Sehat Sentosa',
  }),
  employer_sector: z.preprocess(cell(labelParser(sectorLabels)), z.enum(sectorCodes)).optional().meta({
    description: 'Kategori KBLI 2020 (huruf A–U).', descriptionEn: 'KBLI 2020 section letter (A–U).',
    headers: ['sektor', 'kbli', 'kategori kbli', 'lapangan usaha', 'sector', 'industry'], example: 'Q', cell: 'sector',
  }),
  openings: count(1).meta({
    description: 'Jumlah kebutuhan tenaga kerja (orang).', descriptionEn: 'Number of positions to fill.',
    headers: ['jumlah', 'jumlah kebutuhan', 'kebutuhan', 'jumlah lowongan', 'formasi', 'vacancies', 'positions'], example: '3',
  }),
  region: text(200).optional().meta({
    description: 'Kabupaten/kota atau provinsi tempat kerja: kode Kemendagri (32.73) atau nama (Kota Bandung). Kosong untuk penempatan luar negeri.',
    descriptionEn: 'Kabupaten/kota or province of work: Kemendagri code (32.73) or name (Kota Bandung). Empty for overseas placements.',
    headers: ['wilayah', 'lokasi', 'lokasi kerja', 'penempatan', 'kabupaten kota', 'kab kota', 'kota', 'daerah', 'location', 'city'],
    example: 'Kota Bandung',
  }),
  country: z.preprocess(cell(parseCountry), z.string().refine(isCountryCode, { params: rule('invalid-country') })).default('ID').meta({
    description: 'Negara penempatan (kode ISO 3166-1 dua huruf), bawaan ID.', descriptionEn: 'Country of work (ISO 3166-1 alpha-2), default ID.',
    headers: ['negara', 'negara penempatan', 'country'], example: 'ID',
  }),
  placement_agency: text(300).optional().meta({
    description: 'Perusahaan penempatan pekerja migran (P3MI) untuk penempatan luar negeri.', descriptionEn: 'Licensed migrant worker placement company (P3MI), for overseas placements.',
    headers: ['p3mi', 'perusahaan penempatan', 'agen penempatan', 'placement agency'], example: 'PT Contoh Penempatan Migran',
  }),
  placement_agency_license: text(100).optional().meta({
    description: 'Nomor izin P3MI (SIP3MI) dari Kementerian P2MI/BP2MI.', descriptionEn: 'P3MI licence number (SIP3MI).',
    headers: ['izin p3mi', 'nomor izin p3mi', 'sip3mi', 'placement agency license'], example: 'B.123/KA/2024',
  }),
  work_address: text(500).optional().meta({
    description: 'Alamat tempat kerja.', descriptionEn: 'Street address or site of work.',
    headers: ['alamat', 'alamat kerja', 'alamat tempat kerja', 'address', 'work address'], example: 'Jl. Pasteur No. 38',
  }),
  work_mode: enumOf(workModeLabels).default('onsite').meta({
    description: 'Cara kerja: onsite (di lokasi), hybrid, remote (jarak jauh).', descriptionEn: 'Work mode: onsite, hybrid or remote.',
    headers: ['cara kerja', 'mode kerja', 'sistem kerja', 'work mode', 'workplace type'], example: 'onsite',
  }),
  employment_type: enumOf(employmentTypeLabels, true).meta({
    description: 'Jenis hubungan kerja: full_time, part_time, contract (PKWT), permanent (PKWTT), temporary, internship (magang), daily (harian lepas).',
    descriptionEn: 'Employment type: full_time, part_time, contract (PKWT), permanent (PKWTT), temporary, internship, daily.',
    headers: ['jenis pekerjaan', 'jenis kerja', 'status kerja', 'status hubungan kerja', 'tipe pekerjaan', 'job type', 'employment type'],
    example: 'contract',
  }),
  education_min: enumOf(educationLabels, true).optional().meta({
    description: 'Pendidikan minimal: none, sd, smp, sma, smk, d1–d4, s1, s2, s3.', descriptionEn: 'Minimum education level.',
    headers: ['pendidikan', 'pendidikan minimal', 'pendidikan terakhir', 'education', 'min education'], example: 'd3',
  }),
  experience_min_years: count(0, parseExperienceYears).optional().meta({
    description: 'Pengalaman kerja minimal (tahun).', descriptionEn: 'Minimum years of experience.',
    headers: ['pengalaman', 'pengalaman kerja', 'pengalaman minimal', 'experience', 'min experience'], example: '1',
  }),
  age_min: count(14).optional().meta({
    description: 'Usia minimal seperti dilaporkan (bukan filter pencarian).', descriptionEn: 'Minimum age as reported (never a search filter).',
    headers: ['usia minimal', 'umur minimal', 'usia min', 'min age'], example: '18',
  }),
  age_max: count(14).optional().meta({
    description: 'Usia maksimal seperti dilaporkan (bukan filter pencarian).', descriptionEn: 'Maximum age as reported (never a search filter).',
    headers: ['usia maksimal', 'umur maksimal', 'usia maks', 'max age'], example: '35',
  }),
  gender: enumOf(genderLabels).default('any').meta({
    description: 'Jenis kelamin seperti dilaporkan: any, male, female (bukan filter pencarian).', descriptionEn: 'Gender as reported: any, male, female (never a search filter).',
    headers: ['jenis kelamin', 'gender', 'sex'], example: 'any',
  }),
  skills: z.preprocess(
    // Semicolons separate skills; a list without any falls back to commas or line breaks.
    cell((s) => s.split(s.includes(';') ? /\s*;\s*/ : /\s*[,\n]\s*/).filter(Boolean), 10_000),
    z.array(text(100)).max(50),
  ).optional().meta({
    description: 'Keterampilan, dipisah titik koma (atau koma).', descriptionEn: 'Skills, semicolon-separated (or comma-separated).',
    headers: ['keterampilan', 'keahlian', 'kompetensi', 'skill', 'skills'], example: 'Asuhan keperawatan; BTCLS',
  }),
  salary_min: pay.optional().meta({
    description: 'Gaji minimal per bulan, dalam salary_currency (bawaan Rupiah): 5000000, 5.000.000, Rp 5.000.000, Rp5 jt, 5,5 juta, PHP 20,000.', descriptionEn: 'Minimum monthly pay, in salary_currency (Rupiah by default).',
    headers: ['gaji minimal', 'gaji min', 'gaji terendah', 'upah minimal', 'min salary', 'salary from'], example: 'Rp 4.500.000', cell: 'rupiah',
  }),
  salary_max: pay.optional().meta({
    description: 'Gaji maksimal per bulan, dalam salary_currency.', descriptionEn: 'Maximum monthly pay, in salary_currency.',
    headers: ['gaji maksimal', 'gaji maks', 'gaji tertinggi', 'upah maksimal', 'max salary', 'salary to'], example: 'Rp 6.000.000', cell: 'rupiah',
  }),
  salary_currency: z.preprocess(cell((s) => parseCurrency(s)), z.string().refine(isCurrencyCode, { params: rule('invalid-currency') })).optional().meta({
    description: 'Mata uang gaji, kode ISO 4217 (IDR, PHP, MYR, SGD…); tanda di sel gaji (Rp, ₱, RM, S$) juga dibaca. Bawaan IDR hanya untuk penempatan di Indonesia; kosong bila gaji tidak dicantumkan.',
    descriptionEn: 'Currency of the pay, ISO 4217 (IDR, PHP, MYR, SGD…); signs in the pay cells (Rp, ₱, RM, S$) are read too. IDR by default only for placements in Indonesia; empty when no pay is given.',
    headers: ['mata uang', 'mata uang gaji', 'valuta', 'currency', 'salary currency', 'pay currency'], example: 'IDR',
  }),
  description: text(20_000).meta({
    description: 'Uraian pekerjaan, teks biasa: baris kosong = paragraf, "- " = butir.', descriptionEn: 'Job description, plain text: blank line = paragraph, "- " = bullet.',
    headers: ['deskripsi', 'uraian', 'uraian pekerjaan', 'uraian tugas', 'keterangan', 'job description'], example: 'Merawat pasien rawat inap.',
  }),
  requirements: text(20_000).optional().meta({
    description: 'Persyaratan, teks biasa.', descriptionEn: 'Requirements, plain text.',
    headers: ['persyaratan', 'syarat', 'kualifikasi', 'qualifications'], example: '- STR aktif',
  }),
  benefits: text(20_000).optional().meta({
    description: 'Fasilitas dan tunjangan, teks biasa.', descriptionEn: 'Benefits, plain text.',
    headers: ['fasilitas', 'tunjangan', 'benefit', 'manfaat'], example: '- BPJS Kesehatan',
  }),
  disability_friendly: z.preprocess(cell(parseBoolean), z.boolean()).optional().meta({
    description: 'Terbuka bagi penyandang disabilitas: ya/tidak.', descriptionEn: 'Open to applicants with disabilities: yes/no.',
    headers: ['ramah disabilitas', 'disabilitas', 'penyandang disabilitas', 'disability', 'disability friendly'], example: 'ya',
  }),
  date_posted: date.meta({
    description: 'Tanggal lowongan dilaporkan: YYYY-MM-DD atau DD/MM/YYYY.', descriptionEn: 'Date posted: YYYY-MM-DD or DD/MM/YYYY.',
    headers: ['tanggal', 'tanggal posting', 'tanggal dibuka', 'tanggal lapor', 'tanggal terbit', 'tgl posting', 'posted', 'date posted'], example: '2025-03-01',
  }),
  valid_through: date.meta({
    description: 'Batas akhir lamaran: YYYY-MM-DD atau DD/MM/YYYY, tidak sebelum tanggal posting.', descriptionEn: 'Closing date, not before date_posted.',
    headers: ['batas lamaran', 'batas akhir', 'tanggal tutup', 'tanggal berakhir', 'berlaku sampai', 'tgl tutup', 'deadline', 'closing date', 'valid until'], example: '31/03/2025',
  }),
  status: enumOf(statusLabels).default('open').meta({
    description: 'Status: open (dibuka), filled (terisi), cancelled (dibatalkan). Lowongan terisi tetap dilaporkan.', descriptionEn: 'Status: open, filled or cancelled; filled vacancies are reported too.',
    headers: ['status lowongan', 'status'], example: 'open',
  }),
  apply_url: httpUrl.optional().meta({
    description: 'Tautan melamar (http/https).', descriptionEn: 'Where to apply online (http/https).',
    headers: ['link lamaran', 'tautan lamaran', 'url lamaran', 'link melamar', 'apply link', 'apply url'], example: 'https://karir.example.co.id/perawat',
  }),
  apply_email: z.email().optional().meta({
    description: 'Surel untuk melamar.', descriptionEn: 'E-mail address to apply to.',
    headers: ['email', 'email lamaran', 'surel', 'e mail', 'apply email'], example: 'rekrutmen@example.co.id',
  }),
  apply_instructions: text(2_000).optional().meta({
    description: 'Cara melamar (mis. datang ke kantor), jika tidak ada tautan atau surel.', descriptionEn: 'How to apply, when there is no link or e-mail.',
    headers: ['cara melamar', 'cara lamar', 'petunjuk lamaran', 'how to apply'], example: 'Datang ke Disnaker Kota Bandung membawa CV.',
  }),
  source_url: httpUrl.optional().meta({
    description: 'Tautan iklan asli.', descriptionEn: 'Link to the original posting.',
    headers: ['sumber', 'link sumber', 'url sumber', 'tautan asli', 'link', 'url', 'job url', 'source url'], example: 'https://example.co.id/karir/123',
  }),
});

/** A vacancy row after its cells are parsed and checked, before regions and occupations are resolved. */
export type VacancyInput = z.output<typeof vacancyFields>;
/** A field name of the input contract. */
export type VacancyField = keyof typeof vacancyFields.shape;
/** Every field of the input contract, in dictionary order. */
export const vacancyFieldNames = Object.keys(vacancyFields.shape) as VacancyField[];

const isNumber = (x: unknown): x is number => typeof x === 'number';
const isDate = (x: unknown): x is string => typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x);

/** Rules the schema checks with refinements; each travels as `params.rule` of its zod issue, never as message text. */
export const refinementRules = ['required', 'invalid-country', 'invalid-currency', 'salary-order', 'age-order', 'date-order', 'no-apply-method'] as const;
/** A rule checked by a refinement. */
export type RefinementRule = (typeof refinementRules)[number];

/** The `params` of a refinement's zod issue, naming its rule. */
function rule(name: RefinementRule): { rule: RefinementRule } {
  return { rule: name };
}

/** Row-level rules that involve more than one field; each issue names the field to fix. They run even when single fields failed, so a publisher sees every problem of a row at once. */
export const vacancyInputSchema = vacancyFields.superRefine((v, ctx) => {
  const fail = (field: string, name: RefinementRule) => ctx.addIssue({ code: 'custom', path: [field], params: rule(name) });
  if (isNumber(v.salary_min) && isNumber(v.salary_max) && v.salary_min > v.salary_max) fail('salary_min', 'salary-order');
  for (const field of ['salary_min', 'salary_max'] as const) {
    const amount = v[field];
    if ((v.salary_currency ?? 'IDR') === 'IDR' && isNumber(amount) && amount < MIN_RUPIAH) {
      ctx.addIssue({ code: 'too_small', origin: 'number', minimum: MIN_RUPIAH, inclusive: true, input: amount, path: [field] });
    }
  }
  if (isNumber(v.age_min) && isNumber(v.age_max) && v.age_min > v.age_max) fail('age_min', 'age-order');
  if (isDate(v.date_posted) && isDate(v.valid_through) && v.valid_through < v.date_posted) fail('valid_through', 'date-order');
  if (!v.apply_url && !v.apply_email && !v.apply_instructions) fail('apply_url', 'no-apply-method');
  if ((v.country ?? 'ID') === 'ID' && !v.region) fail('region', 'required');
}, { when: () => true });
