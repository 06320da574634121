/** The in-story clock as "T+01:05". */
export function formatElapsed(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `T+${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** The time of day at `minutes` after T+0, e.g. "07:45", or null without a start time. */
export function timeOfDay(minutes: number, clockStart: string | undefined): string | null {
  if (!clockStart) return null;
  const [h, m] = clockStart.split(':').map(Number);
  const total = ((h ?? 0) * 60 + (m ?? 0) + minutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
