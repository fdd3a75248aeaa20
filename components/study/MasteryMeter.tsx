import { formatMastery, type MasteryConfidence } from "@/lib/progress/mastery";
import styles from "./Study.module.css";

const CONFIDENCE_TEXT: Record<MasteryConfidence, string> = {
  none: "",
  low: " · early estimate",
  medium: "",
  high: "",
};

/** "Mastery 37% · answered 12 of 40" with a small native meter (labelled, so colour is never the only signal). */
export function MasteryMeter({
  label,
  mastery,
  answered,
  available,
  confidence,
}: {
  /** What the meter measures, for its accessible name: the set's title. */
  label: string;
  mastery: number;
  answered: number;
  available: number;
  confidence: MasteryConfidence;
}) {
  const percent = formatMastery(mastery);
  return (
    <div className={styles.meterRow}>
      <meter className={styles.meter} min={0} max={1} value={mastery} aria-label={`Mastery of ${label}: ${percent}`} />
      <span>
        Mastery {percent}
        <span className={styles.meta}>
          {" "}
          · answered {answered} of {available}
          {CONFIDENCE_TEXT[confidence]}
        </span>
      </span>
    </div>
  );
}
