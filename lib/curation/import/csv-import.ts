/**
 * The question spreadsheet (lib/questions/csv-layout.ts, docs/question-csv.md) → our questions.
 * papaparse reads the CSV; list cells are split with the layout's own helpers, so a file the CSV
 * export wrote imports back unchanged. Rows are numbered as a spreadsheet shows them (header = 1).
 * The id column is not used: every imported row becomes a new question of the importing teacher.
 */
import Papa from "papaparse";
import { SECTION_WORDS } from "../../content/citation-label";
import { CSV_COLUMN_NAMES, PAIR_SEPARATOR, splitListCell } from "../../questions/csv-layout";
import { isQuestionType, type QuestionFormValues } from "../authoring/question-form";
import type { Question } from "../../questions/types";
import { MAX_IMPORT_QUESTIONS, type ImportContext, type ImportResult, type PreviewLine } from "./import-types";
import { errorLine, previewFor, valuesWithDefaults, type Expectations } from "./to-question";

const EXPECT: Expectations = {
  default: "values as docs/question-csv.md describes them",
  prompt: "the question in the prompt column, at most 500 characters",
  explanation: "an explanation column, at most 2000 characters",
  category: "chronology, places, forces or figures",
  skill: "recall, sequence, locate, cause, significance, control, compare-accounts or source",
  difficulty: "1, 2 or 3",
  choices: "at least two choices, and correct_choices copied exactly from them",
  choice: "choices of at most 200 characters each",
  statementTrue: "true or false in statement_true",
  items: "order_items: 2 to 12 items in their correct order, separated by |",
  pairs: "match_pairs: 2 to 12 pairs written left => right, separated by |",
  pair: "match_pairs: each pair written left => right",
  answerText: "accepted_answers: the answer first, then other spellings, separated by |",
  variants: "accepted answers of at most 200 characters each",
  number: "a number in the number column",
  min: "min at or below number",
  max: "max at or above number",
  unit: "a short unit, at most 40 characters",
  lat: "lat: a latitude in decimal degrees inside the map (32 to 38)",
  lon: "lon: a longitude in decimal degrees inside the map (35 to 43)",
  fullCreditKm: "full_credit_km: more than 0",
  partialCreditKm: "partial_credit_km: at least full_credit_km and at most 200",
  placeName: "place_name: the place's name",
  citationDoc: "citation: a document title § section, or free text",
  citationSection: "citation: a section of that document after §",
  topics: "topics: study-set ids separated by |",
};

const yes = (cell: string) => /^(yes|y|true|1)$/i.test(cell.trim());

/**
 * The app's CSVs put ' before a cell that starts like a formula (lib/teaching/csv.ts) so spreadsheets
 * show it as text; the import takes it off again.
 */
function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** "summary box" → "infobox": the export's words back to the content's section names. */
const SECTIONS_BY_WORD: Record<string, string> = Object.fromEntries(Object.entries(SECTION_WORDS).map(([section, word]) => [word, section]));

/**
 * "Document title § section", "Document title, introduction" or "…, summary box" (as the export
 * writes them) → that document when the title is one of ours; anything else is kept as free text.
 * Several citations separated by "; ": the first that names a document is used.
 */
function citationValues(cell: string, context: ImportContext): Partial<QuestionFormValues> {
  const text = cell.trim();
  if (text === "") return {};
  for (const part of text.split(";").map((p) => p.trim())) {
    for (const source of context.sources) {
      const title = source.title.toLocaleLowerCase();
      const lower = part.toLocaleLowerCase();
      if (!lower.startsWith(title)) continue;
      const rest = part.slice(source.title.length).trim();
      if (rest === "") return { citationDoc: source.file };
      if (rest.startsWith("§")) return { citationDoc: source.file, citationSection: rest.slice(1).trim() };
      const section = SECTIONS_BY_WORD[rest.replace(/^,/, "").trim().toLocaleLowerCase()];
      if (section) return { citationDoc: source.file, citationSection: section };
    }
  }
  return { citationText: text };
}

function rowValues(row: Record<string, string>, context: ImportContext): QuestionFormValues | null {
  const cell = (name: (typeof CSV_COLUMN_NAMES)[number]) => unguard((row[name] ?? "").trim());
  const type = cell("type");
  if (!isQuestionType(type)) return null;
  const topics = splitListCell(cell("topics"));
  const values = valuesWithDefaults(context, {
    type,
    prompt: unguard(row.prompt ?? ""),
    explanation: unguard(row.explanation ?? ""),
    ...(cell("category") ? { category: cell("category") } : {}),
    ...(cell("skill") ? { skill: cell("skill") } : {}),
    ...(cell("difficulty") ? { difficulty: cell("difficulty") } : {}),
    ...(topics.length > 0 ? { topics } : {}),
    ...citationValues(cell("citation"), context),
  });
  switch (type) {
    case "multiple-choice": {
      const correct = splitListCell(cell("correct_choices"));
      values.choices = splitListCell(cell("choices")).map((text) => ({ text, correct: correct.includes(text) }));
      values.selectMany = yes(cell("select_many"));
      break;
    }
    case "true-false":
      values.statementTrue = cell("statement_true").toLowerCase();
      break;
    case "ordering":
      values.items = splitListCell(cell("order_items"));
      break;
    case "matching":
      values.pairs = splitListCell(cell("match_pairs")).map((pair) => {
        const at = pair.indexOf(PAIR_SEPARATOR.trim());
        return at === -1 ? { left: pair, right: "" } : { left: pair.slice(0, at).trim(), right: pair.slice(at + 2).trim() };
      });
      values.extraOptions = splitListCell(cell("extra_match_options")).join("\n");
      break;
    case "typed": {
      const accepted = splitListCell(cell("accepted_answers"));
      values.answerText = accepted[0] ?? "";
      values.variants = accepted.slice(1).join("\n");
      break;
    }
    case "numeric":
      Object.assign(values, { number: cell("number"), min: cell("min"), max: cell("max"), unit: cell("unit") });
      break;
    case "map-pin":
      Object.assign(values, {
        lat: cell("lat"),
        lon: cell("lon"),
        fullCreditKm: cell("full_credit_km"),
        partialCreditKm: cell("partial_credit_km"),
        placeName: cell("place_name"),
      });
      break;
  }
  return values;
}

/** Correct choices that are not among the choices: the form cannot show this, so say it here. */
function unmatchedCorrectChoices(row: Record<string, string>): string[] {
  const choices = new Set(splitListCell(row.choices ?? ""));
  return splitListCell(row.correct_choices ?? "").filter((c) => !choices.has(c));
}

export function importCsv(source: string, context: ImportContext): ImportResult {
  const parsed = Papa.parse<Record<string, string>>(source.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (header) => header.trim().toLowerCase(),
  });
  const headers = parsed.meta.fields ?? [];
  const missing = ["type", "prompt"].filter((name) => !headers.includes(name));
  const unknown = headers.filter((name) => !(CSV_COLUMN_NAMES as readonly string[]).includes(name));
  if (missing.length > 0 || unknown.length > 0) {
    return {
      lines: [],
      questions: [],
      fileProblems: [
        {
          line: 1,
          problem:
            missing.length > 0
              ? `The header row has no ${missing.join(" or ")} column.`
              : `The header row has columns the layout does not know: ${unknown.join(", ")}.`,
          expected: `a header row with columns from: ${CSV_COLUMN_NAMES.join(", ")}`,
        },
      ],
    };
  }
  const quoteError = parsed.errors.find((error) => error.type === "Quotes");
  if (quoteError) {
    return {
      lines: [],
      questions: [],
      fileProblems: [
        {
          line: quoteError.row === undefined ? null : quoteError.row + 2,
          problem: "A quoted cell is never closed.",
          expected: "every cell that starts with a double quote to end with one",
        },
      ],
    };
  }
  if (parsed.data.length > MAX_IMPORT_QUESTIONS) {
    return {
      lines: [],
      questions: [],
      fileProblems: [
        { line: null, problem: `The file holds ${parsed.data.length} rows.`, expected: `at most ${MAX_IMPORT_QUESTIONS} per import; split it into several files` },
      ],
    };
  }
  const lines: PreviewLine[] = [];
  const questions: Question[] = [];
  parsed.data.forEach((row, index) => {
    const number = index + 1;
    const line = index + 2;
    const values = rowValues(row, context);
    if (!values) {
      lines.push(
        errorLine(number, line, (row.type ?? "").slice(0, 30) || "(none)", row.prompt ?? "", `Unknown question type “${(row.type ?? "").trim().slice(0, 40)}”.`, "multiple-choice, true-false, ordering, matching, typed, numeric or map-pin"),
      );
      return;
    }
    const result = previewFor(number, line, values, context, EXPECT);
    const stray = values.type === "multiple-choice" ? unmatchedCorrectChoices(row) : [];
    if (stray.length > 0) {
      result.line.status = "error";
      result.line.problems.unshift({ line, problem: `“${stray[0]}” is in correct_choices but not in choices.`, expected: EXPECT.choices! });
    }
    lines.push(result.line);
    if (result.question && stray.length === 0) questions.push(result.question);
  });
  return { lines, questions, fileProblems: [] };
}
