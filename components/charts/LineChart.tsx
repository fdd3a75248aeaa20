/**
 * A line chart rendered on the server as plain SVG (d3-scale + d3-shape), with
 * its data as a table underneath. When every x is a YYYY-MM-DD day the x axis
 * is a time axis, so gaps between study days show as gaps.
 */
import { scaleLinear, scalePoint, scaleUtc } from "d3-scale";
import { area, line } from "d3-shape";
import styles from "./Chart.module.css";
import { ChartScroll } from "./ChartScroll";
import { DataTable } from "./DataTable";
import { defaultFormat } from "./format";
import { MONTH_ABBREVIATIONS } from "@/lib/taxonomy";

export interface LineChartProps {
  title: string;
  /** x: date string YYYY-MM-DD (or any label); points in order. */
  points: { x: string; y: number; /** Text for the table, e.g. "3 of 4 (75%)". */ yText?: string }[];
  /** Top of the y axis; default: the largest y (at least 1). */
  yMax?: number;
  format?: (value: number) => string;
  /** Header of the x column in the table. */
  xLabel?: string;
  /** Header of the y column in the table. */
  yLabel?: string;
  width?: number;
  height?: number;
  emptyText?: string;
  showCaption?: boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function dayLabel(d: Date): string {
  return `${d.getUTCDate()} ${MONTH_ABBREVIATIONS[d.getUTCMonth()]}`;
}

export function LineChart({
  title,
  points,
  yMax,
  format = defaultFormat,
  xLabel = "Date",
  yLabel = "Value",
  width = 600,
  height = 220,
  emptyText = "No data yet.",
  showCaption = true,
}: LineChartProps) {
  const top = yMax ?? Math.max(1, ...points.map((p) => p.y));
  const left = 44;
  const right = 16;
  const bottom = 28;
  const y = scaleLinear()
    .domain([0, top])
    .range([height - bottom, 10]);
  const yTicks = y.ticks(4);

  const allDays = points.length > 0 && points.every((p) => DAY.test(p.x));
  let xOf: (x: string) => number;
  let xTicks: { at: number; label: string }[];
  if (allDays) {
    const dates = points.map((p) => new Date(`${p.x}T00:00:00Z`));
    const first = dates[0]!;
    const last = dates[dates.length - 1]!;
    const span = last.getTime() === first.getTime() ? 86_400_000 : 0;
    const scale = scaleUtc()
      .domain([new Date(first.getTime() - span), new Date(last.getTime() + span)])
      .range([left, width - right]);
    xOf = (x) => scale(new Date(`${x}T00:00:00Z`));
    const ticks = scale.ticks(Math.min(6, Math.max(2, points.length)));
    xTicks = ticks.map((t) => ({ at: scale(t), label: dayLabel(t) }));
  } else {
    const scale = scalePoint<string>()
      .domain(points.map((p) => p.x))
      .range([left, width - right])
      .padding(points.length === 1 ? 1 : 0);
    xOf = (x) => scale(x) ?? left;
    const every = Math.max(1, Math.ceil(points.length / 6));
    xTicks = points.filter((_, i) => i % every === 0).map((p) => ({ at: xOf(p.x), label: p.x }));
  }

  const pathLine = line<LineChartProps["points"][number]>()
    .x((p) => xOf(p.x))
    .y((p) => y(Math.min(p.y, top)))(points);
  const pathArea = area<LineChartProps["points"][number]>()
    .x((p) => xOf(p.x))
    .y0(height - bottom)
    .y1((p) => y(Math.min(p.y, top)))(points);

  return (
    <figure className={styles.figure}>
      {showCaption && <figcaption className={styles.caption}>{title}</figcaption>}
      {points.length === 0 ? (
        <p className={styles.empty}>{emptyText}</p>
      ) : (
        <>
          <ChartScroll title={title} width={width}>
            <svg className={styles.svg} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title}>
              {yTicks.map((t) => (
                <g key={t}>
                  <line className={styles.grid} x1={left} x2={width - right} y1={y(t)} y2={y(t)} />
                  <text x={left - 6} y={y(t)} textAnchor="end" dominantBaseline="middle" className={styles.muted}>
                    {format(t)}
                  </text>
                </g>
              ))}
              {xTicks.map((t, i) => (
                <text key={i} x={t.at} y={height - 8} textAnchor="middle" className={styles.muted}>
                  {t.label}
                </text>
              ))}
              <line className={styles.axis} x1={left} x2={width - right} y1={height - bottom} y2={height - bottom} />
              {pathArea && points.length > 1 && <path className={styles.area} d={pathArea} />}
              {pathLine && points.length > 1 && <path className={styles.line} d={pathLine} />}
              {points.map((p, i) => (
                <circle key={i} className={styles.point} cx={xOf(p.x)} cy={y(Math.min(p.y, top))} r={3.5} />
              ))}
            </svg>
          </ChartScroll>
          <DataTable title={title} columns={[xLabel, yLabel]} rows={points.map((p) => [p.x, p.yText ?? format(p.y)])} />
        </>
      )}
    </figure>
  );
}
