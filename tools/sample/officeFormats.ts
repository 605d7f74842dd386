import { vacancyFieldNames, type VacancyField } from '../../src/lib/schema/vacancy';
import type { DateStyle, RupiahStyle } from './formatValues';
import type { LabelStyle } from './writeLabels';
import type { RegionStyle } from './writeRegion';

/** How one office's spreadsheet export looks: columns, delimiter, encoding, and how people there write dates, pay, labels and places. */
export interface OfficeFormat {
  /** Contract field and the column header the office uses for it, in file order. */
  columns: readonly (readonly [VacancyField, string])[];
  delimiter: ',' | ';';
  newline: '\n' | '\r\n';
  encoding: 'utf8' | 'win1252';
  /** Starts with a UTF-8 byte-order mark, as Excel's "CSV UTF-8" does. */
  bom: boolean;
  /** Quotes every cell, as some exporters do. */
  quoteAll: boolean;
  dates: DateStyle;
  rupiah: readonly (readonly [RupiahStyle, number])[];
  labels: LabelStyle;
  regions: readonly (readonly [RegionStyle, number])[];
  country: 'code' | 'name';
  /** One file, or a folder with one export per period. */
  layout: 'file' | 'folder';
}

const columns = (spec: string) =>
  spec.split('|').map((pair) => pair.split('=') as [VacancyField, string]);

/** Comma, the contract's own English field names, ISO dates, plain numbers, codes (office 1). */
export const contractFormat: OfficeFormat = {
  columns: vacancyFieldNames.map((field) => [field, field] as const),
  delimiter: ',', newline: '\n', encoding: 'utf8', bom: false, quoteAll: false, dates: 'iso',
  rupiah: [['plain', 1]], labels: 'code', regions: [['official', 5], ['code', 3], ['short', 2]], country: 'code', layout: 'file',
};

/** Semicolon, Indonesian headers, DD/MM/YYYY, `Rp 5.000.000`, Indonesian labels, UTF-8 with BOM (office 2: Excel in Indonesian locale). */
export const excelIndonesianFormat: OfficeFormat = {
  columns: columns('id=No Lowongan|title=Judul|occupation_code=Kode KBJI|employer_name=Perusahaan|employer_sector=Sektor|openings=Jumlah Kebutuhan|region=Lokasi Kerja|work_address=Alamat|work_mode=Sistem Kerja|employment_type=Jenis Pekerjaan|education_min=Pendidikan Minimal|experience_min_years=Pengalaman Kerja|age_min=Usia Minimal|age_max=Usia Maksimal|gender=Jenis Kelamin|skills=Keterampilan|salary_min=Gaji Minimal|salary_max=Gaji Maksimal|description=Uraian Pekerjaan|requirements=Persyaratan|benefits=Fasilitas|disability_friendly=Ramah Disabilitas|date_posted=Tanggal Posting|valid_through=Batas Lamaran|status=Status Lowongan|apply_url=Link Lamaran|apply_email=Email|apply_instructions=Cara Melamar'),
  delimiter: ';', newline: '\r\n', encoding: 'utf8', bom: true, quoteAll: false, dates: 'dmySlash',
  rupiah: [['rpDots', 1]], labels: 'indonesian', regions: [['withProvince', 3], ['short', 4], ['bare', 3]], country: 'name', layout: 'file',
};

/** Windows-1252, CRLF, mixed headers, DD-MM-YYYY, `5.000.000` (office 3: an older desktop application). */
export const legacyFormat: OfficeFormat = {
  columns: columns('id=Job ID|title=Posisi|occupation_code=KBJI|employer_name=Nama Perusahaan|employer_sector=KBLI|openings=Jumlah|region=Wilayah|work_address=Alamat Kerja|work_mode=Mode Kerja|employment_type=Tipe Pekerjaan|education_min=Pendidikan|experience_min_years=Pengalaman|gender=Gender|salary_min=Gaji Min|salary_max=Gaji Maks|description=Deskripsi|requirements=Kualifikasi|benefits=Benefit|disability_friendly=Disabilitas|date_posted=Tanggal Dibuka|valid_through=Tanggal Tutup|status=Status|apply_url=Apply Link|apply_email=Surel|apply_instructions=Cara Lamar|source_url=Link Sumber'),
  delimiter: ',', newline: '\r\n', encoding: 'win1252', bom: false, quoteAll: false, dates: 'dmyDash',
  rupiah: [['dots', 1]], labels: 'indonesian', regions: [['short', 14], ['official', 3], ['code', 2], ['district', 1]], country: 'name', layout: 'file',
};

/** Comma, short Indonesian headers, `3 November 2026`, `Rp5 jt` and `5,5 juta`, one file per export (office 4: a kota office's monthly spreadsheets). */
export const monthlyFolderFormat: OfficeFormat = {
  columns: columns('id=No. Lowongan|title=Jabatan|occupation_code=Kode Jabatan|employer_name=Pemberi Kerja|openings=Kebutuhan|region=Penempatan|employment_type=Status Kerja|education_min=Pendidikan Terakhir|gender=Jenis Kelamin|age_min=Umur Minimal|age_max=Umur Maksimal|salary_min=Gaji Terendah|salary_max=Gaji Tertinggi|description=Keterangan|requirements=Syarat|date_posted=Tanggal Lapor|valid_through=Berlaku Sampai|status=Status|apply_email=Surel|apply_instructions=Cara Lamar'),
  delimiter: ',', newline: '\n', encoding: 'utf8', bom: false, quoteAll: false, dates: 'dmyLong',
  rupiah: [['rpJt', 1], ['juta', 1]], labels: 'indonesian', regions: [['bare', 5], ['withProvince', 2], ['short', 2], ['code', 1]], country: 'name', layout: 'folder',
};

/** Comma, English headers, timestamps, `Rp 12.500.000` (pay abroad always marked Rp: an unmarked amount abroad is not read as Rupiah), countries by name (office 5: placements abroad). */
export const overseasFormat: OfficeFormat = {
  columns: columns('id=Vacancy ID|title=Job Title|occupation_code=ISCO Code|employer_name=Employer|employer_sector=Industry|country=Negara Penempatan|work_address=Alamat Tempat Kerja|openings=Positions|employment_type=Job Type|education_min=Education|experience_min_years=Experience|age_min=Min Age|age_max=Max Age|gender=Gender|skills=Skills|salary_min=Min Salary|salary_max=Max Salary|description=Job Description|requirements=Qualifications|benefits=Benefit|date_posted=Posted|valid_through=Deadline|status=Status|apply_url=Apply URL|apply_email=Apply Email|apply_instructions=How to Apply|source_url=Source URL'),
  delimiter: ',', newline: '\n', encoding: 'utf8', bom: false, quoteAll: false, dates: 'isoTime',
  rupiah: [['rpDots', 3], ['rpJt', 1]], labels: 'code', regions: [['official', 1]], country: 'name', layout: 'file',
};

/** Semicolon, every cell quoted, snake_case headers, `3/11/2026`, mixed pay styles (office 6: a database export). */
export const databaseFormat: OfficeFormat = {
  columns: columns('id=kode_lowongan|title=nama_jabatan|occupation_code=kbji|employer_name=nama_perusahaan|employer_sector=kategori_kbli|openings=jumlah_lowongan|region=kab_kota|work_address=alamat|work_mode=cara_kerja|employment_type=jenis_kerja|education_min=pendidikan|experience_min_years=pengalaman_minimal|age_min=usia_min|age_max=usia_maks|gender=jenis_kelamin|skills=keahlian|salary_min=gaji_min|salary_max=gaji_maks|description=uraian_tugas|requirements=syarat|benefits=tunjangan|disability_friendly=disabilitas|date_posted=tgl_posting|valid_through=tgl_tutup|status=status|apply_url=link_melamar|apply_email=email_lamaran|apply_instructions=petunjuk_lamaran|source_url=url_sumber'),
  delimiter: ';', newline: '\n', encoding: 'utf8', bom: false, quoteAll: true, dates: 'dmySlashShort',
  rupiah: [['dots', 2], ['juta', 1], ['rpDotsDash', 1]], labels: 'indonesian', regions: [['bare', 4], ['short', 4], ['withProvince', 2]], country: 'name', layout: 'file',
};
