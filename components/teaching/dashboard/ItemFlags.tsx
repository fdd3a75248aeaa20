import type { ItemFlag } from "@/lib/teaching/item-statistics";
import styles from "./Dashboard.module.css";

export const FLAG_TEXT: Record<ItemFlag, string> = {
  "not-enough-answers": "Not enough answers (fewer than 5) to judge this question",
  "negative-discrimination": "Negative discrimination: students who did well overall got this wrong more often",
  "too-hard": "Very hard: facility below 10%",
  "too-easy": "Very easy: facility above 90%",
};

/** Flags with words and an icon, never colour alone. */
export function ItemFlags({ flags }: { flags: ItemFlag[] }) {
  if (flags.length === 0) return <span>✓ No problems found</span>;
  return (
    <ul className={styles.sources}>
      {flags.map((flag) => (
        <li key={flag} className={flag === "not-enough-answers" ? undefined : styles.flag}>
          {flag === "not-enough-answers" ? "ℹ " : "⚠ "}
          {FLAG_TEXT[flag]}
        </li>
      ))}
    </ul>
  );
}
