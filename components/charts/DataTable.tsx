import styles from "./Chart.module.css";
import { VisuallyHidden } from "@/components/ui/VisuallyHidden";

/** The table alternative every chart carries: closed by default, readable by anyone who opens it. */
export function DataTable({
  title,
  columns,
  rows,
}: {
  title: string;
  /** Column headers; the first is the row header. Columns after the first are right-aligned numbers. */
  columns: string[];
  rows: string[][];
}) {
  return (
    <details className={styles.details}>
      <summary>Table: {title}</summary>
      <table>
        <VisuallyHidden as="caption">{title}</VisuallyHidden>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={c} scope="col" className={i > 0 ? styles.num : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={i} className={styles.num}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
