/**
 * What an import produces before anything is saved: one preview line per question in the source,
 * each with the line it starts on and, when it cannot be imported, what is wrong and what was expected.
 * The preview lines are key-free (prompt start and type only), so they can go to the browser; the
 * questions themselves stay on the server and are parsed again from the source text on confirm.
 */
import type { Question } from "../../questions/types";
import type { SourceChoice, StudySetChoice } from "../authoring/question-form";

export const MAX_IMPORT_BYTES = 1024 * 1024;
export const MAX_IMPORT_QUESTIONS = 500;

export type ImportFormat = "gift" | "csv";

export interface ImportProblem {
  /** 1-based line (GIFT) or row (CSV, counting the header as row 1) in the source; null when unknown. */
  line: number | null;
  problem: string;
  expected: string;
}

export interface PreviewLine {
  number: number;
  line: number | null;
  /** Our question type, or what the source called it when we have no such type ("Essay"). */
  type: string;
  promptStart: string;
  status: "ready" | "error";
  problems: ImportProblem[];
}

export interface ImportResult {
  lines: PreviewLine[];
  /** Problems with the file as a whole (syntax, size, count): nothing can be imported. */
  fileProblems: ImportProblem[];
  /** Ready questions, in source order, parallel to the lines whose status is "ready". Server only. */
  questions: Question[];
}

/** What the import page lets the teacher set for every question, since GIFT has no such fields. */
export interface ImportDefaults {
  category: string;
  skill: string;
  difficulty: string;
  topics: string[];
}

export interface ImportContext {
  defaults: ImportDefaults;
  sources: readonly SourceChoice[];
  studySets: readonly StudySetChoice[];
}

export function promptStart(text: string, length = 80): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > length ? `${oneLine.slice(0, length - 1)}…` : oneLine;
}

/** True when the import can be saved: at least one question and every line ready. */
export function importIsReady(result: Pick<ImportResult, "lines" | "fileProblems">): boolean {
  return result.fileProblems.length === 0 && result.lines.length > 0 && result.lines.every((line) => line.status === "ready");
}
