import { currentWorkFolder, readStatsData } from '../pipeline/workFolder';
import type { Stats } from './statsSchema';
import { statsSections, type ChartSection } from './statsPage';

let cached: { stats: Stats; sections: ChartSection[] } | undefined;

/** This build's statistics (`stats.json`) and the charts of /statistik/, read once per process. */
export function statsView(): { stats: Stats; sections: ChartSection[] } {
  if (!cached) {
    const stats = readStatsData(currentWorkFolder());
    cached = { stats, sections: statsSections(stats) };
  }
  return cached;
}

/** Where the CSV of a chart is published. */
export const chartCsvPath = (id: string) => `/statistik/${id}.csv`;
