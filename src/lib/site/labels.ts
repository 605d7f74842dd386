/** Visible Indonesian text for codes, in one place so an English edition can follow. */
export const employmentTypeText: Record<string, string> = {
  full_time: 'Penuh waktu', part_time: 'Paruh waktu', contract: 'Kontrak (PKWT)', permanent: 'Tetap (PKWTT)',
  temporary: 'Sementara', internship: 'Magang', daily: 'Harian lepas',
};
export const workModeText: Record<string, string> = { onsite: 'Di lokasi', hybrid: 'Hibrida', remote: 'Jarak jauh' };
export const educationText: Record<string, string> = {
  none: 'Tanpa syarat pendidikan', sd: 'SD', smp: 'SMP', sma: 'SMA/sederajat', smk: 'SMK', d1: 'D1', d2: 'D2', d3: 'D3', d4: 'D4/Sarjana Terapan',
  s1: 'S1', s2: 'S2', s3: 'S3',
};
export const genderText: Record<string, string> = { any: 'Laki-laki atau perempuan', male: 'Laki-laki', female: 'Perempuan' };
export const closedReasonText: Record<string, string> = { expired: 'Batas lamaran sudah lewat', filled: 'Lowongan sudah terisi', cancelled: 'Lowongan dibatalkan' };
