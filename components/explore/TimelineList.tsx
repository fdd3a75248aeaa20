import Link from "@/components/layout/Link";
import type { TimelineEra } from "@/lib/explore/timeline";
import { timelineHref, type TimelineQuery, type ZoomLevel } from "@/lib/explore/timeline-zoom";
import styles from "./Explore.module.css";
import timelineStyles from "./Timeline.module.css";
import { TimelineEventItem } from "./TimelineEventItem";

/**
 * A month's list, and any list up to this many events, shows each event in full. A longer one (the whole
 * timeline, a period, a busy quarter) shows one line per event that leads to its full entry in its month's view:
 * 213 full entries are over 7,000 elements, which a cheap phone takes seconds to lay out, and a list of titles by
 * month is easier to scan anyway. The busiest month holds 56 events.
 */
export const FULL_ENTRIES_UP_TO = 40;

/** Whether the list shows its `count` events in full: a month and short lists always, long ones when asked. */
export function showsFullEntries(count: number, level: ZoomLevel, query: TimelineQuery): boolean {
  return level === "month" || count <= FULL_ENTRIES_UP_TO || query.list === "full";
}

/** The events of the view by era and month, in full or as one line each (see FULL_ENTRIES_UP_TO). */
export function TimelineList({
  eras,
  count,
  level,
  query,
  flashcardSets,
}: {
  eras: TimelineEra[];
  count: number;
  level: ZoomLevel;
  query: TimelineQuery;
  flashcardSets: ReadonlySet<string>;
}) {
  const full = showsFullEntries(count, level, query);
  return (
    <div id="timeline-list">
      {count === 0 && <p>No event matches both filters here. Try one filter at a time, or zoom out.</p>}
      {!full && (
        <p className={timelineStyles.listNote}>
          {count} events, one line each: a title opens the event in full in its month.{" "}
          <Link href={timelineHref({ ...query, list: "full" }, "timeline-list")}>Show all {count} in full</Link> (a long page).
        </p>
      )}
      {full && !showsFullEntries(count, level, { ...query, list: undefined }) && (
        <p className={timelineStyles.listNote}>
          <Link href={timelineHref({ ...query, list: undefined }, "timeline-list")}>Show one line per event</Link>
        </p>
      )}
      {eras.map((era) => (
        <section key={era.era} className={styles.era} aria-labelledby={`era-${era.era}`}>
          <h2 id={`era-${era.era}`}>{era.title}</h2>
          {era.months.map((m) => (
            <section key={m.month} className={styles.month} aria-labelledby={`month-${m.month}`}>
              <h3 id={`month-${m.month}`}>{m.label}</h3>
              {full ? (
                <ol className={styles.events}>
                  {m.events.map((e) => (
                    <TimelineEventItem key={e.id} event={e} flashcardSets={flashcardSets} />
                  ))}
                </ol>
              ) : (
                <ol className={timelineStyles.lines}>
                  {m.events.map((e) => (
                    <li key={e.id} id={`event-${e.id}`} className={timelineStyles.entry}>
                      <a href={timelineHref({ ...query, view: m.month, list: undefined }, `event-${e.id}`)}>{e.title}</a>
                      <span className={styles.count}>{` · ${e.dateText}${e.otherDates.length > 0 ? " (date disputed)" : ""}`}</span>
                    </li>
                  ))}
                </ol>
              )}
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}
