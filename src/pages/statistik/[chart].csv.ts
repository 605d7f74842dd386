import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../lib/opendata/formats';
import { statsView } from '../../lib/stats/statsData';

/** One CSV per chart of /statistik/ (`/statistik/provinsi.csv`): exactly the numbers of its table. */
export const getStaticPaths = (() => statsView().sections.map((section) => ({ params: { chart: section.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const section = statsView().sections.find((c) => c.id === params.chart)!;
  return new Response(toCsv(section.data.fields, section.data.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
