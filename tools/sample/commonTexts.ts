import type { SectorCode } from '../../src/lib/schema/labels';

/** How a posting names what the employer does, by KBLI 2020 section. */
export const sectorPhrases: Record<SectorCode, string> = {
  A: 'pertanian, perkebunan, dan perikanan', B: 'pertambangan', C: 'industri pengolahan', D: 'energi dan kelistrikan',
  E: 'pengelolaan air dan limbah', F: 'konstruksi', G: 'perdagangan', H: 'transportasi dan pergudangan',
  I: 'perhotelan dan kuliner', J: 'teknologi informasi', K: 'jasa keuangan', L: 'properti', M: 'jasa profesional',
  N: 'jasa penunjang usaha', O: 'administrasi pemerintahan', P: 'pendidikan', Q: 'kesehatan dan layanan sosial',
  R: 'kesenian dan hiburan', S: 'jasa perorangan', T: 'jasa rumah tangga', U: 'organisasi internasional',
};

/** Opening sentences of a home posting: `{employer}`, `{sector}`, `{title}`, `{place}`. */
export const intros = [
  '{employer} membuka kesempatan bagi Anda untuk bergabung sebagai {title} di {place}.',
  'Dibutuhkan segera {title} untuk {employer}, perusahaan yang bergerak di bidang {sector}, dengan penempatan di {place}.',
  '{employer} adalah usaha di bidang {sector} yang terus berkembang. Saat ini kami mencari {title} yang siap bekerja di {place}.',
  'Lowongan ini dilaporkan melalui layanan antarkerja Disnaker. {employer} membutuhkan {title} untuk ditempatkan di {place}.',
  'Kami, {employer}, mengundang putra-putri terbaik untuk mengisi posisi {title} di {place}.',
];

/** Opening sentences of a placement abroad: `{employer}`, `{agency}`, `{title}`, `{country}`. */
export const introsAbroad = [
  'Dibutuhkan {title} untuk penempatan di {country} pada {employer}, melalui {agency} sebagai perusahaan penempatan pekerja migran Indonesia (P3MI) resmi.',
  'Program penempatan resmi ke {country}: {employer} membutuhkan {title}. Pendaftaran dan seluruh proses dilayani melalui Layanan Terpadu Satu Atap (LTSA).',
  '{agency} membuka pendaftaran {title} untuk bekerja di {country} pada {employer} sesuai perjanjian penempatan yang sah.',
];

/** Sentences particular to work abroad. */
export const abroadNotes = [
  'Calon pekerja wajib mengikuti pelatihan bahasa dan orientasi pra-pemberangkatan.',
  'Kontrak kerja berlaku dua tahun dan dapat diperpanjang sesuai ketentuan negara penempatan.',
  'Waspadai penipuan: tidak ada pungutan biaya di luar ketentuan resmi pemerintah.',
  'Pekerja terdaftar sebagai peserta jaminan sosial pekerja migran Indonesia.',
];

/** Paragraph about the employer: `{employer}`, `{years}`, `{staff}`. */
export const aboutEmployer = [
  'Tentang kami: {employer} telah beroperasi lebih dari {years} tahun dan mempekerjakan sekitar {staff} karyawan. Kami menjunjung budaya kerja yang aman, jujur, dan saling menghargai.',
  '{employer} berdiri sejak {years} tahun lalu dan kini memiliki sekitar {staff} karyawan. Kami percaya karyawan yang berkembang membuat usaha ikut berkembang.',
];

/** Sentences about the workplace, added as their own paragraph to longer postings. */
export const workplaceNotes = [
  'Lokasi kerja mudah dijangkau dengan angkutan umum, dan tersedia tempat parkir bagi karyawan yang membawa kendaraan sendiri.',
  'Karyawan baru mengikuti masa orientasi selama satu minggu untuk mengenal prosedur kerja, keselamatan, dan rekan satu tim.',
  'Kami menilai kinerja setiap enam bulan; karyawan dengan kinerja baik berkesempatan diangkat menjadi karyawan tetap.',
  'Tempat kerja kami bebas asap rokok dan menyediakan musala, kantin, serta ruang laktasi.',
];

/** Closing sentences of a posting. */
export const closings = [
  'Kirimkan lamaran terbaik Anda sebelum batas waktu. Hanya kandidat yang memenuhi syarat yang akan dihubungi untuk wawancara.',
  'Proses rekrutmen tidak dipungut biaya apa pun. Waspadai penipuan yang mengatasnamakan perusahaan.',
  'Seleksi meliputi seleksi berkas, tes tertulis, wawancara, dan pemeriksaan kesehatan.',
  'Pelamar yang lolos seleksi berkas akan dihubungi melalui telepon atau surel dalam dua minggu.',
];

/** A closing sentence for employers open to applicants with disabilities. */
export const inclusiveClosing = 'Kami memberikan kesempatan yang sama kepada semua pelamar, termasuk penyandang disabilitas, dan menyediakan akomodasi yang layak.';

/** Benefits most employers list. */
export const commonBenefits = [
  'BPJS Kesehatan dan BPJS Ketenagakerjaan', 'THR sesuai peraturan', 'Cuti tahunan 12 hari', 'Jenjang karier yang jelas',
  'Lingkungan kerja yang nyaman', 'Pelatihan kerja', 'Uang makan', 'Bonus tahunan sesuai kinerja perusahaan',
];

/** How offices mark an urgent posting; a few use HTML out of habit, which the site must show as text. */
export const urgentBanners = ['<b>Segera dibutuhkan!</b>', 'SEGERA DIBUTUHKAN', '*** Lowongan Prioritas ***'];
