import type { ReactNode } from "react";
import type { ChartDateMark, ChartLayout } from "@/lib/explore/timeline-layout";
import { POINT_RADIUS, ROW_HEIGHT } from "@/lib/explore/timeline-layout";
import styles from "./Timeline.module.css";

const BAR_HEIGHT = 8;
const round = (n: number) => Math.round(n * 10) / 10;

/** A small arrowhead outside a bar's end: the date runs on beyond the view. */
function Continues({ x, y, side }: { x: number; y: number; side: "before" | "after" }) {
  const d = side === "before" ? -1 : 1;
  return <path className={styles.continues} d={`M${round(x)},${round(y - 4)}L${round(x + 5 * d)},${round(y)}L${round(x)},${round(y + 4)}Z`} />;
}

/** One date drawn: a point for a known day, a bar for the days it may fall on; `other` draws it hollow. */
function DateShape({ date, y, other = false }: { date: ChartDateMark; y: number; other?: boolean }) {
  const className = other ? styles.otherDate : date.openStart ? `${styles.date} ${styles.openStart}` : styles.date;
  const shape =
    date.shape === "point" ? (
      <circle className={className} cx={round(date.x0)} cy={round(y)} r={POINT_RADIUS} />
    ) : (
      <rect className={className} x={round(date.x0)} y={round(y - BAR_HEIGHT / 2)} width={round(date.x1 - date.x0)} height={BAR_HEIGHT} rx={2} />
    );
  return (
    <>
      {shape}
      {date.continuesBefore && <Continues x={date.x0 - 1} y={y} side="before" />}
      {date.continuesAfter && <Continues x={date.x1 + 1} y={y} side="after" />}
    </>
  );
}

/**
 * The timeline as server-rendered SVG: one band per lane, time across, an axis that breaks over the empty
 * years. Each mark links to the event's entry in the list below and is named by its title and date, so it is
 * reachable with Tab; the list says everything the chart shows.
 */
export function TimelineChart({ layout, label }: { layout: ChartLayout; label: string }) {
  const { width, height, axisY } = layout;
  const bottom = height - 4;
  return (
    <div className={styles.chartScroll} role="region" aria-label={`${label}: scrolls sideways on a narrow screen`} tabIndex={0}>
      <svg
        className={styles.chart}
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="group"
        aria-label={`${label}: each mark links to its event in the list below`}
      >
        <g aria-hidden="true">
          {layout.lanes.map((lane, i) => (
            <g key={lane.key}>
              <rect className={i % 2 ? styles.laneBand : styles.laneBandAlt} x={0} y={lane.y} width={width} height={lane.height} />
              <text className={styles.laneLabel} x={6} y={lane.y + 15}>
                {lane.label}
                <tspan className={styles.muted}>{` (${lane.count})`}</tspan>
              </text>
            </g>
          ))}
          {layout.eras.map((era) => (
            <g key={`${era.era}-${era.x0}`}>
              <rect className={era.era === "main" ? styles.eraMain : styles.era} x={round(era.x0)} y={0} width={round(era.x1 - era.x0)} height={18} />
              {era.x1 - era.x0 > era.label.length * 6.2 && (
                <text className={styles.eraLabel} x={round((era.x0 + era.x1) / 2)} y={13}>
                  {era.label}
                </text>
              )}
            </g>
          ))}
          {layout.segments.map((seg) => (
            <line key={seg.from} className={styles.axis} x1={round(seg.x0)} x2={round(seg.x1)} y1={axisY} y2={axisY} />
          ))}
          {layout.ticks.map((tick) => (
            <g key={tick.x}>
              <line className={tick.major ? styles.tickMajor : styles.tick} x1={round(tick.x)} x2={round(tick.x)} y1={axisY - (tick.major ? 8 : 4)} y2={tick.major ? bottom : axisY} />
              {tick.label && (
                <text className={styles.tickLabel} x={round(tick.x + 2)} y={axisY - 10}>
                  {tick.label}
                </text>
              )}
            </g>
          ))}
          {layout.eraLines.map((x) => (
            <line key={x} className={styles.eraLine} x1={round(x)} x2={round(x)} y1={0} y2={bottom} />
          ))}
          {layout.breaks.map((b) => (
            <g key={b.x} className={styles.break}>
              <path d={`M${round(b.x - 6)},${axisY + 6}L${round(b.x - 2)},${axisY - 6}M${round(b.x + 2)},${axisY + 6}L${round(b.x + 6)},${axisY - 6}`} />
              <title>{`The axis skips ${b.skipped}: no events`}</title>
            </g>
          ))}
        </g>
        {layout.marks.map((mark) => {
          const { x0, x1 } = mark.target;
          return (
            <a
              key={mark.id}
              href={`#event-${mark.id}`}
              className={mark.disputed ? `${styles.mark} ${styles.disputed}` : styles.mark}
              aria-label={mark.name}
              data-shape={mark.date.shape}
              data-disputed={mark.disputed ? "true" : undefined}
            >
              <title>{mark.name}</title>
              {/* The link's target: at least 24 × 24 px, and never overlapping another mark's (layout packs by it). */}
              <rect className={styles.hit} x={round(x0)} y={round(mark.y - ROW_HEIGHT / 2)} width={round(x1 - x0)} height={ROW_HEIGHT} rx={3} />
              {mark.others.map((other, i) => (
                <g key={i}>
                  <line className={styles.connector} x1={round(mark.date.x0)} x2={round(other.x0)} y1={round(mark.y)} y2={round(mark.y)} />
                  <DateShape date={other} y={mark.y} other />
                </g>
              ))}
              <DateShape date={mark.date} y={mark.y} />
            </a>
          );
        })}
      </svg>
    </div>
  );
}

function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg viewBox="-14 -8 28 16" width="28" height="16" aria-hidden="true" className={styles.swatch}>
      {children}
    </svg>
  );
}

/** What each shape on the chart means. */
export function TimelineLegend({ skipped }: { skipped: string[] }) {
  const point = { shape: "point", x0: 0, x1: 0, openStart: false, continuesBefore: false, continuesAfter: false } as const;
  const bar = { ...point, shape: "span", x0: -12, x1: 12 } as const;
  return (
    <ul className={styles.legend} aria-label="Chart legend">
      <li>
        <Swatch>
          <DateShape date={point} y={0} />
        </Swatch>
        Point: the sources give the day
      </li>
      <li>
        <Swatch>
          <DateShape date={bar} y={0} />
        </Swatch>
        Bar: a month, part of a month or a range of days (“around” a day: three days either side)
      </li>
      <li>
        <Swatch>
          <DateShape date={{ ...bar, openStart: true }} y={0} />
        </Swatch>
        Faded bar: “by” a day or month, so any time up to its right end
      </li>
      <li>
        <Swatch>
          <DateShape date={{ ...bar, x1: 6, continuesAfter: true }} y={0} />
        </Swatch>
        Arrowhead: the dates run on beyond the chart
      </li>
      <li>
        <Swatch>
          <g className={styles.disputed}>
            <line className={styles.connector} x1={-8} x2={8} y1={0} y2={0} />
            <DateShape date={{ ...point, x0: 8, x1: 8 }} y={0} other />
            <DateShape date={{ ...point, x0: -8, x1: -8 }} y={0} />
          </g>
        </Swatch>
        Dashed ring joined to a hollow mark: the date is disputed; the hollow mark is the other date a source gives
      </li>
      {skipped.length > 0 && (
        <li>
          <Swatch>
            <path className={styles.break} d="M-6,6L-2,-6M2,6L6,-6" />
          </Swatch>
          Break: the axis skips {skipped.join(" and ")}, when nothing is recorded
        </li>
      )}
    </ul>
  );
}
