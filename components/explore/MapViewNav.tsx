import Link from "@/components/layout/Link";
import { governorateLabel } from "@/lib/explore/labels";
import { MAP_PATH, mapHref, PLACE_LIST_PATH, type MapQuery } from "@/lib/explore/map-links";
import type { MapPageData } from "@/lib/explore/map-pages";
import styles from "./Explore.module.css";
import { MonthNav } from "./MonthNav";

/** The top of either view: the switch between them, the month steps and the governorate filter. */
export function MapControls({ current, data }: { current: "map" | "list"; data: MapPageData }) {
  const path = current === "map" ? MAP_PATH : PLACE_LIST_PATH;
  const { query, view } = data;
  return (
    <>
      <MapViewSwitch current={current} query={query} />
      <MonthNav
        month={query.month}
        months={view.months}
        previous={view.previous}
        next={view.next}
        action={path}
        hrefFor={(month) => mapHref(path, { governorate: query.governorate, month })}
        hidden={{ governorate: query.governorate }}
      />
      <GovernorateFilter path={path} query={query} governorates={data.governorates} />
    </>
  );
}

/** "October 2012: 4 contested places held by the government, …; 17 events. 83 places in Idlib": each view goes on from here. */
export function monthSummary({ view, counts, places, query }: MapPageData): string {
  const events = `${view.events.length} ${view.events.length === 1 ? "event" : "events"}`;
  const where = query.governorate ? ` in ${governorateLabel(query.governorate)}` : "";
  return `${view.label}: ${counts.government} contested places held by the government, ${counts.rebels} by rebels, ${counts.notStated} not stated; ${events}. ${places.length} ${places.length === 1 ? "place" : "places"}${where}`;
}

/**
 * The map's two views, the drawn map and the list of places, as a pair of links that keep the month and the
 * governorate. The list says in words everything the map draws, so a screen-reader user can take it instead.
 */
function MapViewSwitch({ current, query }: { current: "map" | "list"; query: MapQuery }) {
  const views = [
    { key: "map", path: MAP_PATH, label: "Map" },
    { key: "list", path: PLACE_LIST_PATH, label: "List of places" },
  ] as const;
  return (
    <nav aria-label="Map views" className={styles.viewSwitch}>
      {views.map((v) => (
        <Link key={v.key} href={mapHref(v.path, query)} aria-current={v.key === current ? "page" : undefined}>
          {v.label}
        </Link>
      ))}
    </nav>
  );
}

/** Pick one governorate's places (GET form, so it works without JavaScript and lives in the address). */
function GovernorateFilter({ path, query, governorates }: { path: string; query: MapQuery; governorates: string[] }) {
  const { governorate, month } = query;
  return (
    <form method="get" action={path} className={styles.filters} aria-label="Filter places">
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
      {governorate && <Link href={mapHref(path, { month })}>Show all</Link>}
    </form>
  );
}
