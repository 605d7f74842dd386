/** Plain-language text for each rule, Indonesian first: says what is wrong and how to fix it. */
export const ruleMessages: Record<string, (field: string, value?: string) => { id: string; en: string }> = {
  required: (f) => ({
    id: `Kolom ${f} wajib diisi. Lengkapi sel ini lalu unggah ulang.`,
    en: `${f} is required. Fill in this cell and upload again.`,
  }),
  'invalid-id': (f, v) => ({
    id: `${f} "${v}" hanya boleh berisi huruf, angka, titik, garis bawah atau tanda hubung (maks. 64). Ganti spasi dan tanda lain.`,
    en: `${f} "${v}" may contain only letters, digits, ".", "_" or "-" (max 64). Replace spaces and other signs.`,
  }),
  'invalid-date': (f, v) => ({
    id: `Tanggal ${f} "${v}" tidak dikenali. Tulis sebagai YYYY-MM-DD (2025-03-31) atau DD/MM/YYYY (31/03/2025).`,
    en: `Date ${f} "${v}" is not a valid date. Write it as YYYY-MM-DD (2025-03-31) or DD/MM/YYYY (31/03/2025).`,
  }),
  'invalid-number': (f, v) => ({
    id: `${f} "${v}" harus berupa bilangan bulat, mis. 3.`,
    en: `${f} "${v}" must be a whole number, e.g. 3.`,
  }),
  'too-small': (f, v) => {
    const least = f === 'openings' ? 1 : f.startsWith('age') ? 14 : 0;
    return {
      id: `${f} "${v}" terlalu kecil: paling sedikit ${least}.`,
      en: `${f} "${v}" is too small: the least accepted is ${least}.`,
    };
  },
  'too-large': (f, v) => ({
    id: `${f} "${v}" terlalu besar. Periksa apakah ada angka nol berlebih.`,
    en: `${f} "${v}" is too large. Check for extra zeros.`,
  }),
  'too-long': (f) => ({
    id: `${f} terlalu panjang. Persingkat isinya.`,
    en: `${f} is too long. Shorten it.`,
  }),
  'invalid-rupiah': (f, v) => ({
    id: `Gaji ${f} "${v}" tidak dikenali. Tulis per bulan dalam Rupiah, mis. 5000000, 5.000.000, Rp 5.000.000 atau 5,5 juta; kosongkan jika tidak diketahui.`,
    en: `Pay ${f} "${v}" is not a Rupiah amount. Write monthly pay like 5000000, 5.000.000, Rp 5.000.000 or 5,5 juta; leave empty if unknown.`,
  }),
  'implausible-rupiah': (f, v) => ({
    id: `Gaji ${f} "${v}" terlalu kecil untuk gaji sebulan. Tulis jumlah Rupiah lengkap, mis. 5000000 atau 5 juta (bukan 5).`,
    en: `Pay ${f} "${v}" is too small for monthly pay. Write the full Rupiah amount, e.g. 5000000 or 5 juta (not 5).`,
  }),
  'invalid-url': (f, v) => ({
    id: `Tautan ${f} "${v}" tidak sah. Tulis alamat lengkap yang diawali http:// atau https://.`,
    en: `Link ${f} "${v}" is not valid. Write a full address starting with http:// or https://.`,
  }),
  'invalid-email': (f, v) => ({
    id: `Alamat surel ${f} "${v}" tidak sah, mis. rekrutmen@perusahaan.co.id.`,
    en: `E-mail ${f} "${v}" is not valid, e.g. rekrutmen@perusahaan.co.id.`,
  }),
  'invalid-option': (f, v) => ({
    id: `Nilai ${f} "${v}" tidak dikenal. Lihat pilihan yang diterima di kamus data.`,
    en: `Value ${f} "${v}" is not one of the accepted options. See the data dictionary.`,
  }),
  'invalid-sector': (f, v) => ({
    id: `Sektor ${f} "${v}" harus satu huruf kategori KBLI 2020, A sampai U.`,
    en: `Sector ${f} "${v}" must be a KBLI 2020 section letter, A to U.`,
  }),
  'invalid-boolean': (f, v) => ({
    id: `${f} "${v}" harus ya atau tidak.`,
    en: `${f} "${v}" must be yes or no (ya/tidak).`,
  }),
  'invalid-country': (f, v) => ({
    id: `Negara ${f} "${v}" tidak dikenal. Tulis kode dua huruf (MY, JP) atau nama negara.`,
    en: `Country ${f} "${v}" is unknown. Write the two-letter code (MY, JP) or the country name.`,
  }),
  'invalid-occupation': (f, v) => ({
    id: `Kode jabatan ${f} "${v}" harus kode KBJI 2014 empat angka (2221) atau enam angka (2221.01).`,
    en: `Occupation ${f} "${v}" must be a KBJI 2014 code of 4 digits (2221) or 6 digits (2221.01).`,
  }),
  'invalid-text': (f) => ({ id: `${f} harus berupa teks.`, en: `${f} must be text.` }),
  'salary-order': () => ({
    id: 'Gaji minimal lebih besar dari gaji maksimal. Tukar kedua nilai atau perbaiki salah satunya.',
    en: 'salary_min is above salary_max. Swap them or correct one.',
  }),
  'age-order': () => ({
    id: 'Usia minimal lebih besar dari usia maksimal. Perbaiki salah satunya.',
    en: 'age_min is above age_max. Correct one of them.',
  }),
  'date-order': () => ({
    id: 'Batas lamaran (valid_through) lebih awal dari tanggal posting (date_posted). Perbaiki salah satu tanggal.',
    en: 'valid_through is before date_posted. Correct one of the dates.',
  }),
  'no-apply-method': () => ({
    id: 'Tidak ada cara melamar. Isi salah satu: apply_url, apply_email atau apply_instructions.',
    en: 'No way to apply. Fill in one of apply_url, apply_email or apply_instructions.',
  }),
  'unknown-region': (f, v) => ({
    id: `Wilayah "${v}" tidak ditemukan. Tulis nama kabupaten/kota (Kota Bandung), provinsi, atau kode Kemendagri (32.73). Untuk kerja jarak jauh, tulis wilayah kantor atau "Seluruh Indonesia" dan isi work_mode remote.`,
    en: `Region "${v}" was not found. Write a kabupaten/kota name (Kota Bandung), a province or a Kemendagri code (32.73). For remote work, give the office's region or "Seluruh Indonesia" and set work_mode to remote.`,
  }),
  'ambiguous-region': (f, v) => ({
    id: `Wilayah "${v}" bisa berarti lebih dari satu tempat. Tulis kabupaten/kota yang dimaksud (mis. "Tanah Abang, Jakarta Pusat") atau pakai kode Kemendagri.`,
    en: `Region "${v}" matches more than one place. Name the kabupaten/kota meant (e.g. "Tanah Abang, Jakarta Pusat") or use the Kemendagri code.`,
  }),
  'occupation-not-inferred': (f, v) => ({
    id: `Kode jabatan kosong dan tidak dapat ditebak dari judul "${v}". Isi kode KBJI 2014 empat angka.`,
    en: `occupation_code is empty and could not be inferred from the title "${v}". Fill in the 4-digit KBJI 2014 code.`,
  }),
  'unknown-occupation': (f, v) => ({
    id: `Kode jabatan "${v}" tidak ada dalam KBJI 2014. Periksa kode golongan empat angka di kamus jabatan.`,
    en: `Occupation code "${v}" is not in KBJI 2014. Check the 4-digit unit group in the occupation list.`,
  }),
  'not-unit-occupation': (f, v) => ({
    id: `Kode jabatan "${v}" adalah kelompok besar. Gunakan kode golongan empat angka (mis. 2221).`,
    en: `Occupation code "${v}" is a broad group. Use a 4-digit unit group code (e.g. 2221).`,
  }),
};

/** Message for a rule, with a generic fallback so an unknown rule still tells the publisher where to look. */
export function messageFor(rule: string, field: string, value?: string): { id: string; en: string } {
  const make = ruleMessages[rule];
  return make
    ? make(field, value)
    : { id: `Isi ${field} "${value ?? ''}" tidak sah (${rule}).`, en: `${field} "${value ?? ''}" is not valid (${rule}).` };
}
