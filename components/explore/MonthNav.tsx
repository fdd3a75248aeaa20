import Link from "@/components/layout/Link";
import { SelectField } from "@/components/ui/FormField";
import { VisuallyHidden } from "@/components/ui/VisuallyHidden";
import styles from "./Explore.module.css";

/**
 * The month slider without JavaScript: previous and next links and a month
 * list in a GET form, so the month lives in the address and every step is a
 * plain page load that works from the keyboard.
 */
export function MonthNav({
  month,
  months,
  previous,
  next,
  action,
  hrefFor,
  hidden,
}: {
  month: string;
  months: { value: string; label: string }[];
  previous: string | null;
  next: string | null;
  /** The page the month list submits to: the map or its list of places. */
  action: string;
  hrefFor: (month: string) => string;
  /** Other filters the form keeps when the month changes. */
  hidden: Record<string, string | undefined>;
}) {
  const labelOf = (m: string) => months.find((o) => o.value === m)?.label ?? m;
  return (
    <form method="get" action={action} className={styles.monthNav} aria-label="Choose the month">
      {Object.entries(hidden).map(([name, value]) => value && <input key={name} type="hidden" name={name} value={value} />)}
      {previous ? (
        <Link href={hrefFor(previous)} className={styles.monthStep} rel="prev">
          <span aria-hidden="true">←&nbsp;</span>
          <VisuallyHidden>Previous month: </VisuallyHidden>
          {labelOf(previous)}
        </Link>
      ) : (
        <span className={styles.monthStep} aria-disabled="true">
          <span aria-hidden="true">←&nbsp;</span>First month
        </span>
      )}
      {next ? (
        <Link href={hrefFor(next)} className={styles.monthStep} rel="next">
          <VisuallyHidden>Next month: </VisuallyHidden>
          {labelOf(next)}
          <span aria-hidden="true">&nbsp;→</span>
        </Link>
      ) : (
        <span className={styles.monthStep} aria-disabled="true">
          Last month<span aria-hidden="true">&nbsp;→</span>
        </span>
      )}
      {/* Keyed by month: a client-side step to the next month keeps the element, and with it the old choice. */}
      <SelectField key={month} id="map-month" name="month" label="Month" value={month} options={months} />
      <button type="submit" className="button">
        Show month
      </button>
    </form>
  );
}
