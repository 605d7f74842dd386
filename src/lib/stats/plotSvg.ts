import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/** Width the charts are drawn at (CSS scales them to the column): narrow enough to stay readable on a 360 px phone. */
export const CHART_WIDTH = 420;
/** Font size of the charts' text, before CSS scaling. */
const FONT_SIZE = '13';

const { document } = parseHTML('<!DOCTYPE html><html><body></body></html>');

/**
 * Renders an Observable Plot chart to static SVG markup at build time, on a server-side DOM (linkedom, Plot's
 * `document` option); the SVG gets a role and a label (its text alternative), and no script is needed to see it.
 */
export function plotSvg(options: Plot.PlotOptions, label: string): string {
  const chart = Plot.plot({ width: CHART_WIDTH, ...options, document });
  const svgs = chart.tagName.toLowerCase() === 'svg' ? [chart] : [...chart.querySelectorAll('svg')];
  // No inline style (the site's Content-Security-Policy allows stylesheets only): Plot's <style> and style attributes
  // go; what they said is in the page's stylesheet (ChartSection.astro) or in presentation attributes.
  for (const style of chart.querySelectorAll('style')) style.remove();
  for (const styled of [chart, ...chart.querySelectorAll('[style]')]) styled.removeAttribute('style');
  for (const svg of svgs) {
    svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    svg.setAttribute('font-size', FONT_SIZE);
    svg.setAttribute('overflow', 'visible');
  }
  // Plot labels its mark groups (`<g aria-label="bar">`); inside an image those labels are not allowed, the chart's own label says it all.
  for (const labelled of chart.querySelectorAll('[aria-label], [aria-description]')) {
    labelled.removeAttribute('aria-label');
    labelled.removeAttribute('aria-description');
  }
  const main = svgs.at(-1)!;
  main.setAttribute('role', 'img');
  main.setAttribute('aria-label', label);
  for (const legend of svgs.slice(0, -1)) legend.setAttribute('aria-hidden', 'true');
  return chart.outerHTML;
}
