import type { Vacancy } from '../schema/publishedVacancy';
import { countrySlug } from './countryNames';

/** Path of a vacancy page. */
export const vacancyUrl = (v: Pick<Vacancy, 'slug'>) => `/lowongan/${v.slug}/`;

/** Slug of the nationwide list, beside the provinces under `/wilayah/`. */
export const NATIONAL_SLUG = 'seluruh-indonesia';

/** Path of a province's list (`/wilayah/jawa-barat/`), or of the nationwide list. */
export const provinceUrl = (province: { slug: string }) => `/wilayah/${province.slug}/`;

/** Path of a kabupaten/kota list (`/wilayah/jawa-barat/kota-bandung/`). */
export const regencyUrl = (province: { slug: string }, regency: { slug: string }) => `/wilayah/${province.slug}/${regency.slug}/`;

/** Path of an occupation group list (`/jabatan/2221-profesional-perawat/`). */
export const occupationUrl = (occupation: { slug: string }) => `/jabatan/${occupation.slug}/`;

/** Path of the overseas overview, the list of placement countries. */
export const OVERSEAS_URL = '/luar-negeri/';

/** Path of an overseas country list (`/luar-negeri/jepang/`). */
export const countryUrl = (code: string) => `${OVERSEAS_URL}${countrySlug(code)}/`;

/** Path of the page about the site: publisher, data, updates, contact (`#kontak`), reporting a fraudulent vacancy (`#laporkan`). */
export const ABOUT_URL = '/tentang/';
