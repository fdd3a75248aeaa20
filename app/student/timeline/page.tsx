import type { Metadata } from "next";
import Link from "@/components/layout/Link";
import { notFound } from "next/navigation";
import { loadKnowledgeBase } from "@/lib/content/load-knowledge-base";
import styles from "@/components/explore/Explore.module.css";
import { TimelineEventItem } from "@/components/explore/TimelineEventItem";
import { SelectField } from "@/components/ui/FormField";
import { requireAccess } from "@/lib/auth/authorize";
import { buildTimeline, timelineFilterOptions } from "@/lib/explore/timeline";
import { flashcardsInSet } from "@/lib/flashcards/load-cards";

export const metadata: Metadata = { title: "Timeline" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function one(value: string | string[] | undefined): string | undefined {
  const v = (Array.isArray(value) ? value[0] : value)?.trim();
  return v ? v : undefined;
}

export default async function TimelinePage({ searchParams }: { searchParams: SearchParams }) {
  await requireAccess("study:use", "/student/timeline");
  const params = await searchParams;
  const kb = loadKnowledgeBase();
  const options = timelineFilterOptions(kb);
  const place = one(params.place);
  const force = one(params.force);
  // An unknown filter value is a bad link, not an empty timeline.
  if (place && !options.places.some((p) => p.id === place)) notFound();
  if (force && !options.forces.some((f) => f.id === force)) notFound();

  const { eras, count } = buildTimeline(kb, { place, force });
  const flashcardSets = new Set(kb.studySets.filter((s) => flashcardsInSet(s.id).length > 0).map((s) => s.id));
  const placeName = options.places.find((p) => p.id === place)?.name;
  const forceName = options.forces.find((f) => f.id === force)?.name;

  return (
    <>
      <h1>Timeline</h1>
      <p className="hint">
        The fighting in Idlib and Aleppo governorates from June 2012 to April 2013, with the background before it and
        the epilogue after. Dates are given as precisely as the sources give them.
      </p>
      <form method="get" action="/student/timeline" className={styles.filters} aria-label="Filter events">
        <SelectField
          id="timeline-place"
          name="place"
          label="Place"
          value={place ?? ""}
          emptyOption="All places"
          options={options.places.map((p) => ({ value: p.id, label: p.name }))}
        />
        <SelectField
          id="timeline-force"
          name="force"
          label="Force"
          value={force ?? ""}
          emptyOption="All forces"
          options={options.forces.map((f) => ({ value: f.id, label: f.name }))}
        />
        <button type="submit" className="button">
          Show events
        </button>
        {(place || force) && <Link href="/student/timeline">Clear filters</Link>}
      </form>
      <p className={styles.count} role="status">
        {count} {count === 1 ? "event" : "events"}
        {placeName ? ` at ${placeName}` : ""}
        {forceName ? ` involving ${forceName}` : ""}
      </p>
      {count === 0 && <p>No event matches both filters. Try one filter at a time.</p>}
      {eras.map((era) => (
        <section key={era.era} className={styles.era} aria-labelledby={`era-${era.era}`}>
          <h2 id={`era-${era.era}`}>{era.title}</h2>
          {era.months.map((m) => (
            <section key={m.month} className={styles.month} aria-labelledby={`month-${m.month}`}>
              <h3 id={`month-${m.month}`}>{m.label}</h3>
              <ol className={styles.events}>
                {m.events.map((e) => (
                  <TimelineEventItem key={e.id} event={e} flashcardSets={flashcardSets} />
                ))}
              </ol>
            </section>
          ))}
        </section>
      ))}
    </>
  );
}
