import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { slugify } from '../slugify';

/** Depth of a KBJI 2014 group: 1, 2, 3 or 4 digits. */
export type OccupationLevel = 'major' | 'sub_major' | 'minor' | 'unit';

/** One KBJI 2014 group (golongan pokok, sub golongan pokok, golongan, subgolongan / unit group). */
export interface Occupation {
  code: string;
  level: OccupationLevel;
  parentCode: string | null;
  titleId: string;
  titleEn: string;
  /** `${code}-${slugify(titleId)}`, e.g. "2221-profesional-perawat", used in `/jabatan/…/` URLs. */
  slug: string;
}

/** The occupation classification and its job-title aliases, as loaded from data/reference. */
export interface OccupationReference {
  byCode: ReadonlyMap<string, Occupation>;
  all: readonly Occupation[];
  aliases: readonly { alias: string; code: string }[];
}

/** Outcome of checking a reported occupation code: its normalised form and unit group, or why it was refused. */
export type ResolvedOccupation =
  | { ok: true; code: string; unitCode: string }
  | { ok: false; reason: 'format' | 'unknown' | 'not-unit' };

const LEVEL_BY_LENGTH: Record<number, OccupationLevel> = { 1: 'major', 2: 'sub_major', 3: 'minor', 4: 'unit' };
const cache = new Map<string, OccupationReference>();

function readCsv(file: string): Record<string, string>[] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`${file}: ${parsed.errors.map((e) => `row ${e.row}: ${e.message}`).join('; ')}`);
  return parsed.data;
}

function toOccupation(row: Record<string, string>): Occupation {
  const code = (row.code ?? '').trim();
  const titleId = (row.title_id ?? '').trim();
  return {
    code,
    level: row.level as OccupationLevel,
    parentCode: row.parent_code?.trim() || null,
    titleId,
    titleEn: (row.title_en ?? '').trim(),
    slug: `${code}-${slugify(titleId)}`,
  };
}

/** Every inconsistency of the loaded reference, so a broken data file fails loudly with all its offenders at once. */
function checkReference(all: readonly Occupation[], byCode: ReadonlyMap<string, Occupation>, aliases: OccupationReference['aliases']): string[] {
  const problems: string[] = [];
  if (byCode.size !== all.length) problems.push('duplicate codes');
  for (const o of all) {
    if (!/^\d{1,4}$/.test(o.code) || LEVEL_BY_LENGTH[o.code.length] !== o.level) problems.push(`${o.code}: level ${o.level} does not fit the code`);
    const expectedParent = o.code.length > 1 ? o.code.slice(0, -1) : null;
    if (o.parentCode !== expectedParent || (expectedParent && !byCode.has(expectedParent))) problems.push(`${o.code}: parent ${o.parentCode} is wrong or missing`);
    if (!o.titleId || !o.titleEn) problems.push(`${o.code}: missing title`);
  }
  for (const a of aliases) {
    if (byCode.get(a.code)?.level !== 'unit') problems.push(`alias "${a.alias}": ${a.code} is not a unit group`);
  }
  problems.push(...checkFallback(byCode));
  return problems;
}

/** Reads the KBJI reference from data/reference (dataDir defaults to path.resolve('data')). Parses with papaparse. */
export function loadOccupations(dataDir: string = path.resolve('data')): OccupationReference {
  const key = path.resolve(dataDir);
  const cached = cache.get(key);
  if (cached) return cached;
  const all = readCsv(path.join(key, 'reference', 'kbji-2014.csv')).map(toOccupation);
  const byCode = new Map(all.map((o) => [o.code, o]));
  const aliases = readCsv(path.join(key, 'reference', 'occupation-aliases.csv')).map((r) => ({
    alias: normaliseTitle(r.alias ?? ''),
    code: (r.code ?? '').trim(),
  }));
  const problems = checkReference(all, byCode, aliases);
  if (problems.length) throw new Error(`KBJI reference in ${key}/reference is inconsistent:\n- ${problems.join('\n- ')}`);
  const ref: OccupationReference = { byCode, all, aliases };
  matchers.set(ref, buildTitleMatcher(aliases));
  cache.set(key, ref);
  return ref;
}

/** Ancestors of a code from major down to the code itself. */
export function occupationPath(ref: OccupationReference, code: string): Occupation[] {
  const chain: Occupation[] = [];
  for (let o = ref.byCode.get(code); o; o = o.parentCode ? ref.byCode.get(o.parentCode) : undefined) chain.unshift(o);
  return chain;
}

/** Normalises a reported occupation code: '2221' or '2221.01' (6-digit KBJI position; also accept '222101') → { ok: true, code: '2221.01' | '2221', unitCode: '2221' }; unit group must exist; otherwise { ok: false, reason: 'format' | 'unknown' }. Only unit groups (4-digit) and 6-digit positions are accepted for a vacancy, not major/minor groups (reason 'not-unit'). */
export function resolveOccupationCode(ref: OccupationReference, input: string): ResolvedOccupation {
  const text = input.trim();
  const match = /^(\d{4})(?:\.?(\d{2}))?$/.exec(text);
  if (!match) {
    if (/^\d{1,3}$/.test(text)) return ref.byCode.has(text) ? { ok: false, reason: 'not-unit' } : { ok: false, reason: 'unknown' };
    return { ok: false, reason: 'format' };
  }
  const unitCode = match[1]!;
  if (ref.byCode.get(unitCode)?.level !== 'unit') return { ok: false, reason: 'unknown' };
  return { ok: true, code: match[2] ? `${unitCode}.${match[2]}` : unitCode, unitCode };
}

/** Lower case, diacritics stripped, every run of non-alphanumerics one space: the form aliases and titles are compared in. */
function normaliseTitle(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/*
 * Guessing a unit group from a job title, in two tiers.
 *
 * The title is first cut into segments at " - " (a dash or bar with a space beside it) and brackets, brackets last:
 * "Branch Manager - Lampung (Kalianda)" → "branch manager", "lampung", "kalianda". The head role word is looked for in the
 * first segment that has one: the last role word before "of/for/to/at…" ("Head of Sales" → head, "Product Manager
 * Intern" → manager: trainee words never head), unless a higher-ranking role word opens the segment, as Indonesian puts
 * the head first ("Supervisor Admin", "Kepala Admin"). Place names, grades ("Senior", "D3"), codes such as
 * "(CODE : PROD DA)" and employer names are in none of the word lists, so they never count.
 *
 * Tier 1, specific: the aliases of data/reference/occupation-aliases.csv ("perawat", "sales manager"). An alias that
 * covers the head word wins ("Quality Control Data Analyst" → "data analyst"), then one in the head's segment, then any;
 * among those the longest, ties → first in the file. Aliases are also looked for in the whole title as written.
 *
 * Tier 2, fallback: the head's role family ("manager", "staf", "engineer", "kepala") and the field the title names
 * ("finance", "gudang", "backend") pick a cell of FIELD_TABLE, or the role word's own unit group when no field is named.
 * Used when no alias matches, and instead of a matching alias only when the head outranks it (see outranks): "Accounting
 * Manager" is a finance manager (1211), not the accounting associate of the alias "accounting". The field is then the
 * one the alias names.
 *
 * Role and field words of six letters or more also match when a letter is dropped, doubled or swapped ("Finace",
 * "Asisstant"). Everything is indexed once per reference (loadOccupations), so a call compiles nothing.
 */

/**
 * Role families: M manager, S supervisor, E engineer, A analyst or specialist, T trainer, O officer or staff,
 * R client-facing sales role, C clerk, K technician, X machine operator, I trainee (ignored when the title names another
 * role: ISCO-08 codes trainees by the job they train for), N words to skip ("head office").
 */
type Family = 'M' | 'S' | 'E' | 'A' | 'T' | 'O' | 'R' | 'C' | 'K' | 'X' | 'I' | 'N';

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
type Column = 'M' | 'S' | 'E' | 'A' | 'T' | 'O' | 'R' | 'C' | 'K' | 'X' | 'D';

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

/** Words after which a role word no longer heads the title: "Head of Sales", "Assistant to Manager", "Analyst for X". */
const CONNECTORS = new Set(['of', 'to', 'for', 'at', 'in', 'on', 'by', 'with', 'untuk', 'di', 'dengan', 'cum']);
/** A bracketed part (or an unclosed one at the end): a qualifier read as its own segment, after the main text. */
const BRACKETED = /[([{<][^)\]}>]*(?:[)\]}>]|$)/g;
/** A dash or bar with space on at least one side separates segments ("Sales - Bandung"); "E-commerce" does not. */
const SEGMENT_BREAK = /\s+[-–—|]+\s*|\s*[-–—|]+\s+/;
const FUZZY_MIN_LENGTH = 6;
/** Seniority of role families, to tell a head-initial title ("Supervisor Admin") from a head-final one ("Admin Supervisor"). */
const RANK: Record<Family, number> = { M: 6, S: 5, E: 4, A: 4, T: 4, R: 3, O: 3, K: 2, X: 2, C: 1, I: 0, N: 0 };
/** Role words that open English titles as modifiers, not heads: "Lead Engineer", "Chief Accountant", "Executive Assistant". */
const MODIFIER_ROLES = new Set(['lead', 'leader', 'chief', 'executive', 'associate', 'pic', 'captain']);

interface Role { family: Family; fallback: string | null }
interface Field { name: string; weak: boolean; codes: Partial<Record<Column, string>> }
interface AliasEntry { code: string; length: number; order: number; families: ReadonlySet<Family> }
interface Phrase<T> { words: readonly string[]; value: T }
/** Phrases by their first word, longest first (ties keep table order). */
type PhraseIndex<T> = ReadonlyMap<string, readonly Phrase<T>[]>;

/** Everything guessOccupationFromTitle needs, built once per reference by loadOccupations. */
interface TitleMatcher {
  aliases: PhraseIndex<AliasEntry>;
  roles: PhraseIndex<Role>;
  fields: PhraseIndex<number>;
  /** Words of the role and field lists, and each such word with one letter dropped (null when two words give it). */
  lexicon: ReadonlySet<string>;
  nearMisses: ReadonlyMap<string, string | null>;
}

function indexPhrases<T>(entries: Iterable<[string, T]>): PhraseIndex<T> {
  const index = new Map<string, Phrase<T>[]>();
  for (const [text, value] of entries) {
    const words = text.split(' ');
    const list = index.get(words[0]!) ?? [];
    list.push({ words, value });
    index.set(words[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/** The longest phrase of the index that starts at tokens[at], if any. */
function phraseAt<T>(index: PhraseIndex<T>, tokens: readonly string[], at: number): Phrase<T> | undefined {
  return index.get(tokens[at]!)?.find((p) => p.words.every((w, k) => tokens[at + k] === w));
}

function* tableRows(table: string): Generator<[string, string[]]> {
  for (const line of table.split('\n')) {
    if (!line.trim()) continue;
    const [head, words] = line.split('|') as [string, string];
    yield [head.trim(), words.split(',').map((w) => normaliseTitle(w)).filter(Boolean)];
  }
}

const ROLES: readonly [string, Role][] = [...tableRows(ROLE_TABLE)].flatMap(([head, words]) => {
  const [family, fallback] = head.split(/\s+/) as [Family, string];
  return words.map((w): [string, Role] => [w, { family, fallback: fallback === '-' ? null : fallback }]);
});

const FIELDS: readonly (Field & { words: string[] })[] = [...tableRows(FIELD_TABLE)].map(([head, words]) => {
  const [name, ...cells] = head.split(/\s+/) as [string, ...string[]];
  const codes: Partial<Record<Column, string>> = {};
  for (const cell of cells) codes[cell[0] as Column] = cell.slice(1);
  return { name: name.replace(/^~/, ''), weak: name.startsWith('~'), codes, words };
});

/** Inconsistencies of the fallback tables: a unit group that does not exist, a field without its O column. */
function checkFallback(byCode: ReadonlyMap<string, Occupation>): string[] {
  const problems = FIELDS.filter((f) => !f.codes.O).map((f) => `title fallback field ${f.name}: no O column`);
  const codes = [...ROLES.flatMap(([w, r]) => (r.fallback ? [[w, r.fallback]] : [])), ...FIELDS.flatMap((f) => Object.values(f.codes).map((c) => [f.name, c]))];
  for (const [where, code] of codes) if (byCode.get(code!)?.level !== 'unit') problems.push(`title fallback ${where}: ${code} is not a unit group`);
  return problems;
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function buildTitleMatcher(aliases: OccupationReference['aliases']): TitleMatcher {
  const roles = indexPhrases(ROLES);
  const aliasEntries = aliases
    .filter((a) => a.alias)
    .map((a, order): [string, AliasEntry] => {
      const words = a.alias.split(' ');
      const families = new Set<Family>();
      for (let i = 0; i < words.length; i++) {
        const role = phraseAt(roles, words, i);
        if (role) families.add(role.value.family);
      }
      return [a.alias, { code: a.code, length: a.alias.length, order, families }];
    });
  const lexicon = new Set([...ROLES.map(([w]) => w), ...FIELDS.flatMap((f) => f.words)].flatMap((p) => p.split(' ')));
  const nearMisses = new Map<string, string | null>();
  for (const word of lexicon) {
    if (word.length < FUZZY_MIN_LENGTH || /\d/.test(word)) continue;
    for (const variant of deletions(word)) {
      const seen = nearMisses.get(variant);
      nearMisses.set(variant, seen === undefined || seen === word ? word : null);
    }
  }
  return {
    aliases: indexPhrases(aliasEntries),
    roles,
    fields: indexPhrases(FIELDS.flatMap((f, i) => f.words.map((w): [string, number] => [w, i]))),
    lexicon,
    nearMisses,
  };
}

/**
 * A title word as the word lists spell it: itself, or the one list word it becomes by restoring a dropped letter
 * ("finace", "develoment"), dropping an extra one ("managerr") or swapping two neighbours ("asisstant"). Changed
 * letters are not tried: "transaction" must not become "translation".
 */
function spellAsListed(m: TitleMatcher, token: string): string {
  if (token.length < FUZZY_MIN_LENGTH || m.lexicon.has(token) || /\d/.test(token)) return token;
  const found = new Set<string>();
  const missing = m.nearMisses.get(token);
  if (missing) found.add(missing);
  for (const d of deletions(token)) if (m.lexicon.has(d)) found.add(d);
  for (let i = 0; i + 1 < token.length; i++) {
    const swapped = token.slice(0, i) + token[i + 1] + token[i] + token.slice(i + 2);
    if (m.lexicon.has(swapped)) found.add(swapped);
  }
  return found.size === 1 ? [...found][0]! : token;
}

interface Segment {
  /** Words as written (for aliases) and as the role and field lists spell them (for the fallback), one for one. */
  raw: string[];
  spelled: string[];
  bracket: boolean;
  /** Per word: whether a multi-word role phrase covers it, and the field phrase covering it, if any. */
  inRole: boolean[];
  field: (number | undefined)[];
}
interface RoleHit extends Role { segment: number; start: number }
interface AliasHit { entry: AliasEntry; segment: number; start: number; end: number }

/** The title cut at " - " and brackets, brackets last; each segment's role words and field words marked; the head role. */
function analyse(m: TitleMatcher, title: string): { segments: Segment[]; head?: RoleHit; trainee: boolean } {
  const brackets: string[] = [];
  const main = title.replace(BRACKETED, (part) => {
    brackets.push(part);
    return ' ';
  });
  const segments: Segment[] = [];
  for (const [text, bracket] of [...main.split(SEGMENT_BREAK).map((t) => [t, false] as const), ...brackets.map((b) => [b, true] as const)]) {
    const normalised = normaliseTitle(text);
    if (!normalised) continue;
    const raw = normalised.split(' ');
    segments.push({ raw, spelled: raw.map((t) => spellAsListed(m, t)), bracket, inRole: raw.map(() => false), field: raw.map(() => undefined) });
  }
  let head: RoleHit | undefined;
  let trainee = false;
  segments.forEach((s, i) => {
    const roles: RoleHit[] = [];
    for (let k = 0; k < s.spelled.length; ) {
      const p = phraseAt(m.roles, s.spelled, k);
      if (!p) {
        k++;
        continue;
      }
      if (p.value.family === 'I') trainee = true;
      else if (p.value.family !== 'N') roles.push({ ...p.value, segment: i, start: k });
      if (p.words.length > 1 || p.value.family === 'N') s.inRole.fill(true, k, k + p.words.length);
      k += p.words.length;
    }
    for (let k = 0; k < s.spelled.length; ) {
      const p = s.inRole[k] ? undefined : phraseAt(m.fields, s.spelled, k);
      if (p) s.field.fill(p.value, k, k + p.words.length);
      k += p ? p.words.length : 1;
    }
    if (head || !roles.length) return;
    const cut = s.spelled.findIndex((t, k) => k > roles[0]!.start && CONNECTORS.has(t));
    const last = (cut < 0 ? roles : roles.filter((h) => h.start < cut)).at(-1) ?? roles.at(-1)!;
    const first = roles[0]!;
    // Indonesian puts the head first: "Supervisor Admin", "Kepala Admin Gudang"; English modifiers do not count ("Lead Engineer").
    const headInitial = first.start === 0 && !MODIFIER_ROLES.has(s.spelled[0]!) && RANK[first.family] > RANK[last.family];
    head = headInitial ? first : last;
  });
  return { segments, head, trainee: trainee && !head };
}

/**
 * Tier 1: the alias that covers the head role word, else one in the head's segment, else any; among those the longest
 * found as whole words in a segment or in the whole title as written ("Quality Assurance (QA) Engineer" → "qa engineer");
 * ties → first in the file. A hit in the whole title has segment -1. A head in brackets gives no preference.
 */
function bestAlias(m: TitleMatcher, whole: readonly string[], segments: readonly Segment[], head: RoleHit | undefined): AliasHit | undefined {
  let best: AliasHit | undefined;
  let bestKey = -Infinity;
  const headCounts = head !== undefined && !segments[head.segment]!.bracket;
  [...segments.map((s) => s.raw), whole].forEach((raw, i) => {
    const segment = i < segments.length ? i : -1;
    for (let start = 0; start < raw.length; start++) {
      for (const p of m.aliases.get(raw[start]!) ?? []) {
        if (!p.words.every((w, k) => raw[start + k] === w)) continue;
        const end = start + p.words.length;
        const coversHead = headCounts && head.segment === segment && head.start >= start && head.start < end;
        const inHeadSegment = headCounts && head.segment === segment;
        const key = (coversHead ? 2e9 : inHeadSegment ? 1e9 : 0) + p.value.length * 1e5 - p.value.order;
        if (key > bestKey) [bestKey, best] = [key, { entry: p.value, segment, start, end }];
      }
    }
  });
  return best;
}

/** The unit group of a field for a role family, deriving missing cells as FIELD_TABLE says; null → use the role's own. */
function cell(field: number, family: Family | undefined): string | null {
  const codes = FIELDS[field]!.codes;
  const o = codes.O!;
  switch (family) {
    case undefined: return codes.D ?? o;
    case 'I': case 'O': return o;
    case 'S': return codes.S ?? (o[0] === '4' ? '3341' : o);
    case 'A': return codes.A ?? o;
    case 'E': return codes.E ?? codes.A ?? (o[0] === '2' ? o : null);
    case 'C': return codes.C ?? (o[0] === '4' ? o : null);
    case 'K': return codes.K ?? (o[0] === '3' ? o : null);
    default: return codes[family as Column] ?? null;
  }
}

/** The field the title names: the first of FIELD_TABLE in the head's segment, then in the others; weak rows last. */
function titleField(segments: readonly Segment[], head: RoleHit | undefined): number | undefined {
  let best: number | undefined;
  let bestRank = Infinity;
  segments.forEach((s, i) => {
    const order = i === head?.segment ? 0 : i + 1;
    for (const f of s.field) {
      if (f === undefined) continue;
      const rank = (FIELDS[f]!.weak ? 1e6 : 0) + order * 1e3 + f;
      if (rank < bestRank) [bestRank, best] = [rank, f];
    }
  });
  return best;
}

/** Tier 2's answer: the field's cell for the head's family, else the role word's own group. */
function fallbackCode(field: number | undefined, head: RoleHit | undefined, trainee: boolean): { code: string | null; fromField: boolean } {
  const fromField = field === undefined ? null : cell(field, head?.family ?? (trainee ? 'I' : undefined));
  return { code: fromField ?? head?.fallback ?? null, fromField: fromField !== null };
}

/**
 * Whether the head role outranks an alias that names a field but not that role: a manager over any non-manager alias
 * ("Accounting Manager"), an engineer or analyst over a lower major group ("Security Engineer"), a clerk over a group
 * above clerks when the alias is a field word ("Sales Admin", not "Drafter cum Admin"), a supervisor over a clerical,
 * service, craft or operator group ("Customer Service Supervisor", "Supervisor Maintenance").
 */
function outranks(head: RoleHit, alias: AliasEntry, guess: { code: string | null; fromField: boolean }, aliasIsField: boolean): boolean {
  if (!guess.code || alias.families.has(head.family)) return false;
  const major = alias.code[0]!;
  switch (head.family) {
    case 'M': return major !== '1';
    case 'E': case 'A': return guess.fromField && major >= '3' && guess.code[0]! < major;
    case 'C': return aliasIsField && major <= '3';
    case 'S': return guess.fromField && major >= '4';
    default: return false;
  }
}

const matchers = new WeakMap<OccupationReference, TitleMatcher>();

function matcherFor(ref: OccupationReference): TitleMatcher {
  let m = matchers.get(ref);
  if (!m) {
    m = buildTitleMatcher(ref.aliases);
    matchers.set(ref, m);
  }
  return m;
}

/**
 * Best unit group for a free-text job title, or null. Tier 1: an alias of occupation-aliases.csv found as whole words
 * (the one covering the head role word, else the longest; ties → first in file). Tier 2, when no alias matches or the
 * head role outranks it ("Accounting Manager"): role word × field from FIELD_TABLE. Used only when a source's mapping
 * asks to infer occupations from titles.
 */
export function guessOccupationFromTitle(ref: OccupationReference, title: string): string | null {
  const m = matcherFor(ref);
  const whole = normaliseTitle(title);
  if (!whole) return null;
  const { segments, head, trainee } = analyse(m, title);
  const alias = bestAlias(m, whole.split(' '), segments, head);
  if (!alias) return fallbackCode(titleField(segments, head), head, trainee).code;
  if (!head || segments[head.segment]!.bracket) return alias.entry.code;
  // An outranking role belongs to the field the alias names when the alias is a field word ("accounting" → finance).
  const named = segments[alias.segment]?.field.slice(alias.start, alias.end).find((f) => f !== undefined);
  const guess = fallbackCode(named ?? titleField(segments, head), head, false);
  return outranks(head, alias.entry, guess, named !== undefined) ? guess.code! : alias.entry.code;
}
