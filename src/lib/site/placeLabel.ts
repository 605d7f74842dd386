import { t } from '../../i18n';
import type { Vacancy } from '../schema/publishedVacancy';
import { countryName } from './countryNames';
import type { SiteIndex } from './groupVacancies';
import { shortPlaceName } from './shortNames';

type Places = Pick<SiteIndex, 'provinceByCode' | 'regencyByCode'>;

function label(s: Places, v: Vacancy, name: (official: string) => string): string {
  if (v.region_scope === 'overseas') return countryName(v.country) + (v.region ? ` (${v.region})` : '');
  if (v.region_scope === 'national') return t.labels.nationwide;
  const province = name(s.provinceByCode.get(v.province_code ?? '')?.name ?? '');
  const regency = v.regency_code ? s.regencyByCode.get(v.regency_code)?.name : undefined;
  return regency ? `${name(regency)}, ${province}` : province;
}

/** Place of work as a reader says it, short enough for a card: `Jakarta Selatan, DKI Jakarta`, `Seluruh Indonesia`, `Jepang`. */
export function placeLabel(s: Places, v: Vacancy): string {
  return label(s, v, shortPlaceName);
}

/** Place of work with the official names, for the vacancy page: `Kota Administrasi Jakarta Selatan, Daerah Khusus Ibukota Jakarta`. */
export function officialPlaceLabel(s: Places, v: Vacancy): string {
  return label(s, v, (official) => official);
}
