import type { ReactNode } from "react";
import styles from "./Badge.module.css";

export type BadgeState = "right" | "partial" | "wrong" | "unanswered";

const LOOK: Record<BadgeState, { icon: string; words: string }> = {
  right: { icon: "✓", words: "Right" },
  partial: { icon: "◐", words: "Partly right" },
  wrong: { icon: "✗", words: "Wrong" },
  unanswered: { icon: "–", words: "Not answered" },
};

/**
 * A small right / partly right / wrong / not answered mark: an icon, words and a colour, so colour is never the
 * only signal. `children` replaces the default words ("Right place", "Belongs at 3").
 */
export function Badge({ state, children }: { state: BadgeState; children?: ReactNode }) {
  const look = LOOK[state];
  return (
    <span className={`${styles.badge} ${styles[state]}`}>
      <span aria-hidden="true">{look.icon}</span> {children ?? look.words}
    </span>
  );
}
