import { describe, expect, it } from 'vitest';
import type { IssueOf, IssueType } from '../../src/lib/issues/issue';
import { renderIssue } from '../../src/lib/report/renderIssue';

const at = { severity: 'error' as const, source: 'kantor-a', file: 'vacancies/kantor-a.csv' };
const row = (field: string, value?: string) => ({ ...at, line: 2, field, value });
const other = { source: 'kantor-b', file: 'vacancies/kantor-b.csv', line: 7, id: 'B-7' };

/** One issue of every type (a type without an example fails the type check). */
const examples: { [T in IssueType]: Omit<IssueOf<T>, 'type'> } = {
  'file/spreadsheet': at,
  'file/unknown-file': { ...at, severity: 'warning' },
  'file/subfolder': { ...at, severity: 'warning' },
  'file/orphan-mapping': { ...at, severity: 'warning' },
  'file/unreadable': { ...at, stage: 'read', error: 'EACCES: permission denied' },
  'file/malformed-header': { ...at, line: 1 },
  'file/empty': { ...at, severity: 'warning' },
  'file/invalid-mapping': { ...at, mappingFile: 'vacancies/kantor-a.mapping.json', rows: 3, failure: { kind: 'invalid', problems: [{ path: 'columns.Gaji', kind: 'not-allowed', values: ['salary_range', 'ignore'] }] } },
  'file/unknown-column': { ...at, severity: 'warning', line: 1, columns: ['Catatan'] },
  'file/repeated-column': { ...at, severity: 'warning', line: 1, columns: ['posisi'] },
  'file/missing-column': { ...at, line: 1, fields: ['description'] },
  'row/malformed': { ...at, line: 2, error: 'Quoted field unterminated' },
  'row/column-count': { ...at, line: 2, cells: 12, headers: 11, delimiter: ';' },
  'row/required': row('title'),
  'row/invalid-id': row('id', 'BDG 001'),
  'row/invalid-date': row('date_posted', '31/02/2025'),
  'row/invalid-number': row('openings', 'tiga'),
  'row/too-small': { ...row('age_min', '12'), minimum: 14 },
  'row/too-large': { ...row('openings', '1000000'), maximum: 100_000 },
  'row/too-long': { ...row('title', 'x'.repeat(201)), maximum: 200 },
  'row/invalid-rupiah': row('salary_min', 'lima juta'),
  'row/implausible-rupiah': { ...row('salary_min', '5'), minimum: 100_000 },
  'row/invalid-url': row('apply_url', 'javascript:alert(1)'),
  'row/invalid-email': row('apply_email', 'hrd@'),
  'row/invalid-option': { ...row('gender', 'X'), accepted: ['any', 'male', 'female'] },
  'row/invalid-sector': { ...row('employer_sector', 'Z'), accepted: ['A', 'U'] },
  'row/invalid-boolean': row('disability_friendly', 'mungkin'),
  'row/invalid-country': row('country', 'Atlantis'),
  'row/invalid-currency': row('salary_currency', 'Peso emas'),
  'row/currency-conflict': { ...row('salary_currency', 'PHP'), currencies: ['PHP', 'IDR'] },
  'row/pay-currency-unknown': { ...row('salary_currency', '20000 – 25000'), severity: 'warning' },
  'row/invalid-occupation': row('occupation_code', '22210'),
  'row/invalid-text': row('title'),
  'row/invalid-cell': { ...row('openings', '3'), problem: 'not_multiple_of' },
  'row/salary-order': row('salary_min', '7 juta'),
  'row/age-order': row('age_min', '40'),
  'row/date-order': row('valid_through', '2025-03-01'),
  'row/no-apply-method': row('apply_url'),
  'row/occupation-not-inferred': { ...row('occupation_code', 'Penjinak Naga'), candidates: [] },
  'row/unknown-occupation': row('occupation_code', '9999'),
  'row/not-unit-occupation': row('occupation_code', '2'),
  'row/unknown-region': row('region', 'Atlantis Raya'),
  'row/ambiguous-region': { ...row('region', 'Tanah Abang'), candidates: ['Kota Administrasi Jakarta Pusat, Daerah Khusus Ibukota Jakarta', 'Kabupaten Penukal Abab Lematang Ilir, Sumatera Selatan'] },
  'row/duplicate-id': { ...row('id', 'B-7'), severity: 'warning', kept: other },
  'row/duplicate-across-sources': { ...row('id', 'A-2'), severity: 'warning', kept: other },
  'row/slug-collision': { ...row('id', 'b-7'), slug: 'kantor-b-7', first: other },
  'row/address-owned': { ...row('id', 'b-7'), slug: 'kantor-b-7', owner: 'kantor', ownerId: 'B-7', since: '2026-11-20' },
  'row/place-abroad': { ...row('region', 'Manila'), country: 'PH', countryName: 'Filipina' },
  'row/place-abroad-routed': { ...row('region', 'Makati'), severity: 'warning', country: 'PH', countryName: 'Filipina' },
  'row/region-in-indonesia': { ...row('country', 'PH'), region: 'Jakarta Selatan' },
  'row/region-default-choice': { ...row('region', 'Banjar'), severity: 'warning', chosen: 'Kota Banjar, Jawa Barat', alternatives: ['Kabupaten Banjar, Kalimantan Selatan'] },
  'row/address-region-mismatch': { ...row('work_address', 'Jl. Radio Dalam 5, Kebayoran Baru, Jakarta Selatan'), severity: 'warning', region: 'Kabupaten Bengkulu Utara, Bengkulu', address: ['Kota Administrasi Jakarta Selatan, Daerah Khusus Ibukota Jakarta'] },
  'row/id-address-clash': { ...row('id', 'a_1'), source: 'kantor-b', slug: 'kantor-b-a-1', first: { ...other, id: 'A.1' } },
  'file/superseded-versions': { ...at, severity: 'warning', rows: 12162, vacancies: 3307, files: 83 },
  'file/not-csv': { ...at, kind: 'PNG' },
  'file/encoding-guess': { ...at, severity: 'warning', guess: 'utf-8-repaired', lines: [14, 15, 90] },
  'file/symlink-outside': { ...at, severity: 'error', target: '/etc/passwd' },
  'file/broken-sources': { ...at, severity: 'warning', source: '', file: 'sources.csv', line: 4, error: 'Quoted field unterminated' },
  'file/unknown-office-province': { ...at, severity: 'warning', file: 'sources.csv', province: 'Atlantis' },
  'file/unnamed-office': { ...at, source: '日本語.csv', file: 'vacancies/日本語.csv' },
  'file/office-name-clash': { ...at, source: 'Disnaker.csv', file: 'vacancies/Disnaker.csv', entry: 'Disnaker.csv', kept: 'disnaker/', office: 'disnaker', rows: 4 },
  'row/missing-placement-agency': { ...row('placement_agency'), severity: 'warning', missing: ['placement_agency', 'placement_agency_license'] },
};
const rendered = Object.entries(examples).map(([type, issue]) => renderIssue({ type, ...issue } as never));

describe('the message of every issue type', () => {
  it('is said in Indonesian and, separately, in English', () => {
    for (const issue of rendered) {
      expect(issue.message.length, issue.type).toBeGreaterThan(15);
      expect(issue.messageEn.length, issue.type).toBeGreaterThan(15);
      expect(issue.messageEn, issue.type).not.toContain(issue.message);
    }
  });

  it('sends a publisher to no dictionary but the one the site publishes, /data/kamus/', () => {
    for (const issue of rendered) {
      const text = `${issue.message} ${issue.messageEn}`;
      expect(text, issue.type).not.toMatch(/occupation list/i);
      if (/kamus|dictionary/i.test(text)) expect(text, issue.type).toMatch(/kamus data di \/data\/kamus\/.*data dictionary at \/data\/kamus\//);
    }
  });

  it('says what to do, in the words pinned here', () => {
    expect(Object.fromEntries(rendered.map((i) => [i.type, i.message]))).toMatchInlineSnapshot(`
      {
        "file/broken-sources": "data/sources.csv rusak mulai baris 4 (Quoted field unterminated; biasanya tanda kutip " yang tidak ditutup). Kantor mulai baris itu dibaca tanpa nama, alamat web dan provinsinya. Perbaiki tanda kutipnya lalu bangun ulang.",
        "file/empty": "Berkas kosong: tidak ada judul kolom maupun baris. Hapus berkas ini atau ekspor ulang datanya.",
        "file/encoding-guess": "Berkas ini UTF-8, tetapi baris 14–15, 90 berisi byte yang bukan UTF-8; byte itu diganti dengan tanda � di halaman. Perbaiki huruf di baris itu, atau ekspor ulang sebagai CSV UTF-8.",
        "file/invalid-mapping": "Berkas pemetaan tidak sah: columns.Gaji: harus salah satu dari "salary_range", "ignore". Semua 3 baris ditolak; perbaiki berkas pemetaan vacancies/kantor-a.mapping.json.",
        "file/malformed-header": "Baris judul kolom rusak (tanda kutip tidak ditutup); isi berkas tidak dapat dibaca. Perbaiki tanda kutip di baris 1 lalu unggah ulang.",
        "file/missing-column": "Kolom wajib tidak ditemukan: description. Tambahkan kolom itu atau petakan judul kolom Anda di berkas pemetaan (lihat kamus data di /data/kamus/ serta bagian "Input contract" dan "Mapping file" di README).",
        "file/not-csv": "Berkas ini bukan berkas CSV (isinya PNG), jadi tidak dibaca. Buka di program asalnya lalu simpan sebagai CSV UTF-8.",
        "file/office-name-clash": ""Disnaker.csv" dan "disnaker/" sama-sama menjadi kantor "disnaker"; yang dipakai "disnaker/" (kantor yang sudah menerbitkan halamannya, atau yang namanya persis "disnaker"). 4 baris berkas ini ditolak dan tidak menggantikan halaman kantor lain. Jika ini kantor yang sama, pindahkan berkasnya ke "disnaker/"; jika lain, beri nama yang berbeda.",
        "file/orphan-mapping": "Berkas pemetaan ini tidak punya berkas data bernama sama (<kantor>.csv), jadi tidak dipakai.",
        "file/repeated-column": "Kolom ganda diabaikan (kolom pertama yang dipakai): posisi.",
        "file/spreadsheet": "Berkas spreadsheet tidak dibaca. Simpan sebagai CSV (File → Save As → CSV UTF-8) lalu letakkan di folder yang sama.",
        "file/subfolder": "Subfolder di dalam folder kantor tidak dibaca. Letakkan berkas CSV langsung di folder kantor.",
        "file/superseded-versions": "12162 baris adalah versi lama dari 3307 lowongan yang muncul lagi di berkas berikutnya (83 berkas, urut nama): versi terakhir yang dipakai, versi lama dihitung sebagai ganda. Ini wajar untuk ekspor berulang; tidak perlu diperbaiki.",
        "file/symlink-outside": "Tautan simbolik ini menunjuk ke luar folder data (/etc/passwd) dan tidak dibaca. Salin berkasnya ke folder data, jangan ditautkan.",
        "file/unknown-column": "Kolom tidak dikenal dan diabaikan: Catatan. Jika berisi data lowongan, ganti judul kolomnya atau petakan di berkas pemetaan.",
        "file/unknown-file": "Berkas ini bukan CSV/TSV/TXT dan tidak dibaca. Pindahkan dari folder data bila bukan data lowongan.",
        "file/unknown-office-province": "Provinsi kantor "Atlantis" di data/sources.csv tidak dikenal, jadi tidak dipakai untuk memilih wilayah. Tulis nama provinsi (Jawa Barat) atau kodenya (32).",
        "file/unnamed-office": "Nama berkas atau folder ini tidak menghasilkan nama kantor (perlu huruf latin atau angka), jadi tidak dibaca. Ganti namanya, mis. disnaker-kota-bandung.csv.",
        "file/unreadable": "Berkas tidak dapat dibaca: EACCES: permission denied",
        "row/address-owned": "Alamat halaman /lowongan/kantor-b-7/ milik lowongan B-7 dari kantor kantor, terbit sejak 2026-11-20; halaman yang sudah terbit tidak boleh diambil alih kantor lain. Baris ini ditolak; beri nomor lowongan lain, mis. dengan awalan kode kantor.",
        "row/address-region-mismatch": "Alamat kerja "Jl. Radio Dalam 5, Kebayoran Baru, Jakarta Selatan" menyebut Kota Administrasi Jakarta Selatan, Daerah Khusus Ibukota Jakarta, padahal wilayahnya Kabupaten Bengkulu Utara, Bengkulu. Lowongan diterbitkan di Kabupaten Bengkulu Utara, Bengkulu; periksa kolom region atau alamatnya.",
        "row/age-order": "Usia minimal lebih besar dari usia maksimal. Perbaiki salah satunya.",
        "row/ambiguous-region": "Wilayah "Tanah Abang" bisa berarti lebih dari satu tempat. Tulis kabupaten/kota yang dimaksud (mis. "Tanah Abang, Jakarta Pusat") atau pakai kode Kemendagri. Kandidat / candidates: Kota Administrasi Jakarta Pusat, Daerah Khusus Ibukota Jakarta; Kabupaten Penukal Abab Lematang Ilir, Sumatera Selatan.",
        "row/column-count": "Baris ini punya 12 sel, padahal judul kolom ada 11. Kemungkinan ada pemisah (;) di dalam isi sel tanpa tanda kutip.",
        "row/currency-conflict": "Baris ini menyebut lebih dari satu mata uang gaji (PHP, IDR) di kolom gaji dan salary_currency. Tulis gaji dalam satu mata uang dan samakan kolom salary_currency.",
        "row/date-order": "Batas lamaran (valid_through) lebih awal dari tanggal posting (date_posted). Perbaiki salah satu tanggal.",
        "row/duplicate-across-sources": "Lowongan ini sama dengan laporan kantor-b (vacancies/kantor-b.csv baris 7); ditampilkan sekali dengan menyebut kedua kantor.",
        "row/duplicate-id": "Nomor lowongan "B-7" muncul lagi di vacancies/kantor-b.csv baris 7; baris terakhir itu yang dipakai. Hapus baris ganda atau beri nomor berbeda.",
        "row/id-address-clash": "Nomor lowongan "a_1" berbeda dari "A.1" (vacancies/kantor-b.csv baris 7), tetapi keduanya menjadi alamat halaman yang sama /lowongan/kantor-b-a-1/. Baris ini ditolak; beri nomor yang tidak hanya berbeda pada huruf besar/kecil atau tanda baca.",
        "row/implausible-rupiah": "Gaji salary_min "5" terlalu kecil untuk gaji sebulan. Tulis jumlah Rupiah lengkap, mis. 5000000 atau 5 juta (bukan 5).",
        "row/invalid-boolean": "disability_friendly "mungkin" harus ya atau tidak.",
        "row/invalid-cell": "Isi openings "3" tidak sah (not_multiple_of).",
        "row/invalid-country": "Negara country "Atlantis" tidak dikenal. Tulis kode dua huruf (MY, JP) atau nama negara.",
        "row/invalid-currency": "Mata uang salary_currency "Peso emas" tidak dikenal. Tulis kode ISO 4217 tiga huruf (IDR, PHP, MYR, SGD, USD) atau tandanya (Rp, ₱, RM, S$).",
        "row/invalid-date": "Tanggal date_posted "31/02/2025" tidak dikenali. Tulis sebagai YYYY-MM-DD (2025-03-31) atau DD/MM/YYYY (31/03/2025).",
        "row/invalid-email": "Alamat surel apply_email "hrd@" tidak sah, mis. rekrutmen@perusahaan.co.id.",
        "row/invalid-id": "id "BDG 001" hanya boleh berisi huruf, angka, titik, garis bawah atau tanda hubung (maks. 64). Ganti spasi dan tanda lain.",
        "row/invalid-number": "openings "tiga" harus berupa bilangan bulat, mis. 3.",
        "row/invalid-occupation": "Kode jabatan occupation_code "22210" harus kode KBJI 2014 empat angka (2221) atau enam angka (2221.01).",
        "row/invalid-option": "Nilai gender "X" tidak dikenal. Pilihan yang diterima: any, male, female.",
        "row/invalid-rupiah": "Gaji salary_min "lima juta" tidak dikenali. Tulis per bulan dalam Rupiah, mis. 5000000, 5.000.000, Rp 5.000.000 atau 5,5 juta; kosongkan jika tidak diketahui.",
        "row/invalid-sector": "Sektor employer_sector "Z" harus satu huruf kategori KBLI 2020, A sampai U.",
        "row/invalid-text": "title harus berupa teks.",
        "row/invalid-url": "Tautan apply_url "javascript:alert(1)" tidak sah. Tulis alamat lengkap yang diawali http:// atau https://.",
        "row/malformed": "Struktur CSV rusak mulai baris ini (Quoted field unterminated). Biasanya ada tanda kutip (") yang tidak ditutup; baris-baris sesudahnya ikut terbaca sebagai satu sel. Perbaiki tanda kutipnya lalu unggah ulang.",
        "row/missing-placement-agency": "Penempatan luar negeri tanpa perusahaan penempatan (P3MI) dan nomor izinnya. Lowongan tetap diterbitkan, tetapi pencari kerja tidak dapat memeriksa izinnya. Isi kolom placement_agency dengan nama P3MI dan placement_agency_license dengan nomor izin (SIP3MI) dari perjanjian penempatan.",
        "row/no-apply-method": "Tidak ada cara melamar. Isi salah satu: apply_url, apply_email atau apply_instructions.",
        "row/not-unit-occupation": "Kode jabatan "2" adalah kelompok besar. Gunakan kode golongan empat angka (mis. 2221).",
        "row/occupation-not-inferred": "Kode jabatan kosong dan tidak dapat ditebak dari judul "Penjinak Naga". Isi kode KBJI 2014 empat angka.",
        "row/pay-currency-unknown": "Gaji "20000 – 25000" untuk penempatan luar negeri tanpa mata uang tidak diterbitkan (bukan Rupiah secara otomatis). Isi kolom salary_currency (mis. PHP, MYR) atau tulis tandanya di sel gaji (₱ 20.000, RM 2.000).",
        "row/place-abroad": "Wilayah "Manila" ada di luar negeri (Filipina), bukan di Indonesia, jadi tidak diterbitkan sebagai tempat di Indonesia. Untuk penempatan luar negeri, isi kolom country dengan PH (atau "country": "PH" di bagian defaults berkas pemetaan).",
        "row/place-abroad-routed": "Wilayah "Makati" ada di luar negeri (Filipina); diterbitkan sebagai penempatan luar negeri di Filipina karena kolom country kosong. Isi kolom country dengan PH agar jelas.",
        "row/region-default-choice": "Wilayah "Banjar" dibaca sebagai Kota Banjar, Jawa Barat hanya karena nama kota didahulukan; bisa juga Kabupaten Banjar, Kalimantan Selatan. Bila bukan itu, tulis "Kabupaten ..." beserta provinsinya, atau kode Kemendagri.",
        "row/region-in-indonesia": "Negara PH, padahal wilayah "Jakarta Selatan" adalah tempat di Indonesia. Bila lowongan ini di Indonesia, kosongkan kolom country atau isi ID; bila di luar negeri, tulis kota di negara itu.",
        "row/required": "Kolom title wajib diisi. Lengkapi sel ini lalu unggah ulang.",
        "row/salary-order": "Gaji minimal lebih besar dari gaji maksimal. Tukar kedua nilai atau perbaiki salah satunya.",
        "row/slug-collision": "Alamat halaman /lowongan/kantor-b-7/ sudah dipakai lowongan B-7 dari kantor-b (vacancies/kantor-b.csv baris 7). Beri nomor lowongan lain, mis. dengan awalan kode kantor.",
        "row/too-large": "openings "1000000" terlalu besar. Periksa apakah ada angka nol berlebih.",
        "row/too-long": "title terlalu panjang. Persingkat isinya.",
        "row/too-small": "age_min "12" terlalu kecil: paling sedikit 14.",
        "row/unknown-occupation": "Kode jabatan "9999" tidak ada dalam KBJI 2014. Periksa kode golongan empat angka di data/reference/kbji-2014.csv.",
        "row/unknown-region": "Wilayah "Atlantis Raya" tidak ditemukan. Tulis nama kabupaten/kota (Kota Bandung), provinsi, atau kode Kemendagri (32.73). Untuk kerja jarak jauh, tulis wilayah kantor atau "Seluruh Indonesia" dan isi work_mode remote.",
      }
    `);
  });
});
