import type { ReactNode } from "react";
import styles from "./VisuallyHidden.module.css";

/**
 * Text for screen readers only: the rest of a link's name ("Remove" + " Amal"), a table caption, or a live
 * status line. `as` picks the element, so a caption stays a caption and a status stays a paragraph.
 */
export function VisuallyHidden({
  as: Element = "span",
  role,
  children,
}: {
  as?: "span" | "p" | "caption";
  role?: "status";
  children: ReactNode;
}) {
  return (
    <Element className={styles.visuallyHidden} role={role}>
      {children}
    </Element>
  );
}
