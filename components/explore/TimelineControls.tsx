import Link from "@/components/layout/Link";
import { SelectField } from "@/components/ui/FormField";
import { VisuallyHidden } from "@/components/ui/VisuallyHidden";
import { LANE_SCHEMES, type LaneScheme } from "@/lib/explore/timeline-layout";
import { timelineHref, type TimelineQuery, type TimelineView, type ZoomLevel } from "@/lib/explore/timeline-zoom";
import exploreStyles from "./Explore.module.css";
import styles from "./Timeline.module.css";

type Option = { id: string; name: string };

/** The place and force filters in a GET form; the zoom and lanes ride along as hidden fields. */
export function TimelineFilters({ query, places, forces }: { query: TimelineQuery; places: Option[]; forces: Option[] }) {
  const selects = [
    { name: "place", label: "Place", all: "All places", options: places },
    { name: "force", label: "Force", all: "All forces", options: forces },
  ] as const;
  return (
    <form method="get" action="/student/timeline" className={`${exploreStyles.filters} ${styles.filters}`} aria-label="Filter events">
      {query.view && <input type="hidden" name="view" value={query.view} />}
      {query.lanes && <input type="hidden" name="lanes" value={query.lanes} />}
      {query.list === "full" && <input type="hidden" name="list" value="full" />}
      {selects.map((s) => (
        <SelectField
          key={s.name}
          id={`timeline-${s.name}`}
          name={s.name}
          label={s.label}
          value={query[s.name] ?? ""}
          emptyOption={s.all}
          options={s.options.map((o) => ({ value: o.id, label: o.name }))}
        />
      ))}
      <button type="submit" className="button">
        Show events
      </button>
      {(query.place || query.force) && <Link href={timelineHref({ view: query.view, lanes: query.lanes, list: query.list })}>Clear filters</Link>}
    </form>
  );
}

const LEVEL_NOUN: Record<ZoomLevel, string> = { whole: "view", era: "period", quarter: "quarter", month: "month" };

/**
 * Zoom as links: the views above this one (zoom out), the previous and next view at this zoom, and the views
 * inside it (zoom in) with how many events each holds, so every step is one keyboard-reachable page load.
 */
export function TimelineZoomNav({
  query,
  view,
  trail,
  previous,
  next,
  inside,
}: {
  query: TimelineQuery;
  view: TimelineView;
  trail: TimelineView[];
  previous: TimelineView | null;
  next: TimelineView | null;
  inside: { view: TimelineView; count: number }[];
}) {
  const href = (v: TimelineView) => timelineHref({ ...query, view: v.id });
  const noun = LEVEL_NOUN[view.level];
  return (
    <nav className={styles.controls} aria-label="Zoom the timeline">
      <ul className={styles.controlRow}>
        <li className={styles.controlLabel}>Showing</li>
        {trail.map((v) => (
          <li key={v.id}>
            <Link href={href(v)} className={styles.step}>
              <VisuallyHidden>Zoom out to </VisuallyHidden>
              {v.label}
            </Link>
          </li>
        ))}
        <li>
          <span className={styles.step} aria-current="page">
            {view.label}
          </span>
        </li>
      </ul>
      {(previous || next) && (
        <ul className={styles.controlRow}>
          <li>
            {previous ? (
              <Link href={href(previous)} className={styles.step} rel="prev">
                <span aria-hidden="true">←&nbsp;</span>
                <VisuallyHidden>Previous {noun}: </VisuallyHidden>
                {previous.label}
              </Link>
            ) : (
              <span className={styles.step} aria-disabled="true">
                No earlier {noun}
              </span>
            )}
          </li>
          <li>
            {next ? (
              <Link href={href(next)} className={styles.step} rel="next">
                <VisuallyHidden>Next {noun}: </VisuallyHidden>
                {next.label}
                <span aria-hidden="true">&nbsp;→</span>
              </Link>
            ) : (
              <span className={styles.step} aria-disabled="true">
                No later {noun}
              </span>
            )}
          </li>
        </ul>
      )}
      {inside.length > 0 && (
        <ul className={styles.controlRow}>
          <li className={styles.controlLabel}>Zoom in</li>
          {inside.map(({ view: v, count }) => (
            <li key={v.id}>
              <Link href={href(v)} className={styles.step}>
                <VisuallyHidden>Zoom in to </VisuallyHidden>
                {v.label}
                <span className={styles.stepCount}>
                  ({count}
                  <VisuallyHidden> {count === 1 ? "event" : "events"}</VisuallyHidden>)
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}

/** Which lanes the chart sorts events into. */
export function LaneSwitcher({ query, scheme }: { query: TimelineQuery; scheme: LaneScheme }) {
  return (
    <ul className={styles.controlRow} aria-label="Chart lanes">
      <li className={styles.controlLabel} aria-hidden="true">
        Lanes
      </li>
      {(Object.keys(LANE_SCHEMES) as LaneScheme[]).map((key) => (
        <li key={key}>
          {key === scheme ? (
            <span className={styles.step} aria-current="true">
              {LANE_SCHEMES[key].label}
            </span>
          ) : (
            <Link href={timelineHref({ ...query, lanes: key })} className={styles.step}>
              <VisuallyHidden>Lanes: </VisuallyHidden>
              {LANE_SCHEMES[key].label}
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}
