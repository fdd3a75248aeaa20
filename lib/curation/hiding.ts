/**
 * Hiding a question: a teacher takes a question (generated, their own or a colleague's) out of every
 * new quiz, assignment attempt and new flashcard of their students, with an optional reason, and can
 * take it back. Stored per teacher with the unversioned id, so the hide follows the question through
 * edits (docs/decisions/014-teacher-questions-and-hiding.md). Attempts already running keep their
 * questions and recorded answers are never touched: a hide only changes what is drawn next.
 */
import "server-only";
import { isAllowed, type Actor } from "../auth/policy";
import type { Database } from "../db/create-client";
import { findQuestion } from "../questions/load-bank";
import { cleanTextSchema } from "../text/clean-text";
import { parseQuestionId, teacherQuestionId } from "./question-ids";

export const HIDE_REASON_MAX = 300;

export const HideReasonSchema = cleanTextSchema({ field: "The reason" }).max(
  HIDE_REASON_MAX,
  `Keep the reason under ${HIDE_REASON_MAX} characters.`,
);

export type HideResult = { ok: true; questionId: string } | { ok: false; status: 400 | 403 | 404; message: string };

/**
 * The unversioned id of an existing question, or null. A bank id must be in the bank; "tq:<id>" or
 * "tq:<id>@<v>" must name a teacher's question that still exists.
 */
export async function existingQuestionId(db: Database, id: string): Promise<string | null> {
  if (id.length === 0 || id.length > 120) return null;
  const parsed = parseQuestionId(id);
  if (parsed.kind === "bank") return findQuestion(parsed.id) ? parsed.id : null;
  const found = await db.teacherQuestion.findUnique({ where: { id: parsed.questionId }, select: { id: true } });
  return found ? teacherQuestionId(found.id) : null;
}

/** Hides the question for all of `actor`'s classes; hiding it again updates the reason. */
export async function hideQuestion(db: Database, actor: Actor, questionId: string, reason: unknown): Promise<HideResult> {
  if (!isAllowed(actor, "teaching:use")) return { ok: false, status: 403, message: "Only teachers hide questions." };
  const parsedReason = HideReasonSchema.safeParse(typeof reason === "string" ? reason : "");
  if (!parsedReason.success) return { ok: false, status: 400, message: parsedReason.error.issues[0]!.message };
  const id = await existingQuestionId(db, questionId);
  if (!id) return { ok: false, status: 404, message: "That question does not exist." };
  const text = parsedReason.data === "" ? null : parsedReason.data;
  try {
    await db.questionHide.upsert({
      where: { teacherId_questionId: { teacherId: actor.id, questionId: id } },
      create: { teacherId: actor.id, questionId: id, reason: text },
      update: { reason: text },
      select: { id: true },
    });
  } catch (error) {
    // Two hides at once: the other one created the row; set the reason on it.
    if ((error as { code?: string } | null)?.code !== "P2002") throw error;
    await db.questionHide.updateMany({ where: { teacherId: actor.id, questionId: id }, data: { reason: text } });
  }
  return { ok: true, questionId: id };
}

/** Shows the question to `actor`'s students again (nothing to do when it was not hidden). */
export async function unhideQuestion(db: Database, actor: Actor, questionId: string): Promise<HideResult> {
  if (!isAllowed(actor, "teaching:use")) return { ok: false, status: 403, message: "Only teachers hide questions." };
  const parsed = parseQuestionId(questionId);
  const id = parsed.kind === "bank" ? parsed.id : teacherQuestionId(parsed.questionId);
  await db.questionHide.deleteMany({ where: { teacherId: actor.id, questionId: id } });
  return { ok: true, questionId: id };
}
