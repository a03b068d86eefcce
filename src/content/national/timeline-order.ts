// Order of timeline events: by date, where a date known only to the month (2017-02) or the
// year (2018) sorts after every day of it, so a year's target follows what happened that year.
import type { TimelineEvent } from './schema';

export function sortKey(date: string): string {
  const [y, m = '99', d = '99'] = date.split('-');
  return `${y}-${m}-${d}`;
}

/** Stable: events with the same key keep their order in the content. */
export function inDateOrder<T extends Pick<TimelineEvent, 'date'>>(events: readonly T[]): T[] {
  return events.map((e, i) => ({ e, i })).sort((a, b) => (sortKey(a.e.date) < sortKey(b.e.date) ? -1 : sortKey(a.e.date) > sortKey(b.e.date) ? 1 : a.i - b.i)).map((x) => x.e);
}
