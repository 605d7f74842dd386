import { siteUrl as siteAddress } from '../site/siteConfig';

/** A licence as a Data Package names it. */
export interface Licence {
  name: string;
  path: string;
  title: string;
}

/** Licences a publisher may choose for the vacancy data (`LOKER_DATA_LICENSE`, an SPDX id); CC BY 4.0 when unset. */
const LICENCES: Record<string, Licence> = {
  'CC-BY-4.0': { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 International' },
  'CC0-1.0': { name: 'CC0-1.0', path: 'https://creativecommons.org/publicdomain/zero/1.0/', title: 'CC0 1.0 Universal (public domain)' },
  'ODbL-1.0': { name: 'ODbL-1.0', path: 'https://opendatacommons.org/licenses/odbl/1-0/', title: 'Open Data Commons Open Database License 1.0' },
};

/** Who publishes the open data and under which terms, from the environment of the build; the address is the site's (src/lib/site/siteConfig.ts `siteUrl()`). */
export interface Publisher {
  siteUrl: string;
  name: string;
  contact: string;
  licence: Licence;
}

/** The publisher of this build; an unknown licence id stops the build rather than publishing under terms nobody chose. */
export function publisherOf(env: NodeJS.ProcessEnv = process.env): Publisher {
  const siteUrl = siteAddress(undefined, env);
  const licenceId = env.LOKER_DATA_LICENSE ?? 'CC-BY-4.0';
  const licence = LICENCES[licenceId];
  if (!licence) throw new Error(`Lisensi data tidak dikenal / unknown data licence LOKER_DATA_LICENSE="${licenceId}" (${Object.keys(LICENCES).join(', ')})`);
  return { siteUrl, name: env.LOKER_PUBLISHER ?? 'Loker Terbuka', contact: env.LOKER_DATA_CONTACT ?? `data@${new URL(siteUrl).hostname}`, licence };
}
