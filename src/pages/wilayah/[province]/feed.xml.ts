import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { listFeedResponse } from '../../../lib/feeds/listFeed';
import { site } from '../../../lib/site/site';

export function getStaticPaths() {
  const s = site();
  return [
    ...s.data.provinces.map((p) => ({ params: { province: p.slug }, props: { name: p.name, list: s.byProvince.get(p.code) ?? [] } })),
    { params: { province: 'seluruh-indonesia' }, props: { name: 'Seluruh Indonesia', list: s.national } },
  ];
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ params, props, site: siteUrl }) =>
  listFeedResponse(site(), siteUrl, props.name, `/wilayah/${params.province}/`, props.list);
