import { z } from 'zod';
import { vacancyFields } from './vacancy';

/** A vacancy as published on the site and in the open data: the reported fields plus what the pipeline resolved. */
export const publishedVacancySchema = vacancyFields.extend({
  source: z.string().meta({ description: 'Kode kantor pelapor (sumber data).', descriptionEn: 'Publishing office (source) code.' }),
  slug: z.string().meta({ description: 'Bagian alamat halaman: {sumber}-{id}.', descriptionEn: 'Page address part: {source}-{id}.' }),
  occupation_unit: z.string().meta({ description: 'Golongan jabatan KBJI 2014 (4 angka).', descriptionEn: 'KBJI 2014 unit group (4 digits).' }),
  region_scope: z.enum(['regency', 'province', 'national', 'overseas']).meta({
    description: 'Cakupan wilayah: kabupaten/kota, provinsi, nasional, luar negeri.', descriptionEn: 'Region scope: regency, province, national, overseas.',
  }),
  province_code: z.string().optional().meta({ description: 'Kode provinsi Kemendagri.', descriptionEn: 'Kemendagri province code.' }),
  regency_code: z.string().optional().meta({ description: 'Kode kabupaten/kota Kemendagri.', descriptionEn: 'Kemendagri kabupaten/kota code.' }),
  is_open: z.boolean().meta({ description: 'Masih dibuka pada tanggal data.', descriptionEn: 'Open as of the data date.' }),
  closed_reason: z.enum(['expired', 'filled', 'cancelled', 'withdrawn']).optional().meta({
    description: 'Alasan ditutup: lewat batas, terisi, dibatalkan, tidak lagi dilaporkan kantor.', descriptionEn: 'Why closed: expired, filled, cancelled, withdrawn (no longer in any export).',
  }),
  first_published: z.iso.date().optional().meta({ description: 'Tanggal pertama terbit di situs (buku besar).', descriptionEn: 'Date first published on the site (ledger).' }),
  last_changed: z.iso.date().optional().meta({ description: 'Tanggal isi lowongan terakhir berubah (buku besar).', descriptionEn: 'Date its published content last changed (ledger).' }),
  withdrawn_on: z.iso.date().optional().meta({ description: 'Tanggal lowongan tidak lagi ada di ekspor kantor mana pun.', descriptionEn: 'Date it was first missing from every export.' }),
  also_published_by: z.array(z.string()).meta({ description: 'Kantor lain yang melaporkan lowongan yang sama.', descriptionEn: 'Other offices that reported the same vacancy.' }),
  defaulted: z.array(z.string()).meta({ description: 'Kolom yang diisi nilai bawaan karena tidak ada di ekspor.', descriptionEn: 'Fields filled with a default because the export lacked them.' }),
  inferred: z.array(z.string()).optional().meta({
    description: 'Kolom yang disimpulkan, bukan ditulis kantor: occupation_code ditebak dari judul lowongan.',
    descriptionEn: 'Fields inferred rather than written by the office: occupation_code guessed from the job title.',
  }),
  file: z.string().meta({ description: 'Berkas asal.', descriptionEn: 'Source file.' }),
  line: z.number().int().meta({ description: 'Baris asal dalam berkas.', descriptionEn: 'Line in the source file.' }),
});

/** A published vacancy. */
export type Vacancy = z.output<typeof publishedVacancySchema>;
