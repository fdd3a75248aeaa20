"use server";

import { revalidatePath } from "next/cache";
import { forbidden, redirect } from "next/navigation";
import { requireAccess } from "@/lib/auth/authorize";
import { HttpError } from "@/lib/errors";
import { authoringCatalog } from "@/lib/curation/authoring/catalog";
import {
  applyRowIntent,
  formValuesFrom,
  questionFromFormValues,
  type QuestionFormErrors,
  type QuestionFormValues,
} from "@/lib/curation/authoring/question-form";
import { archiveTeacherQuestion, createTeacherQuestion, updateTeacherQuestion } from "@/lib/curation/authoring/teacher-questions";
import { parseQuestionId, teacherQuestionId } from "@/lib/curation/question-ids";
import { db } from "@/lib/db/client";
import { formFrom, nextVersion, textField } from "@/lib/forms/action-input";

export interface QuestionFormState {
  /** Changes on every answer, so the form remounts with the returned values as defaults. */
  version: number;
  values: QuestionFormValues;
  errors: QuestionFormErrors;
}

const detailPath = (questionId: string) => `/teacher/questions/${encodeURIComponent(questionId)}`;

/** "tq:<id>" from the form, or null when it is missing or not a teacher question's id. */
function editedQuestionId(form: FormData): string | null {
  const parsed = parseQuestionId(textField(form, "questionId"));
  return parsed.kind === "teacher" && parsed.version === undefined ? teacherQuestionId(parsed.questionId) : null;
}

/**
 * Saves a new question, or the edit of one (the form's questionId). "Add a row" and "Remove" buttons
 * come here too: the form returns with the change and nothing is saved. Bad input → messages beside
 * the fields with what the teacher typed kept; someone else's question → 403.
 */
// The previous state comes from the client and may be anything: only its version is read.
export async function saveQuestionAction(previous: QuestionFormState | null, input: FormData): Promise<QuestionFormState> {
  const form = formFrom(input);
  const questionId = editedQuestionId(form);
  const user = await requireAccess("teaching:use", questionId ? `${detailPath(questionId)}/edit` : "/teacher/questions/new");
  const version = nextVersion(previous);
  const values = formValuesFrom(form);

  const withRowChange = applyRowIntent(values, textField(form, "intent"));
  if (withRowChange) return { version, values: withRowChange, errors: {} };

  const catalog = authoringCatalog();
  const parsed = questionFromFormValues(values, { id: "tq:draft@1", ...catalog });
  if (!parsed.ok) return { version, values, errors: parsed.errors };

  let savedId: string;
  try {
    savedId = questionId
      ? (await updateTeacherQuestion(db(), user, questionId, parsed.question)).questionId
      : await createTeacherQuestion(db(), user, parsed.question);
  } catch (error) {
    // Not the author's (or no such question): the 403 page, as for anyone else's class.
    if (error instanceof HttpError && error.status === 404) forbidden();
    if (error instanceof HttpError) return { version, values, errors: { form: error.message } };
    throw error;
  }
  revalidatePath("/teacher/questions");
  revalidatePath(detailPath(savedId));
  redirect(`${detailPath(savedId)}?saved=1`);
}

/** Deletes (archives) the author's question: never drawn again; past answers keep their version. */
export async function archiveQuestionAction(input: FormData): Promise<void> {
  const form = formFrom(input);
  const questionId = editedQuestionId(form);
  const user = await requireAccess("teaching:use", "/teacher/questions");
  if (!questionId) forbidden();
  try {
    await archiveTeacherQuestion(db(), user, questionId);
  } catch (error) {
    if (error instanceof HttpError) forbidden();
    throw error;
  }
  revalidatePath("/teacher/questions");
  revalidatePath(detailPath(questionId));
  redirect(`${detailPath(questionId)}?archived=1`);
}
