/**
 * A bar chart rendered on the server as plain SVG (d3-scale for the geometry,
 * no client JavaScript), with its data as a table underneath.
 */
import type { ReactNode } from "react";
import { scaleBand, scaleLinear } from "d3-scale";
import styles from "./Chart.module.css";
import { ChartScroll } from "./ChartScroll";
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
    // Rows of HTML rather than SVG: the text keeps its size on a phone (a 600-unit SVG drawn 330 px wide shrinks
    // 12 px labels to 6.6 px) and wraps, and the bars are plain boxes sized in percent.
    const share = (value: number) => `${Math.round((Math.max(0, Math.min(value, top)) / top) * 1000) / 10}%`;
    svg = (
      <div className={styles.hbars} role="img" aria-label={title}>
        {data.map((d, i) => (
          <div key={i} className={styles.hbarRow}>
            <span className={styles.hbarLabel}>{d.label}</span>
            <span className={styles.hbarTrack}>
              {ticks.map((t) => (
                <span key={t} className={styles.hbarGrid} style={{ left: share(t) }} />
              ))}
              <span className={styles.hbarFill} style={{ width: share(d.value) }} />
            </span>
            <span className={styles.hbarValue}>{text(d)}</span>
          </div>
        ))}
        <div className={styles.hbarRow} aria-hidden="true">
          <span />
          <span className={styles.hbarTicks}>
            {ticks.map((t) => (
              <span key={t} style={{ left: share(t) }}>
                {format(t)}
              </span>
            ))}
          </span>
        </div>
      </div>
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
      <ChartScroll title={title} width={width}>
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
      </ChartScroll>
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
