import type { educationLabels, employmentTypeLabels } from '../../src/lib/schema/labels';
import type { EmployerKind, OverseasCountry } from './employers';
import type { JobFamily } from './familyTexts';

/** An education level code of the contract. */
export type EducationLevel = keyof typeof educationLabels;
/** An employment type code of the contract. */
export type EmploymentType = keyof typeof employmentTypeLabels;

/** A kind of job that offices report, with its KBJI 2014 (= ISCO-08) unit group and what such postings usually ask and pay. */
export interface JobTemplate {
  /** KBJI 2014 unit group (4 digits). */
  code: string;
  family: JobFamily;
  /** Titles as advertised; one is picked per vacancy. */
  titles: readonly string[];
  /** Relative demand at home (0 = only placed abroad). */
  weight: number;
  /** Monthly pay as multiples of the province's minimum wage (UMP): low and high. */
  pay: readonly [number, number];
  education: readonly EducationLevel[];
  /** Minimum years of experience asked: low and high. */
  experience: readonly [number, number];
  employers: readonly EmployerKind[];
  skills: readonly string[];
  /** Chance that the posting names a gender, and which. */
  gender?: readonly ['male' | 'female', number];
  /** Can be done remotely or hybrid. */
  remote?: boolean;
  /** Countries where this job is offered to migrant workers, weighted. */
  overseas?: Partial<Record<OverseasCountry, number>>;
  /** A requirement this job always states (a licence, a certificate). */
  mustHave?: string;
}

type Row = [string, JobFamily, number, [number, number], string, [number, number], string, string, string, Partial<JobTemplate>?];

// code, family, weight, pay (x UMP), education (space-separated), experience, employers, titles (|), skills (;), extras
const rows: Row[] = [
  ['1212', 'management', 0.4, [3, 5], 's1', [3, 7], 'factory retail hospital logistics', 'Manajer SDM|HRD Manager|Kepala Personalia', 'Hubungan industrial;Rekrutmen;Penggajian;Peraturan ketenagakerjaan'],
  ['1221', 'management', 0.6, [3, 5], 's1', [3, 6], 'retail foodFactory tech bank', 'Manajer Pemasaran|Sales Manager|Area Sales Manager', 'Strategi penjualan;Negosiasi;Analisis pasar'],
  ['1321', 'management', 0.4, [3.5, 6], 's1', [5, 8], 'factory garment foodFactory', 'Manajer Produksi|Kepala Produksi|Plant Manager', 'Lean manufacturing;PPIC;ISO 9001'],
  ['1324', 'management', 0.4, [2.5, 4], 's1 d3', [3, 6], 'logistics retail', 'Manajer Gudang|Kepala Logistik|Warehouse Manager', 'Manajemen persediaan;WMS;Distribusi'],
  ['1342', 'management', 0.2, [3.5, 6], 's1 s2', [5, 8], 'hospital clinic', 'Manajer Pelayanan Medis|Kepala Klinik', 'Akreditasi;Manajemen mutu;BPJS Kesehatan'],
  ['1346', 'management', 0.3, [3.5, 6], 's1', [5, 8], 'bank coop', 'Kepala Cabang|Branch Manager', 'Manajemen risiko kredit;Kepemimpinan;Pelayanan nasabah'],
  ['1412', 'management', 0.5, [2, 3], 'd3 s1', [2, 5], 'restaurant hotel', 'Manajer Restoran|Restaurant Manager|Kepala Outlet', 'Food cost;Manajemen shift;Pelayanan tamu'],
  ['1420', 'management', 0.7, [1.8, 2.8], 'sma d3', [2, 4], 'retail', 'Kepala Toko|Store Manager|Store Leader', 'Manajemen toko;Stock opname;Kepemimpinan'],
  ['2211', 'health', 0.6, [3.5, 6], 's1', [0, 3], 'hospital clinic', 'Dokter Umum|Dokter Jaga IGD|Dokter Klinik', 'ACLS;ATLS;Pelayanan BPJS'],
  ['2221', 'health', 3, [1.3, 2], 'd3 s1', [0, 3], 'hospital clinic', 'Perawat|Perawat Rawat Inap|Perawat IGD|Perawat ICU|Perawat Klinik', 'Asuhan keperawatan;BTCLS;Rekam medis elektronik', { overseas: { JP: 1, SA: 1 }, mustHave: 'Memiliki STR Perawat yang masih berlaku' }],
  ['2222', 'health', 1, [1.2, 1.8], 'd3 d4', [0, 3], 'hospital clinic', 'Bidan|Bidan Praktik|Bidan Jaga', 'Asuhan kebidanan;APN;Konseling KB', { gender: ['female', 0.9] }],
  ['2262', 'health', 0.7, [2, 3], 's1', [0, 3], 'pharmacy hospital clinic', 'Apoteker|Apoteker Penanggung Jawab|Apoteker Pendamping', 'Pelayanan kefarmasian;Manajemen stok obat;CDOB', { mustHave: 'Memiliki STRA dan bersedia menjadi APJ' }],
  ['2264', 'health', 0.3, [1.4, 2], 'd3 d4', [0, 2], 'hospital clinic', 'Fisioterapis|Fisioterapis Klinik', 'Terapi manual;Elektroterapi;Rehabilitasi'],
  ['2265', 'health', 0.3, [1.3, 1.9], 'd3 s1', [0, 2], 'hospital clinic foodFactory', 'Ahli Gizi|Nutrisionis', 'Penyusunan menu;Konseling gizi;Keamanan pangan'],
  ['2310', 'education', 0.4, [1.8, 3], 's2', [0, 3], 'college', 'Dosen|Dosen Teknik Informatika|Dosen Keperawatan|Dosen Manajemen', 'Penelitian;Pengajaran;Publikasi ilmiah'],
  ['2330', 'education', 1.2, [1, 1.5], 's1', [0, 3], 'school', 'Guru SMA|Guru SMK Produktif|Guru Bahasa Inggris SMP|Guru Matematika SMP', 'Kurikulum Merdeka;Penyusunan modul ajar;Asesmen'],
  ['2341', 'education', 1.5, [1, 1.4], 's1', [0, 3], 'school', 'Guru SD|Guru Kelas SD|Guru Matematika SD|Guru Agama SD', 'Kurikulum Merdeka;Manajemen kelas;Pembelajaran tematik'],
  ['2342', 'education', 0.8, [1, 1.3], 'sma d2 s1', [0, 2], 'school', 'Guru PAUD|Guru TK|Pendidik PAUD', 'Pembelajaran melalui bermain;Bernyanyi;Kreativitas anak', { gender: ['female', 0.6] }],
  ['2411', 'finance', 1.5, [1.4, 2.2], 's1 d3', [1, 3], 'factory retail consultancy coop construction', 'Akuntan|Staf Akuntansi|Accounting Staff|Akuntan Pajak', 'Laporan keuangan;Perpajakan;Accurate;Microsoft Excel'],
  ['2423', 'marketing', 1, [1.4, 2.2], 's1', [1, 3], 'factory outsourcing retail hospital', 'Staf HRD|Staf Rekrutmen|HR Generalist|Talent Acquisition', 'Rekrutmen;Wawancara;Administrasi BPJS'],
  ['2431', 'marketing', 1, [1.4, 2.4], 's1 d3', [1, 3], 'tech retail hotel foodFactory', 'Digital Marketing|Staf Pemasaran Digital|Social Media Specialist|Content Creator', 'Meta Ads;Google Ads;Copywriting;SEO', { remote: true }],
  ['2166', 'marketing', 0.6, [1.3, 2.2], 'd3 s1', [1, 3], 'tech consultancy retail', 'Desainer Grafis|Graphic Designer|Desainer Konten', 'Adobe Illustrator;Photoshop;Canva;Tipografi', { remote: true }],
  ['2511', 'it', 0.4, [2.5, 4], 's1', [2, 5], 'tech bank', 'Analis Sistem|System Analyst|Business Analyst TI', 'UML;Analisis kebutuhan;SQL', { remote: true }],
  ['2512', 'it', 1.2, [2, 4], 's1 d3', [1, 4], 'tech bank retail', 'Programmer|Software Engineer|Backend Developer|Programmer Android|Programmer PHP', 'JavaScript;PHP;Laravel;Kotlin;Git;SQL', { remote: true }],
  ['2513', 'it', 0.7, [1.8, 3.2], 'd3 s1', [1, 3], 'tech consultancy', 'Web Developer|Frontend Developer|Full Stack Developer', 'HTML & CSS;React;Vue.js;REST API', { remote: true }],
  ['2142', 'engineering', 0.6, [2, 3.5], 's1', [1, 5], 'construction', 'Site Engineer|Insinyur Sipil|Civil Engineer', 'AutoCAD;SAP2000;RAB;Manajemen proyek'],
  ['2144', 'engineering', 0.4, [2.2, 3.5], 's1', [1, 5], 'factory mining', 'Mechanical Engineer|Maintenance Engineer|Insinyur Mesin', 'SolidWorks;Preventive maintenance;Hidrolik'],
  ['3112', 'engineering', 0.5, [1.4, 2], 'smk d3', [1, 3], 'construction', 'Teknisi Sipil|Surveyor Lapangan|Quantity Surveyor', 'Total station;AutoCAD;Perhitungan volume'],
  ['3118', 'engineering', 0.5, [1.3, 2], 'smk d3', [1, 3], 'construction consultancy', 'Drafter|Drafter Arsitektur|Drafter Sipil', 'AutoCAD;SketchUp;Revit', { remote: true }],
  ['3122', 'engineering', 0.8, [1.6, 2.4], 'd3 s1', [2, 5], 'factory garment foodFactory', 'Supervisor Produksi|Leader Produksi|Kepala Regu Produksi', 'Kepemimpinan tim;Kaizen;Pencapaian target'],
  ['3212', 'health', 0.6, [1.2, 1.8], 'd3 d4', [0, 2], 'hospital clinic', 'Analis Laboratorium|Ahli Teknologi Laboratorium Medik (ATLM)', 'Hematologi;Kimia klinik;Flebotomi'],
  ['3213', 'health', 1, [1, 1.4], 'smk d3', [0, 2], 'pharmacy hospital clinic', 'Tenaga Teknis Kefarmasian|Asisten Apoteker', 'Peracikan obat;Pelayanan resep;Stok obat'],
  ['3257', 'engineering', 0.6, [1.6, 2.6], 'd3 s1', [1, 4], 'construction factory mining', 'Petugas K3|HSE Officer|Safety Officer', 'Ahli K3 Umum;HIRADC;Investigasi insiden', { mustHave: 'Memiliki sertifikat Ahli K3 Umum dari Kemnaker' }],
  ['3313', 'finance', 1, [1.1, 1.6], 'smk d3', [0, 2], 'retail coop workshop clinic', 'Staf Pembukuan|Admin Keuangan|Staf Finance', 'Pembukuan;Microsoft Excel;Rekonsiliasi bank'],
  ['3322', 'sales', 2, [1, 1.5], 'sma d3', [0, 2], 'foodFactory factory pharmacy', 'Sales Representative|Sales Kanvas|Sales Lapangan|Medical Representative', 'Negosiasi;Presentasi produk;Mencapai target', { mustHave: 'Memiliki SIM C dan sepeda motor sendiri' }],
  ['3343', 'office', 0.4, [1.4, 2.2], 'd3 s1', [1, 3], 'consultancy construction factory', 'Sekretaris|Sekretaris Direksi|Personal Assistant', 'Korespondensi;Pengaturan jadwal;Bahasa Inggris'],
  ['3512', 'it', 1, [1.2, 1.8], 'smk d3', [0, 2], 'tech hospital school hotel', 'Teknisi IT|IT Support|Helpdesk TI', 'Jaringan LAN;Troubleshooting;Windows'],
  ['4110', 'office', 3, [1, 1.4], 'sma smk d3', [0, 2], 'factory retail logistics clinic construction school', 'Staf Administrasi|Admin Kantor|Admin Umum|Admin Operasional', 'Microsoft Office;Pengarsipan;Korespondensi'],
  ['4132', 'office', 1, [1, 1.2], 'sma smk', [0, 1], 'tech logistics hospital', 'Admin Data Entry|Operator Entri Data', 'Mengetik cepat;Microsoft Excel;Ketelitian', { remote: true }],
  ['4211', 'finance', 0.8, [1.1, 1.5], 'd3 s1', [0, 1], 'bank coop', 'Teller|Teller Bank|Kasir Koperasi', 'Pelayanan nasabah;Hitung uang;Teliti'],
  ['4222', 'office', 2, [1, 1.4], 'sma d3', [0, 1], 'bank tech retail logistics', 'Customer Service|Call Center|Customer Service Online|Admin Chat', 'Komunikasi;Penanganan keluhan;CRM', { remote: true }],
  ['4224', 'office', 0.8, [1, 1.3], 'sma d3', [0, 1], 'hotel', 'Resepsionis Hotel|Front Office|Guest Service Agent', 'Sistem reservasi;Bahasa Inggris;Pelayanan tamu'],
  ['4226', 'office', 0.6, [1, 1.2], 'sma d3', [0, 1], 'clinic consultancy hospital', 'Resepsionis|Front Desk Klinik|Admin Pendaftaran Pasien', 'Pelayanan tamu;Telepon;Pendaftaran'],
  ['4313', 'finance', 0.4, [1.2, 1.7], 'd3 s1', [1, 3], 'factory outsourcing', 'Staf Payroll|Admin Penggajian', 'Penggajian;PPh 21;BPJS Ketenagakerjaan'],
  ['4321', 'warehouse', 1.5, [1, 1.3], 'sma smk d3', [0, 2], 'logistics retail factory', 'Admin Gudang|Staf Inventori|Checker Gudang', 'Stock opname;Microsoft Excel;WMS'],
  ['4323', 'office', 0.6, [1, 1.3], 'sma d3', [0, 2], 'logistics', 'Admin Ekspedisi|Dispatcher|Admin Transportasi', 'Penjadwalan armada;Dokumen pengiriman;Microsoft Excel'],
  ['5120', 'hospitality', 2, [1, 1.5], 'sma smk', [1, 3], 'restaurant hotel foodFactory', 'Juru Masak|Cook|Koki|Cook Masakan Nusantara', 'Masakan Indonesia;Food preparation;Higiene sanitasi', { overseas: { JP: 1, SA: 1 } }],
  ['5131', 'hospitality', 2, [1, 1.2], 'sma', [0, 1], 'restaurant hotel', 'Pelayan Restoran|Waiter|Waitress|Pramusaji', 'Pelayanan tamu;Menghafal menu;Kerja tim', { overseas: { SA: 0.5 } }],
  ['5132', 'hospitality', 1, [1, 1.3], 'sma', [0, 1], 'restaurant hotel', 'Barista|Bartender|Crew Bar', 'Manual brew;Espresso;Latte art'],
  ['5141', 'beauty', 0.5, [1, 1.5], 'sma', [1, 2], 'salon', 'Penata Rambut|Hair Stylist|Kapster', 'Potong rambut;Pewarnaan;Creambath'],
  ['5142', 'beauty', 0.5, [1, 1.4], 'sma d3', [0, 2], 'salon hotel clinic', 'Terapis Spa|Beautician|Terapis Kecantikan', 'Facial;Pijat refleksi;Perawatan kulit', { gender: ['female', 0.7] }],
  ['5223', 'sales', 4, [1, 1.15], 'sma smk', [0, 1], 'retail', 'Pramuniaga|Shop Assistant|Crew Toko|Pramuniaga Minimarket', 'Pelayanan pelanggan;Display barang;Kasir'],
  ['5230', 'sales', 3, [1, 1.15], 'sma smk', [0, 1], 'retail restaurant', 'Kasir|Kasir Minimarket|Kasir Restoran|Kasir Swalayan', 'Mesin kasir (POS);Hitung uang;Pelayanan pelanggan'],
  ['5242', 'sales', 1, [1, 1.2], 'sma', [0, 1], 'retail foodFactory', 'Sales Promotion Girl (SPG)|Sales Promotion Boy (SPB)|SPG Event', 'Presentasi produk;Komunikasi;Penampilan menarik'],
  ['5311', 'care', 0.6, [1, 1.3], 'smp sma', [0, 2], 'careHome school', 'Baby Sitter|Pengasuh Anak|Pengasuh Daycare', 'Perawatan bayi;P3K;Stimulasi anak', { gender: ['female', 0.7] }],
  ['5321', 'care', 0.5, [1, 1.3], 'sma smk', [0, 2], 'hospital careHome', 'Asisten Perawat|Pramurukti|Care Assistant', 'Perawatan dasar;Mobilisasi pasien;Kebersihan diri pasien', { overseas: { JP: 2 } }],
  ['5322', 'care', 1, [1, 1.4], 'smp sma smk', [0, 2], 'careHome', 'Caregiver|Perawat Lansia|Pendamping Lansia|Home Care Assistant', 'Perawatan lansia;P3K;Mobilisasi', { overseas: { TW: 5, JP: 3, HK: 2 } }],
  ['5414', 'security', 3, [1, 1.2], 'sma smk', [0, 2], 'security', 'Satpam|Security|Petugas Keamanan|Satpam Perumahan', 'Gada Pratama;Patroli;Penanganan darurat', { gender: ['male', 0.6] }],
  ['6111', 'agriculture', 0.8, [1, 1.2], 'none sd smp', [0, 2], 'farm coop', 'Petani Hortikultura|Pekerja Kebun Sayur|Operator Greenhouse', 'Budidaya sayur;Irigasi tetes;Pemupukan'],
  ['6112', 'agriculture', 1, [1, 1.3], 'none sd smp', [0, 2], 'plantation', 'Pemanen Kelapa Sawit|Pekerja Perkebunan Sawit|Penyadap Karet', 'Panen TBS;Perawatan tanaman;Penggunaan dodos', { overseas: { MY: 3 } }],
  ['6122', 'agriculture', 0.5, [1, 1.2], 'sd smp', [0, 2], 'farm', 'Peternak Ayam|Anak Kandang|Pekerja Peternakan', 'Pemberian pakan;Vaksinasi ternak;Kebersihan kandang'],
  ['6221', 'fishery', 0.4, [1, 1.4], 'smp sma smk', [0, 2], 'fishery', 'Pembudidaya Ikan|Teknisi Tambak Udang|Pekerja Tambak', 'Kualitas air;Pemberian pakan;Panen udang'],
  ['6222', 'fishery', 0.5, [1, 1.5], 'none sd smp', [0, 3], 'fishery coop', 'Nelayan|Anak Buah Kapal Nelayan|Nelayan Bagan', 'Menjaring ikan;Navigasi dasar;Perawatan jaring', { gender: ['male', 0.8] }],
  ['6223', 'fishery', 0.2, [1.2, 2], 'smp sma', [1, 3], 'fishery', 'ABK Kapal Penangkap Ikan|Awak Kapal Perikanan', 'Longline;Keselamatan di laut;Penanganan ikan', { gender: ['male', 0.9], overseas: { KR: 2, TW: 2 } }],
  ['7112', 'construction', 1, [1, 1.3], 'none sd smp', [1, 3], 'construction', 'Tukang Batu|Tukang Bangunan|Tukang Keramik', 'Pasang bata;Plester;Pasang keramik', { gender: ['male', 0.7], overseas: { MY: 1, SA: 1 } }],
  ['7115', 'construction', 0.6, [1, 1.4], 'sd smp smk', [1, 3], 'construction factory', 'Tukang Kayu|Tukang Kayu Furnitur|Tukang Bekisting', 'Pertukangan kayu;Bekisting;Finishing'],
  ['7127', 'mechanic', 0.8, [1, 1.5], 'smk', [1, 3], 'workshop construction hotel', 'Teknisi AC|Teknisi Pendingin|Teknisi AC Split', 'Instalasi AC;Isi freon;Servis berkala'],
  ['7131', 'construction', 0.4, [1, 1.3], 'sd smp', [1, 2], 'construction', 'Tukang Cat|Painter Bangunan', 'Pengecatan dinding;Plamir;Cat semprot'],
  ['7212', 'mechanic', 1, [1.1, 1.7], 'smk', [1, 3], 'factory construction mining', 'Tukang Las|Welder|Welder SMAW|Welder Argon', 'Las SMAW;Las TIG;Membaca gambar kerja', { overseas: { JP: 2, KR: 1 }, mustHave: 'Memiliki sertifikat las (SMAW/GTAW) minimal 3G' }],
  ['7231', 'mechanic', 1.5, [1, 1.6], 'smk', [0, 3], 'workshop logistics', 'Montir Mobil|Mekanik Motor|Mekanik Kendaraan|Teknisi Sepeda Motor', 'Tune up;Sistem injeksi;Kelistrikan kendaraan'],
  ['7233', 'mechanic', 0.6, [1.3, 2], 'smk d3', [1, 4], 'mining plantation factory', 'Mekanik Alat Berat|Teknisi Mesin Industri|Mekanik Mesin Produksi', 'Hidrolik;Mesin diesel;Perawatan preventif'],
  ['7411', 'mechanic', 1, [1.1, 1.6], 'smk d3', [1, 3], 'construction factory hotel hospital', 'Teknisi Listrik|Teknisi Listrik Gedung|Electrician', 'Instalasi listrik;Panel listrik;PUIL 2011', { mustHave: 'Memiliki SKTTK atau sertifikat kelistrikan menjadi nilai tambah' }],
  ['7512', 'hospitality', 0.5, [1, 1.3], 'sma smk', [0, 2], 'foodFactory restaurant', 'Tukang Roti|Baker|Pastry Cook', 'Adonan roti;Dekorasi kue;Higiene pangan'],
  ['7531', 'garment', 0.8, [1, 1.4], 'sd smp sma', [1, 3], 'garment', 'Penjahit|Penjahit Butik|Penjahit Konveksi|Penjahit Seragam', 'Menjahit;Membuat pola;Permak pakaian'],
  ['8153', 'garment', 2.5, [1, 1.2], 'smp sma', [0, 2], 'garment', 'Operator Jahit|Operator Mesin Jahit|Sewing Operator', 'Mesin jahit high speed;Obras;Overdeck', { gender: ['female', 0.5] }],
  ['8183', 'manufacturing', 1, [1, 1.2], 'sma smk', [0, 1], 'foodFactory', 'Operator Mesin Pengemasan|Operator Filling|Operator Packing Mesin', 'Setting mesin;Pengemasan;Kontrol mutu'],
  ['8189', 'manufacturing', 4, [1, 1.25], 'sma smk', [0, 2], 'factory foodFactory', 'Operator Produksi|Operator Mesin|Operator Mesin Injection|Operator Produksi Pabrik', 'Pengoperasian mesin;5R;Kontrol mutu', { overseas: { TW: 4, KR: 4, MY: 2, JP: 2 } }],
  ['8212', 'manufacturing', 1.5, [1, 1.2], 'sma smk', [0, 1], 'factory', 'Operator Perakitan Elektronik|Assembler Elektronik|Operator SMT', 'Perakitan komponen;Solder;Pemeriksaan visual', { overseas: { TW: 2, MY: 2 } }],
  ['8219', 'manufacturing', 1.2, [1, 1.2], 'sma smk', [0, 1], 'factory', 'Operator Perakitan|Assembler|Operator Assembly', 'Perakitan;Membaca instruksi kerja;Kontrol mutu'],
  ['8321', 'transport', 2.5, [1, 1.3], 'smp sma', [0, 1], 'logistics retail', 'Kurir|Kurir Motor|Kurir Paket|Driver Pengiriman', 'Mengemudi sepeda motor;Aplikasi peta;Pelayanan pelanggan', { mustHave: 'Memiliki SIM C dan sepeda motor sendiri' }],
  ['8322', 'transport', 1.5, [1, 1.3], 'smp sma', [1, 3], 'logistics factory hotel consultancy', 'Sopir|Driver Operasional|Sopir Kantor|Driver Antar Jemput', 'Mengemudi mobil;Perawatan kendaraan;Menguasai rute', { gender: ['male', 0.7], mustHave: 'Memiliki SIM A yang masih berlaku' }],
  ['8332', 'transport', 1.2, [1.1, 1.6], 'smp sma', [1, 4], 'logistics mining construction', 'Sopir Truk|Driver Truk Engkel|Sopir Dump Truck|Driver Wingbox', 'Mengemudi truk;Muat bongkar;Perawatan kendaraan', { gender: ['male', 0.8], mustHave: 'Memiliki SIM B1 Umum atau B2 Umum' }],
  ['8342', 'construction', 0.5, [1.3, 2.2], 'smp sma smk', [1, 4], 'mining construction', 'Operator Alat Berat|Operator Excavator|Operator Bulldozer', 'Excavator;Perawatan harian unit;Keselamatan kerja', { mustHave: 'Memiliki SIO operator alat berat yang masih berlaku' }],
  ['8344', 'warehouse', 1, [1, 1.3], 'sma smk', [1, 2], 'logistics factory', 'Operator Forklift|Driver Forklift|Operator Reach Truck', 'Forklift;Penataan palet;Keselamatan gudang', { mustHave: 'Memiliki SIO forklift yang masih berlaku' }],
  ['9111', 'domestic', 0, [1, 1.1], 'sd smp', [0, 2], 'careHome', 'Pekerja Rumah Tangga|Penata Laksana Rumah Tangga|Domestic Helper', 'Memasak;Kebersihan rumah;Merawat anak', { gender: ['female', 0.9], overseas: { HK: 5, MY: 2, TW: 3, SA: 3 } }],
  ['9112', 'cleaning', 3, [1, 1.1], 'none sd smp sma', [0, 1], 'outsourcing hotel hospital', 'Petugas Kebersihan|Cleaning Service|Office Boy|Housekeeping Attendant', 'Kebersihan gedung;Bahan kimia pembersih;Ketelitian', { overseas: { SA: 1 } }],
  ['9211', 'agriculture', 1.2, [1, 1.1], 'none sd', [0, 1], 'plantation farm coop', 'Buruh Tani|Buruh Kebun|Pekerja Harian Kebun', 'Menanam;Memanen;Penyiangan', { overseas: { MY: 2 } }],
  ['9313', 'construction', 1.2, [1, 1.15], 'none sd smp', [0, 1], 'construction', 'Kenek Bangunan|Helper Proyek|Pekerja Bangunan', 'Mengangkat material;Mengaduk semen;Kerja tim', { gender: ['male', 0.7] }],
  ['9321', 'manufacturing', 2, [1, 1.1], 'smp sma', [0, 1], 'foodFactory factory logistics', 'Helper Produksi|Packer|Tenaga Pengemasan', 'Pengemasan;Penimbangan;Kerja cepat'],
  ['9333', 'warehouse', 2.5, [1, 1.15], 'smp sma', [0, 1], 'logistics retail factory', 'Buruh Gudang|Helper Gudang|Tenaga Bongkar Muat', 'Bongkar muat;Penyusunan barang;Kerja tim'],
  ['9412', 'hospitality', 1, [1, 1.1], 'smp sma', [0, 1], 'restaurant hotel', 'Pencuci Piring|Steward|Helper Dapur', 'Kebersihan dapur;Mencuci peralatan;Kerja cepat'],
];

/** The job templates of the sample: all nine major groups of KBJI 2014 (armed forces left out). */
export const jobTemplates: readonly JobTemplate[] = rows.map(([code, family, weight, pay, education, experience, employers, titles, skills, extra]) => ({
  code, family, weight, pay,
  education: education.split(' ') as EducationLevel[],
  experience,
  employers: employers.split(' ') as EmployerKind[],
  titles: titles.split('|'),
  skills: skills.split(';'),
  ...extra,
}));

/** How each family usually hires (PKWT contracts dominate, as in real postings). */
export const employmentByFamily: Record<JobFamily, readonly (readonly [EmploymentType, number])[]> = {
  management: [['permanent', 4], ['full_time', 2], ['contract', 1]],
  health: [['contract', 4], ['permanent', 2], ['full_time', 1]],
  education: [['contract', 3], ['permanent', 2], ['part_time', 2]],
  it: [['full_time', 3], ['contract', 3], ['permanent', 2], ['internship', 1]],
  finance: [['contract', 3], ['full_time', 3], ['permanent', 2], ['internship', 1]],
  office: [['contract', 4], ['full_time', 3], ['permanent', 1], ['internship', 1]],
  marketing: [['full_time', 3], ['contract', 3], ['internship', 1], ['temporary', 1]],
  sales: [['contract', 5], ['part_time', 2], ['full_time', 2], ['internship', 0.5]],
  hospitality: [['contract', 4], ['part_time', 2], ['full_time', 2], ['daily', 1]],
  beauty: [['contract', 3], ['full_time', 2], ['part_time', 1]],
  security: [['contract', 6], ['full_time', 1]],
  care: [['contract', 4], ['full_time', 1]],
  domestic: [['contract', 1]],
  agriculture: [['daily', 3], ['contract', 2], ['temporary', 1], ['permanent', 1]],
  fishery: [['contract', 3], ['daily', 2], ['temporary', 1]],
  construction: [['daily', 4], ['contract', 3], ['temporary', 2]],
  mechanic: [['contract', 4], ['permanent', 2], ['full_time', 1]],
  garment: [['contract', 6], ['daily', 1], ['permanent', 1]],
  manufacturing: [['contract', 6], ['permanent', 1], ['daily', 1], ['temporary', 1]],
  transport: [['contract', 4], ['full_time', 2], ['temporary', 1], ['permanent', 1]],
  cleaning: [['contract', 6], ['full_time', 1], ['part_time', 0.5]],
  warehouse: [['contract', 5], ['daily', 2], ['temporary', 1]],
  engineering: [['contract', 4], ['permanent', 2], ['full_time', 1]],
};
