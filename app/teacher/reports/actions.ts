"use server";

import { revalidatePath } from "next/cache";
import { forbidden, redirect } from "next/navigation";
import { forbiddenIfRefused, requireAccess, type SessionUser } from "@/lib/auth/authorize";
import { dismissReport, hideReportedQuestion, requireVisibleReport } from "@/lib/curation/reports";
import { db } from "@/lib/db/client";
import type { Database } from "@/lib/db/create-client";
import { formFrom, recordIdField, textField } from "@/lib/forms/action-input";

const REPORTS_PATH = "/teacher/reports";

/** Where to go back to: one of the teacher's own pages (the reports list or a question's page), else the list. */
function returnPath(form: FormData): string {
  const path = textField(form, "returnTo");
  return /^\/teacher\/[A-Za-z0-9/_%.:@-]{0,300}$/.test(path) && !path.includes("//") ? path : REPORTS_PATH;
}

function withNotice(path: string, notice: string): string {
  return `${path}${path.includes("?") ? "&" : "?"}notice=${notice}`;
}

/**
 * The report named by the form, refused (403 page) unless it comes from a student in one of the
 * signed-in teacher's classes; a missing or malformed id is refused the same way.
 */
async function authorizeReport(form: FormData) {
  const reportId = recordIdField(form, "reportId");
  const user = await requireAccess("teaching:use", REPORTS_PATH);
  if (!reportId) forbidden();
  return { user, report: await forbiddenIfRefused(requireVisibleReport(db(), user, reportId)) };
}

/** Reviews the form's report with `review`, then goes back to where the teacher was, saying what was done. */
async function reviewReport(
  input: FormData,
  review: (database: Database, user: SessionUser, reportId: string) => Promise<unknown>,
  notice: string,
): Promise<void> {
  const form = formFrom(input);
  const { user, report } = await authorizeReport(form);
  await review(db(), user, report.id);
  revalidatePath("/teacher", "layout");
  redirect(withNotice(returnPath(form), notice));
}

export async function dismissReportAction(input: FormData): Promise<void> {
  await reviewReport(input, dismissReport, "report-dismissed");
}

export async function hideReportedQuestionAction(input: FormData): Promise<void> {
  await reviewReport(input, hideReportedQuestion, "question-hidden");
}
