// Option counts for the search page's filter controls, one file per scope (`semua` = nationwide, or an index shard), counted at build time.
import type { GetStaticPaths } from 'astro';
import type { Facets } from '../../../lib/search/facets';
import { searchFacets } from '../../../lib/search/build/searchFacets';
import { renderPlan } from '../../../lib/site/renderPlan';
import { loadSiteData } from '../../../lib/site/siteData';

export const getStaticPaths = (() => renderPlan('cari/facets/[scope].json', searchFacets(loadSiteData()).map((facets) => ({ params: { scope: facets.scope }, props: { facets } })))) satisfies GetStaticPaths;

export const GET = ({ props }: { props: { facets: Facets } }) => new Response(JSON.stringify(props.facets));
