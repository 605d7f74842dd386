import type { Random } from './random';

/** How an office writes the contract's coded values: the codes themselves (`contract`) or Indonesian labels (`Kontrak`). */
export type LabelStyle = 'code' | 'indonesian';

/** Indonesian labels offices use per code, every one accepted by `src/lib/schema/labels.ts`. */
const indonesian: Record<string, Record<string, readonly string[]>> = {
  employment_type: {
    full_time: ['Penuh Waktu', 'Full Time'], part_time: ['Paruh Waktu', 'Part Time'], contract: ['Kontrak', 'PKWT'],
    permanent: ['Tetap', 'PKWTT'], temporary: ['Sementara', 'Freelance'], internship: ['Magang', 'Pemagangan'], daily: ['Harian Lepas', 'Harian'],
  },
  education_min: {
    none: ['Tidak disyaratkan', 'Bebas'], sd: ['SD', 'SD Sederajat'], smp: ['SMP', 'SLTP'], sma: ['SMA/SMK', 'SLTA'], smk: ['SMK', 'SMK'],
    d1: ['D1', 'D-I'], d2: ['D2', 'D-II'], d3: ['D3', 'D-III'], d4: ['D4', 'D-IV'], s1: ['S1', 'S-1'], s2: ['S2', 'Magister'], s3: ['S3', 'Doktor'],
  },
  gender: { any: ['Pria/Wanita', 'L/P'], male: ['Pria', 'L'], female: ['Wanita', 'P'] },
  work_mode: { onsite: ['WFO', 'Di Kantor'], hybrid: ['Hybrid', 'Hibrida'], remote: ['WFH', 'Jarak Jauh'] },
  status: { open: ['Dibuka', 'Aktif'], filled: ['Terisi', 'Terisi'], cancelled: ['Dibatalkan', 'Batal'] },
  disability_friendly: { true: ['ya', 'Y'], false: ['tidak', 'N'] },
};

/** Writes a coded value: offices keep to one spelling (`variant`) and stray from it now and then, as people typing do. */
export function writeLabel(field: string, code: string, style: LabelStyle, variant: number, random: Random): string {
  const labels = indonesian[field]?.[code];
  if (style === 'code' || !labels) return code;
  return labels[random.chance(0.1) ? random.int(0, labels.length - 1) : variant % labels.length];
}
