import type { ReactNode } from "react";
import styles from "./Chart.module.css";

/**
 * Holds an SVG chart `width` units wide, drawn at least `width` px wide: on a phone the chart scrolls sideways
 * inside this box instead of shrinking its 12 px text to about 7 px. The box is focusable so the keyboard can
 * scroll it too.
 */
export function ChartScroll({ title, width, children }: { title: string; width: number; children: ReactNode }) {
  return (
    <div className={styles.scroll} role="region" aria-label={`${title}: scrolls sideways on a narrow screen`} tabIndex={0}>
      <div style={{ minWidth: width }}>{children}</div>
    </div>
  );
}
