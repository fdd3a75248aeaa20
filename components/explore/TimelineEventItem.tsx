import type { TimelineEvent } from "@/lib/explore/timeline";
import styles from "./Explore.module.css";
import timelineStyles from "./Timeline.module.css";
import { VisuallyHidden } from "@/components/ui/VisuallyHidden";
import { StudySetLinks } from "./StudySetLinks";

/** One event on the timeline: date at its precision, what happened, where, who, the source, and study links. */
export function TimelineEventItem({ event, flashcardSets }: { event: TimelineEvent; flashcardSets: ReadonlySet<string> }) {
  return (
    <li className={`${styles.event} ${timelineStyles.entry}`} id={`event-${event.id}`}>
      <h4>{event.title}</h4>
      <p className={styles.date}>
        {event.dateText}
        {event.approximateDate && <span className={styles.count}> (dated by its place in the account)</span>}
      </p>
      {event.otherDates.map((d) => (
        <p key={d.dateText} className={styles.disputed}>
          <strong>Date disputed:</strong>
          {` also given as ${d.dateText}. ${d.note}`}
        </p>
      ))}
      <p className={styles.summary}>{event.summary}</p>
      <dl className={styles.facts}>
        {event.places.length > 0 && (
          <>
            <dt>Where</dt>
            <dd>
              <ul className={styles.inline}>
                {event.places.map((p) => (
                  <li key={p.id}>
                    <a href={p.href}>{p.name}</a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {event.forces.length > 0 && (
          <>
            <dt>Who</dt>
            <dd>
              <ul className={styles.semicolons}>
                {event.forces.map((f) => (
                  <li key={`${f.id}-${f.role}`}>
                    {`${f.name}: ${f.alleged ? `allegedly ${f.role}` : f.role}`}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>Outcome</dt>
        <dd>{event.outcome}</dd>
        <dt>Source</dt>
        <dd>
          <ul className={styles.inline}>
            {event.citations.map((c) => (
              <li key={`${c.title}-${c.section}`}>
                <cite>{c.title}</cite>, {c.section}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      {event.set && (
        <p className={styles.studyLinks}>
          <StudySetLinks
            set={event.set}
            questionsLabel={
              <>
                Questions about this<VisuallyHidden>{`: ${event.title}`}</VisuallyHidden>
              </>
            }
            flashcardSets={flashcardSets}
          />
        </p>
      )}
    </li>
  );
}
