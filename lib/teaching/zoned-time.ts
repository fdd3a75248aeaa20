/**
 * Wall-clock date-times in an IANA time zone, converted with the Intl APIs
 * (no time-zone library). Client-safe and pure.
 *
 * A teacher types "2026-03-29T09:00" and picks "Europe/London"; the server
 * stores the UTC instant. Two daylight-saving edges need a rule:
 * - a time that never happens (clocks jump forward over it) is refused with a
 *   clear message rather than silently moved;
 * - a time that happens twice (clocks go back) means the earlier one.
 */

/** The zones offered in the assignment form; UTC is the default. */
export const TIME_ZONES = [
  "UTC",
  "Europe/London",
  "Europe/Dublin",
  "Europe/Paris",
  "Europe/Berlin",
  "Europe/Istanbul",
  "Asia/Damascus",
  "Asia/Beirut",
  "Asia/Amman",
  "Asia/Dubai",
  "Asia/Kolkata",
  "Asia/Tokyo",
  "Australia/Sydney",
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Los_Angeles",
] as const;
export type TimeZone = (typeof TIME_ZONES)[number];
export const DEFAULT_TIME_ZONE: TimeZone = "UTC";

export function isOfferedTimeZone(value: unknown): value is TimeZone {
  return typeof value === "string" && (TIME_ZONES as readonly string[]).includes(value);
}

/** What `<input type="datetime-local">` sends: 2026-03-29T09:00 (seconds optional). */
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** A formatter per time zone, built on first use: building an Intl.DateTimeFormat is slow, using one is not. */
function formattersByZone(locale: string, options: Omit<Intl.DateTimeFormatOptions, "timeZone">): (timeZone: string) => Intl.DateTimeFormat {
  const byZone = new Map<string, Intl.DateTimeFormat>();
  return (timeZone) => {
    let formatter = byZone.get(timeZone);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(locale, { timeZone, ...options });
      byZone.set(timeZone, formatter);
    }
    return formatter;
  };
}

const partsFormatter = formattersByZone("en-US", {
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** The wall time an instant shows in a zone. */
export function wallTimeIn(instant: Date, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  };
}

function wallTimeAsUtcMs(w: WallTime): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

/** Offset of the zone from UTC at an instant, in milliseconds (London in summer: +3 600 000). */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  const ms = Math.floor(instant.getTime() / 1000) * 1000;
  return wallTimeAsUtcMs(wallTimeIn(new Date(ms), timeZone)) - ms;
}

export type ZonedParseResult =
  | { ok: true; instant: Date }
  | { ok: false; reason: "invalid" | "nonexistent"; message: string };

function parseWallTime(local: string): WallTime | null {
  const match = LOCAL_DATE_TIME.exec(local.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((v) => (v === undefined ? 0 : Number(v))) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = { year, month, day, hour, minute, second };
  // Reject 2026-02-30 and 25:00: Date.UTC would roll them over silently.
  const check = new Date(wallTimeAsUtcMs(wall));
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    check.getUTCHours() !== hour ||
    check.getUTCMinutes() !== minute
  ) {
    return null;
  }
  return wall;
}

function sameWallTime(a: WallTime, b: WallTime): boolean {
  return wallTimeAsUtcMs(a) === wallTimeAsUtcMs(b);
}

/**
 * The UTC instant of a local date-time in a zone.
 * Nonexistent times (spring-forward gap) are refused; repeated ones (fall-back) take the earlier instant.
 */
export function zonedLocalToUtc(local: string, timeZone: string): ZonedParseResult {
  const wall = parseWallTime(local);
  if (!wall) return { ok: false, reason: "invalid", message: "Enter a date and time, like 2026-05-14 09:00." };
  const asUtc = wallTimeAsUtcMs(wall);
  // The true offset is one of the offsets in force a day either side; try both, earliest instant first.
  const offsets = new Set([
    zoneOffsetMs(new Date(asUtc - 86_400_000), timeZone),
    zoneOffsetMs(new Date(asUtc), timeZone),
    zoneOffsetMs(new Date(asUtc + 86_400_000), timeZone),
  ]);
  const candidates = [...offsets]
    .map((offset) => asUtc - offset)
    .sort((a, b) => a - b)
    .filter((ms) => sameWallTime(wallTimeIn(new Date(ms), timeZone), wall));
  if (candidates.length === 0) {
    return {
      ok: false,
      reason: "nonexistent",
      message: `${local.replace("T", " ")} does not exist in ${timeZone}: the clocks go forward over it. Pick a later time.`,
    };
  }
  return { ok: true, instant: new Date(candidates[0]!) };
}

/** The value for `<input type="datetime-local">` showing an instant in a zone: 2026-03-29T09:00. */
export function utcToZonedLocal(instant: Date, timeZone: string): string {
  const w = wallTimeIn(instant, timeZone);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

const displayFormatter = formattersByZone("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZoneName: "short",
});

/** "Tue, 14 Apr 2026, 09:00 BST": date and time as people in that zone read them. */
export function formatInZone(instant: Date, timeZone: string): string {
  return displayFormatter(timeZone).format(instant);
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

function roughDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return plural(Math.max(1, minutes), "minute");
  const hours = Math.round(ms / 3_600_000);
  if (hours < 48) return plural(hours, "hour");
  return plural(Math.round(ms / 86_400_000), "day");
}

/** How long a quiz took: "under a minute", "6 minutes", "2 hours", "3 days". */
export function describeTimeTaken(ms: number): string {
  return ms < 60_000 ? "under a minute" : roughDuration(ms);
}

/** "due in 3 days" / "due in 5 hours" / "overdue by 2 days". */
export function describeDue(dueAt: Date, now: Date): string {
  const diff = dueAt.getTime() - now.getTime();
  return diff >= 0 ? `due in ${roughDuration(diff)}` : `overdue by ${roughDuration(-diff)}`;
}

/** "opens in 2 days". */
export function describeOpens(opensAt: Date, now: Date): string {
  const diff = opensAt.getTime() - now.getTime();
  return diff > 0 ? `opens in ${roughDuration(diff)}` : "open";
}
