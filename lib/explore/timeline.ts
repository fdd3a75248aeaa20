/**
 * The timeline's read model: every event in date order, grouped by month and
 * by era (background before June 2012, the June 2012 – April 2013 fighting,
 * the later epilogue), filtered by place and by force. Pure: takes the
 * knowledge base, so it is unit tested without a server.
 */
import type { KnowledgeBase } from "../content/load";
import { dateInterval, dateSortKey, formatDate, startMonth } from "../content/dates";
import type { DateSpec, Event } from "../content/schema";
import { monthLabel } from "../taxonomy";
import { mapMonths } from "./control-month";
import { sectionLabel } from "../content/citation-label";
import { OUTCOME_LABELS, ROLE_LABELS } from "./labels";
import { placeEntryHref } from "./map-links";
import { bestSetByEvent, type SetLink } from "./study-links";
import { ERA_TITLES, eraOf, type Era } from "./timeline-eras";
import { timelineExtent, timelineHref, type TimelineExtent } from "./timeline-zoom";

/** The days a date may fall on (lib/content/dates.ts), and whether the sources name the very day. */
export interface TimelineWhen {
  start: string;
  end: string;
  /** "by" dates: any time up to `end`. */
  openStart: boolean;
  knownDay: boolean;
}

export interface TimelineEvent {
  id: string;
  title: string;
  /** The date at the precision the documents give: "early October 2012", "by 10 October 2012". */
  dateText: string;
  when: TimelineWhen;
  /** The event is dated only by where its account sits in a document. */
  approximateDate: boolean;
  /** Other dates a document gives; non-empty means the date is disputed. */
  otherDates: { dateText: string; note: string; when: TimelineWhen }[];
  /** The governorates of the places it names ("multiple" for roads and regions that cross them). */
  governorates: string[];
  outcomeId: Event["outcome"];
  summary: string;
  outcome: string;
  /** Each place with its entry in the map's list view, in the event's month when the map shows that month. */
  places: { id: string; name: string; onMap: boolean; href: string }[];
  forces: { id: string; name: string; role: string; alleged: boolean }[];
  citations: { title: string; section: string }[];
  set: SetLink | null;
}

export interface TimelineMonth {
  month: string;
  label: string;
  events: TimelineEvent[];
}

export interface TimelineEra {
  era: Era;
  title: string;
  months: TimelineMonth[];
}

export interface TimelineFilter {
  place?: string;
  force?: string;
  /** Only events whose date reaches into these days (inclusive ISO days). */
  within?: { start: string; end: string };
}

function whenOf(date: DateSpec): TimelineWhen {
  const { start, end, openStart } = dateInterval(date);
  const knownDay = (date.precision === "day" && date.qualifier === undefined) || (date.precision === "range" && date.start === date.end);
  return { start, end, openStart, knownDay };
}

const cache = new WeakMap<KnowledgeBase, { month: string; event: TimelineEvent; placeIds: Set<string>; forceIds: Set<string> }[]>();

function allEvents(kb: KnowledgeBase) {
  const cached = cache.get(kb);
  if (cached) return cached;
  const placeById = new Map(kb.places.map((p) => [p.id, p]));
  const forceById = new Map(kb.forces.map((f) => [f.id, f]));
  const titleByDoc = new Map(kb.sources.map((s) => [s.file, s.title]));
  const sets = bestSetByEvent(kb);
  const onTheMap = new Set(mapMonths(kb));
  const rows = [...kb.events]
    .map((e, i) => ({ e, i, key: dateSortKey(e.date) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i))
    .map(({ e }) => {
      const month = startMonth(e.date);
      return {
        month,
        placeIds: new Set(e.places),
        forceIds: new Set(e.forces.map((f) => f.force)),
        event: {
          id: e.id,
          title: e.title,
          dateText: formatDate(e.date),
          when: whenOf(e.date),
          approximateDate: e.dateFromPosition === true,
          otherDates: e.alternativeDates.map((a) => ({ dateText: formatDate(a.date), note: a.note, when: whenOf(a.date) })),
          governorates: [...new Set(e.places.flatMap((id) => placeById.get(id)?.governorate ?? []))],
          outcomeId: e.outcome,
          summary: e.summary,
          outcome: OUTCOME_LABELS[e.outcome],
          places: e.places.map((id) => {
            const p = placeById.get(id);
            return {
              id,
              name: p?.name ?? id,
              onMap: p?.coordinates != null,
              href: placeEntryHref(id, onTheMap.has(month) ? month : undefined),
            };
          }),
          forces: e.forces.map((f) => ({
            id: f.force,
            name: forceById.get(f.force)?.name ?? f.force,
            role: ROLE_LABELS[f.role],
            alleged: f.alleged === true,
          })),
          citations: e.citations.map((c) => ({ title: titleByDoc.get(c.doc) ?? c.doc, section: sectionLabel(c.section) })),
          set: sets.get(e.id) ?? null,
        } satisfies TimelineEvent,
      };
    });
  cache.set(kb, rows);
  return rows;
}

/** Events in date order, grouped by era and month, after the filter. */
export function buildTimeline(kb: KnowledgeBase, filter: TimelineFilter = {}): { eras: TimelineEra[]; count: number } {
  const { place, force, within } = filter;
  const rows = allEvents(kb).filter(
    (r) =>
      (!place || r.placeIds.has(place)) &&
      (!force || r.forceIds.has(force)) &&
      (!within || (r.event.when.start <= within.end && r.event.when.end >= within.start)),
  );
  const eras: TimelineEra[] = [];
  for (const r of rows) {
    const era = eraOf(r.month);
    let e = eras.at(-1);
    if (!e || e.era !== era) {
      e = { era, title: ERA_TITLES[era], months: [] };
      eras.push(e);
    }
    let m = e.months.at(-1);
    if (!m || m.month !== r.month) {
      m = { month: r.month, label: monthLabel(r.month), events: [] };
      e.months.push(m);
    }
    m.events.push(r.event);
  }
  return { eras, count: rows.length };
}

/** Places and forces that occur in at least one event, by name, for the filter's <select>s. */
export function timelineFilterOptions(kb: KnowledgeBase): {
  places: { id: string; name: string }[];
  forces: { id: string; name: string }[];
} {
  const placeIds = new Set(kb.events.flatMap((e) => e.places));
  const forceIds = new Set(kb.events.flatMap((e) => e.forces.map((f) => f.force)));
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "en");
  return {
    places: kb.places.filter((p) => placeIds.has(p.id)).map((p) => ({ id: p.id, name: p.name })).sort(byName),
    forces: kb.forces.filter((f) => forceIds.has(f.id)).map((f) => ({ id: f.id, name: f.name })).sort(byName),
  };
}

/** The months each era covers, from every event's dates (unfiltered, so the chart's axis never moves). */
export function timelineExtentOf(kb: KnowledgeBase): TimelineExtent {
  return timelineExtent(allEvents(kb).map((r) => r.event.when));
}

/** Where an event is shown in full: the view of the month it starts in, scrolled to its entry. */
export function timelineEntryHref(kb: KnowledgeBase, eventId: string): string {
  const month = allEvents(kb).find((r) => r.event.id === eventId)?.month;
  return timelineHref(month ? { view: month } : {}, `event-${eventId}`);
}
