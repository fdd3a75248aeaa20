/** Formatting shared by the teacher dashboards. Pure. */

/** 0.724 → "72%"; null → "–". */
export function percent(fraction: number | null | undefined, digits = 0): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return "–";
  return `${(fraction * 100).toFixed(digits)}%`;
}

/** A value that is already a percentage: 72.4 → "72%". */
export function percentValue(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "–";
  return `${value.toFixed(digits)}%`;
}

const utcFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const utcDayFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** "9 Oct 2012, 06:30 UTC". */
export function formatUtc(date: Date | string | null | undefined, fallback = "Never"): string {
  if (!date) return fallback;
  return `${utcFormat.format(typeof date === "string" ? new Date(date) : date)} UTC`;
}

export function formatUtcDay(date: Date | string): string {
  return utcDayFormat.format(typeof date === "string" ? new Date(date) : date);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
