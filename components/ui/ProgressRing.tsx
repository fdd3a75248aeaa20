import type { ReactNode } from "react";
import styles from "./ProgressRing.module.css";

const RADIUS = 42;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/**
 * A ring filled to `value` (0 to 1) with its number written in the middle as text, and an optional caption
 * under it. Drawn on the server; the ring itself is decoration, the text carries the meaning.
 */
export function ProgressRing({ value, text, caption }: { value: number; text: string; caption?: ReactNode }) {
  const filled = Math.max(0, Math.min(1, Number.isFinite(value) ? value : 0));
  return (
    <figure className={styles.figure}>
      <div className={styles.ring}>
        <svg viewBox="0 0 100 100" aria-hidden="true" focusable="false" className={styles.svg}>
          <circle className={styles.track} cx="50" cy="50" r={RADIUS} />
          {filled > 0 ? (
            <circle
              className={styles.fill}
              cx="50"
              cy="50"
              r={RADIUS}
              strokeDasharray={`${filled * CIRCUMFERENCE} ${CIRCUMFERENCE}`}
              transform="rotate(-90 50 50)"
            />
          ) : null}
        </svg>
        <span className={styles.number}>{text}</span>
      </div>
      {caption ? <figcaption className={styles.caption}>{caption}</figcaption> : null}
    </figure>
  );
}
