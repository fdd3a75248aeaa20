/**
 * The import's two steps. `previewImport` parses the pasted or uploaded text and says, line by line,
 * what would be imported; `confirmImport` parses the same text again (never a copy the browser kept)
 * and saves every question in one transaction, or nothing when any line has a problem.
 */
// Holds answer keys: a client component importing this must fail the build.
import "server-only";
import type { Database } from "../../db/create-client";
import type { Actor } from "../../auth/policy";
import { createTeacherQuestions } from "../authoring/teacher-questions";
import { importCsv } from "./csv-import";
import { importGift } from "./gift-import";
import { importIsReady, MAX_IMPORT_BYTES, type ImportContext, type ImportFormat, type ImportResult } from "./import-types";

export function sourceTooLarge(source: string): boolean {
  return Buffer.byteLength(source, "utf8") > MAX_IMPORT_BYTES;
}

export function previewImport(format: ImportFormat, source: string, context: ImportContext): ImportResult {
  if (sourceTooLarge(source)) {
    return {
      lines: [],
      questions: [],
      fileProblems: [{ line: null, problem: "The file is larger than 1 MB.", expected: "a file of at most 1 MB; split it into several imports" }],
    };
  }
  if (source.trim() === "") {
    return { lines: [], questions: [], fileProblems: [{ line: null, problem: "There is nothing to import.", expected: "GIFT or CSV text, pasted or uploaded" }] };
  }
  return format === "gift" ? importGift(source, context) : importCsv(source, context);
}

export type ConfirmOutcome = { ok: true; ids: string[] } | { ok: false; result: ImportResult };

export async function confirmImport(db: Database, actor: Actor, format: ImportFormat, source: string, context: ImportContext): Promise<ConfirmOutcome> {
  const result = previewImport(format, source, context);
  if (!importIsReady(result)) return { ok: false, result };
  return { ok: true, ids: await createTeacherQuestions(db, actor, result.questions) };
}
