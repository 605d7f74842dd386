import { labelKey } from '../parse/parseScalars';

/**
 * Role families: M manager, S supervisor, E engineer, A analyst or specialist, T trainer, O officer or staff,
 * R client-facing sales role, C clerk, K technician, X machine operator, I trainee (ignored when the title names another
 * role: ISCO-08 codes trainees by the job they train for), N words to skip ("head office").
 */
export type Family = 'M' | 'S' | 'E' | 'A' | 'T' | 'O' | 'R' | 'C' | 'K' | 'X' | 'I' | 'N';

/** Role words: family, the unit group when the title names no field ("-": none, the word alone says too little), words. */
const ROLE_TABLE = `
M 1219 | manager, manajer, mgr, head, kepala, pimpinan, pemimpin, kabag, kadiv, section head, division head, department head, dept head, div head, gm, vp, vice president, avp, svp, evp, assistant manager, asst manager, asisten manajer, asisten manager, management trainee, manager trainee, management development program
M 1120 | director, direktur, chief, managing director, presiden direktur, president director
S 3341 | supervisor, spv, supv, penyelia, coordinator, koordinator, coord, pengawas, team leader, shift leader, kepala regu, kepala shift
S 3122 | foreman
S - | lead, leader, pic, captain, korlap
E 2149 | engineer, insinyur
E 2519 | tester
E 2512 | developer, programmer
A 2421 | analyst, analis, consultant, konsultan, advisor, adviser, planner, perencana, strategist, business partner
A 2511 | product owner, scrum master
A 2166 | designer, desainer
A - | specialist, spesialis, expert, ahli, researcher, peneliti, scientist, evaluator, investigator, generalist, counsellor
T 2424 | trainer, instructor, instruktur, coach, pelatih, facilitator, fasilitator, mentor, educator
O 4110 | officer, staff, staf, assistant, asisten, asst, pegawai, karyawan
O - | executive, associate, petugas, pelaksana, tenaga, crew, kru, team, tim, agent, agen, ambassador, worker, pekerja, member
R 3322 | representative, account manager, key account manager, client manager, relationship manager
R 2656 | host, presenter
C 4110 | admin, administrasi, administration, administrative, administratif, clerk
C - | administrator, checker
K 7412 | technician, teknisi
X 8189 | operator
I - | intern, interns, internship, magang, pemagangan, permagangan, trainee, trainees, apprentice, apprenticeship, program, programme, academy, bootcamp, training program, graduate program, pkl
N - | head office, kantor pusat
`;

/** Columns of a field row: one per role family (I uses O), and D for a title that names a field but no role. */
export type Column = 'M' | 'S' | 'E' | 'A' | 'T' | 'O' | 'R' | 'C' | 'K' | 'X' | 'D';

/**
 * Fields: the unit group per role family (the column letters of Family; D for a title with no role word), then the
 * words. The field of a title is the first row named in the head's segment, then in the other segments in order; a weak
 * row ("~") counts only when no other is named. O is required. A missing cell is derived: S → O, or 3341 when O is clerical;
 * E → A, or O when O is a professional; A, D and trainees → O; C → O when clerical; K → O when an associate
 * professional; otherwise the role word's own unit group.
 */
const FIELD_TABLE = `
medrep       M1221 O2433 R2433 | medical representative, medical rep, medrep, med rep, detailer
presales     M1221 O2434 R2434 | presales, pre sales, pre sale, presale
erp          M1330 E2514 A2511 T2356 O2511 R2434 | sap, erp, abap, fico, odoo, dynamics, netsuite, functional consultant, s4hana
itsec        M1330 T2356 O2529 R2434 K3511 | cyber, cybersecurity, cyber security, information security, infosec, it security, penetration, pentest, pentester, soc, siem, security operations, forensic, forensics
infra        M1330 E2522 A2522 T2356 O3511 R2434 | devops, dev ops, devsecops, dev sec ops, sre, site reliability, cloud, server, servers, middleware, data center, datacenter, linux, unix, vdi, kubernetes, virtualization, system engineer, systems engineer, it infrastructure, it operations, it ops
network      M1330 E2523 A2523 T2356 O3513 R2434 | network, networking, jaringan, cisco, noc, network control
telecom      M1330 E2153 A2153 O3522 R2434 | telecommunication, telecommunications, telekomunikasi, telco, rf, fiber optic, fibre optic, fiber, bts
testing      M1330 T2356 O2519 R2434 | tester, testing, test, software quality, sqa, qa automation, quality assurance automation, test automation, automation testing, uat
ai           M1330 E2512 A2511 T2356 O2511 R2434 | machine learning, ml, ai, artificial intelligence, deep learning, nlp, computer vision, llm
database     M1330 T2356 O2521 R2434 K3511 | database, databases, data base, dba, basis data, sql, mysql, postgresql, nosql
data         M1330 E2521 A2511 T2356 O2511 R2434 C4132 X4132 | data, big data, data science, analytics, business intelligence, bi, data warehouse, etl
statistics   A2120 O3314 | statistics, statistik, statistical, statistician, biostatistics, actuarial, aktuaria, actuary
itsupport    M1330 E3512 A3512 O3512 R2434 | it support, technical support, tech support, application support, helpdesk, help desk, service desk, desktop support, end user, user support
ux           E2513 A2513 O2513 | ui, ux, ui ux, user interface, user experience, usability, user research, interaction design
mobile       M1330 T2356 O2514 R2434 | mobile, android, ios, flutter, kotlin, swift, react native
web          M1330 E2513 A2513 T2356 O3514 R2434 D2513 | web, website, frontend, front end, wordpress, html, css
software     M1330 E2512 A2511 T2356 O2512 R2434 | software, backend, back end, fullstack, full stack, javascript, golang, node, nodejs, js, python, php, dotnet, laravel, typescript, api, apis, microservice, microservices, app, apps, application, applications, aplikasi, programming, pemrograman, coding, game, blockchain
it           M1330 S2511 E2512 A2511 T2356 O3512 R2434 K3512 X3511 D2511 | it, ti, information technology, teknologi informasi, technology, teknologi, tech, ict, computer, komputer, scrum, agile
translation  A2643 O2643 | translation, translator, translate, penerjemah, terjemahan, interpreter, localization, localisation, subtitle, subtitling
training     M1212 A2424 T2424 O2424 | learning, learning and development, learning development, l d, people development, training, pelatihan, diklat, instructional, e learning, elearning, capability development
ga           M1219 S3341 O4110 | general affair, general affairs, ga, hrga, umum, facility, facilities, fasilitas, building management, office management
hr           M1212 S2423 A2423 T2424 O2423 C4416 | hr, hrd, hrm, human resource, human resources, human capital, hc, sdm, sumber daya manusia, personalia, personnel, people, people and culture, culture, recruitment, recruiting, recruiter, rekrutmen, talent acquisition, talent management, talent development, organization development, organizational development, organisation development, od, compensation, benefit, benefits, c b, comben, reward, rewards, remuneration, hris, hcis, industrial relation, industrial relations, hubungan industrial, employer branding, employee relations, employee experience, kepegawaian, performance management, job evaluation
livestream   M1221 A2431 O5249 R5249 C4110 X3521 | live streaming, livestreaming, livestream, live stream, live streamer, livestreamer, streamer, streaming, live shopping, liveshopping, live commerce
tax          M1211 S3313 A2411 O3313 C4311 | tax, pajak, perpajakan, taxation
arap         M1211 S3313 A3313 O4311 C4311 | account receivable, accounts receivable, account payable, accounts payable, ar, ap, piutang, hutang, utang, billing, invoice, invoicing, tagihan
pr           M1222 A2432 O2432 | public relations, humas, pr, communication, communications, komunikasi, corporate communication, corporate affairs, media relations, external communication, external relations, government relations, stakeholder relations, publicist
marketing    M1221 A2431 O2431 | marketing, pemasaran, marketer, brand, branding, marcom, campaign, kampanye, promotion, promosi, ads, advertising, advertiser, iklan, periklanan, seo, sem, aso, social media, media sosial, sosmed, tiktok, instagram, youtube, facebook, kol, kols, influencer, affiliate, affiliator, community, komunitas, growth, crm, customer relationship, customer relationship management, market research, market researcher, riset pasar, consumer insight, insight, insights, media planner, media planning, media buying, engagement, activation, aktivasi, ecommerce, e commerce, marketplace, omnichannel, o2o, trade marketing, mcn
sales        M1221 S3322 E2433 A3322 T2424 O3322 R3322 | sales, penjualan, penjual, seller, selling, business development, bizdev, biz dev, bd, partnership, partnerships, kemitraan, account management, key account, key accounts, client, clients, klien, customer acquisition, acquisition, akuisisi, canvas, canvasser, canvassing, dealer, distributor, channel, channels, b2b, b2c, horeca, general trade, modern trade, gt, commercial, komersial, retention, lead generation, leads generation, leads, lead generator, merchant, merchants, agency, franchise, tender
cs           M1439 A4222 O4222 | customer service, customer services, costumer service, cs, customer care, customer support, customer success, customer experience, cx, call center, callcenter, contact center, contact centre, complaint, keluhan, layanan pelanggan, pelayanan pelanggan, customer, customers, pelanggan, user operations, customer operations
event        M1439 A3332 O3332 | event, events, event organizer, exhibition, pameran, wedding, conference, konferensi
legal        M1219 S3411 A2619 O3411 | legal, hukum, law, litigation, litigasi, notaris, notary, legalitas, perizinan, licensing, lisensi, regulatory, regulatory affairs, paralegal, contract management, corporate legal, intellectual property
audit        M1211 A2411 O2411 | audit, auditor, internal audit, audit internal
safety       M1219 S3257 E2263 A2263 O3257 | hse, k3, k3l, she, ehs, hsse, safety, keselamatan, process safety, occupational health, occupational safety
risk         M1211 A2413 O2413 | risk, risiko, risk management, erm, fraud, anti fraud, aml, cft, kyc, compliance, kepatuhan, governance, grc
collection   M1211 A3312 O4214 | collection, collections, collector, penagihan, remedial, recovery, desk collection, field collection, debt
credit       M1346 A3312 O3312 R3312 | credit, kredit, lending, loan, loans, pinjaman, mortgage, kpr, pembiayaan, financing, leasing, multifinance, autofinance, auto finance, auto loan, sme, umkm
wealth       M1346 A2412 O2412 R2412 | wealth, wealth management, premier, priority, priority banking, private banking, investment, investasi, financial planner, financial planning
banking      M1346 A2412 O3322 R3322 C4312 | bank, banking, perbankan, banker, bankers, funding, deposit, deposito, tabungan, giro, card, cards, kartu kredit
claims       A3315 O3315 | claim, claims, klaim, loss adjuster
insurance    M1346 A3321 O3321 R3321 C4312 | insurance, asuransi, bancassurance, underwriting, underwriter, reinsurance, polis, life insurance, general insurance
finance      M1211 S3313 A2413 O3313 C4311 | finance, finansial, keuangan, accounting, akuntansi, akunting, fat, finance accounting, treasury, perbendaharaan, budget, budgeting, anggaran, fp a, fpa, financial planning analysis, financial planning and analysis, financial analysis, financial reporting, costing, cost, cost control, cost accounting, controlling, general ledger, gl, reconciliation, rekonsiliasi, r2r, consolidation, konsolidasi, corporate finance, mergers and acquisitions, valuation, bookkeeping, pembukuan, settlement
procurement  M1324 S3323 A3323 O3323 | procurement, purchasing, purchase, pembelian, pengadaan, buyer, buying, sourcing, vendor, vendors, supplier, pemasok
exim         M1324 A3331 O3331 C4323 | export, import, ekspor, impor, exim, customs, kepabeanan, bea cukai, forwarding, freight, forwarder, ppjk, clearance
warehouse    M1324 S3341 A4321 O9333 C4321 X9333 | warehouse, warehousing, gudang, warehouseman, storage, penyimpanan, picking, picker
inventory    M1324 S3341 A4321 O4321 | inventory, persediaan, stock, stok, stock opname, asset, aset
transport    M1324 S3341 A4323 O4323 X8322 | transport, transportation, transportasi, fleet, armada, delivery, pengiriman, dispatch, shipment, shipping, trucking, ekspedisi, expedition, last mile, first mile, linehaul, route
logistics    M1324 S3341 A2421 O4323 | supply chain, scm, logistic, logistics, logistik, distribution, distribusi, fulfillment, fulfilment, hub, 3pl, demand planning, supply planning, s op, supply, 
category     M1420 A3323 O3323 | category, kategori, merchandise, merchandising, assortment
process      M1219 A2421 O2421 | process excellence, continuous improvement, process improvement, business process, improvement, lean, six sigma, kaizen, sop, standardization, standarization, standarisasi, system and procedure, systems and procedures, sistem prosedur, sistem dan prosedur, excellence
quality      M1321 S3122 E2141 A2141 O7543 X7543 | quality, kualitas, mutu, qc, qa, qa qc, quality control, quality assurance, quality management, qms, iso, gmp, good manufacturing practice, haccp, inspection, inspeksi, inspector, inspektor
environment  M1219 E2143 A2133 O2133 | environment, environmental, lingkungan, sustainability, keberlanjutan, esg, amdal, waste, limbah, climate, carbon, emission, emisi
security     M1219 S5414 E2529 A2529 O5414 X5414 | security, keamanan, satpam, guard
video        A3521 O3521 X3521 | video, videography, videografer, photography, fotografi, photo, foto, film, broadcast, broadcasting, audio, sound, editing
content      M1222 A2641 O2641 | content, konten, copywriting, writer, writing, penulis, editorial, editor, journalism, podcast, creator, storytelling, scriptwriter
creative     M1222 A2166 O2166 | graphic, grafis, graphics, visual, creative, kreatif, illustration, ilustrasi, motion graphic, motion, 3d, animation, animasi, animator, multimedia, art, artwork, collateral, image
geospatial   E2165 A2165 O3118 | geospatial, gis, cartography, kartografi, pemetaan, mapping, surveying, geodesi, geodetic, topography, topografi
mining       M1322 S3121 E2146 A2114 O3117 X8111 | mining, tambang, pertambangan, mine, geology, geologi, geologist, geotechnical, drilling, blasting, coal, batubara, nickel, nikel, smelter
oilgas       M1322 S3121 E2146 O3134 X3134 | oil, gas, migas, petroleum, refinery, kilang, offshore, upstream, downstream
construction M1323 S3123 E2142 A2142 O3112 | civil, sipil, construction, konstruksi, structural, struktur, building, bangunan, site, estimator, estimating, quantity surveyor, qs, bim, beton, concrete
mechanical   M1321 S3122 E2144 A2144 O3115 K7233 X7233 | mechanical, mekanikal, mesin, machinery, permesinan, hvac, piping, mep, maintenance, pemeliharaan, tooling
electrical   M1321 S3122 E2151 A2151 O3113 K7412 X7411 | electrical, elektrikal, listrik, electric, electricity, kelistrikan, power, power plant, instrument, instrumentation, instrumen, elektro, plc, scada, panel
electronics  M1321 E2152 A2152 O3114 K7421 | electronic, electronics, elektronik, firmware, fpga, embedded, pcb, hardware, iot, semiconductor, microcontroller
chemical     M1321 E2145 A2113 O3111 X8131 | chemical, kimia, chemistry, chemist, laboratory, lab, laboratorium, formulation, formulator, formula, coating, fragrance, perfume, cosmetic, cosmetics, kosmetik
food         M1321 E2145 A2145 O7515 X8160 D2145 | food, pangan, food technology, food science, beverage, minuman
rnd          M1223 E2149 A2149 O3119 | research and development, research development, r d, rnd, product development, innovation, inovasi
production   M1321 S3122 E2141 A2141 O8189 C4322 X8189 | production, produksi, manufacturing, manufaktur, manufacture, plant, pabrik, factory, assembly, perakitan, fabrication, fabrikasi, machining, industrial, industri, process engineer, production planning, batching plant
fashion      E2163 A2163 O2163 | fashion, textile, tekstil, garment, apparel, footwear, busana
health       M1342 E2149 A2269 O3259 C3344 K3211 | health, kesehatan, medical, medis, clinic, clinical, klinik, hospital, rumah sakit, rs, puskesmas, healthcare, pharmacy, farmasi, apotek, pharmaceutical, nursing, keperawatan, nurse, perawat, patient, pasien, dental
education    M1345 A2351 T2359 O2359 | academic, akademik, school, sekolah, education, pendidikan, edukasi, curriculum, kurikulum, teaching, pengajar, pengajaran, course, kursus, bimbel, tutoring, student, students, siswa, mahasiswa, university, universitas, campus, kampus, college
hotel        M1411 O4224 | hotel, hospitality, resort, villa, guest relation, guest relations, room division
kitchen      M1412 S3434 O9412 D5120 | kitchen, dapur, culinary, kuliner, pastry, masak
restaurant   M1412 S5131 O5246 | restaurant, restoran, resto, cafe, kafe, coffee shop, f b, fnb, food and beverage, catering, bar
retail       M1420 S5222 O5223 | retail, ritel, store, toko, shop, outlet, showroom, minimarket, supermarket, boutique, butik, counter, gerai, mall
recreation   M1431 S3423 A3322 T3423 O3423 | fitness, gym, sport, sports, olahraga, club, yoga, pilates, recreation, rekreasi, park, waterpark, theme park
travel       M1439 A4221 O4221 | travel, tour, tourism, pariwisata, wisata, ticketing, tiket, mice, umrah, haji
agriculture  M1311 E2132 A2132 O3142 X8341 | agriculture, agri, agribisnis, pertanian, plantation, perkebunan, kebun, farm, farming, peternakan, livestock, poultry, unggas, agronomy, agronomi, sawit, palm oil, horticulture, hortikultura, feedmill
property     M1219 A3334 O3334 | real estate, property, properti, estate management, apartment, apartemen
automotive   E2144 O7231 K7231 X7231 | automotive, otomotif, vehicle, kendaraan, bengkel, car, mobil, motor, motorcycle
cleaning     M1219 S5151 O9112 X9112 | cleaning, kebersihan, janitorial, janitor, housekeeping
childcare    M1341 O5311 | childcare, child care, daycare, penitipan anak
product      M1221 E2149 A2431 O2431 | product, products, produk
office       M1219 S3341 O4110 | administration, administrasi, administrative, administratif, office, kantor, back office, document, dokumen, document control, filing, arsip, archive, clerical, secretarial, sekretariat
~operations  M1219 S3341 A2421 O4110 | operation, operations, operasional, operational, ops, operasi
~project     M1219 S2421 E2149 A2421 O4110 D2421 | project, projects, proyek, pmo, project management
~strategy    M1213 A2421 O2421 | strategy, strategic, strategi, corporate strategy, corporate planning, corporate development, business planning, transformation, consulting, management consulting
~business    M1219 A2421 O2421 | business, bisnis, corporate, korporat, enterprise
~system      M1330 E2511 A2511 O3512 D2511 | system, systems, sistem
~engineering M1321 S3122 E2149 A2149 O3119 D2149 | engineering, teknik, rekayasa
`;

/** A role word's family and its own unit group (null: the word alone says too little). */
export interface Role { family: Family; fallback: string | null }
/** A row of FIELD_TABLE: its name, whether it is weak ("~"), and its unit group per column. */
export interface Field { name: string; weak: boolean; codes: Partial<Record<Column, string>> }

function* tableRows(table: string): Generator<[string, string[]]> {
  for (const line of table.split('\n')) {
    if (!line.trim()) continue;
    const [head, words] = line.split('|') as [string, string];
    yield [head.trim(), words.split(',').map((w) => labelKey(w)).filter(Boolean)];
  }
}

/** Every role word of ROLE_TABLE, normalised as titles are, with its family and own unit group, in table order. */
export const ROLES: readonly [string, Role][] = [...tableRows(ROLE_TABLE)].flatMap(([head, words]) => {
  const [family, fallback] = head.split(/\s+/) as [Family, string];
  return words.map((w): [string, Role] => [w, { family, fallback: fallback === '-' ? null : fallback }]);
});

/** The rows of FIELD_TABLE in order, each with its normalised words; a title's field is an index into this list. */
export const FIELDS: readonly (Field & { words: string[] })[] = [...tableRows(FIELD_TABLE)].map(([head, words]) => {
  const [name, ...cells] = head.split(/\s+/) as [string, ...string[]];
  const codes: Partial<Record<Column, string>> = {};
  for (const cell of cells) codes[cell[0] as Column] = cell.slice(1);
  return { name: name.replace(/^~/, ''), weak: name.startsWith('~'), codes, words };
});

/** Inconsistencies of the fallback tables: a unit group that does not exist, a field without its O column (takes any map of groups by code with their level, so this file needs nothing from occupations.ts). */
export function checkFallback(byCode: ReadonlyMap<string, { level: string }>): string[] {
  const problems = FIELDS.filter((f) => !f.codes.O).map((f) => `title fallback field ${f.name}: no O column`);
  const codes = [...ROLES.flatMap(([w, r]) => (r.fallback ? [[w, r.fallback]] : [])), ...FIELDS.flatMap((f) => Object.values(f.codes).map((c) => [f.name, c]))];
  for (const [where, code] of codes) if (byCode.get(code!)?.level !== 'unit') problems.push(`title fallback ${where}: ${code} is not a unit group`);
  return problems;
}
