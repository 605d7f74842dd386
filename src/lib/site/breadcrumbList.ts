import type { BreadcrumbList, WithContext } from 'schema-dts';

/** One step of a breadcrumb trail; the current page has no `href`. */
export interface Crumb {
  label: string;
  href?: string;
}

/** BreadcrumbList JSON-LD for a trail (home first); every step but the current page carries its absolute URL. */
export function breadcrumbList(crumbs: readonly Crumb[], site: URL | string): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.label,
      ...(crumb.href ? { item: new URL(crumb.href, site).href } : {}),
    })),
  };
}
