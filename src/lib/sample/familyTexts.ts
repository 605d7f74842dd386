/** Sentence pools for one job family: what the work is, what it asks, what it gives. */
export interface FamilyTexts {
  /** Sentences about the role; `{title}` is replaced by the job title. */
  role: readonly string[];
  /** Task bullets (without the leading `- `). */
  tasks: readonly string[];
  /** Requirement bullets. */
  requirements: readonly string[];
  /** Benefit bullets particular to the family. */
  benefits: readonly string[];
  /** A sentence about working hours. */
  schedule: readonly string[];
}

/** Job families: templates of the same family share their sentence pools. */
export type JobFamily = keyof typeof familyTexts;

/** Indonesian sentence pools per job family, written like real Disnaker postings. */
export const familyTexts = {
  management: {
    role: ['Sebagai {title}, Anda memimpin tim dan memastikan target operasional tercapai dengan efisien.', 'Posisi {title} melapor langsung kepada direksi dan berkoordinasi dengan seluruh kepala bagian.'],
    tasks: ['Menyusun rencana kerja dan anggaran tahunan unit', 'Memimpin, membina, dan menilai kinerja tim', 'Memantau pencapaian target penjualan dan produksi setiap bulan', 'Mengendalikan biaya operasional agar sesuai anggaran', 'Menyusun laporan berkala untuk manajemen', 'Memastikan kepatuhan terhadap peraturan ketenagakerjaan dan K3', 'Menjalin hubungan baik dengan mitra, pemasok, dan pelanggan utama', 'Mengambil keputusan cepat saat terjadi kendala operasional', 'Mengembangkan prosedur kerja standar (SOP) yang jelas dan mudah diikuti'],
    requirements: ['Berpengalaman memimpin tim minimal 10 orang', 'Mampu membaca laporan keuangan dan menyusun anggaran', 'Memiliki kemampuan komunikasi dan negosiasi yang baik', 'Tegas, jujur, dan berorientasi pada hasil', 'Terbiasa menggunakan Microsoft Excel dan aplikasi ERP', 'Bersedia melakukan perjalanan dinas'],
    benefits: ['Tunjangan jabatan', 'Bonus kinerja tahunan', 'Kendaraan operasional'],
    schedule: ['Jam kerja Senin sampai Jumat pukul 08.00-17.00, dengan kemungkinan lembur saat tutup buku.'],
  },
  health: {
    role: ['{title} bertugas memberikan pelayanan kesehatan yang aman dan ramah kepada pasien.', 'Anda akan bekerja dalam tim bersama dokter, perawat, bidan, dan tenaga kesehatan lain.'],
    tasks: ['Melakukan pengkajian dan pemeriksaan awal pasien', 'Memberikan asuhan sesuai standar prosedur operasional', 'Mencatat tindakan dan perkembangan pasien pada rekam medis elektronik', 'Menyiapkan alat dan bahan medis sebelum tindakan', 'Memberikan edukasi kesehatan kepada pasien dan keluarga', 'Menjaga kebersihan dan sterilitas ruang perawatan', 'Melaporkan kondisi pasien kepada dokter penanggung jawab', 'Mengelola obat dan perbekalan farmasi sesuai resep', 'Mendukung program mutu dan keselamatan pasien'],
    requirements: ['Memiliki STR aktif dan SIP atau bersedia mengurus', 'Memiliki sertifikat BTCLS atau PPGD yang masih berlaku', 'Mampu bekerja di bawah tekanan dan dalam sistem shift', 'Teliti, sabar, dan berempati kepada pasien', 'Sehat jasmani dan rohani dibuktikan dengan surat keterangan dokter', 'Bersedia ditempatkan di unit mana pun'],
    benefits: ['Tunjangan shift malam', 'Pelatihan dan kredit SKP berkala', 'Fasilitas kesehatan bagi karyawan dan keluarga'],
    schedule: ['Sistem kerja tiga shift dengan 40 jam kerja per minggu.', 'Praktik buka setiap hari pukul 07.00-21.00 dengan pembagian shift.'],
  },
  education: {
    role: ['{title} mendampingi peserta didik belajar dengan metode yang menyenangkan dan sesuai Kurikulum Merdeka.', 'Kami mencari pendidik yang sabar, kreatif, dan senang bekerja sama dengan orang tua murid.'],
    tasks: ['Menyusun modul ajar dan rencana pembelajaran', 'Mengajar sesuai jadwal dan mata pelajaran yang ditentukan', 'Menilai hasil belajar dan menyusun rapor', 'Membimbing kegiatan ekstrakurikuler', 'Berkomunikasi rutin dengan wali murid', 'Mengembangkan media pembelajaran yang kreatif', 'Mengikuti rapat guru dan pelatihan internal', 'Menjaga ketertiban dan keamanan kelas'],
    requirements: ['Lulusan pendidikan sesuai bidang yang diajarkan', 'Memiliki sertifikat pendidik menjadi nilai tambah', 'Mampu mengoperasikan komputer dan aplikasi pembelajaran daring', 'Berakhlak baik dan dapat menjadi teladan bagi siswa', 'Komunikatif dan menyukai anak-anak', 'Bersedia mengikuti masa percobaan tiga bulan'],
    benefits: ['Tunjangan sertifikasi sesuai ketentuan', 'Pelatihan guru berkala', 'Libur mengikuti kalender akademik'],
    schedule: ['Hari kerja Senin sampai Sabtu pukul 07.00-14.00.', 'Kegiatan belajar Senin sampai Jumat, pukul 07.00-15.30.'],
  },
  it: {
    role: ['{title} bergabung dengan tim produk untuk membangun aplikasi yang dipakai ribuan pengguna.', 'Anda akan bekerja dengan metode Agile bersama desainer, penguji, dan product owner.'],
    tasks: ['Mengembangkan fitur baru sesuai kebutuhan pengguna', 'Menulis kode yang rapi, teruji, dan terdokumentasi', 'Memperbaiki bug dan meningkatkan kinerja aplikasi', 'Melakukan code review bersama anggota tim', 'Merancang basis data dan integrasi API', 'Menjaga keamanan data dan sistem', 'Ikut serta dalam perencanaan sprint dan evaluasi', 'Membantu pengguna internal yang mengalami kendala perangkat dan jaringan'],
    requirements: ['Menguasai minimal satu bahasa pemrograman seperti JavaScript, PHP, Python, atau Java', 'Memahami Git dan alur kerja kolaboratif', 'Terbiasa dengan basis data SQL', 'Mampu membaca dokumentasi berbahasa Inggris', 'Memiliki portofolio atau akun GitHub menjadi nilai tambah', 'Mampu bekerja mandiri maupun dalam tim'],
    benefits: ['Laptop kerja', 'Jam kerja fleksibel', 'Anggaran pelatihan dan sertifikasi'],
    schedule: ['Jam kerja fleksibel, dengan rapat tim harian pukul 09.30.'],
  },
  finance: {
    role: ['{title} memastikan setiap transaksi tercatat dengan benar dan laporan keuangan selesai tepat waktu.', 'Posisi ini bekerja erat dengan bagian pajak, pembelian, dan manajemen.'],
    tasks: ['Mencatat transaksi harian ke dalam sistem akuntansi', 'Menyusun laporan keuangan bulanan dan tahunan', 'Melakukan rekonsiliasi bank dan kas kecil', 'Menyiapkan perhitungan dan pelaporan pajak (PPh dan PPN)', 'Memeriksa kelengkapan dokumen tagihan dan pembayaran', 'Membantu proses audit internal dan eksternal', 'Mengelola data piutang dan utang usaha', 'Melayani setoran dan penarikan tunai nasabah dengan teliti'],
    requirements: ['Memahami prinsip akuntansi (PSAK) dan perpajakan', 'Mahir Microsoft Excel, termasuk VLOOKUP dan pivot table', 'Terbiasa dengan aplikasi akuntansi seperti Accurate, Zahir, atau SAP', 'Memiliki sertifikat Brevet A/B menjadi nilai tambah', 'Teliti, jujur, dan mampu menjaga kerahasiaan data', 'Mampu bekerja dengan tenggat waktu'],
    benefits: ['Tunjangan kehadiran', 'Bonus akhir tahun', 'Pelatihan perpajakan'],
    schedule: ['Hari kerja Senin sampai Jumat pukul 08.00-17.00.'],
  },
  office: {
    role: ['{title} mendukung kelancaran administrasi kantor dan pelayanan kepada pelanggan.', 'Kami membutuhkan orang yang rapi, cekatan, dan ramah.'],
    tasks: ['Mengelola surat masuk dan keluar serta arsip dokumen', 'Menginput data ke dalam sistem dan spreadsheet', 'Melayani pertanyaan pelanggan melalui telepon, surel, dan media sosial', 'Menyiapkan laporan harian dan mingguan', 'Mengatur jadwal rapat dan kebutuhan alat tulis kantor', 'Membantu proses penagihan dan pembuatan faktur', 'Mencatat keluhan pelanggan dan meneruskannya ke bagian terkait', 'Menjaga kerapian area kerja dan ruang tamu'],
    requirements: ['Menguasai Microsoft Office, terutama Word dan Excel', 'Mampu mengetik cepat dan teliti', 'Berpenampilan rapi dan komunikatif', 'Mampu bekerja dengan target', 'Lulusan baru dipersilakan melamar', 'Jujur, disiplin, dan bertanggung jawab'],
    benefits: ['Tunjangan makan', 'Uang transport', 'Jenjang karier yang jelas'],
    schedule: ['Hari kerja Senin sampai Jumat pukul 08.00-16.00, Sabtu setengah hari.'],
  },
  marketing: {
    role: ['{title} membantu perusahaan menjangkau pelanggan baru dan merekrut talenta terbaik.', 'Anda akan bekerja bersama tim penjualan, desain, dan manajemen.'],
    tasks: ['Merencanakan dan menjalankan kampanye pemasaran digital', 'Membuat konten untuk media sosial dan situs web', 'Menganalisis data kampanye dan menyusun laporan', 'Mengelola proses rekrutmen dari penyaringan CV hingga wawancara', 'Menyusun materi presentasi untuk klien', 'Merancang desain grafis untuk promosi cetak dan digital', 'Berkoordinasi dengan agensi dan vendor', 'Memantau tren pasar dan pesaing'],
    requirements: ['Menguasai media sosial dan alat analitik digital', 'Mampu menggunakan Canva, Photoshop, atau Illustrator', 'Memiliki kemampuan menulis yang baik', 'Kreatif, komunikatif, dan mampu bekerja dengan tenggat waktu', 'Memahami dasar ketenagakerjaan (untuk bidang SDM)', 'Memiliki portofolio menjadi nilai tambah'],
    benefits: ['Bonus pencapaian target', 'Jam kerja fleksibel', 'Pelatihan pemasaran digital'],
    schedule: ['Hari kerja Senin sampai Jumat pukul 09.00-18.00.'],
  },
  sales: {
    role: ['{title} menjadi ujung tombak pelayanan dan penjualan kepada pelanggan.', 'Anda akan dibimbing oleh supervisor dan mendapat pelatihan produk sebelum mulai bekerja.'],
    tasks: ['Menyambut dan melayani pelanggan dengan ramah', 'Menjelaskan produk dan promo yang sedang berlaku', 'Menata barang di rak sesuai planogram', 'Melakukan transaksi pembayaran tunai dan nontunai', 'Memeriksa tanggal kedaluwarsa dan kondisi barang', 'Menghitung stok dan membantu stock opname', 'Menjaga kebersihan & kerapian area toko', 'Mengunjungi pelanggan dan mencari toko atau mitra baru', 'Mencapai target penjualan harian tim'],
    requirements: ['Berpenampilan menarik dan rapi', 'Ramah, jujur, dan komunikatif', 'Mampu berhitung dengan cepat', 'Bersedia bekerja dengan sistem shift, termasuk akhir pekan', 'Berpengalaman di bidang ritel atau penjualan menjadi nilai tambah', 'Memiliki kendaraan sendiri (untuk sales lapangan)'],
    benefits: ['Insentif penjualan', 'Seragam kerja', 'Diskon karyawan'],
    schedule: ['Bekerja enam hari seminggu dengan dua shift: 07.00-15.00 dan 14.00-22.00.'],
  },
  hospitality: {
    role: ['{title} membantu menghadirkan pengalaman bersantap dan menginap yang menyenangkan bagi tamu.', 'Dapur dan ruang makan kami sibuk, terutama saat akhir pekan dan musim liburan.'],
    tasks: ['Menyiapkan bahan dan peralatan sebelum jam operasional', 'Mengolah dan menyajikan menu sesuai resep standar', 'Menjaga kebersihan dapur sesuai standar higiene dan sanitasi', 'Mencatat pesanan tamu dengan tepat', 'Menyajikan makanan dan minuman dengan cepat dan ramah', 'Memeriksa stok bahan dan melaporkan kebutuhan belanja', 'Mencuci peralatan makan dan masak', 'Menangani keluhan tamu dengan sopan'],
    requirements: ['Memahami dasar keamanan pangan', 'Memiliki sertifikat penjamah makanan menjadi nilai tambah', 'Mampu bekerja cepat dalam tim', 'Bersedia bekerja pada hari libur nasional', 'Sehat dan tidak memiliki penyakit menular', 'Ramah dan murah senyum'],
    benefits: ['Makan dua kali sehari', 'Service charge', 'Seragam kerja'],
    schedule: ['Shift pagi 06.00-14.00 atau shift sore 14.00-22.00, libur satu hari dalam seminggu.'],
  },
  beauty: {
    role: ['{title} memberikan layanan perawatan yang nyaman dan higienis kepada pelanggan.', 'Salon kami ramai pelanggan tetap dan terus menambah cabang.'],
    tasks: ['Melayani potong, cuci, dan penataan rambut', 'Memberikan perawatan wajah dan tubuh sesuai paket', 'Menjaga kebersihan dan sterilisasi alat', 'Menawarkan produk perawatan kepada pelanggan', 'Mencatat jadwal dan riwayat pelanggan', 'Menata ruang layanan sebelum dan sesudah dipakai', 'Mengikuti tren dan teknik perawatan terbaru'],
    requirements: ['Berpengalaman di salon atau klinik kecantikan', 'Memiliki sertifikat kursus tata rias atau tata rambut', 'Berpenampilan rapi dan ramah', 'Bersedia bekerja pada akhir pekan', 'Teliti dan menjaga kebersihan'],
    benefits: ['Komisi per layanan', 'Pelatihan teknik baru', 'Seragam kerja'],
    schedule: ['Salon buka pukul 10.00-21.00 setiap hari dengan pembagian shift.'],
  },
  security: {
    role: ['{title} menjaga keamanan dan ketertiban lingkungan kerja klien kami.', 'Penempatan di kawasan perkantoran, pabrik, atau perumahan sesuai kebutuhan klien.'],
    tasks: ['Melakukan patroli rutin sesuai jadwal', 'Memeriksa tamu, kendaraan, dan barang yang keluar masuk', 'Mengisi buku mutasi dan laporan kejadian', 'Mengatur lalu lintas dan parkir di area kerja', 'Menangani keadaan darurat dan kebakaran awal', 'Berkoordinasi dengan kepolisian setempat bila diperlukan', 'Memantau CCTV dan alarm', 'Menjaga aset perusahaan dari pencurian dan kerusakan'],
    requirements: ['Memiliki KTA dan sertifikat Gada Pratama yang masih berlaku', 'Tinggi badan minimal 165 cm', 'Sehat jasmani dan rohani', 'Bersedia bekerja shift siang dan malam', 'Disiplin dan tegas', 'Berpengalaman sebagai satpam menjadi nilai tambah'],
    benefits: ['Tunjangan lembur', 'Seragam dan perlengkapan jaga', 'Pelatihan Gada Madya'],
    schedule: ['Sistem dua shift 12 jam dengan pola dua hari, dua malam, dua libur.'],
  },
  care: {
    role: ['{title} mendampingi dan merawat penerima layanan dengan penuh kesabaran.', 'Anda akan dibekali pelatihan perawatan dasar sebelum penempatan.'],
    tasks: ['Membantu kebutuhan harian seperti mandi, berpakaian, dan makan', 'Menyiapkan makanan sesuai anjuran gizi', 'Mengingatkan jadwal minum obat dan kontrol kesehatan', 'Menemani aktivitas ringan dan latihan gerak', 'Menjaga kebersihan kamar dan pakaian', 'Mencatat perkembangan kondisi harian', 'Melaporkan perubahan kondisi kepada keluarga atau perawat', 'Menciptakan suasana yang aman dan nyaman'],
    requirements: ['Sabar, telaten, dan penyayang', 'Memiliki sertifikat pelatihan caregiver atau baby sitter menjadi nilai tambah', 'Bersedia tinggal di tempat kerja', 'Sehat jasmani dan rohani', 'Mampu berkomunikasi dengan baik', 'Tidak merokok'],
    benefits: ['Tempat tinggal dan makan ditanggung', 'Libur empat hari per bulan', 'Pelatihan lanjutan'],
    schedule: ['Jam kerja mengikuti kebutuhan penerima layanan, dengan waktu istirahat yang diatur dalam kontrak.'],
  },
  domestic: {
    role: ['{title} membantu pekerjaan rumah tangga keluarga pemberi kerja.', 'Pemberi kerja menjamin tempat tinggal yang layak, makan, dan waktu istirahat.'],
    tasks: ['Membersihkan rumah dan merapikan kamar', 'Mencuci dan menyetrika pakaian', 'Memasak menu harian keluarga', 'Berbelanja kebutuhan dapur', 'Membantu menjaga anak atau anggota keluarga lanjut usia', 'Merawat tanaman dan hewan peliharaan', 'Menjaga keamanan rumah saat ditinggal'],
    requirements: ['Jujur dan bertanggung jawab', 'Bisa memasak masakan rumahan', 'Bersedia tinggal di rumah pemberi kerja', 'Sehat jasmani dan rohani', 'Berpengalaman sebagai pekerja rumah tangga menjadi nilai tambah'],
    benefits: ['Tempat tinggal dan makan ditanggung', 'Libur mingguan sesuai kontrak', 'Tiket pulang setelah kontrak selesai'],
    schedule: ['Jam kerja dan hari libur diatur dalam perjanjian kerja yang ditandatangani sebelum berangkat.'],
  },
  agriculture: {
    role: ['{title} bekerja di kebun dan lahan produksi untuk memastikan panen berkualitas.', 'Lokasi kerja berada di area perkebunan dengan mess yang disediakan.'],
    tasks: ['Menyiapkan lahan, bibit, dan media tanam', 'Melakukan penanaman, penyiangan, dan pemupukan', 'Menyemprot hama sesuai dosis dan prosedur keselamatan', 'Memanen hasil kebun sesuai standar mutu', 'Merawat saluran air dan peralatan kebun', 'Mencatat hasil panen harian', 'Memberi pakan dan memeriksa kesehatan ternak', 'Mengangkut hasil panen ke tempat pengumpulan'],
    requirements: ['Terbiasa bekerja di lapangan', 'Sehat dan kuat secara fisik', 'Berpengalaman di perkebunan atau pertanian menjadi nilai tambah', 'Bersedia tinggal di mess', 'Rajin dan jujur', 'Mampu bekerja dalam kelompok'],
    benefits: ['Mess dan air bersih', 'Premi panen', 'Beras natura'],
    schedule: ['Bekerja mulai pukul 06.00 hingga 14.00, enam hari seminggu.'],
  },
  fishery: {
    role: ['{title} mendukung kegiatan penangkapan dan budidaya ikan yang bertanggung jawab.', 'Kapal dan kolam kami mengikuti standar keselamatan kerja yang berlaku.'],
    tasks: ['Menyiapkan alat tangkap, jaring, dan umpan', 'Mengoperasikan alat tangkap sesuai arahan nakhoda', 'Memberi pakan dan memantau kualitas air kolam atau tambak', 'Menyortir dan menyimpan hasil tangkapan di palka berpendingin', 'Merawat kapal, mesin, dan peralatan', 'Mencatat hasil tangkapan dan panen', 'Mematuhi prosedur keselamatan di atas kapal', 'Membantu bongkar muat di pelabuhan'],
    requirements: ['Memiliki Buku Pelaut dan sertifikat BST (untuk awak kapal)', 'Bisa berenang', 'Tidak mabuk laut', 'Sehat dan kuat secara fisik', 'Berpengalaman sebagai nelayan atau pembudidaya ikan', 'Bersedia berlayar beberapa minggu'],
    benefits: ['Bagi hasil tangkapan', 'Asuransi keselamatan', 'Makan selama berlayar'],
    schedule: ['Jadwal mengikuti musim dan pelayaran, biasanya 10-20 hari per trip.'],
  },
  construction: {
    role: ['{title} bergabung dengan proyek pembangunan gedung dan infrastruktur.', 'Proyek berjalan dengan pengawasan K3 yang ketat.'],
    tasks: ['Membaca gambar kerja dan mengikuti arahan mandor', 'Memasang bata, plester, dan acian sesuai spesifikasi', 'Mengerjakan bekisting, rangka, dan pekerjaan kayu', 'Mengukur dan memotong material dengan tepat', 'Mengecat dinding dan plafon dengan rapi', 'Menggunakan alat pelindung diri selama bekerja', 'Merawat peralatan kerja', 'Melaporkan kendala di lapangan kepada pengawas'],
    requirements: ['Berpengalaman di proyek konstruksi minimal satu tahun', 'Memiliki SKK Konstruksi menjadi nilai tambah', 'Mampu bekerja di ketinggian', 'Sehat dan kuat secara fisik', 'Bersedia ditempatkan di lokasi proyek', 'Disiplin dan taat aturan K3'],
    benefits: ['Mess proyek', 'Uang makan harian', 'Alat pelindung diri'],
    schedule: ['Jam kerja 08.00-17.00, lembur dibayar sesuai ketentuan.'],
  },
  mechanic: {
    role: ['{title} bertanggung jawab atas perawatan dan perbaikan agar peralatan bekerja aman.', 'Anda akan bekerja bersama teknisi senior dan mendapat pelatihan produk.'],
    tasks: ['Melakukan perawatan berkala sesuai jadwal', 'Mendiagnosis kerusakan dan melakukan perbaikan', 'Mengganti suku cadang yang aus', 'Melakukan pengelasan dan fabrikasi sederhana', 'Memasang dan memeriksa instalasi listrik', 'Mengisi laporan pekerjaan dan kebutuhan suku cadang', 'Menjaga kebersihan bengkel dan peralatan', 'Menerapkan prosedur K3 dan penguncian energi (LOTO)'],
    requirements: ['Lulusan SMK jurusan Teknik Mesin, Otomotif, atau Listrik', 'Memiliki sertifikat kompetensi BNSP menjadi nilai tambah', 'Mampu membaca gambar teknik dan diagram listrik', 'Terbiasa menggunakan alat ukur seperti multimeter dan jangka sorong', 'Memiliki SIM C', 'Teliti dan bertanggung jawab'],
    benefits: ['Tunjangan keahlian', 'Uang lembur', 'Pelatihan teknis'],
    schedule: ['Jam kerja 08.00-16.00, bersedia dipanggil saat ada kerusakan mendesak.'],
  },
  garment: {
    role: ['{title} bekerja di lini produksi pakaian jadi untuk pasar dalam dan luar negeri.', 'Target harian disesuaikan dengan kemampuan dan masa adaptasi.'],
    tasks: ['Menjahit bagian pakaian sesuai pola dan standar mutu', 'Mengoperasikan mesin jahit high speed, obras, dan overdeck', 'Memeriksa hasil jahitan dan memperbaiki yang cacat', 'Mencapai target output per jam', 'Merawat mesin jahit dan melaporkan kerusakan', 'Mengukur badan pelanggan dan membuat pola (untuk penjahit butik)', 'Mengikuti arahan supervisor lini', 'Mencatat hasil produksi harian'],
    requirements: ['Bisa menjahit dengan mesin jahit industri', 'Berpengalaman di pabrik garmen atau konveksi menjadi nilai tambah', 'Teliti dan rapi', 'Mampu bekerja dengan target', 'Sehat jasmani dan rohani', 'Tidak buta warna'],
    benefits: ['Insentif kehadiran', 'Uang makan', 'Antar jemput karyawan'],
    schedule: ['Hari kerja Senin sampai Sabtu, 40 jam per minggu dengan lembur sesuai pesanan.'],
  },
  manufacturing: {
    role: ['{title} bekerja di lini produksi dengan standar mutu dan keselamatan yang ketat.', 'Perusahaan kami memproduksi barang untuk pasar dalam negeri dan ekspor.'],
    tasks: ['Mengoperasikan mesin produksi sesuai instruksi kerja', 'Melakukan setting mesin dan pemeriksaan awal sebelum produksi', 'Memeriksa kualitas produk secara visual dan dengan alat ukur', 'Mengemas produk sesuai standar', 'Merakit komponen sesuai gambar dan instruksi kerja', 'Menerapkan 5R di area kerja', 'Melaporkan kerusakan mesin kepada teknisi', 'Mengikuti aturan K3 dan menggunakan APD'],
    requirements: ['Sehat jasmani dan rohani, tidak buta warna', 'Bersedia bekerja dengan sistem tiga shift', 'Mampu berdiri dalam waktu lama', 'Berpengalaman di pabrik menjadi nilai tambah', 'Teliti dan disiplin', 'Bersedia mengikuti tes kesehatan'],
    benefits: ['Uang lembur', 'Tunjangan shift', 'Antar jemput karyawan'],
    schedule: ['Tiga shift bergilir: 07.00-15.00, 15.00-23.00, dan 23.00-07.00.'],
  },
  transport: {
    role: ['{title} memastikan barang dan penumpang sampai tujuan dengan aman dan tepat waktu.', 'Rute dan jadwal pengiriman diatur oleh tim operasional.'],
    tasks: ['Mengemudikan kendaraan sesuai rute yang ditentukan', 'Memeriksa kondisi kendaraan sebelum berangkat', 'Memuat dan menurunkan barang bersama tim gudang', 'Mengantar paket dan meminta tanda terima', 'Melaporkan status pengiriman melalui aplikasi', 'Menjaga kebersihan kendaraan', 'Mematuhi peraturan lalu lintas', 'Mengisi catatan perjalanan dan bahan bakar'],
    requirements: ['Memiliki SIM yang masih berlaku sesuai jenis kendaraan', 'Menguasai jalan di wilayah penempatan', 'Memiliki ponsel Android', 'Memiliki SKCK yang masih berlaku', 'Sehat dan tidak buta warna', 'Jujur, sabar, dan disiplin'],
    benefits: ['Uang jalan', 'Insentif per pengiriman', 'BBM ditanggung perusahaan'],
    schedule: ['Jam kerja mengikuti jadwal pengiriman, rata-rata delapan jam per hari.'],
  },
  cleaning: {
    role: ['{title} menjaga kebersihan dan kerapian gedung agar nyaman bagi penghuni dan tamu.', 'Penempatan di gedung perkantoran, rumah sakit, mal, atau hotel mitra kami.'],
    tasks: ['Menyapu, mengepel, dan mengelap lantai serta perabot', 'Membersihkan toilet dan mengisi perlengkapan', 'Mengangkut sampah ke tempat pembuangan sementara', 'Menggunakan bahan kimia pembersih sesuai takaran', 'Membersihkan kaca dan area publik', 'Melaporkan kerusakan fasilitas gedung', 'Menyiapkan ruang rapat dan minuman tamu', 'Mengisi daftar periksa kebersihan harian'],
    requirements: ['Rajin, jujur, dan bertanggung jawab', 'Sehat jasmani', 'Bersedia bekerja shift', 'Berpengalaman sebagai petugas kebersihan menjadi nilai tambah', 'Mampu bekerja dalam tim'],
    benefits: ['Seragam kerja', 'Uang lembur', 'Tunjangan hari raya'],
    schedule: ['Shift pagi 06.00-14.00 dan shift siang 13.00-21.00.'],
  },
  warehouse: {
    role: ['{title} menjaga arus barang di gudang tetap rapi, cepat, dan akurat.', 'Gudang kami melayani distribusi ke seluruh wilayah provinsi.'],
    tasks: ['Membongkar dan memuat barang dari truk', 'Menyusun barang sesuai lokasi rak', 'Melakukan picking dan packing pesanan', 'Memindai barang dengan handheld scanner', 'Membantu stock opname bulanan', 'Memeriksa kondisi barang masuk dan keluar', 'Mengoperasikan forklift sesuai prosedur', 'Melaporkan barang rusak atau selisih stok'],
    requirements: ['Kuat mengangkat beban hingga 25 kg', 'Teliti dan cekatan', 'Bersedia bekerja shift', 'Memiliki SIO forklift menjadi nilai tambah', 'Sehat jasmani dan rohani', 'Jujur dan disiplin'],
    benefits: ['Uang lembur', 'Uang makan', 'Bonus target'],
    schedule: ['Dua shift: 08.00-16.00 dan 16.00-24.00.'],
  },
  engineering: {
    role: ['{title} mendukung perencanaan dan pengawasan teknis agar pekerjaan sesuai standar mutu dan K3.', 'Anda akan bekerja sama dengan tim proyek, pengawas, dan konsultan.'],
    tasks: ['Menyusun gambar kerja dan perhitungan teknis', 'Mengawasi pelaksanaan pekerjaan di lapangan', 'Memeriksa mutu material dan hasil pekerjaan', 'Menyusun laporan harian, mingguan, dan bulanan', 'Menghitung volume dan rencana anggaran biaya', 'Melakukan inspeksi K3 dan investigasi insiden', 'Menganalisis sampel di laboratorium sesuai prosedur', 'Mengawasi operator produksi dan pencapaian target shift'],
    requirements: ['Menguasai AutoCAD atau perangkat lunak teknis sejenis', 'Memahami standar SNI dan peraturan K3', 'Memiliki SKK atau sertifikat keahlian menjadi nilai tambah', 'Mampu membuat laporan yang rapi', 'Bersedia ditempatkan di lokasi proyek', 'Memiliki SIM A atau C'],
    benefits: ['Tunjangan proyek', 'Mess di lokasi', 'Uang perjalanan dinas'],
    schedule: ['Hari kerja Senin sampai Sabtu mengikuti jadwal proyek.'],
  },
} satisfies Record<string, FamilyTexts>;
