const DAY = 86_400_000;

/** The Monday (YYYY-MM-DD) of the ISO week a date is in. */
export function weekOf(date: string): string {
  const time = Date.parse(`${date}T00:00:00Z`);
  const weekday = (new Date(time).getUTCDay() + 6) % 7;
  return new Date(time - weekday * DAY).toISOString().slice(0, 10);
}

/** The `count` weeks up to and including the week of `asOf`, oldest first, each keyed and labelled by its Monday. */
export function weeksUpTo(asOf: string, count: number): { key: string; label: string }[] {
  const last = Date.parse(`${weekOf(asOf)}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => {
    const key = new Date(last - (count - 1 - i) * 7 * DAY).toISOString().slice(0, 10);
    return { key, label: key };
  });
}
