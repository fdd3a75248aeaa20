/**
 * Dates shown in UTC: "9 Oct 2012, 06:30 UTC". The formatters are built on first use, not when the
 * module loads: building an Intl formatter loads locale data, about 30 ms on a slow phone, which every
 * page importing this module would otherwise pay while it hydrates, whether it shows a date or not.
 */
let dateTime: Intl.DateTimeFormat | undefined;
let day: Intl.DateTimeFormat | undefined;

function asDate(date: Date | string): Date {
  return typeof date === "string" ? new Date(date) : date;
}

/** "9 Oct 2012, 06:30 UTC"; `fallback` when there is no date. */
export function formatUtc(date: Date | string | null | undefined, fallback = "Never"): string {
  if (!date) return fallback;
  dateTime ??= new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  return `${dateTime.format(asDate(date))} UTC`;
}

/** "9 Oct 2012". */
export function formatUtcDay(date: Date | string): string {
  day ??= new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
  return day.format(asDate(date));
}
