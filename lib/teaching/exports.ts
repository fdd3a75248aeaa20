/**
 * CSV exports of a class for its teacher (see csv.ts for the format rules).
 *
 * - Gradebook: one row per student who is or was enrolled, one column per
 *   assignment (by due date) holding the best finished attempt's score in
 *   percent, blank when there is none; then one column per ended live session
 *   (by end time) holding the student's score in percent, blank when they did
 *   not join. Guests of a live session are never in the gradebook.
 * - Responses: one row per answer, from the class's assignment attempts and
 *   the practice attempts of the students enrolled now. Streamed: attempts are
 *   read a page at a time (keyset pagination on the attempt id) and their
 *   answers written out before the next page is read, so a class with
 *   hundreds of thousands of answers never sits in memory at once.
 */
import "server-only";
import type { Actor } from "../auth/policy";
import type { Database } from "../db/create-client";
import { questionLookupFor } from "../curation/question-source";
import { attachmentDisposition, CSV_BOM, CSV_CONTENT_TYPE, csvRow, fileSlug } from "./csv";
import { describeAnswer } from "./dashboards/answer-text";
import { requireOwnClass } from "../classes/class-access";
import { loadClassResults } from "./dashboards/shared";
import { loadLiveGradebook } from "../live/live-results";

export interface CsvDownload {
  filename: string;
  /** Content-Disposition header value. */
  disposition: string;
}

/** An export as the HTTP download a route handler answers with; never cached, since it names students. */
export function csvDownloadResponse(csv: CsvDownload, content: string | ReadableStream<Uint8Array>): Response {
  return new Response(content, {
    headers: {
      "Content-Type": CSV_CONTENT_TYPE,
      "Content-Disposition": csv.disposition,
      "Cache-Control": "private, no-store",
    },
  });
}

function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function download(kind: string, className: string, now: Date): CsvDownload {
  const filename = `${kind}-${fileSlug(className)}-${utcDay(now)}.csv`;
  return { filename, disposition: attachmentDisposition(filename) };
}

function roundPercent(fraction: number): number {
  return Math.round(fraction * 1000) / 10;
}

export const GRADEBOOK_FIXED_COLUMNS = ["Name", "Email", "Enrolment"] as const;

export async function gradebookCsv(
  db: Database,
  actor: Actor,
  classId: string,
  now: Date = new Date(),
): Promise<CsvDownload & { body: string }> {
  const klass = await requireOwnClass(db, actor, classId);
  const enrollments = await db.enrollment.findMany({
    where: { classId },
    orderBy: [{ student: { name: "asc" } }, { studentId: "asc" }],
    select: { removedAt: true, student: { select: { id: true, name: true, email: true } } },
  });
  const [{ assignments, cells }, live] = await Promise.all([
    loadClassResults(
      db,
      classId,
      enrollments.map((e) => e.student.id),
      now,
    ),
    loadLiveGradebook(db, actor, classId),
  ]);
  const titleCount = new Map<string, number>();
  for (const a of assignments) titleCount.set(a.title, (titleCount.get(a.title) ?? 0) + 1);
  const header = [
    ...GRADEBOOK_FIXED_COLUMNS,
    ...assignments.map((a) => ((titleCount.get(a.title) ?? 0) > 1 ? `${a.title} (due ${utcDay(a.dueAt)})` : a.title)),
    ...liveColumnHeadings(live.sessions),
  ];
  let body = CSV_BOM + csvRow(header);
  for (const { student, removedAt } of enrollments) {
    body += csvRow([
      student.name,
      student.email,
      removedAt ? `removed ${utcDay(removedAt)}` : "enrolled",
      ...assignments.map((a) => {
        const best = cells.get(a.id)?.get(student.id)?.best;
        return best === null || best === undefined ? null : roundPercent(best);
      }),
      ...live.sessions.map((session) => {
        const score = live.scores.get(session.id)?.get(student.id);
        return score === undefined ? null : roundPercent(score);
      }),
    ]);
  }
  return { ...download("gradebook", klass.name, now), body };
}

/**
 * "Live: <title> (<day>)" per ended live session; two sessions of one title on one day get their
 * end time too, so every column is told apart. Pure.
 */
export function liveColumnHeadings(sessions: readonly { title: string; endedAt: Date }[]): string[] {
  const dayHeading = (s: { title: string; endedAt: Date }) => `Live: ${s.title} (${utcDay(s.endedAt)})`;
  const count = new Map<string, number>();
  for (const s of sessions) count.set(dayHeading(s), (count.get(dayHeading(s)) ?? 0) + 1);
  return sessions.map((s) =>
    (count.get(dayHeading(s)) ?? 0) > 1 ? `Live: ${s.title} (${s.endedAt.toISOString().slice(0, 16).replace("T", " ")} UTC)` : dayHeading(s),
  );
}

export const RESPONSES_HEADER = [
  "Student",
  "Email",
  "Assignment",
  "Question id",
  "Category",
  "Type",
  "Prompt",
  "Answer",
  "Score",
  "Correct",
  "Answered at (UTC)",
  "Time spent (ms)",
] as const;

const ATTEMPT_PAGE = 200;

/**
 * The responses CSV as a byte stream. Checks access before returning, so a
 * refusal is an HttpError the route turns into 403/404, never a broken download.
 */
export async function responsesCsv(
  db: Database,
  actor: Actor,
  classId: string,
  now: Date = new Date(),
): Promise<CsvDownload & { stream: ReadableStream<Uint8Array> }> {
  const klass = await requireOwnClass(db, actor, classId);
  const [enrollments, assignments] = await Promise.all([
    db.enrollment.findMany({
      where: { classId },
      select: { removedAt: true, student: { select: { id: true, name: true, email: true } } },
    }),
    db.assignment.findMany({ where: { classId }, select: { id: true, title: true } }),
  ]);
  const people = new Map(enrollments.map((e) => [e.student.id, e.student]));
  const activeIds = enrollments.filter((e) => e.removedAt === null).map((e) => e.student.id);
  const titles = new Map(assignments.map((a) => [a.id, a.title]));

  const phases = [
    { where: { assignment: { classId } } },
    { where: { kind: "practice", userId: { in: activeIds } } },
  ];
  let phase = 0;
  let cursor: string | null = null;
  let started = false;
  const encoder = new TextEncoder();

  async function nextChunk(): Promise<string | null> {
    if (!started) {
      started = true;
      return CSV_BOM + csvRow(RESPONSES_HEADER);
    }
    while (phase < phases.length) {
      const attempts: { id: string; userId: string; assignmentId: string | null }[] = await db.attempt.findMany({
        where: { ...phases[phase]!.where, ...(cursor ? { id: { gt: cursor } } : {}) },
        orderBy: { id: "asc" },
        take: ATTEMPT_PAGE,
        select: { id: true, userId: true, assignmentId: true },
      });
      if (attempts.length === 0) {
        phase += 1;
        cursor = null;
        continue;
      }
      cursor = attempts[attempts.length - 1]!.id;
      const byId = new Map(attempts.map((a) => [a.id, a]));
      const responses = await db.response.findMany({
        where: { attemptId: { in: attempts.map((a) => a.id) } },
        orderBy: [{ attemptId: "asc" }, { answeredAt: "asc" }, { id: "asc" }],
        select: { attemptId: true, questionId: true, answer: true, score: true, correct: true, answeredAt: true, timeSpentMs: true },
      });
      const findQuestion = await questionLookupFor(db, responses.map((r) => r.questionId));
      let out = "";
      for (const r of responses) {
        const attempt = byId.get(r.attemptId)!;
        const person = people.get(attempt.userId);
        const question = findQuestion(r.questionId);
        let parsed: unknown;
        try {
          parsed = JSON.parse(r.answer);
        } catch {
          parsed = r.answer;
        }
        out += csvRow([
          person?.name ?? "(unknown student)",
          person?.email ?? "",
          attempt.assignmentId ? (titles.get(attempt.assignmentId) ?? "(deleted assignment)") : "practice",
          r.questionId,
          question?.category ?? "",
          question?.type ?? "",
          question?.prompt ?? "(no longer in the question bank)",
          describeAnswer(question, parsed).text,
          Math.round(r.score * 1000) / 1000,
          r.correct,
          r.answeredAt,
          r.timeSpentMs,
        ]);
      }
      if (out !== "") return out;
    }
    return null;
  }

  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const chunk = await nextChunk();
        if (chunk === null) controller.close();
        else controller.enqueue(encoder.encode(chunk));
      } catch (error) {
        console.error(error);
        controller.error(error);
      }
    },
  });
  return { ...download("responses", klass.name, now), stream };
}

/** Reads a whole stream as text (tests, and small classes). */
export async function streamToText(stream: ReadableStream<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let text = "";
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
