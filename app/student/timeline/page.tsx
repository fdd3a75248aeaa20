import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadKnowledgeBase } from "@/lib/content/load-knowledge-base";
import styles from "@/components/explore/Explore.module.css";
import { TimelineChart, TimelineLegend } from "@/components/explore/TimelineChart";
import { LaneSwitcher, TimelineFilters, TimelineZoomNav } from "@/components/explore/TimelineControls";
import { TimelineList } from "@/components/explore/TimelineList";
import { requireAccess } from "@/lib/auth/authorize";
import { buildTimeline, timelineFilterOptions, timelineExtentOf } from "@/lib/explore/timeline";
import { isLaneScheme, layoutTimelineChart } from "@/lib/explore/timeline-layout";
import {
  neighbourViews,
  parseTimelineView,
  viewDays,
  zoomInChoices,
  zoomOutTrail,
  type TimelineQuery,
} from "@/lib/explore/timeline-zoom";
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
  const extent = timelineExtentOf(kb);
  const query: TimelineQuery = { place: one(params.place), force: one(params.force), view: one(params.view), lanes: one(params.lanes), list: one(params.list) };
  const { place, force } = query;
  const view = parseTimelineView(query.view, extent);
  const lanes = query.lanes ?? "place";
  // An unknown filter, zoom or lane value is a bad link, not an empty timeline.
  if (place && !options.places.some((p) => p.id === place)) notFound();
  if (force && !options.forces.some((f) => f.id === force)) notFound();
  if (!view || !isLaneScheme(lanes) || (query.list !== undefined && query.list !== "full")) notFound();

  const { eras, count } = buildTimeline(kb, { place, force, within: viewDays(view) });
  const events = eras.flatMap((e) => e.months.flatMap((m) => m.events));
  const layout = layoutTimelineChart(events, view, extent, lanes);
  const { previous, next } = neighbourViews(view, extent);
  const inside = zoomInChoices(view, extent).map((v) => ({ view: v, count: buildTimeline(kb, { place, force, within: viewDays(v) }).count }));
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
      <TimelineFilters query={query} places={options.places} forces={options.forces} />
      <p className={styles.count} role="status">
        {count} {count === 1 ? "event" : "events"}
        {view.level === "whole" ? "" : ` in ${view.label}`}
        {placeName ? ` at ${placeName}` : ""}
        {forceName ? ` involving ${forceName}` : ""}
      </p>
      <section aria-labelledby="timeline-chart">
        <h2 id="timeline-chart">Chart: {view.label}</h2>
        <TimelineZoomNav query={query} view={view} trail={zoomOutTrail(view, extent)} previous={previous} next={next} inside={inside} />
        <LaneSwitcher query={query} scheme={lanes} />
        <p>
          <a href="#timeline-list">Skip the chart&apos;s {layout.marks.length} marks to the list</a>
        </p>
        <TimelineChart layout={layout} label={`Timeline chart, ${view.label}`} />
        <TimelineLegend skipped={layout.breaks.map((b) => b.skipped)} />
      </section>
      <TimelineList eras={eras} count={count} level={view.level} query={query} flashcardSets={flashcardSets} />
    </>
  );
}
