/** Addresses of the map's two views (decision 022), shared by the map, its list and the timeline. */

export const MAP_PATH = "/student/map";
export const PLACE_LIST_PATH = "/student/map/places";

export interface MapQuery {
  governorate?: string;
  month: string;
}

/** `/student/map?month=2012-10` or the same for the list, keeping the governorate filter. */
export function mapHref(path: string, query: MapQuery, hash?: string): string {
  const params = new URLSearchParams({ ...(query.governorate ? { governorate: query.governorate } : {}), month: query.month });
  return `${path}?${params}${hash ? `#${hash}` : ""}`;
}

/** A place's entry in the list view: in the given month when the map has it, else in the map's default month. */
export function placeEntryHref(placeId: string, month: string | undefined): string {
  return month ? mapHref(PLACE_LIST_PATH, { month }, `place-${placeId}`) : `${PLACE_LIST_PATH}#place-${placeId}`;
}
