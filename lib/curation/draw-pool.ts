/**
 * What an assignment made from a custom set draws from. Its definition lists question ids, teachers'
 * ones versioned ("tq:<id>@<v>", snapshotted when it was assigned); the bank alone does not hold
 * those, so they join it here. A bank-only request costs no query.
 */
import "server-only";
import type { QuizRequest } from "../attempts/quiz-request";
import type { Database } from "../db/create-client";
import { loadQuestionBank } from "../questions/load-bank";
import type { QuestionBank } from "../questions/types";
import { isTeacherQuestionId, unversionedQuestionId } from "./question-ids";
import { loadQuestionsByIds } from "./question-source";

/**
 * The bank with the teacher questions the request names, and `hidden` (unversioned ids) widened to
 * their versioned ids, so a hidden teacher's question is left out of a new attempt like a generated one.
 */
export async function drawPoolFor(
  db: Database,
  request: QuizRequest,
  hidden: ReadonlySet<string>,
): Promise<{ bank: QuestionBank; exclude: ReadonlySet<string> }> {
  const bank = loadQuestionBank();
  const teacherIds = (request.questionIds ?? []).filter(isTeacherQuestionId);
  if (teacherIds.length === 0) return { bank, exclude: hidden };
  const found = [...(await loadQuestionsByIds(db, teacherIds)).values()];
  const exclude = new Set(hidden);
  for (const question of found) if (hidden.has(unversionedQuestionId(question.id))) exclude.add(question.id);
  return { bank: { version: bank.version, questions: [...bank.questions, ...found] }, exclude };
}
