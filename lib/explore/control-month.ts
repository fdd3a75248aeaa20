/**
 * Who held a place in a given month, only as the documents state it: the
 * control periods (content/big-picture/control.ts) clipped to the month. Days
 * no period covers are "not stated"; nothing is carried over a gap.
 */
import type { KnowledgeBase } from "../content/load";
import { addDays, dateInterval, dateSortKey, formatDate, intervalsOverlap } from "../content/dates";
import type { ControlPeriod, Side } from "../content/schema";

export interface HeldSpan {
  holder: Side;
  /** The part of the period inside the month (inclusive days). */
  from: string;
  to: string;
  period: ControlPeriod;
}

export interface MonthControl {
  /** "changed": the documents state two holders within the month. */
  state: "held" | "changed" | "not-stated";
  /** The holder stated last in the month; null when none is stated. */
  holder: Side | null;
  spans: HeldSpan[];
  /** The spans cover every day of the month. */
  wholeMonth: boolean;
}

const FIRST_MONTH = "2012-01";
const LAST_MAIN_MONTH = "2013-04";

export function monthBounds(month: string): { start: string; end: string } {
  const { start, end } = dateInterval({ precision: "month", month });
  return { start, end };
}

/** "October 2012". */
export function monthLabel(month: string): string {
  return formatDate({ precision: "month", month });
}

export function holderInMonth(periods: readonly ControlPeriod[], month: string): MonthControl {
  const bounds = monthBounds(month);
  const spans = periods
    .filter((p) => intervalsOverlap({ start: p.from, end: p.to }, bounds))
    .map((p) => ({
      holder: p.holder,
      from: p.from > bounds.start ? p.from : bounds.start,
      to: p.to < bounds.end ? p.to : bounds.end,
      period: p,
    }))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const last = spans.at(-1);
  if (!last) return { state: "not-stated", holder: null, spans, wholeMonth: false };
  // Walk the sorted spans while each starts no later than the day after the covered stretch.
  let coveredTo = addDays(bounds.start, -1);
  for (const s of spans) if (addDays(s.from, -1) <= coveredTo && s.to > coveredTo) coveredTo = s.to;
  const holders = new Set(spans.map((s) => s.holder));
  return { state: holders.size > 1 ? "changed" : "held", holder: last.holder, spans, wholeMonth: coveredTo === bounds.end };
}

function monthOf(day: string): string {
  return day.slice(0, 7);
}

function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/**
 * The months the map steps through: every month from the first with data
 * (not before January 2012) to April 2013, then the epilogue: each later month
 * an event is dated within or a control period starts or ends in. An event
 * dated only to a year or a long range does not add a month of its own.
 */
export function mapMonths(kb: Pick<KnowledgeBase, "events" | "control">): string[] {
  const eventMonths = kb.events.map((e) => dateInterval(e.date)).filter((at) => monthOf(at.start) === monthOf(at.end)).map((at) => monthOf(at.start));
  const periodMonths = kb.control.flatMap((c) => c.periods.flatMap((p) => [monthOf(p.from), monthOf(p.to)]));
  const withData = [...eventMonths, ...periodMonths];
  const first = withData.filter((m) => m >= FIRST_MONTH).sort()[0] ?? FIRST_MONTH;
  const months: string[] = [];
  for (let m = first; m <= LAST_MAIN_MONTH; m = nextMonth(m)) months.push(m);
  const epilogue = [...new Set(withData.filter((m) => m > LAST_MAIN_MONTH))].sort();
  return [...months, ...epilogue];
}

/** Events whose date falls in the month or spans it, in date order. */
export function eventsInMonth(kb: Pick<KnowledgeBase, "events">, month: string): KnowledgeBase["events"] {
  const bounds = monthBounds(month);
  return kb.events
    .filter((e) => intervalsOverlap(dateInterval(e.date), bounds))
    .map((e) => ({ e, key: dateSortKey(e.date) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ e }) => e);
}
