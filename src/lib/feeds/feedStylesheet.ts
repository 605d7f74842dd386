import { t } from '../../i18n';
import { escapeHtml } from '../escapeHtml';

/** Path of the stylesheet every feed names, so a browser shows a feed as a page that explains how to follow it. */
export const FEED_STYLESHEET = '/feed.xsl';

/** The XSLT stylesheet: the feed's title, how to subscribe, its address to copy, and its items as links. */
export function feedStylesheet(): string {
  const p = t.phone.feedPage;
  const x = (text: string) => escapeHtml(text);
  return `<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom">
<xsl:output method="html" encoding="UTF-8" indent="no"/>
<xsl:template match="/">
<html lang="${t.locale.lang}"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title><xsl:value-of select="rss/channel/title"/></title>
<style>body{margin:0 auto;max-width:40rem;padding:1rem;font:1rem/1.5 system-ui,sans-serif;color:#0b0c0c}a{color:#1d70b8}input{width:100%;min-height:2.75rem;font:inherit;border:2px solid #0b0c0c;padding:.25rem .5rem;box-sizing:border-box}li{margin-bottom:.75rem}.lead{font-size:1.1875rem}</style></head>
<body><main>
<h1><xsl:value-of select="rss/channel/title"/></h1>
<p class="lead">${x(p.lead)}</p>
<h2>${x(p.howHeading)}</h2>
<p>${x(p.how)}</p>
<label for="alamat-umpan"><strong>${x(p.addressLabel)}</strong></label>
<input id="alamat-umpan" type="text" readonly="readonly"><xsl:attribute name="value"><xsl:value-of select="rss/channel/atom:link[@rel='self']/@href"/></xsl:attribute></input>
<p><a><xsl:attribute name="href"><xsl:value-of select="rss/channel/link"/></xsl:attribute>${x(p.back)}</a></p>
<h2>${x(p.itemsHeading)}</h2>
<ul><xsl:for-each select="rss/channel/item"><li><a><xsl:attribute name="href"><xsl:value-of select="link"/></xsl:attribute><xsl:value-of select="title"/></a></li></xsl:for-each></ul>
</main></body></html>
</xsl:template>
</xsl:stylesheet>
`;
}
