/**
 * Question ids across the app (see the comment above the curation models in prisma/sqlite/schema.prisma):
 * a generated question keeps its bank id; a teacher's question is "tq:<TeacherQuestion.id>" as a whole
 * and "tq:<TeacherQuestion.id>@<version>" for one version. Attempts and responses store the versioned
 * id, hides and custom-set items the unversioned one. Pure, so client and server code can share it.
 */

export const TEACHER_QUESTION_PREFIX = "tq:";

export type ParsedQuestionId =
  | { kind: "bank"; id: string }
  | { kind: "teacher"; questionId: string; version?: number };

// A cuid-like row id: letters, digits, "_" and "-", so an id never smuggles "@" or ":" into a key.
const ROW_ID = /^[A-Za-z0-9_-]{1,64}$/;
const VERSION = /^[1-9][0-9]{0,8}$/;

/** What an id names: a generated question, or a teacher's question (one version of it, or whichever is current). */
export function parseQuestionId(id: string): ParsedQuestionId {
  if (!id.startsWith(TEACHER_QUESTION_PREFIX)) return { kind: "bank", id };
  const rest = id.slice(TEACHER_QUESTION_PREFIX.length);
  const at = rest.indexOf("@");
  const questionId = at === -1 ? rest : rest.slice(0, at);
  const version = at === -1 ? undefined : rest.slice(at + 1);
  // A malformed "tq:" id names no question; treated as a bank id, it simply finds nothing.
  if (!ROW_ID.test(questionId) || (version !== undefined && !VERSION.test(version))) return { kind: "bank", id };
  return version === undefined ? { kind: "teacher", questionId } : { kind: "teacher", questionId, version: Number(version) };
}

/** "tq:<id>" for the question as a whole, "tq:<id>@<version>" for one version. */
export function teacherQuestionId(questionId: string, version?: number): string {
  return version === undefined ? `${TEACHER_QUESTION_PREFIX}${questionId}` : `${TEACHER_QUESTION_PREFIX}${questionId}@${version}`;
}

/** True for any id that names a teacher's question (cheap: checks the prefix only). */
export function isTeacherQuestionId(id: string): boolean {
  return id.startsWith(TEACHER_QUESTION_PREFIX);
}

/** The id hides and custom sets store: a bank id as it is, a teacher's question without its version. */
export function unversionedQuestionId(id: string): string {
  const parsed = parseQuestionId(id);
  return parsed.kind === "bank" ? parsed.id : teacherQuestionId(parsed.questionId);
}
