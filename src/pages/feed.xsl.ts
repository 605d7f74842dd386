import type { APIRoute } from 'astro';
import { feedStylesheet } from '../lib/feeds/feedStylesheet';

/** The stylesheet that shows every feed in a browser as a page explaining how to follow it. */
export const GET: APIRoute = () => new Response(feedStylesheet(), { headers: { 'Content-Type': 'text/xsl; charset=utf-8' } });
