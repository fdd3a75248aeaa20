/**
 * A histogram rendered on the server as plain SVG: values binned into equal
 * bins and drawn with BarChart's vertical bars, with the counts as a table.
 */
import { BarChart } from "./BarChart";
import { defaultFormat } from "./format";

export interface HistogramProps {
  title: string;
  /** Raw values; binned into `bins` equal-width bins over [domain[0], domain[1]]. */
  values: number[];
  /** Default: [smallest, largest] value. Values outside are clamped into the end bins. */
  domain?: [number, number];
  bins?: number;
  /** Formats bin edges, e.g. (v) => `${Math.round(v * 100)}%`. */
  format?: (value: number) => string;
  /** Header of the count column in the table, e.g. "Students". */
  countLabel?: string;
  /** Header of the bin column in the table, e.g. "Score". */
  xLabel?: string;
  width?: number;
  height?: number;
  emptyText?: string;
  showCaption?: boolean;
}

export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

/** Equal-width bins; the last one includes its upper edge. Pure, exported for tests and tables. */
export function binValues(values: readonly number[], domain: [number, number], bins: number): HistogramBin[] {
  const [lo, hi] = domain;
  const n = Math.max(1, Math.floor(bins));
  const width = hi > lo ? (hi - lo) / n : 1;
  const out: HistogramBin[] = Array.from({ length: n }, (_, i) => ({ from: lo + i * width, to: lo + (i + 1) * width, count: 0 }));
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    const i = Math.min(n - 1, Math.max(0, Math.floor((v - lo) / width)));
    out[i]!.count += 1;
  }
  return out;
}

export function Histogram({
  title,
  values,
  domain,
  bins = 10,
  format = defaultFormat,
  countLabel = "Count",
  xLabel = "Range",
  width,
  height,
  emptyText,
  showCaption,
}: HistogramProps) {
  const finite = values.filter((v) => Number.isFinite(v));
  const d: [number, number] = domain ?? [Math.min(0, ...finite), Math.max(1, ...finite)];
  const binned = finite.length === 0 ? [] : binValues(finite, d, bins);
  return (
    <BarChart
      title={title}
      orientation="vertical"
      data={binned.map((b) => ({ label: `${format(b.from)}–${format(b.to)}`, value: b.count, valueText: String(b.count) }))}
      format={(v) => (Number.isInteger(v) ? String(v) : "")}
      valueLabel={countLabel}
      labelHeader={xLabel}
      width={width}
      height={height}
      emptyText={emptyText}
      showCaption={showCaption}
    />
  );
}
