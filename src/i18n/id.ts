import type { Vacancy } from '../lib/schema/publishedVacancy';
import { historyText } from './idHistory';
import { openDataText } from './idOpenData';
import { phoneText } from './idPhone';
import { searchOptionText, searchPageText, searchText } from './idSearch';
import { statsText } from './idStats';

/**
 * Every piece of visible text of the public site, in Indonesian: an English edition is a second object of the same
 * type (`Messages`). Text that depends on a number or a name is a function. Pages and components read it through
 * `t` (src/i18n/index.ts); codes in the data (`contract`, `s1`) get their labels from `labels`.
 */
export const id = {
  locale: {
    /** `lang` of every page. */
    lang: 'id',
    /** Locale for numbers and dates (Intl). */
    intl: 'id-ID',
    /** Open Graph `og:locale`. */
    og: 'id_ID',
  },
  site: {
    name: 'Loker Terbuka',
    tagline: 'Lowongan kerja resmi dari dinas tenaga kerja',
    title: (page: string) => `${page} · Loker Terbuka`,
  },
  layout: {
    skipLink: 'Langsung ke isi',
    searchLabel: 'Cari lowongan',
    searchPlaceholder: 'mis. perawat, sopir, admin',
    searchButton: 'Cari',
    breadcrumbsLabel: 'Jejak halaman',
    footerNavLabel: 'Tautan situs',
    footerLinks: { home: 'Beranda', search: 'Cari lowongan', overseas: 'Luar negeri' },
    footerAbout: 'Loker Terbuka memuat lowongan kerja yang dilaporkan kantor pelayanan penempatan tenaga kerja (wajib lapor lowongan pekerjaan, Perpres 57/2023).',
    footerFree: 'Melamar lowongan resmi tidak dipungut biaya.',
    footerRegionCredit: 'Data wilayah:',
    footerRegionLicence: '(Open Database License, ODbL).',
    footerOccupationCredit: 'Klasifikasi jabatan: KBJI 2014 (BPS), mengikuti ISCO-08.',
    printedFrom: 'Dicetak dari Loker Terbuka:',
  },
  pay: {
    perMonth: 'per bulan',
    notStated: 'Gaji tidak dicantumkan',
    notStatedShort: 'Tidak dicantumkan',
  },
  status: {
    open: 'Dibuka',
    closed: 'Ditutup',
    closingSoon: 'Segera ditutup',
    closesToday: 'Ditutup hari ini',
    closesTomorrow: 'Ditutup besok',
    closesIn: (days: number) => `Ditutup dalam ${days} hari`,
    deadline: (date: string) => `Batas lamaran ${date}`,
  },
  count: {
    vacancies: (n: string) => `${n} lowongan`,
    openVacancies: (n: string) => `${n} lowongan dibuka`,
    people: (n: string) => `${n} orang`,
  },
  home: {
    title: 'Lowongan kerja resmi',
    heading: 'Lowongan kerja resmi dari dinas tenaga kerja',
    description: 'Cari lowongan kerja resmi dari dinas tenaga kerja di seluruh Indonesia: gratis, tanpa mendaftar.',
    lead: 'Cari dan baca lowongan yang dilaporkan kantor tenaga kerja pemerintah. Gratis, tanpa mendaftar.',
    searchLabel: 'Cari lowongan',
    searchHint: 'Ketik nama pekerjaan, keterampilan atau perusahaan.',
    searchButton: 'Cari',
    totalsHeading: 'Ringkasan data',
    totalsOpen: 'lowongan dibuka',
    totalsPeople: 'orang dibutuhkan',
    totalsOffices: 'kantor pelapor',
    asOf: (date: string) => `Data per ${date}.`,
    newestHeading: 'Lowongan terbaru',
    closingHeading: 'Segera ditutup',
    closingNone: 'Tidak ada lowongan yang ditutup dalam 7 hari ke depan.',
    byProvinceHeading: 'Menurut provinsi',
    countHint: 'Angka dalam kurung: jumlah lowongan yang masih dibuka.',
    byOccupationHeading: 'Menurut jabatan',
    national: phoneText.waysIn.nationalName,
    overseas: 'Luar negeri',
    noneOpen: 'Belum ada lowongan yang dibuka.',
  },
  vacancy: {
    title: (title: string, employer: string) => `${title} – ${employer}`,
    description: (title: string, employer: string, place: string, deadline: string) =>
      `Lowongan ${title} di ${employer}, ${place}. Batas lamaran ${deadline}. Lowongan resmi, melamar tanpa biaya.`,
    statusLabel: 'Status lowongan',
    closedHeading: 'Lowongan ini sudah ditutup',
    closedNoApply: 'Lamaran tidak diterima lagi.',
    closedSeeAlso: 'Lowongan yang masih dibuka:',
    openIn: (place: string) => `di ${place}`,
    openFor: (occupation: string) => `untuk jabatan ${occupation}`,
    factsHeading: 'Ringkasan lowongan',
    facts: {
      employer: 'Pemberi kerja',
      sector: 'Lapangan usaha',
      place: 'Tempat kerja',
      address: 'Alamat kerja',
      occupation: 'Jabatan',
      occupationInferred: 'Jabatan ini disimpulkan dari judul lowongan, bukan ditulis kantor pelapor.',
      employmentType: 'Jenis pekerjaan',
      workMode: 'Cara kerja',
      pay: 'Gaji',
      openings: 'Jumlah kebutuhan',
      education: 'Pendidikan minimal',
      experience: 'Pengalaman kerja',
      age: 'Usia (seperti dilaporkan)',
      gender: 'Jenis kelamin (seperti dilaporkan)',
      disability: 'Ramah disabilitas',
      skills: 'Keterampilan',
      deadline: 'Batas lamaran',
    },
    experienceNone: 'Tidak disyaratkan',
    experienceYears: (n: number) => `Minimal ${n} tahun`,
    ageRange: (min?: number, max?: number) =>
      min !== undefined && max !== undefined ? `${min}–${max} tahun` : min !== undefined ? `Minimal ${min} tahun` : `Maksimal ${max} tahun`,
    disabilityYes: 'Ya, terbuka bagi penyandang disabilitas',
    disabilityNo: 'Tidak',
    descriptionHeading: 'Deskripsi pekerjaan',
    requirementsHeading: 'Persyaratan',
    benefitsHeading: 'Fasilitas',
    applyHeading: 'Cara melamar',
    applyUrl: 'Lamar melalui situs pemberi kerja',
    applyEmail: 'Kirim lamaran lewat surel ke',
    applyInstructions: 'Petunjuk dari pemberi kerja:',
    applyBy: (date: string) => `Kirim lamaran paling lambat ${date}.`,
    feeHeading: 'Melamar tidak dipungut biaya',
    feeWarning: 'Peringatan',
    feeText: 'Lowongan resmi tidak pernah meminta uang dari pelamar, baik untuk pendaftaran, pelatihan, seragam, maupun tes kesehatan. Bila ada yang meminta bayaran, jangan bayar dan laporkan ke dinas tenaga kerja setempat.',
    provenanceHeading: 'Sumber data',
    provenance: {
      office: 'Dilaporkan oleh',
      alsoBy: (names: string) => `juga dilaporkan oleh ${names}`,
      posted: 'Tanggal dilaporkan',
      asOf: 'Data per',
      id: 'Nomor lowongan',
      source: 'Iklan asli',
      sourceLink: 'Lihat iklan asli',
    },
  },
  feed: {
    /** Title of a list's RSS feed, for feed readers. */
    title: (about: string) => `Lowongan kerja baru ${about}`,
    aboutPlace: (place: string) => `di ${place}`,
    aboutOccupation: (occupation: string) => `untuk jabatan ${occupation}`,
    /** The channel's own title and description, inside the feed. */
    channelTitle: (subject: string) => `Lowongan kerja baru: ${subject} · Loker Terbuka`,
    channelDescription: (subject: string, asOf: string) => `Lowongan kerja resmi terbaru yang masih dibuka (${subject}), dari Loker Terbuka. Data per ${asOf}.`,
    /** The last fact of an item's summary. */
    applyBefore: (date: string) => `lamar sebelum ${date}`,
    /** The visible "follow" link on lists, and what a feed is and how to use it. */
    follow: 'Ikuti lowongan baru',
    followHow: 'daftar lowongan terbaru yang diperbarui otomatis, untuk dikabari lewat aplikasi pembaca RSS, Telegram atau surel tanpa mendaftar. Tautan ini menjelaskan caranya.',
  },
  lists: {
    regionTitle: (place: string) => `Lowongan kerja di ${place}`,
    regionDescription: (place: string, count: string) => `${count} lowongan kerja resmi yang masih dibuka di ${place}, terbaru lebih dulu. Gratis, tanpa mendaftar.`,
    occupationTitle: (occupation: string) => `Lowongan ${occupation}`,
    occupationDescription: (occupation: string, code: string, count: string) =>
      `${count} lowongan kerja resmi yang masih dibuka untuk jabatan ${occupation} (KBJI ${code}), terbaru lebih dulu.`,
    occupationCode: (code: string) => `KBJI ${code}`,
    overseasTitle: 'Lowongan kerja luar negeri',
    overseasDescription: 'Lowongan penempatan kerja luar negeri yang dilaporkan resmi, menurut negara.',
    overseasNotice: 'Penempatan resmi pekerja migran tidak memungut biaya di luar ketentuan. Periksa selalu izin perusahaan penempatan pekerja migran (P3MI) sebelum melamar.',
    overseasNone: 'Belum ada lowongan luar negeri yang dibuka.',
    countryHeading: 'Negara penempatan',
    vacanciesHeading: 'Lowongan dibuka',
    newestFirst: 'Terbaru lebih dulu.',
    showing: (from: string, to: string, total: string) => `Menampilkan ${from}–${to} dari ${total} lowongan, terbaru lebih dulu.`,
    /** A list above the unit groups shows only its newest vacancies; each finer group pages through all of its own. */
    newestHeading: 'Lowongan terbaru',
    newestShowing: (shown: string, total: string) => `Menampilkan ${shown} lowongan terbaru dari ${total}. Semua lowongan ada di kelompok jabatan di atas, halaman demi halaman.`,
    pagerLabel: 'Halaman daftar',
    previous: 'Sebelumnya',
    next: 'Berikutnya',
    pageTitle: (title: string, page: number) => (page > 1 ? `${title} (halaman ${page})` : title),
    regenciesHeading: 'Kabupaten/kota',
    regenciesEmpty: 'Belum ada lowongan dibuka di:',
    provinceWide: (count: string, province: string) => `${count} lowongan berlaku untuk seluruh ${province}.`,
    nationalHint: 'Lowongan yang berlaku di seluruh Indonesia',
    subgroupsHeading: 'Kelompok jabatan di dalamnya',
    subgroupsEmpty: 'Belum ada lowongan dibuka untuk:',
    emptyRegion: (place: string) => `Belum ada lowongan dibuka di ${place}`,
    emptyRegionTry: 'Coba lihat:',
    emptyInProvince: (province: string, count: string) => `Semua lowongan di ${province} (${count})`,
    neighboursHeading: (province: string) => `Kabupaten/kota lain di ${province} yang punya lowongan`,
    otherProvincesHeading: 'Provinsi yang punya lowongan',
    nationalLink: (count: string) => `Lowongan yang berlaku di seluruh Indonesia (${count})`,
    emptyOccupation: (occupation: string) => `Belum ada lowongan dibuka untuk ${occupation}`,
    emptyParent: (group: string, count: string) => `Kelompok di atasnya: ${group} (${count})`,
    emptyHome: 'Telusuri menurut provinsi atau jabatan di beranda',
  },
  notFound: {
    title: 'Halaman tidak ditemukan',
    lead: 'Alamat ini tidak ada di Loker Terbuka, atau halamannya sudah dihapus.',
    vacancy: 'Jika ini tautan ke sebuah lowongan: lowongan yang sudah lama ditutup, atau yang ditarik kembali oleh kantor penempatan, bisa tidak lagi tersedia. Lowongan serupa mungkin masih dibuka.',
    search: 'Cari lowongan yang masih dibuka',
    home: 'Telusuri menurut provinsi atau jabatan di beranda',
  },
  /** The phone-first vacancy page, ways in, trust pages, sharing, feeds' pages. */
  phone: phoneText,
  /** The search page (/cari/), its filters and the text its script writes. */
  search: { ...searchText, page: searchPageText, options: searchOptionText },
  history: historyText,
  /** The open-data pages (/data/, /data/kamus/). */
  openData: openDataText,
  /** The labour-demand statistics (/statistik/) and the list pages' statistics block. */
  stats: statsText,
  labels: {
    employmentType: {
      full_time: 'Penuh waktu', part_time: 'Paruh waktu', contract: 'Kontrak (PKWT)', permanent: 'Tetap (PKWTT)',
      temporary: 'Sementara', internship: 'Magang', daily: 'Harian lepas',
    } satisfies Record<Vacancy['employment_type'], string>,
    workMode: { onsite: 'Di lokasi', hybrid: 'Hibrida (sebagian dari rumah)', remote: 'Jarak jauh' } satisfies Record<Vacancy['work_mode'], string>,
    education: {
      none: 'Tanpa syarat pendidikan', sd: 'SD', smp: 'SMP', sma: 'SMA/sederajat', smk: 'SMK', d1: 'D1', d2: 'D2', d3: 'D3',
      d4: 'D4/Sarjana Terapan', s1: 'S1', s2: 'S2', s3: 'S3',
    } satisfies Record<NonNullable<Vacancy['education_min']>, string>,
    gender: { any: 'Laki-laki atau perempuan', male: 'Laki-laki', female: 'Perempuan' } satisfies Record<Vacancy['gender'], string>,
    closedReason: {
      expired: 'Batas lamaran sudah lewat', filled: 'Lowongan sudah terisi', cancelled: 'Lowongan dibatalkan',
      withdrawn: 'Tidak lagi dilaporkan oleh kantor',
    } satisfies Record<NonNullable<Vacancy['closed_reason']>, string>,
    /** KBLI 2020 sections, short names. */
    sector: {
      A: 'Pertanian, kehutanan dan perikanan', B: 'Pertambangan dan penggalian', C: 'Industri pengolahan',
      D: 'Pengadaan listrik, gas, uap/air panas dan udara dingin', E: 'Pengelolaan air, air limbah dan sampah, serta remediasi',
      F: 'Konstruksi', G: 'Perdagangan besar dan eceran; reparasi mobil dan sepeda motor', H: 'Pengangkutan dan pergudangan',
      I: 'Penyediaan akomodasi dan makan minum', J: 'Informasi dan komunikasi', K: 'Jasa keuangan dan asuransi', L: 'Real estat',
      M: 'Jasa profesional, ilmiah dan teknis', N: 'Jasa persewaan, ketenagakerjaan, agen perjalanan dan penunjang usaha',
      O: 'Administrasi pemerintahan, pertahanan dan jaminan sosial wajib', P: 'Pendidikan', Q: 'Kesehatan manusia dan kegiatan sosial',
      R: 'Kesenian, hiburan dan rekreasi', S: 'Jasa lainnya', T: 'Rumah tangga sebagai pemberi kerja', U: 'Badan internasional dan badan ekstra internasional',
    } satisfies Record<NonNullable<Vacancy['employer_sector']>, string>,
    nationwide: 'Seluruh Indonesia',
    overseas: 'Luar negeri',
  },
};

/** The shape every edition of the site's text has. */
export type Messages = typeof id;
