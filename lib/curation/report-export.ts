/**
 * Reports on generated questions for the content authors (npm run reports:export): one CSV row per
 * question and reason with how many students sent it, their comments, and the first and last date.
 * Teachers' own questions are left out: their authors see those reports in the app. Dismissed
 * reports are left out too: a teacher looked and found nothing wrong.
 *
 * No "server-only" marker: the command-line script imports it. It reads no session and writes nothing.
 */
import Papa from "papaparse";
import type { Database } from "../db/create-client";
import { loadKnowledgeBase } from "../content/load-knowledge-base";
import { generateQuestionBank } from "../questions/bank";
import { TEACHER_QUESTION_PREFIX } from "./question-ids";

export const REPORT_EXPORT_COLUMNS = ["question id", "prompt", "reason", "comment", "count", "first reported", "last reported"] as const;

export interface ReportExportRow {
  questionId: string;
  prompt: string;
  reason: string;
  comments: string[];
  count: number;
  first: Date;
  last: Date;
}

/** Reports on bank questions, grouped by question and reason, most reported first. */
export async function loadGeneratedQuestionReports(db: Database): Promise<ReportExportRow[]> {
  // The bank as the server builds it (lib/questions/load-bank.ts is server-only; this runs from the command line too).
  const prompts = new Map(generateQuestionBank(loadKnowledgeBase()).questions.map((q) => [q.id, q.prompt]));
  const reports = await db.questionReport.findMany({
    where: { status: { not: "dismissed" }, NOT: { questionId: { startsWith: TEACHER_QUESTION_PREFIX } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { questionId: true, reason: true, comment: true, createdAt: true },
  });
  const groups = new Map<string, ReportExportRow>();
  for (const report of reports) {
    const key = `${report.questionId}\n${report.reason}`;
    let row = groups.get(key);
    if (!row) {
      row = {
        questionId: report.questionId,
        prompt: prompts.get(report.questionId) ?? "(no longer in the question bank)",
        reason: report.reason,
        comments: [],
        count: 0,
        first: report.createdAt,
        last: report.createdAt,
      };
      groups.set(key, row);
    }
    row.count++;
    if (report.comment) row.comments.push(report.comment);
    if (report.createdAt < row.first) row.first = report.createdAt;
    if (report.createdAt > row.last) row.last = report.createdAt;
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.questionId.localeCompare(b.questionId) || a.reason.localeCompare(b.reason));
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** A spreadsheet would run a cell starting with = + - @ (or tab/CR) as a formula: show it as text (as lib/teaching/csv.ts does). */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The CSV: a byte-order mark for Excel, CRLF line ends, every text cell guarded. */
export function reportsToCsv(rows: readonly ReportExportRow[]): string {
  const data = rows.map((row) => [
    guardFormula(row.questionId),
    guardFormula(row.prompt),
    guardFormula(row.reason),
    guardFormula(row.comments.join(" | ")),
    row.count,
    row.first.toISOString(),
    row.last.toISOString(),
  ]);
  return `\uFEFF${Papa.unparse({ fields: [...REPORT_EXPORT_COLUMNS], data }, { newline: "\r\n" })}\r\n`;
}
