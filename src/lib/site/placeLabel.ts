import { t } from '../../i18n';
import type { Vacancy } from '../schema/publishedVacancy';
import { countryName } from './countryNames';
import type { SiteIndex } from './groupVacancies';

/** Place of work as a reader says it: `Kota Bandung, Jawa Barat`, `Seluruh Indonesia`, `Jepang`. */
export function placeLabel(s: Pick<SiteIndex, 'provinceByCode' | 'regencyByCode'>, v: Vacancy): string {
  if (v.region_scope === 'overseas') return countryName(v.country) + (v.region ? ` (${v.region})` : '');
  if (v.region_scope === 'national') return t.labels.nationwide;
  const province = s.provinceByCode.get(v.province_code ?? '')?.name ?? '';
  const regency = v.regency_code ? s.regencyByCode.get(v.regency_code)?.name : undefined;
  return regency ? `${regency}, ${province}` : province;
}
