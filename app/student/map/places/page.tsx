import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadKnowledgeBase } from "@/lib/content/load-knowledge-base";
import styles from "@/components/explore/Explore.module.css";
import { MapControls, monthSummary } from "@/components/explore/MapViewNav";
import { PlaceEntry, PlaceLine } from "@/components/explore/PlaceEntry";
import { requireAccess } from "@/lib/auth/authorize";
import { sourceTitles } from "@/lib/explore/map-month";
import { PLACE_LIST_PATH } from "@/lib/explore/map-links";
import { mapPageData } from "@/lib/explore/map-pages";
import { timelineEntryHref } from "@/lib/explore/timeline";
import { flashcardsInSet } from "@/lib/flashcards/load-cards";

export const metadata: Metadata = { title: "Places, month by month" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The map in words: every place for one month, who the documents say held it and on what basis, with the
 * sources, its events and where to study it. It is the map's list view, for a screen reader and for anyone
 * who wants the reasons behind a marker's colour.
 */
export default async function PlaceListPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAccess("study:use", PLACE_LIST_PATH);
  const kb = loadKnowledgeBase();
  const data = mapPageData(kb, await searchParams);
  if (!data) notFound();
  const { view, featured, quiet, frame } = data;
  const flashcardSets = new Set(kb.studySets.filter((s) => flashcardsInSet(s.id).length > 0).map((s) => s.id));
  const titles = sourceTitles(kb);
  const forceNames = new Map(kb.forces.map((f) => [f.id, f.name]));

  return (
    <>
      <h1>Places, month by month</h1>
      <p>
        Who held each contested place in the month, as the documents state it and on what basis, and what happened
        there. A place whose holder the documents do not give for the month is shown as not stated.
      </p>
      <MapControls current="list" data={data} />
      <h2 id="map-month-heading">{`Places in ${view.label}`}</h2>
      <p className={styles.count} role="status">
        {`${monthSummary(data)}, ${featured.length} of them with a holder or an event this month.`}
      </p>
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
    </>
  );
}
