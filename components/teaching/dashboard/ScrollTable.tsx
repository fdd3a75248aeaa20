import type { ReactNode } from "react";
import styles from "./Dashboard.module.css";

/** A wide table that scrolls sideways on small screens; focusable (tabIndex 0) so keyboard users can scroll it. */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={styles.scroll} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
