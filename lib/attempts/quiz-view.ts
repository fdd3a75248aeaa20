/**
 * An attempt as the quiz page shows it: its questions without keys, options shuffled per attempt,
 * and the answers given so far with their feedback while the policy shows it. The rules every
 * attempt operation keeps: attempt-record.ts.
 */
import "server-only";
import type { Actor } from "../auth/policy";
import type { Database } from "../db/create-client";
import { toPublicQuestion } from "../questions/public-view";
import type { GradeResult, PublicQuestion } from "../questions/types";
import { attemptHeading, loadOwnAttempt, parseStoredJson, regrade, resolveQuestions, withheldFor } from "./attempt-record";
import type { AttemptKind, AttemptStatus } from "./attempt-rules";
import { feedbackVisibleFor, type AssignmentInfo } from "./attempt-timing";

export interface AnsweredItem {
  clientResponseId: string;
  response: unknown;
  /** null while the feedback policy hides it. */
  feedback: GradeResult | null;
}

export interface AttemptView {
  id: string;
  kind: AttemptKind;
  status: AttemptStatus;
  /** Study set title, "Retry: …", "Custom practice", or the assignment's title. */
  title: string;
  assignment: AssignmentInfo | null;
  /** ISO; server-enforced (answers are accepted up to GRACE_SECONDS after it). */
  deadlineAt: string | null;
  /** Key-free, options shuffled per attempt (unless the assignment disables it). */
  questions: PublicQuestion[];
  /** By question id. */
  answered: Record<string, AnsweredItem>;
  feedbackVisible: boolean;
  /** Set when some questions of this attempt are no longer in the question bank. */
  notice: string | null;
}

/** The attempt as the quiz page needs it, without keys. 404 if it is not the user's. */
export async function loadAttemptForStudent(
  db: Database,
  user: Actor,
  attemptId: string,
  now = new Date(),
): Promise<AttemptView> {
  const { attempt, deadline, status } = await loadOwnAttempt(db, user, attemptId, now);
  const visible = feedbackVisibleFor(attempt, status, now);
  const withheld = await withheldFor(db, user, attempt, visible, now);
  const { questions, missing } = await resolveQuestions(db, attempt.questionIds);
  const shuffleSeed =
    attempt.assignment && !attempt.assignment.shuffleOptions ? `assignment:${attempt.assignment.id}` : `${attempt.id}:${attempt.seed}`;
  const byId = new Map(questions.map((q) => [q.id, q]));
  const answered: Record<string, AnsweredItem> = {};
  for (const r of attempt.responses) {
    const question = byId.get(r.questionId);
    if (!question) continue;
    const response = parseStoredJson(r.answer);
    answered[r.questionId] = {
      clientResponseId: r.clientResponseId,
      response,
      feedback: visible && !withheld.ids.has(r.questionId) ? regrade(question, response) : null,
    };
  }
  const heldBack = visible ? questions.filter((q) => withheld.ids.has(q.id)).length : 0;
  return {
    id: attempt.id,
    ...attemptHeading(attempt, missing, heldBack),
    status,
    deadlineAt: deadline?.toISOString() ?? null,
    questions: questions.map((q) => toPublicQuestion(q, shuffleSeed)),
    answered,
    feedbackVisible: visible,
  };
}
