/**
 * Shared reads for the teacher dashboards and exports. Every loader takes the
 * acting user and refuses a class that is not theirs (requireOwnClass: HttpError
 * 404/403): a caller that forgets to check cannot leak another teacher's class.
 *
 * Aggregates run in SQL where rows are many (attempts, responses); the SQL is
 * portable between SQLite and PostgreSQL: quoted identifiers, CASE, COUNT/SUM/
 * MIN/MAX, LENGTH/REPLACE, no date arithmetic (dates are compared in JS, since
 * SQLite keeps them as ISO text and PostgreSQL as timestamps).
 */
import "server-only";
import { effectiveDueAt, pastDeadline } from "../../attempts/attempt-rules";
import type { Database } from "../../db/create-client";

/** A DateTime from a raw query: a Date (PostgreSQL), ISO text (SQLite) or epoch milliseconds. */
export function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value === "number" || typeof value === "bigint") return new Date(Number(value));
  if (typeof value === "string") {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  return null;
}

/** COUNT/SUM come back as BigInt from raw queries; averages as numbers or numeric strings. */
export function toNumber(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const n = typeof value === "bigint" ? Number(value) : Number(value);
  return Number.isFinite(n) ? n : null;
}

/** Number of questions an attempt asked, from its JSON id list. */
export function questionCount(questionIds: string): number {
  try {
    const ids = JSON.parse(questionIds) as unknown;
    return Array.isArray(ids) ? ids.length : 0;
  } catch {
    return 0;
  }
}

export interface StudentRef {
  id: string;
  name: string;
  email: string;
}

export interface AssignmentInfo {
  id: string;
  title: string;
  opensAt: Date;
  dueAt: Date;
  timeZone: string;
}

/** One student's record on one assignment. */
export interface ResultCell {
  attempts: number;
  /** A finished (or time-expired) attempt exists. */
  done: boolean;
  /** Best score of a done attempt, 0..1 (score / questions asked). */
  best: number | null;
  /** Finished after the student's effective due date, or past it without finishing. */
  late: boolean;
  /** Past the student's effective due date without a done attempt. */
  overdue: boolean;
}

export interface ClassResults {
  assignments: AssignmentInfo[];
  /** assignmentId → userId → cell (students with at least one attempt, and overdue ones). */
  cells: Map<string, Map<string, ResultCell>>;
}

interface AggregateRow {
  assignmentId: string;
  userId: string;
  attempts: unknown;
  done: unknown;
  bestScore: unknown;
  mostAnswered: unknown;
  onTime: unknown;
}

/**
 * Every student's result on every assignment of the class, in one grouped
 * query over the class's attempts (one row per student and assignment, no
 * dates: lateness is decided in SQL by comparing finishedAt with the
 * student's effective due date, two stored columns of the same type), plus
 * the few attempts still marked in progress: one past its deadline and grace
 * period counts as ended, as the attempt rules say, even before anything
 * marks it expired (its deadline is never after the due date: on time).
 *
 * Scores are points over the questions asked. Every attempt at an assignment
 * asks the same questions (the attempt service draws them with the
 * assignment's own seed), so the count is read from one attempt per
 * assignment instead of parsing every attempt's id list; the grouped query
 * then reads only the covering index Attempt(assignmentId, userId, status,
 * score, maxScore, finishedAt, startedAt). Should an attempt hold more
 * answers than that count, its answer count is used instead.
 */
export async function loadClassResults(
  db: Database,
  classId: string,
  studentIds: readonly string[],
  now: Date,
): Promise<ClassResults> {
  const [assignments, rows, running, extensionRows, samples] = await Promise.all([
    db.assignment.findMany({
      where: { classId },
      orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
      select: { id: true, title: true, opensAt: true, dueAt: true, timeZone: true },
    }),
    db.$queryRaw<AggregateRow[]>`
      SELECT a."assignmentId" AS "assignmentId", a."userId" AS "userId",
        COUNT(*) AS "attempts",
        SUM(CASE WHEN a."status" <> 'in-progress' THEN 1 ELSE 0 END) AS "done",
        MAX(CASE WHEN a."status" <> 'in-progress' THEN a."score" END) AS "bestScore",
        MAX(a."maxScore") AS "mostAnswered",
        MAX(CASE WHEN a."status" <> 'in-progress' AND a."finishedAt" <= COALESCE(x."dueAt", s."dueAt") THEN 1 ELSE 0 END) AS "onTime"
      FROM "Attempt" a
      JOIN "Assignment" s ON s."id" = a."assignmentId"
      LEFT JOIN "AssignmentExtension" x ON x."assignmentId" = a."assignmentId" AND x."studentId" = a."userId"
      WHERE s."classId" = ${classId}
      GROUP BY a."assignmentId", a."userId"`,
    db.attempt.findMany({
      where: { status: "in-progress", assignment: { classId } },
      select: { assignmentId: true, userId: true, deadlineAt: true, score: true, questionIds: true },
    }),
    db.assignmentExtension.findMany({
      where: { assignment: { classId }, dueAt: { not: null } },
      select: { assignmentId: true, studentId: true, dueAt: true },
    }),
    db.$queryRaw<{ assignmentId: string; questionIds: string | null }[]>`
      SELECT s."id" AS "assignmentId",
        (SELECT a."questionIds" FROM "Attempt" a WHERE a."assignmentId" = s."id" LIMIT 1) AS "questionIds"
      FROM "Assignment" s
      WHERE s."classId" = ${classId}`,
  ]);
  const questionsAsked = new Map(samples.map((s) => [s.assignmentId, s.questionIds ? questionCount(s.questionIds) : 0]));

  const extensions = new Map<string, Map<string, Date>>();
  for (const e of extensionRows) {
    if (!e.dueAt) continue;
    if (!extensions.has(e.assignmentId)) extensions.set(e.assignmentId, new Map());
    extensions.get(e.assignmentId)!.set(e.studentId, e.dueAt);
  }

  const cells = new Map<string, Map<string, ResultCell>>(assignments.map((a) => [a.id, new Map()]));
  for (const row of rows) {
    const byUser = cells.get(row.assignmentId);
    if (!byUser) continue;
    const done = (toNumber(row.done) ?? 0) > 0;
    const total = Math.max(questionsAsked.get(row.assignmentId) ?? 0, toNumber(row.mostAnswered) ?? 0);
    const bestScore = toNumber(row.bestScore) ?? 0;
    byUser.set(row.userId, {
      attempts: toNumber(row.attempts) ?? 0,
      done,
      best: done ? (total > 0 ? bestScore / total : 0) : null,
      late: done && (toNumber(row.onTime) ?? 0) === 0,
      overdue: false,
    });
  }
  for (const attempt of running) {
    if (!attempt.assignmentId || !pastDeadline(attempt.deadlineAt, now)) continue;
    const cell = cells.get(attempt.assignmentId)?.get(attempt.userId);
    if (!cell) continue;
    const total = questionCount(attempt.questionIds);
    const score = total > 0 ? attempt.score / total : 0;
    cell.done = true;
    cell.best = Math.max(cell.best ?? 0, score);
    cell.late = false;
  }

  // Overdue: past the student's due date without a done attempt (including those who never started).
  for (const assignment of assignments) {
    const byUser = cells.get(assignment.id)!;
    const extended = extensions.get(assignment.id);
    for (const studentId of studentIds) {
      const cell = byUser.get(studentId);
      if (cell?.done) continue;
      const due = effectiveDueAt(assignment, { dueAt: extended?.get(studentId) ?? null });
      if (now.getTime() < due.getTime()) continue;
      if (cell) {
        cell.late = true;
        cell.overdue = true;
      } else {
        byUser.set(studentId, { attempts: 0, done: false, best: null, late: true, overdue: true });
      }
    }
  }
  return { assignments, cells };
}

export function average(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Students enrolled now (not removed), by name. */
export function activeStudents(db: Database, classId: string) {
  return db.user.findMany({
    where: { enrollments: { some: { classId, removedAt: null } } },
    select: { id: true, name: true, email: true, lastActiveAt: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
