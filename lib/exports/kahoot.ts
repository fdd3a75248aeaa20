/**
 * Kahoot's spreadsheet import (.xlsx), laid out as Kahoot's quiz template: a title, the column
 * headings on row 8 (Question, Answer 1–4, Time limit, Correct answer(s)) and one question per row
 * from row 9, numbered in column A. Written with exceljs's streaming writer, row by row.
 *
 * Kahoot holds quiz questions only: 2 to 4 answers, a question of at most 120 characters and
 * answers of at most 75. A question that does not fit is left out with the reason, never shortened.
 * Kahoot has no place for explanations or sources.
 */
import ExcelJS from "exceljs";
import { PassThrough, type Readable } from "node:stream";
import type { Question } from "../questions/types";
import { doesNotFit, FITS, type ExportContext, type Fit } from "./shared";

export const KAHOOT_QUESTION_MAX = 120;
export const KAHOOT_ANSWER_MAX = 75;
export const KAHOOT_TIME_LIMITS = [5, 10, 20, 30, 60, 90, 120, 240] as const;
/** Row of the column headings in Kahoot's template; questions start on the next row. */
export const KAHOOT_HEADER_ROW = 8;
export const KAHOOT_HEADERS = [
  "#",
  "Question - max 120 characters",
  "Answer 1 - max 75 characters",
  "Answer 2 - max 75 characters",
  "Answer 3 - max 75 characters",
  "Answer 4 - max 75 characters",
  "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
  "Correct answer(s) - choose at least one",
];

interface KahootRow {
  question: string;
  answers: string[];
  correct: number[];
  seconds: (typeof KAHOOT_TIME_LIMITS)[number];
}

function kahootRow(question: Question): KahootRow | null {
  if (question.type === "true-false") {
    return { question: question.prompt, answers: ["True", "False"], correct: [question.answer.value ? 1 : 2], seconds: timeLimit(question) };
  }
  if (question.type !== "multiple-choice") return null;
  const correct = new Set(question.answer.correct);
  return {
    question: question.prompt,
    answers: question.options.map((o) => o.text),
    correct: question.options.flatMap((o, i) => (correct.has(o.id) ? [i + 1] : [])),
    seconds: timeLimit(question),
  };
}

/** Harder and longer questions get more time; always one of Kahoot's allowed limits. */
function timeLimit(question: Question): KahootRow["seconds"] {
  const base = question.difficulty === 1 ? 20 : question.difficulty === 2 ? 30 : 60;
  return question.prompt.length > 80 && base < 60 ? (base === 20 ? 30 : 60) : base;
}

export function kahootFit(question: Question): Fit {
  const row = kahootRow(question);
  if (!row) return doesNotFit("Kahoot's spreadsheet import holds only quiz questions with 2 to 4 answers.");
  if (row.question.length > KAHOOT_QUESTION_MAX) return doesNotFit(`The question is longer than Kahoot's ${KAHOOT_QUESTION_MAX} characters.`);
  if (row.answers.length < 2 || row.answers.length > 4) return doesNotFit(`Kahoot takes 2 to 4 answers; this question has ${row.answers.length}.`);
  if (row.answers.some((a) => a.length > KAHOOT_ANSWER_MAX)) return doesNotFit(`An answer is longer than Kahoot's ${KAHOOT_ANSWER_MAX} characters.`);
  return FITS;
}

/** The workbook as a stream (call with questions that fit). */
export function kahootStream(questions: readonly Question[], context: ExportContext): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet("Sheet1");
  const write = async () => {
    sheet.getRow(1).values = ["", `${context.title} (for Kahoot's spreadsheet import)`];
    sheet.getRow(1).commit();
    sheet.getRow(KAHOOT_HEADER_ROW).values = KAHOOT_HEADERS;
    sheet.getRow(KAHOOT_HEADER_ROW).commit();
    questions.forEach((question, index) => {
      const row = kahootRow(question)!;
      const answers = [0, 1, 2, 3].map((i) => row.answers[i] ?? null);
      const excelRow = sheet.getRow(KAHOOT_HEADER_ROW + 1 + index);
      excelRow.values = [index + 1, row.question, ...answers, row.seconds, row.correct.join(",")];
      excelRow.commit();
    });
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
}
