import { SourceList } from "@/components/quiz/SourceCitation";
import type { SourceTitles } from "@/components/quiz/quiz-types";
import { VisuallyHidden } from "@/components/ui/VisuallyHidden";
import { formatDate } from "@/lib/content/dates";
import type { MonthControl } from "@/lib/explore/control-month";
import { governorateLabel, HOLDER_LABELS } from "@/lib/explore/labels";
import type { MonthEvent } from "@/lib/explore/map-month";
import { inView, type MapView } from "@/lib/explore/map-view";
import type { MapPlace } from "@/lib/explore/places";
import styles from "./Explore.module.css";
import { StudySetLinks } from "./StudySetLinks";

/*
 * A place in the map's list of places. Its links are plain anchors, not next/link: each next/link is a client
 * component to hydrate, and this list runs to hundreds of links that a cheap phone would hydrate on every load.
 */

/** "airbase, Idlib · approximate location": what the place is, and how (or whether) the map draws it. */
function placeSummary(place: MapPlace, frame: MapView): string {
  const where =
    place.point === null
      ? " · not on the map (no coordinates)"
      : place.symbol === "road"
        ? " · drawn as part of the road"
        : !inView(frame, place.point)
          ? " · outside this map's view (choose its governorate to see it)"
          : place.approximate
            ? " · approximate location"
            : "";
  return `${place.kind}, ${governorateLabel(place.governorate)}${where}`;
}

/** "1–26 July 2012", "31 August 2012", or "all month". */
function spanText(span: MonthControl["spans"][number], control: MonthControl): string {
  if (control.wholeMonth && control.spans.length === 1) return "all month";
  return formatDate({ precision: "range", start: span.from, end: span.to });
}

function PlaceName({ place }: { place: MapPlace }) {
  return (
    <>
      {place.arabic ? `${place.name} ` : place.name}
      {place.arabic && (
        <span lang="ar" dir="rtl" className={styles.arabic}>
          {place.arabic}
        </span>
      )}
    </>
  );
}

function AllEventsLink({ place }: { place: MapPlace }) {
  return (
    <a href={`/student/timeline?place=${encodeURIComponent(place.id)}`}>
      {`All ${place.events.length} ${place.events.length === 1 ? "event" : "events"}`}
      <VisuallyHidden>{` at ${place.name}`}</VisuallyHidden> on the timeline
    </a>
  );
}

/** A place the month says something about: who held it, what happened there, and where to study it. */
export function PlaceEntry({
  place,
  frame,
  monthLabel,
  control,
  events,
  entryHref,
  titles,
  forceNames,
  flashcardSets,
}: {
  place: MapPlace;
  frame: MapView;
  monthLabel: string;
  control: MonthControl | undefined;
  /** The month's events at this place. */
  events: MonthEvent[];
  /** Where an event is shown in full on the timeline. */
  entryHref: (eventId: string) => string;
  titles: SourceTitles;
  forceNames: ReadonlyMap<string, string>;
  flashcardSets: ReadonlySet<string>;
}) {
  return (
    <li id={`place-${place.id}`} className={styles.place} tabIndex={-1}>
      <h3>
        <PlaceName place={place} />
      </h3>
      <p className={styles.count}>{placeSummary(place, frame)}</p>
      {control &&
        (control.spans.length === 0 ? (
          <p className={styles.holder}>
            <span className={`${styles.holderTag} ${styles.notStated}`} aria-hidden="true">
              ?
            </span>
            {`${monthLabel}: the documents do not say who held it.`}
          </p>
        ) : (
          control.spans.map((s) => (
            <div key={s.from}>
              <p className={styles.holder}>
                <span className={`${styles.holderTag} ${styles[`held-${s.holder}`]}`} aria-hidden="true">
                  {HOLDER_LABELS[s.holder].letter}
                </span>
                <strong>Held by {HOLDER_LABELS[s.holder].inSentence}</strong>
                {[
                  s.period.forces.length > 0 ? ` (${s.period.forces.map((f) => forceNames.get(f) ?? f).join(", ")})` : "",
                  `, ${spanText(s, control)}`,
                  !control.wholeMonth && control.spans.length === 1 ? "; not stated for the rest of the month" : "",
                  `. ${s.period.basis}`,
                ].join("")}
              </p>
              <SourceList sources={s.period.citations} titles={titles} className={styles.holderSources} />
            </div>
          ))
        ))}
      {events.length > 0 && (
        <ul className={styles.placeEvents} aria-label={`Events at ${place.name} in ${monthLabel}`}>
          {events.map((e) => (
            <li key={e.id}>
              {`${e.dateText}: `}
              <a href={entryHref(e.id)}>{e.title}</a>
            </li>
          ))}
        </ul>
      )}
      <p className={styles.studyLinks}>
        {place.events.length > 0 ? (
          <AllEventsLink place={place} />
        ) : (
          <span className={styles.count}>No events at this place in the timeline.</span>
        )}
        {place.set && (
          <StudySetLinks
            set={place.set}
            questionsLabel={
              <>
                Questions<VisuallyHidden>{` about ${place.name}`}</VisuallyHidden>
              </>
            }
            flashcardSets={flashcardSets}
          />
        )}
      </p>
    </li>
  );
}

/** A place the month says nothing about, in one line: what it is, and its events on the timeline. */
export function PlaceLine({ place, frame }: { place: MapPlace; frame: MapView }) {
  return (
    <li id={`place-${place.id}`} className={styles.placeLine} tabIndex={-1}>
      <strong>
        <PlaceName place={place} />
      </strong>
      <span className={styles.count}>{` · ${placeSummary(place, frame)}`}</span>
      {place.events.length > 0 && (
        <>
          {" · "}
          <AllEventsLink place={place} />
        </>
      )}
    </li>
  );
}
