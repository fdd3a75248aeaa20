/**
 * The column table of docs/question-csv.md, written from CSV_COLUMNS so the teachers' page cannot drift
 * from the layout the export writes and the import reads (csv-doc.test.ts compares them).
 */
import { CSV_COLUMNS } from "../../questions/csv-layout";
import { QUESTION_TYPE_LABELS } from "../../taxonomy";
import type { QuestionType } from "../../questions/types";

export function csvColumnTable(): string {
  const rows = CSV_COLUMNS.map((column) => {
    const usedBy = column.usedBy === "all" ? "every question" : column.usedBy.map((t) => QUESTION_TYPE_LABELS[t as QuestionType] ?? t).join(", ");
    return `| \`${column.name}\` | ${usedBy} | ${column.description.replace(/\|/g, "\\|")} |`;
  });
  return ["| column | used by | what goes in it |", "| --- | --- | --- |", ...rows].join("\n");
}
