"use server";

import { createHash } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireAccess } from "@/lib/auth/authorize";
import { authoringCatalog } from "@/lib/curation/authoring/catalog";
import { confirmImport, previewImport } from "@/lib/curation/import/import-questions";
import {
  importIsReady,
  MAX_IMPORT_BYTES,
  type ImportContext,
  type ImportFormat,
  type ImportProblem,
  type PreviewLine,
} from "@/lib/curation/import/import-types";
import { db } from "@/lib/db/client";
import { formFrom, nextVersion, textField } from "@/lib/forms/action-input";

export interface ImportFormState {
  version: number;
  format: ImportFormat;
  /** The text previewed: echoed back so the confirm step sends it again (and it is parsed again). */
  source: string;
  defaults: ImportContext["defaults"];
  /** Key-free: line, type, start of the prompt, status and problems. */
  lines: PreviewLine[];
  fileProblems: ImportProblem[];
  /** Hash of the previewed text and settings: confirm saves only what was previewed. */
  previewed: string | null;
  ready: boolean;
  notice: string | null;
}

const fingerprint = (format: string, source: string, defaults: ImportContext["defaults"]) =>
  createHash("sha256").update(JSON.stringify([format, source, defaults])).digest("hex");

/** The pasted text, or the uploaded file's text when one was chosen (a file wins: it was chosen last). */
async function sourceFrom(form: FormData): Promise<{ source: string } | { problem: string }> {
  const file = form.get("file");
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_IMPORT_BYTES) return { problem: "The file is larger than 1 MB. Split it into several imports." };
    const bytes = new Uint8Array(await file.arrayBuffer());
    try {
      return { source: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
    } catch {
      return { problem: "The file is not UTF-8 text. Save it as UTF-8 (plain text or CSV) and try again." };
    }
  }
  return { source: textField(form, "source") };
}

/** Preview (nothing saved) or confirm (everything saved in one transaction, or nothing). */
// The previous state comes from the client and may be anything: only its version is read.
export async function importQuestionsAction(previous: ImportFormState | null, input: FormData): Promise<ImportFormState> {
  const user = await requireAccess("teaching:use", "/teacher/questions/import");
  const form = formFrom(input);
  const version = nextVersion(previous);
  const format: ImportFormat = textField(form, "format") === "csv" ? "csv" : "gift";
  const defaults = {
    category: textField(form, "category"),
    skill: textField(form, "skill"),
    difficulty: textField(form, "difficulty") || "2",
    topics: form.getAll("topics").filter((t): t is string => typeof t === "string").slice(0, 50),
  };
  const empty: ImportFormState = { version, format, source: "", defaults, lines: [], fileProblems: [], previewed: null, ready: false, notice: null };
  const read = await sourceFrom(form);
  if ("problem" in read) return { ...empty, fileProblems: [{ line: null, problem: read.problem, expected: "a UTF-8 text file of at most 1 MB" }] };
  const { source } = read;
  const context: ImportContext = { defaults, ...authoringCatalog() };
  const stamp = fingerprint(format, source, defaults);

  if (textField(form, "intent") === "confirm") {
    if (textField(form, "previewed") !== stamp) {
      const result = previewImport(format, source, context);
      return {
        ...empty,
        source,
        lines: result.lines,
        fileProblems: result.fileProblems,
        previewed: stamp,
        ready: importIsReady(result),
        notice: "The text or settings changed since the preview. Check this preview, then confirm again.",
      };
    }
    const outcome = await confirmImport(db(), user, format, source, context);
    if (!outcome.ok) {
      return { ...empty, source, lines: outcome.result.lines, fileProblems: outcome.result.fileProblems, previewed: stamp, ready: false, notice: "Nothing was saved." };
    }
    revalidatePath("/teacher/questions");
    redirect(`/teacher/questions?imported=${outcome.ids.length}`);
  }

  const result = previewImport(format, source, context);
  return { ...empty, source, lines: result.lines, fileProblems: result.fileProblems, previewed: stamp, ready: importIsReady(result), notice: null };
}
