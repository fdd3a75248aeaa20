/**
 * The app's one question source: generated questions from the in-memory bank and questions teachers
 * wrote, stored as versions in TeacherQuestionVersion (body = the whole `Question` as JSON, with its
 * key). Everything that looks a question up by id goes through here, so a teacher's question renders,
 * grades and counts exactly like a generated one.
 *
 * Bank ids never touch the database: a list holding only bank ids is answered from memory, so the quiz
 * answer path of a bank-only attempt costs no extra query. Teacher ids cost one query for the whole list.
 *
 * Also here: which questions teachers have hidden (QuestionHide, unversioned ids), for the draws of new
 * quizzes and flashcards.
 */
// Holds answer keys: a client component importing this must fail the build.
import "server-only";
import { Prisma } from "../generated/sqlite/client";
import type { Database } from "../db/create-client";
import { findQuestion } from "../questions/load-bank";
import { QUESTION_CATEGORIES, QUESTION_TYPES, type Question } from "../questions/types";
import { isTeacherQuestionId, parseQuestionId, teacherQuestionId, unversionedQuestionId } from "./question-ids";

export {
  isTeacherQuestionId,
  parseQuestionId,
  teacherQuestionId,
  unversionedQuestionId,
  type ParsedQuestionId,
} from "./question-ids";

/**
 * A stored body as a `Question`, or null when it is not one (a row written by hand or by an older
 * format). The authoring code validates the full shape before storing; this re-checks what the
 * quiz, the grader and the public view rely on, so a broken row is skipped rather than crashing a page.
 */
export function parseStoredQuestion(body: string, versionedId: string): Question | null {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const q = value as Record<string, unknown>;
  if (!QUESTION_TYPES.includes(q.type as never) || !QUESTION_CATEGORIES.includes(q.category as never)) return null;
  if (typeof q.prompt !== "string" || typeof q.answer !== "object" || q.answer === null) return null;
  // The id is the row's, whatever the body says, so the key an attempt stores always names this version.
  return {
    explanation: "",
    sources: [],
    topics: [],
    coreIn: [],
    refs: { events: [], places: [], forces: [], figures: [] },
    template: "teacher",
    skill: "recall",
    difficulty: 2,
    ...(q as object),
    id: versionedId,
  } as unknown as Question;
}

interface VersionRow {
  questionId: string;
  version: number | bigint;
  body: string;
  currentVersion: number | bigint;
}

/**
 * The questions these ids name, keyed by the id asked for. Bank ids come from the bank; "tq:<id>@<v>"
 * is that version; "tq:<id>" is the current version (the value's `id` is then the versioned id).
 * Ids that name nothing are left out. At most one query, none for a bank-only list.
 */
export async function loadQuestionsByIds(db: Database, ids: readonly string[]): Promise<Map<string, Question>> {
  const out = new Map<string, Question>();
  const wanted: { asked: string; questionId: string; version?: number }[] = [];
  for (const id of ids) {
    if (out.has(id)) continue;
    const parsed = parseQuestionId(id);
    if (parsed.kind === "bank") {
      const q = findQuestion(parsed.id);
      if (q) out.set(id, q);
    } else {
      wanted.push({ asked: id, questionId: parsed.questionId, version: parsed.version });
    }
  }
  if (wanted.length === 0) return out;

  const questionIds = [...new Set(wanted.map((w) => w.questionId))];
  const versions = [...new Set(wanted.flatMap((w) => (w.version === undefined ? [] : [w.version])))];
  // One query: the asked versions and the current one of each question (archived ones too: past answers need them).
  const rows = await db.$queryRaw<VersionRow[]>`
    SELECT v."questionId" AS "questionId", v."version" AS "version", v."body" AS "body", q."currentVersion" AS "currentVersion"
    FROM "TeacherQuestionVersion" v JOIN "TeacherQuestion" q ON q."id" = v."questionId"
    WHERE v."questionId" IN (${Prisma.join(questionIds)})
      AND (v."version" = q."currentVersion"${versions.length > 0 ? Prisma.sql` OR v."version" IN (${Prisma.join(versions)})` : Prisma.empty})`;
  const byKey = new Map<string, VersionRow>();
  const current = new Map<string, VersionRow>();
  for (const row of rows) {
    byKey.set(`${row.questionId}@${Number(row.version)}`, row);
    if (Number(row.version) === Number(row.currentVersion)) current.set(row.questionId, row);
  }
  for (const w of wanted) {
    const row = w.version === undefined ? current.get(w.questionId) : byKey.get(`${w.questionId}@${w.version}`);
    if (!row) continue;
    const q = parseStoredQuestion(row.body, teacherQuestionId(row.questionId, Number(row.version)));
    if (q) out.set(w.asked, q);
  }
  return out;
}


/**
 * Looks questions up for code that reads many ids (dashboards, exports): the bank synchronously, and
 * teacher questions from one preloaded map. Build it once per request with `questionLookupFor`.
 */
export type QuestionLookup = (id: string) => Question | undefined;

/** A lookup for these ids: the bank's own when none is a teacher's question (no query), else one query. */
export async function questionLookupFor(db: Database, ids: Iterable<string>): Promise<QuestionLookup> {
  const teacherIds = [...new Set([...ids].filter(isTeacherQuestionId))];
  if (teacherIds.length === 0) return findQuestion;
  const teacher = await loadQuestionsByIds(db, teacherIds);
  return (id) => (isTeacherQuestionId(id) ? teacher.get(id) : findQuestion(id));
}

// ---------------------------------------------------------------------------
// Hidden questions

/** Unversioned ids of the questions these teachers have hidden. */
export async function loadHiddenQuestionIds(db: Database, teacherIds: readonly string[]): Promise<Set<string>> {
  if (teacherIds.length === 0) return new Set();
  const rows = await db.questionHide.findMany({
    where: { teacherId: { in: [...new Set(teacherIds)] } },
    select: { questionId: true },
  });
  return new Set(rows.map((r) => r.questionId));
}

/**
 * Unversioned ids hidden from one student: hidden by a teacher of any class the student is enrolled
 * in (not removed). One query.
 */
export async function hiddenForStudent(db: Database, studentId: string): Promise<Set<string>> {
  const rows = await db.questionHide.findMany({
    where: { teacher: { taughtClasses: { some: { enrollments: { some: { studentId, removedAt: null } } } } } },
    select: { questionId: true },
  });
  return new Set(rows.map((r) => r.questionId));
}

/** Whether a question (by any form of its id) is in a set of unversioned hidden ids. */
export function isHidden(hidden: ReadonlySet<string>, questionId: string): boolean {
  if (hidden.size === 0) return false;
  return hidden.has(questionId) || (isTeacherQuestionId(questionId) && hidden.has(unversionedQuestionId(questionId)));
}
