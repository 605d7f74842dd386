/** The vacancy history's visible text (first published, last updated, withdrawn), in Indonesian; part of `id` (id.ts). */
export const historyText = {
  heading: 'Riwayat lowongan',
  firstPublished: 'Pertama terbit',
  lastChanged: 'Terakhir diperbarui',
  withdrawnOn: 'Tidak lagi dilaporkan sejak',
  /** Shown on a vacancy no office reports any more: its page stays, from the last published content. */
  withdrawnBanner: 'Lowongan ini tidak lagi dilaporkan oleh kantor. Isi di atas adalah yang terakhir diterbitkan.',
  feedTitle: 'Loker Terbuka: perubahan data lowongan',
  changesTitle: (date: string) => `Perubahan data ${date}`,
  changesSummary: (c: Record<string, number>) =>
    `${c.added ?? 0} baru, ${c.updated ?? 0} diperbarui, ${c.closed ?? 0} ditutup, ${c.withdrawn ?? 0} tidak lagi dilaporkan.`,
};
