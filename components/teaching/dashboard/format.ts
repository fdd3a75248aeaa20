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

export { formatUtc, formatUtcDay } from "@/lib/text/utc-dates";

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
