"use server";

import { revalidatePath } from "next/cache";
import { requireAccess } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { existingQuestionId, hideQuestion, unhideQuestion } from "@/lib/curation/hiding";
import { formFrom, textField } from "@/lib/forms/action-input";

export interface HideFormState {
  status: "idle" | "invalid" | "hidden" | "shown";
  /** The message for the reason field, or for the form as a whole. */
  error: string | null;
  reason: string;
}

const detailPath = (questionId: string) => `/teacher/questions/${encodeURIComponent(questionId)}`;

/** Hides the question named by the form for all of the teacher's classes, or updates the reason. */
// The previous state is unused but typed `| null`: a hand-made request may send anything there.
export async function hideQuestionAction(_previous: HideFormState | null, input: FormData): Promise<HideFormState> {
  const user = await requireAccess("teaching:use", "/teacher/questions");
  const form = formFrom(input);
  const reason = textField(form, "reason");
  const result = await hideQuestion(db(), user, textField(form, "questionId"), reason);
  if (!result.ok) return { status: "invalid", error: result.message, reason: reason.slice(0, 400) };
  revalidatePath(detailPath(result.questionId));
  revalidatePath("/teacher/questions");
  return { status: "hidden", error: null, reason: "" };
}

/** Shows the question named by the form to the teacher's students again. */
export async function unhideQuestionAction(_previous: HideFormState | null, input: FormData): Promise<HideFormState> {
  const user = await requireAccess("teaching:use", "/teacher/questions");
  const id = await existingQuestionId(db(), textField(formFrom(input), "questionId"));
  if (!id) return { status: "invalid", error: "That question does not exist.", reason: "" };
  const result = await unhideQuestion(db(), user, id);
  if (!result.ok) return { status: "invalid", error: result.message, reason: "" };
  revalidatePath(detailPath(id));
  revalidatePath("/teacher/questions");
  return { status: "shown", error: null, reason: "" };
}
