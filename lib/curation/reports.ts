/**
 * Students' reports of bad questions, and what teachers do with them.
 *
 * A student may report a question only after seeing its feedback: they have a response to it in
 * an attempt whose feedback is shown now, and no assignment is holding that question back from them
 * (lib/attempts/withheld-questions.ts). A refusal says only that, so a report never reveals more
 * than the quiz already did. One report per student and question (the unique index), at most
 * REPORTS_PER_HOUR an hour (counted from the rows themselves; docs/decisions/017-custom-sets-and-reports.md).
 *
 * A teacher sees the reports of students enrolled in one of their classes, dismisses them, or hides
 * the question for all their classes (which resolves the report).
 */
import "server-only";
import { z } from "zod";
import { effectiveDueAt, feedbackVisible } from "../attempts/attempt-rules";
import { loadWithheldQuestions } from "../attempts/withheld-questions";
import { HttpError } from "../errors";
import type { Actor } from "../auth/policy";
import type { Database } from "../db/create-client";
import type { Question } from "../questions/types";
import { cleanTextSchema } from "../text/clean-text";
import { isTeacherQuestionId, parseQuestionId, unversionedQuestionId } from "./question-ids";
import { loadQuestionsByIds } from "./question-source";
import { REPORT_REASONS, type ReportReason } from "./report-reasons";

export { REPORT_REASON_LABELS, REPORT_REASONS, type ReportReason } from "./report-reasons";

export const MAX_REPORT_COMMENT_LENGTH = 500;
export const REPORTS_PER_HOUR = 20;
const HOUR_MS = 3_600_000;

export const ReportInputSchema = z.object({
  questionId: z.string().trim().min(1).max(120).regex(/^[A-Za-z0-9:@._-]+$/),
  reason: z.enum(REPORT_REASONS, { error: "Choose what is wrong with the question." }),
  comment: cleanTextSchema({ field: "Your comment", multiline: true }).max(
    MAX_REPORT_COMMENT_LENGTH,
    `Use at most ${MAX_REPORT_COMMENT_LENGTH} characters for your comment.`,
  ),
  attemptId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional(),
});

export type ReportOutcome =
  | { ok: true; outcome: "sent" | "already-reported" }
  | { ok: false; errors: Partial<Record<"reason" | "comment" | "form", string>> };

export const NOT_SEEN_MESSAGE = "You can report a question once you have seen its feedback.";
export const TOO_MANY_MESSAGE = `You have sent ${REPORTS_PER_HOUR} reports in the last hour. Thank you! Please try again later.`;

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "P2002";
}

/**
 * The attempt in which the student saw this question's feedback (the one named first, if it
 * qualifies), or null when they have not seen it.
 */
async function attemptWithVisibleFeedback(
  db: Database,
  studentId: string,
  questionId: string,
  preferredAttemptId: string | undefined,
  now: Date,
): Promise<string | null> {
  const responses = await db.response.findMany({
    where: { questionId, attempt: { userId: studentId } },
    select: {
      attempt: {
        select: {
          id: true,
          kind: true,
          status: true,
          assignment: {
            select: {
              dueAt: true,
              feedbackPolicy: true,
              extensions: { where: { studentId }, select: { dueAt: true } },
            },
          },
        },
      },
    },
    take: 20,
  });
  if (responses.length === 0) return null;
  const visible = responses
    .map((r) => r.attempt)
    .filter((attempt) =>
      feedbackVisible({
        kind: attempt.kind,
        feedbackPolicy: attempt.assignment?.feedbackPolicy,
        attemptFinished: attempt.status !== "in-progress",
        dueAt: attempt.assignment ? effectiveDueAt(attempt.assignment, attempt.assignment.extensions[0] ?? null) : null,
        now,
      }),
    );
  // The named attempt first. An attempt's own view shows its feedback whatever it holds back elsewhere
  // (the quiz page asks the same question with exceptAttemptId), so each candidate is checked that way.
  const candidates = [...visible.filter((a) => a.id === preferredAttemptId), ...visible.filter((a) => a.id !== preferredAttemptId)];
  for (const attempt of candidates.slice(0, 3)) {
    const withheld = await loadWithheldQuestions(db, studentId, now, { exceptAttemptId: attempt.id });
    if (!withheld.ids.has(questionId)) return attempt.id;
  }
  return null;
}

/** A student's report. Bad input and refusals come back as form errors, never as exceptions. */
export async function submitQuestionReport(
  db: Database,
  actor: Actor,
  input: { questionId: unknown; reason: unknown; comment: unknown; attemptId?: unknown },
  now = new Date(),
): Promise<ReportOutcome> {
  if (actor.role !== "student") throw new HttpError(403, "Only students report questions.");
  const parsed = ReportInputSchema.safeParse({
    ...input,
    comment: typeof input.comment === "string" ? input.comment : "",
    attemptId: typeof input.attemptId === "string" && input.attemptId !== "" ? input.attemptId : undefined,
  });
  if (!parsed.success) {
    const errors: Partial<Record<"reason" | "comment" | "form", string>> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] === "reason" || issue.path[0] === "comment" ? issue.path[0] : "form";
      errors[key] ??= key === "form" ? "This report could not be read. Reload the page and try again." : issue.message;
    }
    return { ok: false, errors };
  }
  const { questionId, reason, comment, attemptId } = parsed.data;

  const existing = await db.questionReport.findUnique({
    where: { studentId_questionId: { studentId: actor.id, questionId } },
    select: { id: true },
  });
  if (existing) return { ok: true, outcome: "already-reported" };

  const recent = await db.questionReport.count({
    where: { studentId: actor.id, createdAt: { gt: new Date(now.getTime() - HOUR_MS) } },
  });
  if (recent >= REPORTS_PER_HOUR) return { ok: false, errors: { form: TOO_MANY_MESSAGE } };

  const seenIn = await attemptWithVisibleFeedback(db, actor.id, questionId, attemptId, now);
  if (!seenIn) return { ok: false, errors: { form: NOT_SEEN_MESSAGE } };

  try {
    await db.questionReport.create({
      data: { questionId, studentId: actor.id, reason, comment, attemptId: seenIn, createdAt: now },
    });
  } catch (error) {
    // Sent twice at once: the first one stands.
    if (isUniqueViolation(error)) return { ok: true, outcome: "already-reported" };
    throw error;
  }
  return { ok: true, outcome: "sent" };
}

// ---------------------------------------------------------------------------
// Teachers

/** Reports a teacher may see: from students enrolled (now) in one of the teacher's classes. */
function reportsOfMyStudents(teacherId: string) {
  return { student: { enrollments: { some: { removedAt: null, class: { teacherId } } } } } as const;
}

/** Reports of one question in every version: a bank id, or "tq:<id>" (any "tq:<id>@<v>"). */
function ofQuestion(questionId: string) {
  const unversioned = unversionedQuestionId(questionId);
  return isTeacherQuestionId(unversioned)
    ? { OR: [{ questionId: unversioned }, { questionId: { startsWith: `${unversioned}@` } }] }
    : { questionId: unversioned };
}

export interface TeacherReportView {
  id: string;
  /** Versioned, as reported. */
  questionId: string;
  /** Unversioned: the question browser's id. */
  browserId: string;
  prompt: string | null;
  reason: ReportReason;
  comment: string;
  createdAt: Date;
  studentName: string;
  /** The teacher wrote this question: offer the edit page. */
  authoredByMe: boolean;
  /** The teacher already hides it. */
  hiddenByMe: boolean;
}

function toReason(reason: string): ReportReason {
  return (REPORT_REASONS as readonly string[]).includes(reason) ? (reason as ReportReason) : "other";
}

/** Open reports the teacher may see, newest first; one question's when `questionId` is given. */
export async function listOpenReports(
  db: Database,
  actor: Actor,
  options: { questionId?: string; take?: number } = {},
): Promise<TeacherReportView[]> {
  if (actor.role !== "teacher") throw new HttpError(403, "Only teachers read reports.");
  const rows = await db.questionReport.findMany({
    where: { status: "open", ...reportsOfMyStudents(actor.id), ...(options.questionId ? ofQuestion(options.questionId) : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: options.take ?? 200,
    select: { id: true, questionId: true, reason: true, comment: true, createdAt: true, student: { select: { name: true } } },
  });
  if (rows.length === 0) return [];
  const questions = await loadQuestionsByIds(db, [...new Set(rows.map((r) => r.questionId))]);
  const teacherIds = [...new Set(rows.map((r) => parseQuestionId(r.questionId)).flatMap((p) => (p.kind === "teacher" ? [p.questionId] : [])))];
  const authored = teacherIds.length
    ? await db.teacherQuestion.findMany({ where: { id: { in: teacherIds }, authorId: actor.id }, select: { id: true } })
    : [];
  const mine = new Set(authored.map((q) => `tq:${q.id}`));
  const hides = await db.questionHide.findMany({
    where: { teacherId: actor.id, questionId: { in: [...new Set(rows.map((r) => unversionedQuestionId(r.questionId)))] } },
    select: { questionId: true },
  });
  const hidden = new Set(hides.map((h) => h.questionId));
  return rows.map((row) => {
    const browserId = unversionedQuestionId(row.questionId);
    const question: Question | undefined = questions.get(row.questionId);
    return {
      id: row.id,
      questionId: row.questionId,
      browserId,
      prompt: question?.prompt ?? null,
      reason: toReason(row.reason),
      comment: row.comment,
      createdAt: row.createdAt,
      studentName: row.student.name,
      authoredByMe: mine.has(browserId),
      hiddenByMe: hidden.has(browserId),
    };
  });
}

/** Open reports per question id (as answered), for the item analysis of an assignment. */
export async function countOpenReportsByQuestion(
  db: Database,
  actor: Actor,
  questionIds: readonly string[],
): Promise<Map<string, number>> {
  if (questionIds.length === 0) return new Map();
  const groups = await db.questionReport.groupBy({
    by: ["questionId"],
    where: { status: "open", questionId: { in: [...questionIds] }, ...reportsOfMyStudents(actor.id) },
    _count: { _all: true },
  });
  return new Map(groups.map((g) => [g.questionId, g._count._all]));
}

/** The report, if it comes from a student in one of `actor`'s classes; 404 otherwise (403 for a non-teacher). */
export async function requireVisibleReport(db: Database, actor: Actor, reportId: string) {
  if (actor.role !== "teacher") throw new HttpError(403, "Only teachers review reports.");
  const report = await db.questionReport.findFirst({
    where: { id: reportId, ...reportsOfMyStudents(actor.id) },
    select: { id: true, questionId: true, reason: true, status: true },
  });
  if (!report) throw new HttpError(404, "There is no such report.");
  return report;
}

/** Marks a report dismissed (nothing wrong, or already dealt with). */
export async function dismissReport(db: Database, actor: Actor, reportId: string, now = new Date()): Promise<void> {
  await requireVisibleReport(db, actor, reportId);
  await db.questionReport.update({
    where: { id: reportId },
    data: { status: "dismissed", reviewedAt: now, reviewedById: actor.id },
  });
}

/**
 * Hides the reported question from every class of the teacher (the same QuestionHide row the
 * question browser writes) and resolves this report and the teacher's other open reports of it.
 */
export async function hideReportedQuestion(db: Database, actor: Actor, reportId: string, now = new Date()): Promise<{ questionId: string }> {
  const report = await requireVisibleReport(db, actor, reportId);
  const questionId = unversionedQuestionId(report.questionId);
  await db.$transaction([
    db.questionHide.upsert({
      where: { teacherId_questionId: { teacherId: actor.id, questionId } },
      create: { teacherId: actor.id, questionId, reason: `A student reported it (${report.reason}).` },
      update: {},
    }),
    db.questionReport.updateMany({
      where: { status: "open", ...ofQuestion(questionId), ...reportsOfMyStudents(actor.id) },
      data: { status: "resolved", reviewedAt: now, reviewedById: actor.id },
    }),
  ]);
  return { questionId };
}
