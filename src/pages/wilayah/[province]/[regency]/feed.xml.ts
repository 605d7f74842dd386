import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { listFeedResponse } from '../../../../lib/feeds/listFeed';
import { site } from '../../../../lib/site/site';

export function getStaticPaths() {
  const s = site();
  return s.data.regencies.map((regency) => ({
    params: { province: s.provinceByCode.get(regency.provinceCode)!.slug, regency: regency.slug },
    props: { name: regency.name, list: s.byRegency.get(regency.code) ?? [] },
  }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ params, props, site: siteUrl }) =>
  listFeedResponse(site(), siteUrl, props.name, `/wilayah/${params.province}/${params.regency}/`, props.list);
