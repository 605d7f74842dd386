import type { EducationBand, PayBand, PostedBand } from '../lib/search/searchBands';

/** Text of the search page's markup (`t.search.page`), rendered at build time. */
export const searchPageText = {
  title: 'Cari lowongan',
  description: 'Cari lowongan kerja resmi yang masih dibuka.',
  keywordLabel: 'Kata kunci',
  keywordPlaceholder: 'mis. perawat, sopir, admin',
  button: 'Cari',
  filtersSummary: 'Saring dan urutkan hasil',
  filtersLegend: 'Saring hasil',
  /** The one option of a filter select before the script fills it. */
  anyOption: 'Semua',
  sortLabel: 'Urutkan',
  /** Said in place of the search until the script runs: text, a link home, text, a link to overseas vacancies, text. */
  noScript: ['Pencarian membutuhkan JavaScript. Tanpa JavaScript, telusuri lowongan ', 'menurut provinsi atau jabatan', ', atau lihat ', 'lowongan luar negeri', '.'],
};

/**
 * The labels of the filters' options (`t.search.options`), which the build writes into the facet files: not in the
 * search script, which reads them from there.
 */
export const searchOptionText = {
  /** Province option of vacancies open in the whole country. */
  nationwide: 'Seluruh Indonesia (nasional)',
  payBands: {
    'kurang-3jt': '< 3 jt', '3-5jt': '3–5 jt', '5-10jt': '5–10 jt', 'lebih-10jt': '> 10 jt', 'tidak-dicantumkan': 'Tidak dicantumkan',
  } satisfies Record<PayBand, string>,
  educationBands: {
    'sd-smp': 'Tanpa syarat, SD atau SMP', 'sma-smk': 'SMA/SMK', diploma: 'Diploma (D1–D4)', s1: 'Sarjana (S1)',
    's2-s3': 'Pascasarjana (S2/S3)', 'tidak-dicantumkan': 'Tidak dicantumkan',
  } satisfies Record<EducationBand, string>,
  postedBands: { '7-hari': '7 hari terakhir', '30-hari': '30 hari terakhir' } satisfies Record<PostedBand, string>,
  /** A checkbox filter's two options. */
  checks: {
    disabilitas: { yes: 'Ramah disabilitas', no: 'Tidak disebutkan ramah disabilitas' },
    luar: { yes: 'Luar negeri', no: 'Dalam negeri' },
  },
};

/**
 * The rest of the search text (`t.search`): filters, options, orders, and what the search script writes. In its own
 * module so the script bundles only this part of the site's text; filter text is read through the filter registry
 * (src/lib/search/filters.ts).
 */
export const searchText = {
  /** Each filter's control: its label, and a select's "any" option. */
  filters: {
    provinsi: { label: 'Provinsi', all: 'Semua provinsi' },
    kabkota: { label: 'Kabupaten/kota', all: 'Semua kabupaten/kota' },
    jabatan: { label: 'Golongan pokok jabatan', all: 'Semua golongan pokok' },
    golongan: { label: 'Golongan jabatan', all: 'Semua golongan jabatan' },
    jenis: { label: 'Jenis pekerjaan', all: 'Semua jenis' },
    pendidikan: { label: 'Pendidikan minimal', all: 'Semua pendidikan' },
    gaji: { label: 'Gaji per bulan', all: 'Semua gaji' },
    cara: { label: 'Cara kerja', all: 'Semua cara kerja' },
    diposting: { label: 'Diposting', all: 'Kapan saja' },
    disabilitas: { label: 'Ramah disabilitas' },
    luar: { label: 'Hanya luar negeri' },
  },
  sorts: { relevance: 'Paling sesuai', newest: 'Terbaru', closing: 'Segera ditutup', pay: 'Gaji tertinggi' },
  /** A count as the page shows it (`1.234`). */
  number: (n: number) => n.toLocaleString('id-ID'),
  /** A select option with its count. */
  option: (label: string, count: string) => `${label} (${count})`,
  status: {
    prompt: (open: string) => `Ketik kata kunci (mis. perawat atau sopir) atau pilih filter. Ada ${open} lowongan dibuka.`,
    searching: 'Mencari…',
    forWords: (q: string) => ` untuk "${q}"`,
    none: (words: string, filtered: boolean) => `Tidak ada lowongan${words}${filtered ? ' dengan filter ini' : ''}.`,
    found: (n: string) => `${n} lowongan ditemukan`,
    foundAtLeast: (n: string) => `Sedikitnya ${n} lowongan ditemukan`,
    pageOf: (page: number, pages: number) => `, halaman ${page} dari ${pages}`,
    page: (page: number) => `, halaman ${page}`,
    pageEmpty: (page: number) => `; halaman ${page} kosong`,
    olderLater: 'Lowongan terbaru dicari lebih dulu; lowongan yang lebih lama ikut dicari saat Anda membuka halaman berikutnya.',
    stale: 'Data lowongan baru saja diperbarui. Muat ulang halaman ini untuk mencari di data terbaru.',
    failed: 'Pencarian tidak dapat dimuat. Periksa sambungan lalu muat ulang halaman, atau telusuri lowongan menurut provinsi di beranda.',
  },
  /** Spelling help: the words were corrected to the index's vocabulary; the link searches them as typed. */
  spelling: { showing: 'Menampilkan hasil untuk ', instead: 'Cari ', insteadEnd: ' saja?' },
  empty: {
    heading: 'Saran:',
    spelling: 'Periksa ejaan kata kunci, atau coba kata yang lebih umum (mis. "perawat" daripada "perawat ICU").',
    removeFilter: (label: string) => `Hapus filter: ${label}`,
    browseRegion: 'Telusuri semua lowongan di wilayah ini',
    browseHome: 'Telusuri lowongan menurut provinsi atau jabatan',
  },
  card: {
    payNotStated: 'Gaji tidak dicantumkan',
    /** The last day to apply, and how soon that is when it is within a week. */
    deadline: (date: string) => `Batas lamaran ${date}`,
    closesToday: 'Ditutup hari ini',
    /** The last day has passed since the data was published. */
    closed: 'Sudah ditutup',
    closesTomorrow: 'Ditutup besok',
    closesIn: (days: number) => `Ditutup dalam ${days} hari`,
    urgent: (when: string, deadline: string) => `${when} (${deadline.charAt(0).toLowerCase()}${deadline.slice(1)})`,
    posted: (date: string) => `Diposting ${date}`,
  },
  pager: {
    label: 'Halaman hasil',
    previous: '‹ Sebelumnya',
    previousLabel: (page: number) => `Halaman sebelumnya (${page})`,
    next: 'Berikutnya ›',
    nextLabel: (page: number) => `Halaman berikutnya (${page})`,
    page: (page: number) => `Halaman ${page}`,
  },
};
