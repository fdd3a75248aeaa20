import { MONTH_NAMES } from "../taxonomy";
import type { DateSpec } from "./schema";

/**
 * Date intervals for `DateSpec`s. Days are ISO strings "YYYY-MM-DD", which
 * compare correctly as strings.
 *
 * Rules (also in docs/content.md):
 * - day: that day. "around" widens it by 3 days each side.
 *   "by" (on or before that day) has an open start: for display and grouping
 *   the interval starts on the first day of that month, but `openStart` is
 *   set so ordering never places it after anything.
 * - part-of-month: early = days 1–10, mid = 11–20, late = 21 to the month's end.
 * - month: the whole month; "during" is the same; "by" is treated like a
 *   "by" day at the month's end (open start, grouped from day 1 of the month).
 * - range: start to end, inclusive.
 * - year: 1 January to 31 December.
 */
export interface DayInterval {
  /** Earliest possible day (for "by" dates: the nominal start used for grouping). */
  start: string;
  /** Latest possible day. */
  end: string;
  /** True when the event may have happened any time before `end` ("by" dates). */
  openStart: boolean;
}

const MONTHS = MONTH_NAMES;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseMonth(month: string): [number, number] {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return [y, m];
}

function parseDay(day: string): [number, number, number] {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return [y, m, d];
}

/** Adds (or subtracts) days to an ISO day. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = parseDay(day);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

function monthStart(month: string): string {
  return `${month}-01`;
}

function monthEnd(month: string): string {
  const [y, m] = parseMonth(month);
  return `${month}-${pad(daysInMonth(y, m))}`;
}

/** The inclusive interval of days a date may fall on. */
export function dateInterval(spec: DateSpec): DayInterval {
  switch (spec.precision) {
    case "day": {
      if (spec.qualifier === "by") {
        return { start: monthStart(spec.date.slice(0, 7)), end: spec.date, openStart: true };
      }
      if (spec.qualifier === "around") {
        return { start: addDays(spec.date, -3), end: addDays(spec.date, 3), openStart: false };
      }
      return { start: spec.date, end: spec.date, openStart: false };
    }
    case "part-of-month": {
      const [y, m] = parseMonth(spec.month);
      const bounds: Record<typeof spec.part, [number, number]> = {
        early: [1, 10],
        mid: [11, 20],
        late: [21, daysInMonth(y, m)],
      };
      const [a, b] = bounds[spec.part];
      return { start: `${spec.month}-${pad(a)}`, end: `${spec.month}-${pad(b)}`, openStart: false };
    }
    case "month":
      return { start: monthStart(spec.month), end: monthEnd(spec.month), openStart: spec.qualifier === "by" };
    case "range":
      return { start: spec.start, end: spec.end, openStart: false };
    case "year":
      return { start: `${spec.year}-01-01`, end: `${spec.year}-12-31`, openStart: false };
  }
}

/** The YYYY-MM of the date's (nominal) first day: the month an event is grouped under. */
export function startMonth(spec: DateSpec): string {
  return dateInterval(spec).start.slice(0, 7);
}

/** Do two intervals share at least one day? Open starts are ignored (nominal intervals). */
export function intervalsOverlap(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/**
 * -1 when `a` certainly happened before `b`, 1 when certainly after, null
 * when the documents do not allow ordering them (the intervals overlap, or a
 * "by" date could reach back before the other date).
 */
export function compareDates(a: DateSpec, b: DateSpec): -1 | 1 | null {
  const ia = dateInterval(a);
  const ib = dateInterval(b);
  if (ia.end < ib.start && !ib.openStart) return -1;
  if (ib.end < ia.start && !ia.openStart) return 1;
  return null;
}

/** True only when the two dates can be put in order without guessing. */
export function canOrder(a: DateSpec, b: DateSpec): boolean {
  return compareDates(a, b) !== null;
}

function dayText(day: string): string {
  const [y, m, d] = parseDay(day);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

function monthText(month: string): string {
  const [y, m] = parseMonth(month);
  return `${MONTHS[m - 1]} ${y}`;
}

/** Human-readable date: "8 October 2012", "early October 2012", "8–13 October 2012", "by 31 August 2012". */
export function formatDate(spec: DateSpec): string {
  switch (spec.precision) {
    case "day": {
      const text = dayText(spec.date);
      if (spec.qualifier === "by") return `by ${text}`;
      if (spec.qualifier === "around") return `around ${text}`;
      return text;
    }
    case "part-of-month":
      return `${spec.part} ${monthText(spec.month)}`;
    case "month": {
      const text = monthText(spec.month);
      if (spec.qualifier === "by") return `by ${text}`;
      if (spec.qualifier === "during") return `during ${text}`;
      return text;
    }
    case "range": {
      const [sy, sm, sd] = parseDay(spec.start);
      const [ey, em, ed] = parseDay(spec.end);
      if (spec.start === spec.end) return dayText(spec.start);
      if (sy === ey && sm === em) return `${sd}–${ed} ${MONTHS[em - 1]} ${ey}`;
      if (sy === ey) return `${sd} ${MONTHS[sm - 1]} – ${ed} ${MONTHS[em - 1]} ${ey}`;
      return `${dayText(spec.start)} – ${dayText(spec.end)}`;
    }
    case "year":
      return String(spec.year);
  }
}

/**
 * A date as it reads inside a sentence, with its preposition: "on 8 October
 * 2012", "in early October 2012", "by 31 August 2012", "between 8 and 13
 * October 2012".
 */
export function datePhrase(spec: DateSpec): string {
  const text = formatDate(spec);
  switch (spec.precision) {
    case "day":
      return spec.qualifier ? text : `on ${text}`;
    case "part-of-month":
    case "year":
      return `in ${text}`;
    case "month":
      return spec.qualifier ? text : `in ${text}`;
    case "range": {
      if (spec.start === spec.end) return `on ${text}`;
      const [from, to] = text.split(/\s*–\s*/);
      return /^\d+$/.test(from ?? "") ? `between ${from} and ${to}` : `from ${from} to ${to}`;
    }
  }
}

/** A sort key (nominal start, then end) for listing events in time order. */
export function dateSortKey(spec: DateSpec): string {
  const i = dateInterval(spec);
  return `${i.start}/${i.end}`;
}
