/** Accepted labels per code for the contract's enumerations, Indonesian and English, as offices write them. */
export const employmentTypeLabels = {
  full_time: ['penuh waktu', 'full time', 'fulltime', 'purna waktu'],
  part_time: ['paruh waktu', 'part time', 'parttime'],
  contract: ['kontrak', 'pkwt', 'perjanjian kerja waktu tertentu', 'karyawan kontrak'],
  permanent: ['tetap', 'pkwtt', 'karyawan tetap', 'perjanjian kerja waktu tidak tertentu'],
  temporary: ['sementara', 'temporer', 'temporary', 'freelance', 'lepas', 'pekerja lepas', 'project based', 'proyek'],
  internship: ['magang', 'intern', 'internship', 'pemagangan', 'praktik kerja'],
  daily: ['harian', 'harian lepas', 'pekerja harian', 'daily', 'bhl', 'kasual', 'casual'],
} as const;

export const workModeLabels = {
  onsite: ['on site', 'di lokasi', 'di kantor', 'wfo', 'kantor', 'office'],
  hybrid: ['hibrida', 'campuran', 'hybrid'],
  remote: ['jarak jauh', 'wfh', 'wfa', 'work from home', 'dari rumah', 'remote'],
} as const;

export const educationLabels = {
  none: ['tidak ada', 'tanpa ijazah', 'tidak sekolah', 'bebas', 'tidak disyaratkan', 'any'],
  sd: ['sd', 'sekolah dasar', 'sd sederajat', 'primary school', 'elementary'],
  smp: ['smp', 'sltp', 'mts', 'smp sederajat', 'junior high school'],
  sma: ['sma', 'slta', 'sma smk', 'sma sederajat', 'slta sederajat', 'ma', 'high school', 'senior high school'],
  smk: ['smk', 'stm', 'vocational high school'],
  d1: ['d1', 'd i', 'diploma 1', 'diploma i'],
  d2: ['d2', 'd ii', 'diploma 2', 'diploma ii'],
  d3: ['d3', 'd iii', 'diploma 3', 'diploma iii', 'diploma', 'associate degree'],
  d4: ['d4', 'd iv', 'diploma 4', 'diploma iv', 'sarjana terapan', 'str'],
  s1: ['s1', 's 1', 'sarjana', 'strata 1', 'bachelor', 'bachelor s degree', 'bachelors degree', 'undergraduate'],
  s2: ['s2', 's 2', 'magister', 'master', 'master s degree', 'masters degree', 'strata 2'],
  s3: ['s3', 's 3', 'doktor', 'doctorate', 'phd', 'strata 3'],
} as const;

export const genderLabels = {
  any: ['semua', 'bebas', 'pria wanita', 'laki laki perempuan', 'l p', 'both', 'all'],
  male: ['pria', 'laki laki', 'lelaki', 'l', 'male', 'man'],
  female: ['wanita', 'perempuan', 'p', 'female', 'woman'],
} as const;

export const statusLabels = {
  open: ['buka', 'dibuka', 'aktif', 'active', 'tersedia', 'true'],
  filled: ['terisi', 'sudah terisi', 'terpenuhi', 'penuh', 'filled'],
  cancelled: ['batal', 'dibatalkan', 'canceled', 'cancelled', 'ditarik', 'withdrawn'],
} as const;

/** KBLI 2020 section letters. */
export const sectorCodes = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U'] as const;
export type SectorCode = (typeof sectorCodes)[number];

export const sectorLabels = Object.fromEntries(
  sectorCodes.map((letter) => [letter, [`kbli ${letter}`, `kategori ${letter}`]]),
) as unknown as Record<SectorCode, readonly string[]>;
