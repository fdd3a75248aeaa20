/**
 * The question spreadsheet (CSV): one row per question with exactly the columns of
 * lib/questions/csv-layout.ts, which the teachers' import reads. Written as every CSV of the app
 * is (lib/teaching/csv.ts): UTF-8 BOM, CRLF, quoting, and a guard against formula injection.
 */
import { CSV_COLUMN_NAMES, joinListCell, PAIR_SEPARATOR, type CsvColumnName } from "../questions/csv-layout";
import type { Question } from "../questions/types";
import { CSV_BOM, csvRow, type CsvValue } from "../teaching/csv";
import { citationsText, type ExportContext } from "./shared";

export function questionCsvHeader(): string {
  return CSV_BOM + csvRow(CSV_COLUMN_NAMES);
}

function typeColumns(question: Question): Partial<Record<CsvColumnName, CsvValue>> {
  switch (question.type) {
    case "multiple-choice": {
      const correct = new Set(question.answer.correct);
      return {
        choices: joinListCell(question.options.map((o) => o.text)),
        correct_choices: joinListCell(question.options.filter((o) => correct.has(o.id)).map((o) => o.text)),
        select_many: question.selectMany ? "yes" : "no",
      };
    }
    case "true-false":
      return { statement_true: question.answer.value ? "true" : "false" };
    case "ordering":
      return { order_items: joinListCell(question.answer.order.map((id) => question.options.find((o) => o.id === id)?.text ?? id)) };
    case "matching": {
      const used = new Set(Object.values(question.answer.pairs));
      return {
        match_pairs: joinListCell(
          question.premises.map((p) => `${p.text}${PAIR_SEPARATOR}${question.options.find((o) => o.id === question.answer.pairs[p.id])?.text ?? ""}`),
        ),
        extra_match_options: joinListCell(question.options.filter((o) => !used.has(o.id)).map((o) => o.text)),
      };
    }
    case "typed":
      return { accepted_answers: joinListCell([...new Set([question.answer.text, ...question.accept])]) };
    case "numeric":
      return { number: question.answer.value, min: question.answer.min, max: question.answer.max, unit: question.unit };
    case "map-pin":
      return {
        lat: question.answer.lat,
        lon: question.answer.lon,
        full_credit_km: question.answer.fullCreditKm,
        partial_credit_km: question.answer.partialCreditKm,
        place_name: question.answer.placeName,
      };
  }
}

export function questionCsvRow(question: Question, context: ExportContext): string {
  const values: Partial<Record<CsvColumnName, CsvValue>> = {
    id: question.id,
    type: question.type,
    category: question.category,
    skill: question.skill,
    difficulty: question.difficulty,
    prompt: question.prompt,
    explanation: question.explanation,
    citation: citationsText(question.sources, context.sourceTitles),
    topics: joinListCell(question.topics),
    ...typeColumns(question),
  };
  return csvRow(CSV_COLUMN_NAMES.map((name) => values[name] ?? null));
}
