/**
 * A bar chart rendered on the server as plain SVG (d3-scale for the geometry,
 * no client JavaScript), with its data as a table underneath.
 */
import type { ReactNode } from "react";
import { scaleBand, scaleLinear } from "d3-scale";
import styles from "./Chart.module.css";
import { DataTable } from "./DataTable";
import { defaultFormat } from "./format";

export interface BarChartProps {
  /** Accessible name of the chart (aria-label) and caption of the table alternative. */
  title: string;
  data: { label: string; value: number; /** Text shown for the value, e.g. "72%". */ valueText?: string }[];
  /** Upper end of the value axis; default: the largest value (at least 1). */
  max?: number;
  /** Formats axis ticks and default value text. */
  format?: (value: number) => string;
  /** Header of the value column in the table alternative. */
  valueLabel?: string;
  /** Header of the label column in the table alternative. */
  labelHeader?: string;
  /** "horizontal" (default): labels on the left, bars to the right. */
  orientation?: "horizontal" | "vertical";
  width?: number;
  height?: number;
  /** Shown instead of the chart when there is no data. */
  emptyText?: string;
  /** Show the title above the chart (default true). */
  showCaption?: boolean;
}

const CHAR_PX = 6.6;

export function BarChart({
  title,
  data,
  max,
  format = defaultFormat,
  valueLabel = "Value",
  labelHeader = "",
  orientation = "horizontal",
  width = 600,
  height,
  emptyText = "No data yet.",
  showCaption = true,
}: BarChartProps) {
  const top = Math.max(max ?? 0, ...data.map((d) => d.value), max === undefined ? 1 : 0);
  const text = (d: BarChartProps["data"][number]) => d.valueText ?? format(d.value);
  const ticks = scaleLinear().domain([0, top]).nice().ticks(4).filter((t) => t <= top);

  let svg: ReactNode = null;
  if (data.length > 0 && orientation === "horizontal") {
    const row = 26;
    const labelWidth = Math.min(240, Math.max(60, Math.ceil(Math.max(...data.map((d) => d.label.length)) * CHAR_PX) + 8));
    const valueWidth = Math.max(40, Math.ceil(Math.max(...data.map((d) => text(d).length)) * CHAR_PX) + 8);
    const h = height ?? data.length * row + 24;
    const x = scaleLinear()
      .domain([0, top])
      .range([labelWidth, width - valueWidth]);
    const y = scaleBand<number>()
      .domain(data.map((_, i) => i))
      .range([4, h - 20])
      .padding(0.2);
    svg = (
      <svg className={styles.svg} viewBox={`0 0 ${width} ${h}`} role="img" aria-label={title}>
        {ticks.map((t) => (
          <g key={t}>
            <line className={styles.grid} x1={x(t)} x2={x(t)} y1={4} y2={h - 20} />
            <text x={x(t)} y={h - 6} textAnchor="middle" className={styles.muted}>
              {format(t)}
            </text>
          </g>
        ))}
        {data.map((d, i) => {
          const yy = y(i) ?? 0;
          const bw = Math.max(0, x(Math.min(d.value, top)) - x(0));
          return (
            <g key={i}>
              <text x={labelWidth - 6} y={yy + y.bandwidth() / 2} dominantBaseline="middle" textAnchor="end">
                {d.label.length * CHAR_PX > labelWidth ? `${d.label.slice(0, Math.floor(labelWidth / CHAR_PX) - 2)}…` : d.label}
              </text>
              <rect className={styles.bar} x={x(0)} y={yy} width={bw} height={y.bandwidth()} rx={2} />
              <text x={x(0) + bw + 4} y={yy + y.bandwidth() / 2} dominantBaseline="middle">
                {text(d)}
              </text>
            </g>
          );
        })}
        <line className={styles.axis} x1={x(0)} x2={x(0)} y1={4} y2={h - 20} />
      </svg>
    );
  } else if (data.length > 0) {
    const h = height ?? 200;
    const left = Math.max(28, Math.ceil(Math.max(...ticks.map((t) => format(t).length)) * CHAR_PX) + 8);
    const bottom = 34;
    const x = scaleBand<number>()
      .domain(data.map((_, i) => i))
      .range([left, width - 4])
      .padding(0.2);
    const y = scaleLinear()
      .domain([0, top])
      .range([h - bottom, 16]);
    // Thin out x labels when they would collide.
    const maxLabel = Math.max(...data.map((d) => d.label.length)) * CHAR_PX;
    const every = Math.max(1, Math.ceil(maxLabel / Math.max(1, x.step())));
    svg = (
      <svg className={styles.svg} viewBox={`0 0 ${width} ${h}`} role="img" aria-label={title}>
        {ticks.map((t) => (
          <g key={t}>
            <line className={styles.grid} x1={left} x2={width - 4} y1={y(t)} y2={y(t)} />
            <text x={left - 4} y={y(t)} textAnchor="end" dominantBaseline="middle" className={styles.muted}>
              {format(t)}
            </text>
          </g>
        ))}
        {data.map((d, i) => {
          const xx = x(i) ?? 0;
          const yy = y(Math.min(d.value, top));
          return (
            <g key={i}>
              <rect className={styles.bar} x={xx} y={yy} width={x.bandwidth()} height={Math.max(0, h - bottom - yy)} rx={2} />
              {d.value > 0 && (
                <text x={xx + x.bandwidth() / 2} y={yy - 3} textAnchor="middle">
                  {text(d)}
                </text>
              )}
              {i % every === 0 && (
                <text x={xx + x.bandwidth() / 2} y={h - bottom + 14} textAnchor="middle" className={styles.muted}>
                  {d.label}
                </text>
              )}
            </g>
          );
        })}
        <line className={styles.axis} x1={left} x2={width - 4} y1={h - bottom} y2={h - bottom} />
      </svg>
    );
  }

  return (
    <figure className={styles.figure}>
      {showCaption && <figcaption className={styles.caption}>{title}</figcaption>}
      {data.length === 0 ? (
        <p className={styles.empty}>{emptyText}</p>
      ) : (
        <>
          {svg}
          <DataTable title={title} columns={[labelHeader || "Item", valueLabel]} rows={data.map((d) => [d.label, text(d)])} />
        </>
      )}
    </figure>
  );
}
