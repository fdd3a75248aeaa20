/**
 * One question for the browser's detail page (/teacher/questions/[questionId]): the question with its
 * key, who wrote it, whether the asking teacher hid it, what their own classes did with it (times
 * answered, facility, most common wrong answers). Open reports are listed by components/curation/QuestionReportsPanel.
 *
 * Statistics count only this teacher's classes: answers in attempts at their assignments, and practice
 * answers of students enrolled (not removed) in one of their classes, every version of a teacher's
 * question together. One query on Response(questionId).
 */
import "server-only";
import type { Database } from "../db/create-client";
import { Prisma } from "../generated/sqlite/client";
import { mostCommon } from "../teaching/item-statistics";
import { describeAnswer } from "../teaching/dashboards/answer-text";
import type { Question } from "../questions/types";
import { parseQuestionId, teacherQuestionId } from "./question-ids";
import { loadQuestionsByIds } from "./question-source";

export interface QuestionStatistics {
  answered: number;
  /** Mean score, 0–1; null when nobody answered. */
  facility: number | null;
  /** The commonest wrong answers, written out, with how many gave each. */
  commonWrong: { text: string; count: number }[];
}

export interface QuestionDetail {
  /** Unversioned id. */
  id: string;
  question: Question;
  origin: "generated" | "teacher";
  /** For a teacher's question: its author and current version. */
  teacher: { authorId: string; authorName: string; version: number; archived: boolean } | null;
  hidden: { reason: string | null; at: Date } | null;
  statistics: QuestionStatistics;
}

/** LIKE pattern "tq:<id>@%" with wildcards escaped (ESCAPE '\'): every version of one question. */
function versionsPattern(questionId: string): string {
  return `${teacherQuestionId(questionId).replace(/[\\%_]/g, (c) => `\\${c}`)}@%`;
}

interface AnswerRow {
  questionId: string;
  score: number;
  answer: string;
}

/** Answers to the question (every version of a teacher's question) in `teacherId`'s classes. */
async function classAnswers(db: Database, teacherId: string, id: string): Promise<AnswerRow[]> {
  const parsed = parseQuestionId(id);
  const which =
    parsed.kind === "bank"
      ? Prisma.sql`r."questionId" = ${parsed.id}`
      : Prisma.sql`r."questionId" LIKE ${versionsPattern(parsed.questionId)} ESCAPE '\\'`;
  return db.$queryRaw<AnswerRow[]>`
    SELECT r."questionId" AS "questionId", r."score" AS "score", r."answer" AS "answer"
    FROM "Response" r JOIN "Attempt" a ON a."id" = r."attemptId"
    WHERE ${which}
      AND (
        EXISTS (SELECT 1 FROM "Assignment" s JOIN "Class" c ON c."id" = s."classId"
                WHERE s."id" = a."assignmentId" AND c."teacherId" = ${teacherId})
        OR (a."kind" = 'practice' AND EXISTS (
              SELECT 1 FROM "Enrollment" e JOIN "Class" c ON c."id" = e."classId"
              WHERE e."studentId" = a."userId" AND e."removedAt" IS NULL AND c."teacherId" = ${teacherId}))
      )`;
}

async function statisticsOf(db: Database, teacherId: string, id: string, current: Question): Promise<QuestionStatistics> {
  const rows = await classAnswers(db, teacherId, id);
  if (rows.length === 0) return { answered: 0, facility: null, commonWrong: [] };
  const versions = await loadQuestionsByIds(db, [...new Set(rows.map((r) => r.questionId))]);
  let total = 0;
  const wrong: { key: string; text: string }[] = [];
  for (const row of rows) {
    const score = Number(row.score);
    total += score;
    if (score >= 1) continue;
    let answer: unknown;
    try {
      answer = JSON.parse(row.answer);
    } catch {
      answer = row.answer;
    }
    wrong.push(describeAnswer(versions.get(row.questionId) ?? current, answer));
  }
  return {
    answered: rows.length,
    facility: total / rows.length,
    commonWrong: mostCommon(wrong, 3).map(({ answer, count }) => ({ text: answer.text, count })),
  };
}

/** The detail of one question (bank id or "tq:<id>") for `teacherId`, or null when it does not exist. */
export async function loadQuestionDetail(db: Database, teacherId: string, id: string): Promise<QuestionDetail | null> {
  const parsed = parseQuestionId(id);
  const unversioned = parsed.kind === "bank" ? parsed.id : teacherQuestionId(parsed.questionId);
  const [questions, teacherRow, hide] = await Promise.all([
    loadQuestionsByIds(db, [unversioned]),
    parsed.kind === "teacher"
      ? db.teacherQuestion.findUnique({
          where: { id: parsed.questionId },
          select: { authorId: true, currentVersion: true, archivedAt: true, author: { select: { name: true } } },
        })
      : Promise.resolve(null),
    db.questionHide.findUnique({
      where: { teacherId_questionId: { teacherId, questionId: unversioned } },
      select: { reason: true, createdAt: true },
    }),
  ]);
  const question = questions.get(unversioned);
  if (!question) return null;
  const statistics = await statisticsOf(db, teacherId, unversioned, question);
  return {
    id: unversioned,
    question,
    origin: parsed.kind === "bank" ? "generated" : "teacher",
    teacher: teacherRow
      ? {
          authorId: teacherRow.authorId,
          authorName: teacherRow.author.name,
          version: teacherRow.currentVersion,
          archived: teacherRow.archivedAt !== null,
        }
      : null,
    hidden: hide ? { reason: hide.reason, at: hide.createdAt } : null,
    statistics,
  };
}
