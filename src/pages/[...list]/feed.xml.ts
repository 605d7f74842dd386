import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { listFeedResponse } from '../../lib/feeds/listFeed';
import { feedLists } from '../../lib/site/listPages';
import { renderPlan } from '../../lib/site/renderPlan';
import { site } from '../../lib/site/site';

/** One feed beside every list that has one (`/wilayah/jawa-barat/feed.xml`, …): provinces, nationwide, kabupaten/kota, occupation major groups. */
export function getStaticPaths() {
  return renderPlan('[...list]/feed.xml', feedLists(site()).map((view) => ({ params: { list: view.path.slice(1, -1) }, props: { view } })));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** The list's newest open vacancies as RSS. */
export const GET: APIRoute<Props> = ({ props: { view }, site: siteUrl }) =>
  listFeedResponse(site(), siteUrl, view.feed!.subject, view.path, view.vacancies);
