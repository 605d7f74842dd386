import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { listFeedResponse } from '../../../lib/feeds/listFeed';
import { site } from '../../../lib/site/site';

// Feeds follow major groups only: a reader subscribes to a broad field; finer groups link to their major group's feed.
export function getStaticPaths() {
  const s = site();
  return s.data.occupations.filter((o) => o.level === 'major').map((occupation) => ({
    params: { group: occupation.slug }, props: { name: occupation.titleId, list: s.byOccupation.get(occupation.code) ?? [] },
  }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ params, props, site: siteUrl }) =>
  listFeedResponse(site(), siteUrl, props.name, `/jabatan/${params.group}/`, props.list);
