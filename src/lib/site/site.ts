import { siteIndex, type SiteIndex } from './groupVacancies';
import { loadSiteData } from './siteData';

/** The grouped site data for this build; the one entry point pages use (components and the library receive what they need). */
export function site(): SiteIndex {
  return siteIndex(loadSiteData);
}
