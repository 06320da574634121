/** An ISO 8601 duration for milliseconds, to the hundredth of a second, e.g. "PT1M2.5S" or "PT0S". */
export function isoDuration(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(cs / 360000);
  const minutes = Math.floor((cs % 360000) / 6000);
  let seconds = ((cs % 6000) / 100).toFixed(2);
  seconds = seconds.replace(/0+$/, '').replace(/\.$/, '');
  let text = 'PT';
  if (hours > 0) text += `${hours}H`;
  if (minutes > 0) text += `${minutes}M`;
  if (seconds !== '0' || text === 'PT') text += `${seconds}S`;
  return text;
}

/** True for an ISO 8601 duration such as "P1D", "PT1H30M" or "PT12.5S". */
export function isIsoDuration(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const n = String.raw`\d+(?:[.,]\d+)?`;
  const pattern = new RegExp(`^P(?:${n}W|(?:${n}Y)?(?:${n}M)?(?:${n}D)?(?:T(?:${n}H)?(?:${n}M)?(?:${n}S)?)?)$`);
  return pattern.test(value) && !/^P$|T$/.test(value);
}

/** True for an ISO 8601 date and time such as "2025-04-01T06:40:00.000Z" (time zone optional) on a real calendar day. */
export function isIsoTimestamp(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?$/.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour <= 23 && minute <= 59 && second <= 59;
}
