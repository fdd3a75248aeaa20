import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAttemptSummary } from "../../lib/attempts/attempt-summary";
import { finishAttempt } from "../../lib/attempts/finish-attempt";
import { loadAttemptForStudent } from "../../lib/attempts/quiz-view";
import { startAssignmentAttempt, startPracticeAttempt, startRetryOfMissed } from "../../lib/attempts/start-attempt";
import { submitResponse } from "../../lib/attempts/submit-answer";
import { latestUnfinishedAttempt } from "../../lib/attempts/unfinished-attempt";
import { QuizRequestSchema } from "../../lib/attempts/quiz-request";
import { createClass, createUser, enrollStudents } from "../../lib/demo/factories";
import { findQuestion, loadQuestionBank } from "../../lib/questions/load-bank";
import type { Question } from "../../lib/questions/types";
import { rejection } from "../support/http-error";
import { createTestDatabase, testProviders, type TestDatabase } from "../support/test-databases";

const NOW = new Date("2026-03-10T12:00:00Z");
const MINUTE = 60_000;
const later = (ms: number) => new Date(NOW.getTime() + ms);
let counter = 0;
const responseId = () => `resp_${Date.now().toString(36)}_${++counter}`;


function rightAnswer(q: Question): unknown {
  switch (q.type) {
    case "multiple-choice":
      return { selected: q.answer.correct };
    case "true-false":
      return { value: q.answer.value };
    case "ordering":
      return { order: q.answer.order };
    case "matching":
      return { pairs: q.answer.pairs };
    case "typed":
      return { text: q.answer.text };
    case "numeric":
      return { value: q.answer.value };
    case "map-pin":
      return { lat: q.answer.lat, lon: q.answer.lon };
  }
}

/** An answer that earns nothing. */
function wrongAnswer(q: Question): unknown {
  switch (q.type) {
    case "multiple-choice":
      return { selected: [q.options.find((o) => !q.answer.correct.includes(o.id))!.id] };
    case "true-false":
      return { value: !q.answer.value };
    case "ordering":
      return { order: [...q.answer.order].reverse() };
    case "matching": {
      const ids = q.premises.map((p) => q.answer.pairs[p.id]!);
      const wrong = q.options.map((o) => o.id);
      return {
        pairs: Object.fromEntries(q.premises.map((p, i) => [p.id, wrong.find((id) => id !== ids[i]) ?? wrong[0]!])),
      };
    }
    case "typed":
      return { text: "zzqqxx nowhere" };
    case "numeric":
      return { value: q.answer.max + 1_000_000 };
    case "map-pin":
      return { lat: -60, lon: -150 };
  }
}

const SET = "siege-of-wadi-deif";
const TF_AND_MC = QuizRequestSchema.parse({ setId: SET, types: ["true-false", "multiple-choice"], length: 4 });

describe.each(testProviders())("attempts on %s", (provider) => {
  let database: TestDatabase;
  let teacherId: string;
  let classId: string;

  const student = async (name: string) => {
    const user = await createUser(database.db, {
      email: `${name}-${provider}-${++counter}@example.com`,
      name,
      role: "student",
      passwordHash: "not-a-real-hash",
    });
    return { id: user.id, role: "student" as const };
  };
  const enrolled = async (name: string, inClass = classId) => {
    const user = await student(name);
    await enrollStudents(database.db, inClass, [user.id]);
    return user;
  };
  const assignment = async (
    input: Partial<{
      opensAt: Date;
      dueAt: Date;
      attemptLimit: number | null;
      timeLimitSeconds: number | null;
      feedbackPolicy: string;
      shuffleQuestions: boolean;
      shuffleOptions: boolean;
      length: number;
      classId: string;
    }> = {},
  ) =>
    database.db.assignment.create({
      data: {
        classId: input.classId ?? classId,
        title: "Wadi Deif homework",
        setDefinition: JSON.stringify({ setId: SET, types: ["true-false", "multiple-choice"], length: input.length ?? 3 }),
        opensAt: input.opensAt ?? later(-60 * MINUTE),
        dueAt: input.dueAt ?? later(7 * 24 * 60 * MINUTE),
        attemptLimit: input.attemptLimit === undefined ? null : input.attemptLimit,
        timeLimitSeconds: input.timeLimitSeconds ?? null,
        feedbackPolicy: input.feedbackPolicy ?? "immediately",
        shuffleQuestions: input.shuffleQuestions ?? true,
        shuffleOptions: input.shuffleOptions ?? true,
        bankVersion: loadQuestionBank().version,
      },
    });
  const questionsOf = async (attemptId: string) => {
    const row = await database.db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    return (JSON.parse(row.questionIds) as string[]).map((id) => findQuestion(id)!);
  };
  const answer = (user: { id: string; role: "student" }, attemptId: string, q: Question, right: boolean, at = NOW) =>
    submitResponse(
      database.db,
      user,
      attemptId,
      { clientResponseId: responseId(), questionId: q.id, response: right ? rightAnswer(q) : wrongAnswer(q), timeSpentMs: 3000 },
      at,
    );

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    const teacher = await createUser(database.db, {
      email: `teacher-${provider}@example.com`,
      name: "Teacher",
      role: "teacher",
      passwordHash: "not-a-real-hash",
    });
    teacherId = teacher.id;
    classId = (await createClass(database.db, { teacherId, name: "Year 11" })).id;
  });
  afterAll(async () => database?.drop());

  it("starts a practice quiz whose view carries no answer keys", async () => {
    const user = await student("keys");
    const { attemptId } = await startPracticeAttempt(database.db, user, QuizRequestSchema.parse({ setId: SET, length: 10 }), NOW);
    const view = await loadAttemptForStudent(database.db, user, attemptId, NOW);
    expect(view).toMatchObject({ kind: "practice", status: "in-progress", deadlineAt: null, feedbackVisible: true, assignment: null });
    expect(view.title.length).toBeGreaterThan(0);
    expect(view.questions).toHaveLength(10);
    expect(view.answered).toEqual({});
    const json = JSON.stringify(view);
    for (const field of ['"answer"', '"accept"', '"correct"', '"explanation"']) expect(json).not.toContain(field);
    // The bank version the questions came from is on record.
    expect(await database.db.bankVersion.findUnique({ where: { version: loadQuestionBank().version } })).toMatchObject({
      questionCount: loadQuestionBank().questions.length,
    });
    // A reload shows the same questions in the same order with the same option order.
    expect(await loadAttemptForStudent(database.db, user, attemptId, NOW)).toEqual(view);
  });

  it("grades right and wrong answers with feedback and keeps the attempt's score", async () => {
    const user = await student("grades");
    const { attemptId } = await startPracticeAttempt(database.db, user, TF_AND_MC, NOW);
    const [q1, q2] = await questionsOf(attemptId);
    const right = await answer(user, attemptId, q1!, true);
    expect(right).toMatchObject({ recorded: "new", questionId: q1!.id, progress: { answered: 1, total: 4 }, attemptStatus: "in-progress" });
    expect(right.feedback).toMatchObject({ score: 1, correct: true });
    const wrong = await answer(user, attemptId, q2!, false);
    expect(wrong.feedback).toMatchObject({ score: 0, correct: false });
    expect(wrong.feedback!.correctAnswer.length).toBeGreaterThan(0);
    expect(wrong.progress).toEqual({ answered: 2, total: 4 });

    const row = await database.db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(row).toMatchObject({ score: 1, maxScore: 2, status: "in-progress" });
    const stored = await database.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.lastActiveAt?.toISOString()).toBe(NOW.toISOString());
  });

  it("answering every question finishes the attempt", async () => {
    const user = await student("finish-all");
    const { attemptId } = await startPracticeAttempt(database.db, user, TF_AND_MC, NOW);
    const questions = await questionsOf(attemptId);
    let last;
    for (const q of questions) last = await answer(user, attemptId, q, true);
    expect(last).toMatchObject({ attemptStatus: "finished", progress: { answered: 4, total: 4 } });
    const row = await database.db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(row.status).toBe("finished");
    expect(row.finishedAt).not.toBeNull();
    expect(await latestUnfinishedAttempt(database.db, user.id, NOW)).toBeNull();
  });

  it("finishes the attempt when its last two answers arrive together", async () => {
    const user = await student("last-two");
    const { attemptId } = await startPracticeAttempt(database.db, user, QuizRequestSchema.parse({ ...TF_AND_MC, length: 2 }), NOW);
    const [q1, q2] = await questionsOf(attemptId);
    const results = await Promise.all([answer(user, attemptId, q1!, true), answer(user, attemptId, q2!, false)]);
    expect(results.map((r) => r.recorded)).toEqual(["new", "new"]);
    expect(results.some((r) => r.attemptStatus === "finished")).toBe(true);
    expect(await database.db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({
      status: "finished",
      score: 1,
      maxScore: 2,
    });
  });

  it("returns the stored result for a repeated submission and records it once", async () => {
    const user = await student("duplicate");
    const { attemptId } = await startPracticeAttempt(database.db, user, TF_AND_MC, NOW);
    const [q] = await questionsOf(attemptId);
    const body = { clientResponseId: responseId(), questionId: q!.id, response: rightAnswer(q!) };
    const first = await submitResponse(database.db, user, attemptId, body, NOW);
    const again = await submitResponse(database.db, user, attemptId, body, later(5000));
    expect(first.recorded).toBe("new");
    expect(again).toEqual({ ...first, recorded: "duplicate" });
    expect(await database.db.response.count({ where: { attemptId } })).toBe(1);
    expect((await database.db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).maxScore).toBe(1);

    // The same question under a new response id is a conflict, not a second answer.
    const conflict = await rejection(
      submitResponse(database.db, user, attemptId, { ...body, clientResponseId: responseId(), response: wrongAnswer(q!) }, NOW),
    );
    expect(conflict.status).toBe(409);
    expect(conflict.message).toBe("You already answered this question.");
  });

  it("records concurrent identical submissions once, and both succeed", async () => {
    const user = await student("concurrent");
    const { attemptId } = await startPracticeAttempt(database.db, user, TF_AND_MC, NOW);
    const [q] = await questionsOf(attemptId);
    const body = { clientResponseId: responseId(), questionId: q!.id, response: wrongAnswer(q!) };
    const results = await Promise.all([
      submitResponse(database.db, user, attemptId, body, NOW),
      submitResponse(database.db, user, attemptId, body, NOW),
      submitResponse(database.db, user, attemptId, body, NOW),
    ]);
    expect(results.map((r) => r.recorded).sort()).toEqual(["duplicate", "duplicate", "new"]);
    for (const r of results) expect(r.feedback).toMatchObject({ score: 0, correct: false });
    expect(await database.db.response.count({ where: { attemptId } })).toBe(1);
    expect((await database.db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).maxScore).toBe(1);
  });

  it("hides another student's attempt (404) and writes nothing", async () => {
    const owner = await student("owner");
    const intruder = await student("intruder");
    const { attemptId } = await startPracticeAttempt(database.db, owner, TF_AND_MC, NOW);
    const [q] = await questionsOf(attemptId);
    // Thunks, so each call starts only when awaited: promises made up front reject
    // before they are awaited, which Vitest reports as unhandled rejections.
    for (const call of [
      () => answer(intruder, attemptId, q!, true),
      () => loadAttemptForStudent(database.db, intruder, attemptId, NOW),
      () => loadAttemptSummary(database.db, intruder, attemptId, NOW),
      () => finishAttempt(database.db, intruder, attemptId, NOW),
      () => startRetryOfMissed(database.db, intruder, attemptId, NOW),
    ]) {
      const error = await rejection(call());
      expect(error.status).toBe(404);
      expect(error.message).toBe("Attempt not found.");
    }
    expect(await database.db.response.count({ where: { attemptId } })).toBe(0);
    expect((await database.db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).status).toBe("in-progress");
    expect((await rejection(answer(owner, "no-such-attempt", q!, true))).status).toBe(404);
  });

  it("says how long a finished quiz took, and the time does not grow when the results are opened later", async () => {
    const user = await student("timed-summary");
    const { attemptId } = await startPracticeAttempt(database.db, user, TF_AND_MC, NOW);
    const sixMinutes = 6 * 60_000;
    const later = (ms: number) => new Date(NOW.getTime() + ms);
    expect((await loadAttemptSummary(database.db, user, attemptId, later(60_000))).timeTakenMs).toBeNull();
    expect((await finishAttempt(database.db, user, attemptId, later(sixMinutes))).timeTakenMs).toBe(sixMinutes);
    expect((await loadAttemptSummary(database.db, user, attemptId, later(24 * 60 * 60_000))).timeTakenMs).toBe(sixMinutes);
  });

  it("refuses answers to a finished attempt (409)", async () => {
    const user = await student("finished");
    const { attemptId } = await startPracticeAttempt(database.db, user, TF_AND_MC, NOW);
    const [q1, q2] = await questionsOf(attemptId);
    await answer(user, attemptId, q1!, true);
    const summary = await finishAttempt(database.db, user, attemptId, NOW);
    expect(summary).toMatchObject({ status: "finished", answered: 1, total: 4, score: 1 });
    const error = await rejection(answer(user, attemptId, q2!, true));
    expect(error.status).toBe(409);
    expect(error.message).toBe("This attempt is finished.");
    expect(await database.db.response.count({ where: { attemptId } })).toBe(1);
    // Finishing again is harmless.
    expect((await finishAttempt(database.db, user, attemptId, NOW)).status).toBe("finished");
  });

  it("rejects bad input with 400 and stores nothing", async () => {
    const user = await student("bad-input");
    const { attemptId } = await startPracticeAttempt(database.db, user, TF_AND_MC, NOW);
    const inAttempt = await questionsOf(attemptId);
    const tf = inAttempt.find((q) => q.type === "true-false") ?? inAttempt[0]!;
    const outside = loadQuestionBank().questions.find((q) => !inAttempt.some((a) => a.id === q.id))!;
    const cases: [unknown, string][] = [
      [{ clientResponseId: responseId(), questionId: "no-such-question", response: { value: true } }, "not part of this attempt"],
      [{ clientResponseId: responseId(), questionId: outside.id, response: rightAnswer(outside) }, "not part of this attempt"],
      [{ clientResponseId: responseId(), questionId: tf.id, response: { text: "yes" } }, "does not fit"],
      [{ clientResponseId: "short", questionId: tf.id, response: rightAnswer(tf) }, "clientResponseId"],
      [{ questionId: tf.id, response: rightAnswer(tf) }, "clientResponseId"],
      ["not an object", "Invalid answer"],
    ];
    for (const [body, message] of cases) {
      const error = await rejection(submitResponse(database.db, user, attemptId, body, NOW));
      expect(error.status).toBe(400);
      expect(error.message).toContain(message);
    }
    expect(await database.db.response.count({ where: { attemptId } })).toBe(0);
  });

  it("rejects an unknown study set or a request nothing matches with 400", async () => {
    const user = await student("no-match");
    expect((await rejection(startPracticeAttempt(database.db, user, QuizRequestSchema.parse({ setId: "nope" }), NOW))).status).toBe(400);
    const none = QuizRequestSchema.parse({ questionIds: ["missing-1", "missing-2"] });
    const error = await rejection(startPracticeAttempt(database.db, user, none, NOW));
    expect(error.status).toBe(400);
    expect(error.message).toContain("No questions match");
    expect(await database.db.attempt.count({ where: { userId: user.id } })).toBe(0);
  });

  it("resumes where the student left off", async () => {
    const user = await student("resume");
    const { attemptId } = await startPracticeAttempt(database.db, user, TF_AND_MC, NOW);
    const [q1, q2] = await questionsOf(attemptId);
    const first = await answer(user, attemptId, q1!, true);
    await answer(user, attemptId, q2!, false);
    const view = await loadAttemptForStudent(database.db, user, attemptId, later(MINUTE));
    expect(Object.keys(view.answered).sort()).toEqual([q1!.id, q2!.id].sort());
    expect(view.answered[q1!.id]).toMatchObject({ response: rightAnswer(q1!), feedback: first.feedback });
    expect(view.answered[q2!.id]!.feedback).toMatchObject({ correct: false });
    expect(await latestUnfinishedAttempt(database.db, user.id, later(MINUTE))).toMatchObject({
      id: attemptId,
      answered: 2,
      total: 4,
      title: view.title,
    });
  });

  it("keeps the recorded answer to a question the bank has retired, and leaves the question out with a notice", async () => {
    const user = await student("retired");
    const { attemptId } = await startPracticeAttempt(database.db, user, TF_AND_MC, NOW);
    const [q1, q2] = await questionsOf(attemptId);
    await answer(user, attemptId, q1!, true);
    await answer(user, attemptId, q2!, false);
    // An earlier bank asked q1 under an id the current bank no longer has (a retired template).
    const retiredId = "figure-claim-true-false-0000000000";
    const row = await database.db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    const ids = (JSON.parse(row.questionIds) as string[]).map((id) => (id === q1!.id ? retiredId : id));
    await database.db.attempt.update({ where: { id: attemptId }, data: { questionIds: JSON.stringify(ids) } });
    await database.db.response.updateMany({ where: { attemptId, questionId: q1!.id }, data: { questionId: retiredId } });

    const view = await loadAttemptForStudent(database.db, user, attemptId, later(MINUTE));
    expect(view.questions.map((q) => q.id)).not.toContain(retiredId);
    expect(view.questions).toHaveLength(ids.length - 1);
    expect(view.notice).toMatch(/removed from the question bank/);
    expect(Object.keys(view.answered)).toEqual([q2!.id]);
    // The answer itself is never deleted.
    expect(await database.db.response.count({ where: { attemptId, questionId: retiredId } })).toBe(1);
  });

  it("retries exactly the missed questions in a new practice attempt", async () => {
    const user = await student("retry");
    const { attemptId } = await startPracticeAttempt(database.db, user, TF_AND_MC, NOW);
    const [q1, q2, q3, q4] = await questionsOf(attemptId);
    await answer(user, attemptId, q1!, true);
    await answer(user, attemptId, q2!, false);
    await answer(user, attemptId, q3!, false);
    // Still running: nothing to retry yet.
    expect((await rejection(startRetryOfMissed(database.db, user, attemptId, NOW))).status).toBe(409);
    const summary = await finishAttempt(database.db, user, attemptId, NOW);
    // The unanswered fourth question counts as missed too.
    const missedIds = summary.missed.map((m) => m.questionId);
    expect(new Set(missedIds)).toEqual(new Set([q2!.id, q3!.id, q4!.id]));
    expect(summary.missed.find((m) => m.questionId === q4!.id)).toMatchObject({ answered: false, score: 0 });
    for (const m of summary.missed) {
      expect(m.correctAnswer).toBeTruthy();
      expect(m.explanation).toBeTruthy();
    }
    const retry = await startRetryOfMissed(database.db, user, attemptId, later(MINUTE));
    const retryView = await loadAttemptForStudent(database.db, user, retry.attemptId, later(MINUTE));
    expect(retryView.title).toBe(`Retry: ${summary.title}`);
    expect(new Set(retryView.questions.map((q) => q.id))).toEqual(new Set(missedIds));
    expect(retryView.questions).toHaveLength(missedIds.length);
  });

  it("refuses a retry when nothing was missed", async () => {
    const user = await student("perfect");
    const { attemptId } = await startPracticeAttempt(database.db, user, TF_AND_MC, NOW);
    for (const q of await questionsOf(attemptId)) await answer(user, attemptId, q, true);
    const error = await rejection(startRetryOfMissed(database.db, user, attemptId, NOW));
    expect(error.status).toBe(409);
    expect(error.message).toContain("every answer was correct");
  });

  describe("assignments", () => {
    it("starts, resumes the running attempt, and enforces the attempt limit", async () => {
      const user = await enrolled("limit");
      const a = await assignment({ attemptLimit: 1 });
      const first = await startAssignmentAttempt(database.db, user, a.id, NOW);
      const resumed = await startAssignmentAttempt(database.db, user, a.id, later(MINUTE));
      expect(resumed.attemptId).toBe(first.attemptId);
      const view = await loadAttemptForStudent(database.db, user, first.attemptId, NOW);
      expect(view).toMatchObject({ kind: "assignment", title: "Wadi Deif homework", assignment: { id: a.id } });
      expect(view.questions).toHaveLength(3);

      await finishAttempt(database.db, user, first.attemptId, later(2 * MINUTE));
      const error = await rejection(startAssignmentAttempt(database.db, user, a.id, later(3 * MINUTE)));
      expect(error.status).toBe(409);
      expect(error.message).toContain("used all 1 attempt");
      expect(await database.db.attempt.count({ where: { assignmentId: a.id, userId: user.id } })).toBe(1);
    });

    it("gives every student the same questions", async () => {
      const a = await assignment({ length: 5 });
      const [s1, s2] = [await enrolled("same-1"), await enrolled("same-2")];
      const q1 = await questionsOf((await startAssignmentAttempt(database.db, s1, a.id, NOW)).attemptId);
      const q2 = await questionsOf((await startAssignmentAttempt(database.db, s2, a.id, NOW)).attemptId);
      expect(new Set(q1.map((q) => q.id))).toEqual(new Set(q2.map((q) => q.id)));
    });

    it("refuses students outside the class, and before it opens or after it is due", async () => {
      const outsider = await student("outsider");
      const a = await assignment();
      expect((await rejection(startAssignmentAttempt(database.db, outsider, a.id, NOW))).status).toBe(403);
      expect((await rejection(startAssignmentAttempt(database.db, outsider, "no-such-assignment", NOW))).status).toBe(404);

      const user = await enrolled("timing");
      const future = await assignment({ opensAt: later(60 * MINUTE) });
      const notOpen = await rejection(startAssignmentAttempt(database.db, user, future.id, NOW));
      expect(notOpen.status).toBe(403);
      expect(notOpen.message).toBe("This assignment is not open yet.");
      const past = await assignment({ dueAt: later(-MINUTE) });
      expect((await rejection(startAssignmentAttempt(database.db, user, past.id, NOW))).status).toBe(403);
      // An extension reopens it for one student.
      await database.db.assignmentExtension.create({ data: { assignmentId: past.id, studentId: user.id, dueAt: later(60 * MINUTE) } });
      await expect(startAssignmentAttempt(database.db, user, past.id, NOW)).resolves.toHaveProperty("attemptId");
      expect(await database.db.attempt.count({ where: { userId: outsider.id } })).toBe(0);
    });

    it("accepts answers up to the grace period after the time limit, then 403 and expires the attempt", async () => {
      const user = await enrolled("deadline");
      const a = await assignment({ timeLimitSeconds: 300, length: 3 });
      const { attemptId } = await startAssignmentAttempt(database.db, user, a.id, NOW);
      const view = await loadAttemptForStudent(database.db, user, attemptId, NOW);
      expect(view.deadlineAt).toBe(later(5 * MINUTE).toISOString());
      const [q1, q2, q3] = await questionsOf(attemptId);
      await expect(answer(user, attemptId, q1!, true, later(5 * MINUTE + 30_000))).resolves.toMatchObject({ recorded: "new" });
      const late = await rejection(answer(user, attemptId, q2!, true, later(5 * MINUTE + 31_000)));
      expect(late.status).toBe(403);
      expect(late.message).toBe("Time is up: the answer arrived after the deadline.");
      expect((await database.db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).status).toBe("expired");
      expect((await rejection(answer(user, attemptId, q3!, true, later(6 * MINUTE)))).status).toBe(409);
      expect(await database.db.response.count({ where: { attemptId } })).toBe(1);
    });

    it("refuses answers from a student removed from the class mid-attempt, and keeps the earlier ones", async () => {
      const user = await enrolled("removed-mid-attempt");
      const a = await assignment({ length: 3 });
      const { attemptId } = await startAssignmentAttempt(database.db, user, a.id, NOW);
      const [q1, q2] = await questionsOf(attemptId);
      await expect(answer(user, attemptId, q1!, true)).resolves.toMatchObject({ recorded: "new" });
      await database.db.enrollment.updateMany({ where: { classId, studentId: user.id }, data: { removedAt: later(MINUTE) } });
      const refused = await rejection(answer(user, attemptId, q2!, true, later(2 * MINUTE)));
      expect(refused.status).toBe(403);
      expect(refused.message).toContain("no longer in this assignment's class");
      expect(await database.db.response.count({ where: { attemptId } })).toBe(1);
    });

    it("adds an extension's extra seconds to the time limit", async () => {
      const user = await enrolled("extra-time");
      const a = await assignment({ timeLimitSeconds: 300 });
      await database.db.assignmentExtension.create({ data: { assignmentId: a.id, studentId: user.id, extraSeconds: 300 } });
      const { attemptId } = await startAssignmentAttempt(database.db, user, a.id, NOW);
      const [q1] = await questionsOf(attemptId);
      await expect(answer(user, attemptId, q1!, true, later(9 * MINUTE))).resolves.toMatchObject({ recorded: "new" });
    });

    it("honours an extension granted while the attempt is running", async () => {
      const user = await enrolled("mid-extension");
      const a = await assignment({ timeLimitSeconds: 300 });
      const { attemptId } = await startAssignmentAttempt(database.db, user, a.id, NOW);
      const [q1] = await questionsOf(attemptId);
      await database.db.assignmentExtension.create({ data: { assignmentId: a.id, studentId: user.id, extraSeconds: 600 } });
      expect((await loadAttemptForStudent(database.db, user, attemptId, NOW)).deadlineAt).toBe(later(15 * MINUTE).toISOString());
      await expect(answer(user, attemptId, q1!, true, later(12 * MINUTE))).resolves.toMatchObject({ recorded: "new" });
    });

    it("expires a timed-out attempt on read and starts a new one when attempts remain", async () => {
      const user = await enrolled("expire-on-read");
      const a = await assignment({ timeLimitSeconds: 60, attemptLimit: 2 });
      const first = await startAssignmentAttempt(database.db, user, a.id, NOW);
      const second = await startAssignmentAttempt(database.db, user, a.id, later(10 * MINUTE));
      expect(second.attemptId).not.toBe(first.attemptId);
      expect((await database.db.attempt.findUniqueOrThrow({ where: { id: first.attemptId } })).status).toBe("expired");
      expect((await loadAttemptForStudent(database.db, user, first.attemptId, later(10 * MINUTE))).status).toBe("expired");
    });

    it("'after-attempt' hides feedback until the attempt is finished", async () => {
      const user = await enrolled("after-attempt");
      const a = await assignment({ feedbackPolicy: "after-attempt", length: 3 });
      const { attemptId } = await startAssignmentAttempt(database.db, user, a.id, NOW);
      const [q1, q2] = await questionsOf(attemptId);
      const result = await answer(user, attemptId, q1!, false);
      expect(result).toMatchObject({ recorded: "new", feedback: null });
      const running = await loadAttemptForStudent(database.db, user, attemptId, NOW);
      expect(running.feedbackVisible).toBe(false);
      expect(running.answered[q1!.id]!.feedback).toBeNull();
      expect(JSON.stringify(running)).not.toContain('"correctAnswer"');
      const hidden = await loadAttemptSummary(database.db, user, attemptId, NOW);
      expect(hidden).toMatchObject({ feedbackVisible: false, missed: [], score: 0 });

      await answer(user, attemptId, q2!, true);
      const summary = await finishAttempt(database.db, user, attemptId, later(MINUTE));
      expect(summary).toMatchObject({ feedbackVisible: true, status: "finished", score: 1, maxScore: 2, answered: 2, total: 3 });
      expect(summary.missed.map((m) => m.questionId)).toContain(q1!.id);
      const after = await loadAttemptForStudent(database.db, user, attemptId, later(MINUTE));
      expect(after.answered[q1!.id]!.feedback).toMatchObject({ correct: false });
    });

    it("'after-due' hides feedback after finishing until the due date", async () => {
      // A class of its own: the shared class's other assignments on the same set would hold some
      // of these questions back from its students (withheld-feedback.test.ts).
      const ownClass = (await createClass(database.db, { teacherId, name: "After-due only" })).id;
      const user = await enrolled("after-due", ownClass);
      const a = await assignment({ feedbackPolicy: "after-due", dueAt: later(60 * MINUTE), classId: ownClass });
      const { attemptId } = await startAssignmentAttempt(database.db, user, a.id, NOW);
      const [q1] = await questionsOf(attemptId);
      await answer(user, attemptId, q1!, false);
      const early = await finishAttempt(database.db, user, attemptId, later(MINUTE));
      expect(early).toMatchObject({ feedbackVisible: false, missed: [], feedbackAvailableAt: later(60 * MINUTE).toISOString() });
      expect((await rejection(startRetryOfMissed(database.db, user, attemptId, later(MINUTE)))).status).toBe(409);
      const released = await loadAttemptSummary(database.db, user, attemptId, later(61 * MINUTE));
      expect(released.feedbackVisible).toBe(true);
      expect(released.missed.length).toBe(3);
    });

    it("keeps the question order fixed when the teacher turns shuffling off", async () => {
      const a = await assignment({ shuffleQuestions: false, shuffleOptions: false, length: 4 });
      const [s1, s2] = [await enrolled("fixed-1"), await enrolled("fixed-2")];
      const v1 = await loadAttemptForStudent(database.db, s1, (await startAssignmentAttempt(database.db, s1, a.id, NOW)).attemptId, NOW);
      const v2 = await loadAttemptForStudent(database.db, s2, (await startAssignmentAttempt(database.db, s2, a.id, NOW)).attemptId, NOW);
      expect(v2.questions).toEqual(v1.questions);
    });
  });
});
