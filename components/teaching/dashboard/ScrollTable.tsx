import type { ReactNode } from "react";
import Link from "@/components/layout/Link";
import { ColumnHeadings, type Column } from "@/components/ui/ColumnHeadings";
import styles from "./Dashboard.module.css";

/** A wide table that scrolls sideways on small screens; focusable (tabIndex 0) so keyboard users can scroll it. */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={styles.scroll} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

/** A column of figures: aligned right, digits of equal width. */
export function numericColumn(label: string): Column {
  return { label, className: styles.num };
}

/** A dashboard table: scrolls sideways, an optional caption, the column headings, then its body (`children`). */
export function DashboardTable(props: { label: string; caption?: string; columns: readonly Column[]; children: ReactNode }) {
  return (
    <ScrollTable label={props.label}>
      <table>
        {props.caption ? (
          <caption className="hint" style={{ textAlign: "left" }}>
            {props.caption}
          </caption>
        ) : null}
        <ColumnHeadings columns={props.columns} />
        {props.children}
      </table>
    </ScrollTable>
  );
}

/** A row's heading cell: its name, linking to its own page, over a line of detail. */
export function LinkedRowHeading({ href, title, detail }: { href: string; title: string; detail: ReactNode }) {
  return (
    <th scope="row">
      <Link href={href}>{title}</Link>
      <br />
      <span className="hint">{detail}</span>
    </th>
  );
}
