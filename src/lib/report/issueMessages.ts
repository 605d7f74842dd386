import type { IssueOf, IssueType } from '../issues/issue';
import { mappingFailureText, type Text } from './mappingProblemText';
import { lineRanges } from './lineRanges';

/** For every issue type, the text a publisher reads, Indonesian first: what is wrong and how to fix it. A type without a message fails the type check. */
export type MessageTable = { [T in IssueType]: (issue: IssueOf<T>) => Text };

/** The one table of issue messages, keyed by issue type. */
export const issueMessages: MessageTable = {
  'file/spreadsheet': () => ({
    id: 'Berkas spreadsheet tidak dibaca. Simpan sebagai CSV (File → Save As → CSV UTF-8) lalu letakkan di folder yang sama.',
    en: 'Spreadsheet files are not read. Save it as CSV (File → Save As → CSV UTF-8) in the same folder.',
  }),
  'file/unknown-file': () => ({
    id: 'Berkas ini bukan CSV/TSV/TXT dan tidak dibaca. Pindahkan dari folder data bila bukan data lowongan.',
    en: 'This file is not CSV/TSV/TXT and was not read. Move it out of the data folder if it holds no vacancies.',
  }),
  'file/subfolder': () => ({
    id: 'Subfolder di dalam folder kantor tidak dibaca. Letakkan berkas CSV langsung di folder kantor.',
    en: 'Subfolders inside an office folder are not read. Put the CSV files directly in the office folder.',
  }),
  'file/orphan-mapping': () => ({
    id: 'Berkas pemetaan ini tidak punya berkas data bernama sama (<kantor>.csv), jadi tidak dipakai.',
    en: 'This mapping file has no data file of the same name (<office>.csv), so it is not used.',
  }),
  'file/unreadable': ({ stage, error }) => stage === 'read'
    ? { id: `Berkas tidak dapat dibaca: ${error}`, en: `File cannot be read: ${error}` }
    : {
      id: `Berkas tidak dapat dibaca sebagai teks (${error}). Ekspor ulang sebagai CSV UTF-8, atau pecah menjadi beberapa berkas.`,
      en: `The file cannot be read as text (${error}). Export it again as CSV UTF-8, or split it into several files.`,
    },
  'file/malformed-header': ({ line }) => ({
    id: `Baris judul kolom rusak (tanda kutip tidak ditutup); isi berkas tidak dapat dibaca. Perbaiki tanda kutip di baris ${line} lalu unggah ulang.`,
    en: `The header row is broken (an unclosed quote); the file cannot be read. Fix the quote on line ${line} and upload again.`,
  }),
  'file/empty': () => ({
    id: 'Berkas kosong: tidak ada judul kolom maupun baris. Hapus berkas ini atau ekspor ulang datanya.',
    en: 'The file is empty: no header and no rows. Delete it or export the data again.',
  }),
  'file/invalid-mapping': ({ failure, rows, mappingFile }) => {
    const why = mappingFailureText(failure);
    return {
      id: `${why.id} Semua ${rows} baris ditolak; perbaiki berkas pemetaan ${mappingFile}.`,
      en: `${why.en} All ${rows} rows were rejected; fix the mapping file ${mappingFile}.`,
    };
  },
  'file/unknown-column': ({ columns }) => ({
    id: `Kolom tidak dikenal dan diabaikan: ${columns.join(', ')}. Jika berisi data lowongan, ganti judul kolomnya atau petakan di berkas pemetaan.`,
    en: `Unknown columns ignored: ${columns.join(', ')}. If they hold vacancy data, rename them or map them in a mapping file.`,
  }),
  'file/repeated-column': ({ columns }) => ({
    id: `Kolom ganda diabaikan (kolom pertama yang dipakai): ${columns.join(', ')}.`,
    en: `Repeated columns ignored (the first one is used): ${columns.join(', ')}.`,
  }),
  'file/missing-column': ({ fields }) => ({
    id: `Kolom wajib tidak ditemukan: ${fields.join(', ')}. Tambahkan kolom itu atau petakan judul kolom Anda di berkas pemetaan (lihat kamus data di /data/kamus/ serta bagian "Input contract" dan "Mapping file" di README).`,
    en: `Required columns not found: ${fields.join(', ')}. Add them or map your headers in a mapping file (see the data dictionary at /data/kamus/ and the "Input contract" and "Mapping file" sections of the README).`,
  }),
  'row/malformed': ({ error }) => ({
    id: `Struktur CSV rusak mulai baris ini (${error}). Biasanya ada tanda kutip (") yang tidak ditutup; baris-baris sesudahnya ikut terbaca sebagai satu sel. Perbaiki tanda kutipnya lalu unggah ulang.`,
    en: `Broken CSV structure from this line (${error}). Usually an unclosed quote ("); the lines after it were read as one cell. Fix the quote and upload again.`,
  }),
  'row/column-count': ({ cells, headers, delimiter }) => ({
    id: `Baris ini punya ${cells} sel, padahal judul kolom ada ${headers}. Kemungkinan ada pemisah (${delimiter}) di dalam isi sel tanpa tanda kutip.`,
    en: `This row has ${cells} cells but the header has ${headers}. A separator (${delimiter}) is probably inside an unquoted cell.`,
  }),
  'row/required': ({ field: f }) => ({
    id: `Kolom ${f} wajib diisi. Lengkapi sel ini lalu unggah ulang.`,
    en: `${f} is required. Fill in this cell and upload again.`,
  }),
  'row/invalid-id': ({ field: f, value: v }) => ({
    id: `${f} "${v}" hanya boleh berisi huruf, angka, titik, garis bawah atau tanda hubung (maks. 64). Ganti spasi dan tanda lain.`,
    en: `${f} "${v}" may contain only letters, digits, ".", "_" or "-" (max 64). Replace spaces and other signs.`,
  }),
  'row/invalid-date': ({ field: f, value: v }) => ({
    id: `Tanggal ${f} "${v}" tidak dikenali. Tulis sebagai YYYY-MM-DD (2025-03-31) atau DD/MM/YYYY (31/03/2025).`,
    en: `Date ${f} "${v}" is not a valid date. Write it as YYYY-MM-DD (2025-03-31) or DD/MM/YYYY (31/03/2025).`,
  }),
  'row/invalid-number': ({ field: f, value: v }) => ({
    id: `${f} "${v}" harus berupa bilangan bulat, mis. 3.`,
    en: `${f} "${v}" must be a whole number, e.g. 3.`,
  }),
  'row/too-small': ({ field: f, value: v, minimum }) => ({
    id: `${f} "${v}" terlalu kecil: paling sedikit ${minimum}.`,
    en: `${f} "${v}" is too small: the least accepted is ${minimum}.`,
  }),
  'row/too-large': ({ field: f, value: v }) => ({
    id: `${f} "${v}" terlalu besar. Periksa apakah ada angka nol berlebih.`,
    en: `${f} "${v}" is too large. Check for extra zeros.`,
  }),
  'row/too-long': ({ field: f }) => ({ id: `${f} terlalu panjang. Persingkat isinya.`, en: `${f} is too long. Shorten it.` }),
  'row/invalid-rupiah': ({ field: f, value: v }) => ({
    id: `Gaji ${f} "${v}" tidak dikenali. Tulis per bulan dalam Rupiah, mis. 5000000, 5.000.000, Rp 5.000.000 atau 5,5 juta; kosongkan jika tidak diketahui.`,
    en: `Pay ${f} "${v}" is not a Rupiah amount. Write monthly pay like 5000000, 5.000.000, Rp 5.000.000 or 5,5 juta; leave empty if unknown.`,
  }),
  'row/implausible-rupiah': ({ field: f, value: v }) => ({
    id: `Gaji ${f} "${v}" terlalu kecil untuk gaji sebulan. Tulis jumlah Rupiah lengkap, mis. 5000000 atau 5 juta (bukan 5).`,
    en: `Pay ${f} "${v}" is too small for monthly pay. Write the full Rupiah amount, e.g. 5000000 or 5 juta (not 5).`,
  }),
  'row/invalid-url': ({ field: f, value: v }) => ({
    id: `Tautan ${f} "${v}" tidak sah. Tulis alamat lengkap yang diawali http:// atau https://.`,
    en: `Link ${f} "${v}" is not valid. Write a full address starting with http:// or https://.`,
  }),
  'row/invalid-email': ({ field: f, value: v }) => ({
    id: `Alamat surel ${f} "${v}" tidak sah, mis. rekrutmen@perusahaan.co.id.`,
    en: `E-mail ${f} "${v}" is not valid, e.g. rekrutmen@perusahaan.co.id.`,
  }),
  'row/invalid-option': ({ field: f, value: v, accepted }) => ({
    id: `Nilai ${f} "${v}" tidak dikenal. Pilihan yang diterima: ${accepted.join(', ')}.`,
    en: `Value ${f} "${v}" is not one of the accepted options: ${accepted.join(', ')}.`,
  }),
  'row/invalid-sector': ({ field: f, value: v }) => ({
    id: `Sektor ${f} "${v}" harus satu huruf kategori KBLI 2020, A sampai U.`,
    en: `Sector ${f} "${v}" must be a KBLI 2020 section letter, A to U.`,
  }),
  'row/invalid-boolean': ({ field: f, value: v }) => ({ id: `${f} "${v}" harus ya atau tidak.`, en: `${f} "${v}" must be yes or no (ya/tidak).` }),
  'row/invalid-country': ({ field: f, value: v }) => ({
    id: `Negara ${f} "${v}" tidak dikenal. Tulis kode dua huruf (MY, JP) atau nama negara.`,
    en: `Country ${f} "${v}" is unknown. Write the two-letter code (MY, JP) or the country name.`,
  }),
  'row/invalid-currency': ({ field: f, value: v }) => ({
    id: `Mata uang ${f} "${v}" tidak dikenal. Tulis kode ISO 4217 tiga huruf (IDR, PHP, MYR, SGD, USD) atau tandanya (Rp, ₱, RM, S$).`,
    en: `Currency ${f} "${v}" is unknown. Write the three-letter ISO 4217 code (IDR, PHP, MYR, SGD, USD) or its sign (Rp, ₱, RM, S$).`,
  }),
  'row/currency-conflict': ({ currencies }) => ({
    id: `Baris ini menyebut lebih dari satu mata uang gaji (${currencies.join(', ')}) di kolom gaji dan salary_currency. Tulis gaji dalam satu mata uang dan samakan kolom salary_currency.`,
    en: `This row names more than one pay currency (${currencies.join(', ')}) in the pay cells and salary_currency. Write the pay in one currency and make salary_currency match.`,
  }),
  'row/pay-currency-unknown': ({ value: v }) => ({
    id: `Gaji "${v}" untuk penempatan luar negeri tanpa mata uang tidak diterbitkan (bukan Rupiah secara otomatis). Isi kolom salary_currency (mis. PHP, MYR) atau tulis tandanya di sel gaji (₱ 20.000, RM 2.000).`,
    en: `Pay "${v}" for an overseas placement with no currency is not published (it is not taken for Rupiah). Fill in salary_currency (e.g. PHP, MYR) or write the sign in the pay cell (₱ 20,000, RM 2,000).`,
  }),
  'row/invalid-occupation': ({ field: f, value: v }) => ({
    id: `Kode jabatan ${f} "${v}" harus kode KBJI 2014 empat angka (2221) atau enam angka (2221.01).`,
    en: `Occupation ${f} "${v}" must be a KBJI 2014 code of 4 digits (2221) or 6 digits (2221.01).`,
  }),
  'row/invalid-text': ({ field: f }) => ({ id: `${f} harus berupa teks.`, en: `${f} must be text.` }),
  'row/invalid-cell': ({ field: f, value: v, problem }) => ({ id: `Isi ${f} "${v ?? ''}" tidak sah (${problem}).`, en: `${f} "${v ?? ''}" is not valid (${problem}).` }),
  'row/salary-order': () => ({
    id: 'Gaji minimal lebih besar dari gaji maksimal. Tukar kedua nilai atau perbaiki salah satunya.',
    en: 'salary_min is above salary_max. Swap them or correct one.',
  }),
  'row/age-order': () => ({ id: 'Usia minimal lebih besar dari usia maksimal. Perbaiki salah satunya.', en: 'age_min is above age_max. Correct one of them.' }),
  'row/date-order': () => ({
    id: 'Batas lamaran (valid_through) lebih awal dari tanggal posting (date_posted). Perbaiki salah satu tanggal.',
    en: 'valid_through is before date_posted. Correct one of the dates.',
  }),
  'row/no-apply-method': () => ({
    id: 'Tidak ada cara melamar. Isi salah satu: apply_url, apply_email atau apply_instructions.',
    en: 'No way to apply. Fill in one of apply_url, apply_email or apply_instructions.',
  }),
  'row/occupation-not-inferred': ({ value: v, candidates }) => candidates.length
    ? {
      id: `Kode jabatan kosong dan judul "${v ?? ''}" tidak cukup jelas untuk menebaknya. Isi kode KBJI 2014 empat angka; kandidat: ${candidates.join('; ')}.`,
      en: `occupation_code is empty and the title "${v ?? ''}" is too unclear to infer it. Fill in the 4-digit KBJI 2014 code; candidates: ${candidates.join('; ')}.`,
    }
    : {
      id: `Kode jabatan kosong dan tidak dapat ditebak dari judul "${v ?? ''}". Isi kode KBJI 2014 empat angka.`,
      en: `occupation_code is empty and could not be inferred from the title "${v ?? ''}". Fill in the 4-digit KBJI 2014 code.`,
    },
  'row/unknown-occupation': ({ value: v }) => ({
    id: `Kode jabatan "${v}" tidak ada dalam KBJI 2014. Periksa kode golongan empat angka di data/reference/kbji-2014.csv.`,
    en: `Occupation code "${v}" is not in KBJI 2014. Check the 4-digit unit group in data/reference/kbji-2014.csv.`,
  }),
  'row/not-unit-occupation': ({ value: v }) => ({
    id: `Kode jabatan "${v}" adalah kelompok besar. Gunakan kode golongan empat angka (mis. 2221).`,
    en: `Occupation code "${v}" is a broad group. Use a 4-digit unit group code (e.g. 2221).`,
  }),
  'row/unknown-region': ({ value: v }) => ({
    id: `Wilayah "${v}" tidak ditemukan. Tulis nama kabupaten/kota (Kota Bandung), provinsi, atau kode Kemendagri (32.73). Untuk kerja jarak jauh, tulis wilayah kantor atau "Seluruh Indonesia" dan isi work_mode remote.`,
    en: `Region "${v}" was not found. Write a kabupaten/kota name (Kota Bandung), a province or a Kemendagri code (32.73). For remote work, give the office's region or "Seluruh Indonesia" and set work_mode to remote.`,
  }),
  'row/ambiguous-region': ({ value: v, candidates }) => {
    const listed = ` Kandidat / candidates: ${candidates.join('; ')}.`;
    return {
      id: `Wilayah "${v}" bisa berarti lebih dari satu tempat. Tulis kabupaten/kota yang dimaksud (mis. "Tanah Abang, Jakarta Pusat") atau pakai kode Kemendagri.${listed}`,
      en: `Region "${v}" matches more than one place. Name the kabupaten/kota meant (e.g. "Tanah Abang, Jakarta Pusat") or use the Kemendagri code.${listed}`,
    };
  },
  'row/duplicate-id': ({ value: v, kept }) => ({
    id: `Nomor lowongan "${v}" muncul lagi di ${kept.file} baris ${kept.line}; baris terakhir itu yang dipakai. Hapus baris ganda atau beri nomor berbeda.`,
    en: `Vacancy id "${v}" appears again in ${kept.file} line ${kept.line}; that last row is used. Remove the duplicate or give it another id.`,
  }),
  'row/duplicate-across-sources': ({ kept }) => ({
    id: `Lowongan ini sama dengan laporan ${kept.source} (${kept.file} baris ${kept.line}); ditampilkan sekali dengan menyebut kedua kantor.`,
    en: `This vacancy is the same as ${kept.source}'s report (${kept.file} line ${kept.line}); it is listed once, crediting both offices.`,
  }),
  'row/slug-collision': ({ slug, first }) => ({
    id: `Alamat halaman /lowongan/${slug}/ sudah dipakai lowongan ${first.id} dari ${first.source} (${first.file} baris ${first.line}). Beri nomor lowongan lain, mis. dengan awalan kode kantor.`,
    en: `The page address /lowongan/${slug}/ is already used by vacancy ${first.id} of ${first.source} (${first.file} line ${first.line}). Give this vacancy another id, e.g. prefixed with the office code.`,
  }),
  'row/address-owned': ({ slug, owner, ownerId, since }) => ({
    id: `Alamat halaman /lowongan/${slug}/ milik lowongan ${ownerId} dari kantor ${owner}, terbit sejak ${since}; halaman yang sudah terbit tidak boleh diambil alih kantor lain. Baris ini ditolak; beri nomor lowongan lain, mis. dengan awalan kode kantor.`,
    en: `The page address /lowongan/${slug}/ belongs to vacancy ${ownerId} of office ${owner}, published since ${since}; a published page is never taken over by another office. This row is rejected; give this vacancy another id, e.g. prefixed with the office code.`,
  }),
  'row/id-address-clash': ({ value: v, slug, first }) => ({
    id: `Nomor lowongan "${v}" berbeda dari "${first.id}" (${first.file} baris ${first.line}), tetapi keduanya menjadi alamat halaman yang sama /lowongan/${slug}/. Baris ini ditolak; beri nomor yang tidak hanya berbeda pada huruf besar/kecil atau tanda baca.`,
    en: `Vacancy id "${v}" differs from "${first.id}" (${first.file} line ${first.line}), but both give the same page address /lowongan/${slug}/. This row is rejected; give ids that differ by more than case or punctuation.`,
  }),
  'file/unnamed-office': () => ({
    id: 'Nama berkas atau folder ini tidak menghasilkan nama kantor (perlu huruf latin atau angka), jadi tidak dibaca. Ganti namanya, mis. disnaker-kota-bandung.csv.',
    en: 'This file or folder name gives no office name (it needs Latin letters or digits), so it was not read. Rename it, e.g. disnaker-kota-bandung.csv.',
  }),
  'file/office-name-clash': ({ entry, kept, rows, office }) => ({
    id: `"${entry}" dan "${kept}" sama-sama menjadi kantor "${office}"; yang dipakai "${kept}" (kantor yang sudah menerbitkan halamannya, atau yang namanya persis "${office}"). ${rows} baris berkas ini ditolak dan tidak menggantikan halaman kantor lain. Jika ini kantor yang sama, pindahkan berkasnya ke "${kept}"; jika lain, beri nama yang berbeda.`,
    en: `"${entry}" and "${kept}" both give the office "${office}"; "${kept}" is used (the office that already published its pages, or the one named exactly "${office}"). This file's ${rows} rows are rejected and replace no other office's pages. If it is the same office, move the file into "${kept}"; otherwise give it a different name.`,
  }),
  'row/region-default-choice': ({ value: v, chosen, alternatives }) => ({
    id: `Wilayah "${v}" dibaca sebagai ${chosen} hanya karena nama kota didahulukan; bisa juga ${alternatives.join('; ')}. Bila bukan itu, tulis "Kabupaten ..." beserta provinsinya, atau kode Kemendagri.`,
    en: `Region "${v}" was read as ${chosen} only because a kota comes first by default; it could also be ${alternatives.join('; ')}. If that is wrong, write "Kabupaten ..." with its province, or the Kemendagri code.`,
  }),
  'row/address-region-mismatch': ({ value: v, region, address }) => ({
    id: `Alamat kerja "${v}" menyebut ${address.join('; ')}, padahal wilayahnya ${region}. Lowongan diterbitkan di ${region}; periksa kolom region atau alamatnya.`,
    en: `The work address "${v}" names ${address.join('; ')}, but the region is ${region}. The vacancy is published under ${region}; check the region column or the address.`,
  }),
  'row/place-abroad': ({ value: v, country, countryName }) => ({
    id: `Wilayah "${v}" ada di luar negeri (${countryName}), bukan di Indonesia, jadi tidak diterbitkan sebagai tempat di Indonesia. Untuk penempatan luar negeri, isi kolom country dengan ${country} (atau "country": "${country}" di bagian defaults berkas pemetaan).`,
    en: `Region "${v}" is abroad (${countryName}), not in Indonesia, so it is not published as an Indonesian place. For an overseas placement, set the country column to ${country} (or "country": "${country}" in the mapping file's defaults).`,
  }),
  'row/place-abroad-routed': ({ value: v, country, countryName }) => ({
    id: `Wilayah "${v}" ada di luar negeri (${countryName}); diterbitkan sebagai penempatan luar negeri di ${countryName} karena kolom country kosong. Isi kolom country dengan ${country} agar jelas.`,
    en: `Region "${v}" is abroad (${countryName}); published as an overseas placement in ${countryName} because the country column is empty. Set the country column to ${country} to make it explicit.`,
  }),
  'row/region-in-indonesia': ({ value: v, region }) => ({
    id: `Negara ${v}, padahal wilayah "${region}" adalah tempat di Indonesia. Bila lowongan ini di Indonesia, kosongkan kolom country atau isi ID; bila di luar negeri, tulis kota di negara itu.`,
    en: `The country is ${v}, but the region "${region}" is a place in Indonesia. If the vacancy is in Indonesia, leave country empty or write ID; if abroad, write a city of that country.`,
  }),
  'file/encoding-guess': ({ guess, lines }) => {
    const where = lineRanges(lines);
    return guess === 'utf-8-repaired'
      ? {
        id: `Berkas ini UTF-8, tetapi baris ${where} berisi byte yang bukan UTF-8; byte itu diganti dengan tanda � di halaman. Perbaiki huruf di baris itu, atau ekspor ulang sebagai CSV UTF-8.`,
        en: `This file is UTF-8, but line(s) ${where} hold bytes that are not UTF-8; they are shown as � on the pages. Fix the letters on those lines, or export again as CSV UTF-8.`,
      }
      : {
        id: `Berkas ini bukan UTF-8 dan dibaca sebagai Windows-1252 (tebakan); huruf seperti é atau ñ di baris ${where || '–'} mungkin salah. Ekspor ulang sebagai CSV UTF-8, atau tulis "encoding" di berkas pemetaan.`,
        en: `This file is not UTF-8 and was read as Windows-1252 (a guess); letters such as é or ñ on line(s) ${where || '–'} may be wrong. Export again as CSV UTF-8, or set "encoding" in the mapping file.`,
      };
  },
  'file/symlink-outside': ({ target }) => ({
    id: `Tautan simbolik ini menunjuk ke luar folder data (${target}) dan tidak dibaca. Salin berkasnya ke folder data, jangan ditautkan.`,
    en: `This symbolic link points outside the data folder (${target}) and is not read. Copy the file into the data folder instead of linking it.`,
  }),
  'file/broken-sources': ({ line, error }) => ({
    id: `data/sources.csv rusak mulai baris ${line} (${error}; biasanya tanda kutip " yang tidak ditutup). Kantor mulai baris itu dibaca tanpa nama, alamat web dan provinsinya. Perbaiki tanda kutipnya lalu bangun ulang.`,
    en: `data/sources.csv is broken from line ${line} (${error}; usually an unclosed quote "). Offices from that line on are read without their name, web address and province. Fix the quote and build again.`,
  }),
  'file/unknown-office-province': ({ province }) => ({
    id: `Provinsi kantor "${province}" di data/sources.csv tidak dikenal, jadi tidak dipakai untuk memilih wilayah. Tulis nama provinsi (Jawa Barat) atau kodenya (32).`,
    en: `The office province "${province}" in data/sources.csv is unknown, so it is not used to choose places. Write the province name (Jawa Barat) or its code (32).`,
  }),
  'file/superseded-versions': ({ rows, vacancies, files }) => ({
    id: `${rows} baris adalah versi lama dari ${vacancies} lowongan yang muncul lagi di berkas berikutnya (${files} berkas, urut nama): versi terakhir yang dipakai, versi lama dihitung sebagai ganda. Ini wajar untuk ekspor berulang; tidak perlu diperbaiki.`,
    en: `${rows} rows are earlier versions of ${vacancies} vacancies that appear again in a later file (${files} files, in name order): the last version is used, earlier ones count as duplicates. This is normal for repeated exports; nothing to fix.`,
  }),
  'file/not-csv': ({ kind }) => ({
    id: `Berkas ini bukan berkas CSV (isinya ${kind}), jadi tidak dibaca. Buka di program asalnya lalu simpan sebagai CSV UTF-8.`,
    en: `This file is not a CSV file (it holds ${kind}), so it was not read. Open it in the program it came from and save it as CSV UTF-8.`,
  }),
  'row/missing-placement-agency': ({ missing }) => missing.length === 2
    ? {
      id: 'Penempatan luar negeri tanpa perusahaan penempatan (P3MI) dan nomor izinnya. Lowongan tetap diterbitkan, tetapi pencari kerja tidak dapat memeriksa izinnya. Isi kolom placement_agency dengan nama P3MI dan placement_agency_license dengan nomor izin (SIP3MI) dari perjanjian penempatan.',
      en: 'Overseas placement without its placement agency (P3MI) and licence number. The vacancy is published, but job seekers cannot check the licence. Fill in placement_agency with the P3MI name and placement_agency_license with its licence number (SIP3MI) from the placement agreement.',
    }
    : missing[0] === 'placement_agency'
      ? {
        id: 'Penempatan luar negeri tanpa nama perusahaan penempatan (P3MI), padahal nomor izinnya ada. Lowongan tetap diterbitkan; isi kolom placement_agency dengan nama P3MI pemegang izin itu.',
        en: 'Overseas placement without the placement agency (P3MI) name, though its licence number is given. The vacancy is published; fill in placement_agency with the name of the P3MI holding that licence.',
      }
      : {
        id: 'Penempatan luar negeri tanpa nomor izin perusahaan penempatan (SIP3MI). Lowongan tetap diterbitkan, tetapi pencari kerja tidak dapat memeriksa izinnya. Isi kolom placement_agency_license dengan nomor izin dari perjanjian penempatan.',
        en: 'Overseas placement without the placement agency\'s licence number (SIP3MI). The vacancy is published, but job seekers cannot check the licence. Fill in placement_agency_license with the licence number from the placement agreement.',
      },
};
