/**
 * The student's newest attempt still running, for "continue where you left off" on the student
 * home page. The rules every attempt operation keeps: attempt-record.ts.
 */
import "server-only";
import type { Database } from "../db/create-client";
import { resolveQuestions, titleOf } from "./attempt-record";
import { pastDeadline } from "./attempt-rules";
import { assignmentTimingSelect, deadlineFor } from "./attempt-timing";

export interface UnfinishedAttempt {
  id: string;
  startedAt: Date;
  title: string;
  answered: number;
  total: number;
}

/** The newest attempt still running, for "continue where you left off". */
export async function latestUnfinishedAttempt(
  db: Database,
  userId: string,
  now = new Date(),
): Promise<UnfinishedAttempt | null> {
  const candidates = await db.attempt.findMany({
    where: { userId, status: "in-progress" },
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    take: 5,
    select: {
      id: true,
      startedAt: true,
      deadlineAt: true,
      setDefinition: true,
      questionIds: true,
      assignment: { select: assignmentTimingSelect(userId) },
      _count: { select: { responses: true } },
    },
  });
  for (const a of candidates) {
    if (pastDeadline(deadlineFor(a, a.assignment), now)) continue;
    return {
      id: a.id,
      startedAt: a.startedAt,
      title: titleOf(a.setDefinition, a.assignment?.title),
      answered: a._count.responses,
      total: (await resolveQuestions(db, a.questionIds)).questions.length,
    };
  }
  return null;
}
