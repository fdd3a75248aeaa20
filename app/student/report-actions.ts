"use server";

import { requireAccess } from "@/lib/auth/authorize";
import { submitQuestionReport } from "@/lib/curation/reports";
import { db } from "@/lib/db/client";
import { formFrom, nextVersion, textField } from "@/lib/forms/action-input";

export interface ReportFormState {
  version: number;
  status: "idle" | "sent" | "already-reported" | "invalid";
  errors: Partial<Record<"reason" | "comment" | "form", string>>;
}

/** A student reports a problem with a question whose feedback they have seen (lib/curation/reports.ts). */
export async function reportQuestionAction(previous: ReportFormState | null, input: FormData): Promise<ReportFormState> {
  const user = await requireAccess("study:use", "/student");
  const form = formFrom(input);
  const version = nextVersion(previous);
  const result = await submitQuestionReport(db(), user, {
    questionId: textField(form, "questionId"),
    reason: textField(form, "reason"),
    comment: textField(form, "comment"),
    attemptId: textField(form, "attemptId"),
  });
  if (!result.ok) return { version, status: "invalid", errors: result.errors };
  return { version, status: result.outcome, errors: {} };
}
