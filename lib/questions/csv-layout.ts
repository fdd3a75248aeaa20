/**
 * The question spreadsheet's column layout: one row per question, every field in its own column.
 * The CSV export (lib/exports) writes it and the teachers' import (lib/curation) reads it, so a file
 * exported here can be edited in a spreadsheet and imported again. docs/question-csv.md documents it
 * for teachers; keep the two in step.
 *
 * Lists inside a cell (choices, ordered items, pairs, accepted answers, topics) are separated by " | ".
 * A literal "|" inside an item is written "\|", and a literal "\" as "\\".
 */

export interface CsvColumn {
  name: string;
  /** Which question types use it; "all" for every type. */
  usedBy: "all" | readonly string[];
  description: string;
}

export const CSV_COLUMNS = [
  { name: "id", usedBy: "all", description: "The question's id. Leave it empty for a new question; the import gives it one." },
  { name: "type", usedBy: "all", description: "multiple-choice, true-false, ordering, matching, typed, numeric or map-pin." },
  { name: "category", usedBy: "all", description: "chronology, places, forces or figures." },
  { name: "skill", usedBy: "all", description: "recall, sequence, locate, cause, significance, control, compare-accounts or source." },
  { name: "difficulty", usedBy: "all", description: "1, 2 or 3. Empty means 2." },
  { name: "prompt", usedBy: "all", description: "The question as the student reads it." },
  { name: "choices", usedBy: ["multiple-choice"], description: "Every option, separated by |." },
  { name: "correct_choices", usedBy: ["multiple-choice"], description: "The correct options, copied exactly from choices, separated by |." },
  { name: "select_many", usedBy: ["multiple-choice"], description: "yes if the student must pick every correct option; empty or no for one answer." },
  { name: "statement_true", usedBy: ["true-false"], description: "true or false: whether the prompt's statement is true." },
  { name: "order_items", usedBy: ["ordering"], description: "The items in their correct order, separated by |." },
  { name: "match_pairs", usedBy: ["matching"], description: "Each pair as left => right, pairs separated by |." },
  { name: "extra_match_options", usedBy: ["matching"], description: "Optional right-hand options that match nothing, separated by |." },
  { name: "accepted_answers", usedBy: ["typed"], description: "The answer first, then every other accepted spelling, separated by |." },
  { name: "number", usedBy: ["numeric"], description: "The answer shown in feedback." },
  { name: "min", usedBy: ["numeric"], description: "The lowest value that scores; empty means number." },
  { name: "max", usedBy: ["numeric"], description: "The highest value that scores; empty means number." },
  { name: "unit", usedBy: ["numeric"], description: "Shown beside the input, e.g. soldiers or km." },
  { name: "lat", usedBy: ["map-pin"], description: "Latitude of the place, in decimal degrees." },
  { name: "lon", usedBy: ["map-pin"], description: "Longitude of the place, in decimal degrees." },
  { name: "full_credit_km", usedBy: ["map-pin"], description: "A pin within this many km scores full credit." },
  { name: "partial_credit_km", usedBy: ["map-pin"], description: "A pin within this many km scores half credit." },
  { name: "place_name", usedBy: ["map-pin"], description: "The place's name, shown in feedback." },
  { name: "explanation", usedBy: "all", description: "Shown after answering: why the answer is right." },
  { name: "citation", usedBy: "all", description: "Optional: the source, as document title § section, or free text." },
  { name: "topics", usedBy: "all", description: "Optional: study-set ids the question belongs to, separated by |." },
] as const satisfies readonly CsvColumn[];

export type CsvColumnName = (typeof CSV_COLUMNS)[number]["name"];

export const CSV_COLUMN_NAMES: readonly CsvColumnName[] = CSV_COLUMNS.map((column) => column.name);

/** Between items of a list cell. */
export const LIST_SEPARATOR = " | ";
/** Between the two sides of a matching pair. */
export const PAIR_SEPARATOR = " => ";

/** Joins items into one cell, escaping "\" and "|" inside them. */
export function joinListCell(items: readonly string[]): string {
  return items.map((item) => item.replace(/\\/g, "\\\\").replace(/\|/g, "\\|")).join(LIST_SEPARATOR);
}

/** Splits a list cell on unescaped "|", unescaping and trimming each item; empty items are dropped. */
export function splitListCell(cell: string): string[] {
  const items: string[] = [];
  let current = "";
  for (let i = 0; i < cell.length; i++) {
    const char = cell[i]!;
    if (char === "\\" && i + 1 < cell.length) {
      current += cell[++i];
    } else if (char === "|") {
      items.push(current);
      current = "";
    } else {
      current += char;
    }
  }
  items.push(current);
  return items.map((item) => item.trim()).filter((item) => item !== "");
}
