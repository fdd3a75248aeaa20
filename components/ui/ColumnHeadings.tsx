/** A column heading, with a class when the column needs one (figures aligned right, say). */
export type Column = string | { label: string; className?: string };

/** A table's header row: one `<th scope="col">` per column, in order. */
export function ColumnHeadings({ columns }: { columns: readonly Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) =>
          typeof column === "string" ? (
            <th key={column} scope="col">
              {column}
            </th>
          ) : (
            <th key={column.label} scope="col" className={column.className}>
              {column.label}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}
