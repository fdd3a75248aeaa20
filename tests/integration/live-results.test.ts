/**
 * Live session results (lib/live/live-results.ts) on real SQLite and PostgreSQL: a session played
 * through the live services (join, answer, reveal, skip, end) shows in the gradebook CSV, on the
 * class's live session list and results page, and on each student's progress; skipped questions are
 * left out, unanswered ones score 0, guests are counted but never named, and only the class's
 * teacher (or the student, for their own results) may read them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/policy";
import { addQuestionsToSet, createCustomSet } from "../../lib/curation/custom-sets";
import { runHostCommand } from "../../lib/live/control-live-session";
import { joinLiveSession, type JoinIdentity } from "../../lib/live/join-live-session";
import { createInProcessLiveEvents } from "../../lib/live/live-events";
import type { HostCommand } from "../../lib/live/live-rules";
import {
  listEndedLiveSessions,
  loadLiveGradebook,
  loadLiveSessionResults,
  loadMyLiveResults,
} from "../../lib/live/live-results";
import type { PlayerIdentity } from "../../lib/live/live-session-record";
import { startLiveSession } from "../../lib/live/start-live-session";
import { submitLiveAnswer } from "../../lib/live/submit-live-answer";
import { loadQuestionBank } from "../../lib/questions/load-bank";
import type { Question, QuestionType } from "../../lib/questions/types";
import { gradebookCsv } from "../../lib/teaching/exports";
import { answerTo, createTestClass, createTestStudent, createTestTeacher, type TestActor } from "../support/factories";
import { rejection } from "../support/http-error";
import { createTestDatabase, testProviders, type TestDatabase } from "../support/test-databases";

const T0 = new Date("2026-05-01T10:00:00Z");
const events = createInProcessLiveEvents();

function bankQuestion(type: QuestionType, skip = 0): Question {
  const found = loadQuestionBank().questions.filter((q) => q.type === type && (q.type !== "multiple-choice" || !q.selectMany));
  const question = found[skip];
  if (!question) throw new Error(`No ${type} question in the bank.`);
  return question;
}

const joiner = (user: Actor | null): JoinIdentity => ({
  user: user ? { id: user.id, role: user.role } : null,
  guestTokenFor: () => null,
});
let counter = 0;
const answerId = () => `result-${++counter}-${Date.now()}`;

/** CSV text → records split into cells (no quoted commas or line breaks in this data). */
function csvRecords(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter((line) => line !== "")
    .map((line) => line.split(","));
}

describe.each(testProviders())("live session results on %s", (provider) => {
  let database: TestDatabase;
  let teacher: TestActor<"teacher">;
  let otherTeacher: TestActor<"teacher">;
  let students: TestActor<"student">[];
  let absent: TestActor<"student">;
  let classId: string;
  let sessionId: string;
  let runningId: string;
  const questions = [bankQuestion("multiple-choice"), bankQuestion("true-false"), bankQuestion("true-false", 1)];

  async function command(sessionId: string, name: HostCommand) {
    const { version } = await database.db.liveSession.findUniqueOrThrow({ where: { id: sessionId }, select: { version: true } });
    return runHostCommand(database.db, events, teacher, sessionId, { command: name, version }, T0);
  }

  async function answer(player: PlayerIdentity, question: Question, right: boolean) {
    await submitLiveAnswer(database.db, events, player, sessionId, {
      clientAnswerId: answerId(),
      questionId: question.id,
      response: answerTo(question, { right }),
    }, T0);
  }

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    const db = database.db;
    teacher = await createTestTeacher(db);
    otherTeacher = await createTestTeacher(db);
    students = [
      await createTestStudent(db, { name: "Amal Live" }),
      await createTestStudent(db, { name: "Bassel Live" }),
      await createTestStudent(db, { name: "Cyrine Live" }),
    ];
    absent = await createTestStudent(db, { name: "Dima Live" });
    const klass = await createTestClass(db, { teacherId: teacher.id, name: "Live results class", students: [...students, absent] });
    classId = klass.id;

    const set = await createCustomSet(db, teacher, { name: "Wadi Deif live", description: "" });
    if (!set.ok) throw new Error("set not created");
    await addQuestionsToSet(db, teacher, set.value.setId, questions.map((q) => q.id));
    const started = await startLiveSession(db, teacher, {
      classId,
      source: { kind: "custom-set", customSetId: set.value.setId },
      settings: { guestsAllowed: true },
    });
    sessionId = started.sessionId;
    for (const student of students) await joinLiveSession(db, events, joiner(student), { pin: started.pin });
    const guest = await joinLiveSession(db, events, joiner(null), { pin: started.pin, nickname: "Desert Fox" });
    const [amal, bassel, cyrine] = students.map((s): PlayerIdentity => ({ user: { id: s.id, role: s.role }, guestToken: null }));
    const guestPlayer: PlayerIdentity = { user: null, guestToken: guest.guestToken };
    const [first, skipped, last] = questions as [Question, Question, Question];

    // Q1: Amal and the guest right, Bassel wrong, Cyrine does not answer.
    await command(sessionId, "next");
    await answer(amal!, first, true);
    await answer(bassel!, first, false);
    await answer(guestPlayer, first, true);
    await command(sessionId, "reveal");
    // Q2 is skipped after Amal answered it: it counts for nobody.
    await command(sessionId, "next");
    await answer(amal!, skipped, false);
    await command(sessionId, "skip");
    // Q3: Amal and Bassel right, Cyrine wrong, the guest does not answer.
    await answer(amal!, last, true);
    await answer(bassel!, last, true);
    await answer(cyrine!, last, false);
    await command(sessionId, "reveal");
    await command(sessionId, "next"); // after the last question: the end

    // A second session, still running, counts nowhere yet.
    const running = await startLiveSession(db, teacher, { classId, source: { kind: "custom-set", customSetId: set.value.setId } });
    runningId = running.sessionId;
    await joinLiveSession(db, events, joiner(students[0]!), { pin: running.pin });
  });
  afterAll(async () => database?.drop());

  it("adds a column per ended session to the gradebook: each student's score, blank for one who did not join", async () => {
    const csv = await gradebookCsv(database.db, teacher, classId, T0);
    const [header, ...rows] = csvRecords(csv.body);
    expect(header).toEqual(["Name", "Email", "Enrolment", "Live: Wadi Deif live (2026-05-01)"]);
    const cell = (name: string) => rows.find((r) => r[0] === name)?.[3];
    expect(cell("Amal Live")).toBe("100");
    expect(cell("Bassel Live")).toBe("50");
    expect(cell("Cyrine Live")).toBe("0");
    expect(cell("Dima Live")).toBe("");
    // The guest is never in the gradebook.
    expect(rows).toHaveLength(4);
    expect(csv.body).not.toContain("Desert Fox");
  });

  it("lists the ended session on the class overview with its players and class % right", async () => {
    const sessions = await listEndedLiveSessions(database.db, teacher, classId);
    expect(sessions).toEqual([
      {
        id: sessionId,
        title: "Wadi Deif live",
        endedAt: T0,
        players: 4,
        questionsAsked: 2,
        // Amal 1, Bassel 0.5, Cyrine 0, the guest 0.5.
        classScore: 0.5,
      },
    ]);
    const gradebook = await loadLiveGradebook(database.db, teacher, classId);
    expect(gradebook.sessions.map((s) => s.id)).toEqual([sessionId]);
  });

  it("shows per-student and per-question results and the item analysis, guests counted but not named", async () => {
    const results = (await loadLiveSessionResults(database.db, teacher, classId, sessionId))!;
    expect(results.questionIds).toEqual([questions[0]!.id, questions[2]!.id]);
    expect(results).toMatchObject({ players: 4, guests: 1, classScore: 0.5 });
    expect(
      results.students.map((s) => ({ name: s.name, score: s.score, answered: s.answered, perQuestion: Object.fromEntries(s.perQuestion) })),
    ).toEqual([
      { name: "Amal Live", score: 1, answered: 2, perQuestion: { [questions[0]!.id]: 1, [questions[2]!.id]: 1 } },
      { name: "Bassel Live", score: 0.5, answered: 2, perQuestion: { [questions[0]!.id]: 0, [questions[2]!.id]: 1 } },
      { name: "Cyrine Live", score: 0, answered: 1, perQuestion: { [questions[2]!.id]: 0 } },
    ]);
    expect(JSON.stringify(results)).not.toContain("Desert Fox");

    const [q1, q3] = results.items;
    expect(results.items).toHaveLength(2);
    // Q1: right from Amal and the guest, wrong from Bassel, nothing from Cyrine (scores 0).
    expect(q1).toMatchObject({ number: 1, questionId: questions[0]!.id, n: 4, facility: 50, wrongCount: 1, flags: ["not-enough-answers"] });
    expect(q1!.question?.correctAnswer).toBeTruthy();
    expect(q1!.wrongAnswers).toHaveLength(1);
    expect(q1!.wrongAnswers[0]!.count).toBe(1);
    expect(q3).toMatchObject({ number: 2, questionId: questions[2]!.id, n: 4, facility: 50, wrongCount: 1 });

    // A running session shows the answers so far; another class's session is not found here.
    const running = (await loadLiveSessionResults(database.db, teacher, classId, runningId))!;
    expect(running.session.phase).toBe("lobby");
    expect(running.items).toEqual([]);
    const otherClass = await createTestClass(database.db, { teacherId: teacher.id });
    expect(await loadLiveSessionResults(database.db, teacher, otherClass.id, sessionId)).toBeNull();
    expect(await loadLiveSessionResults(database.db, teacher, classId, "no-such-session")).toBeNull();
  });

  it("shows each student their own score per ended session, and nothing for a session they missed", async () => {
    const [amal, bassel, cyrine] = await Promise.all(students.map((s) => loadMyLiveResults(database.db, s)));
    expect(amal).toEqual([
      { sessionId, title: "Wadi Deif live", className: "Live results class", endedAt: T0, questionsAsked: 2, answered: 2, correct: 2, score: 1 },
    ]);
    expect(bassel!.map((r) => [r.score, r.correct])).toEqual([[0.5, 1]]);
    expect(cyrine!.map((r) => [r.score, r.answered, r.correct])).toEqual([[0, 1, 0]]);
    expect(await loadMyLiveResults(database.db, absent)).toEqual([]);
  });

  it("lets only the class's teacher read the class's results, and only students their own", async () => {
    const db = database.db;
    for (const actor of [otherTeacher, students[0]!]) {
      expect((await rejection(listEndedLiveSessions(db, actor, classId))).status).toBe(403);
      expect((await rejection(loadLiveGradebook(db, actor, classId))).status).toBe(403);
      expect((await rejection(loadLiveSessionResults(db, actor, classId, sessionId))).status).toBe(403);
      expect((await rejection(gradebookCsv(db, actor, classId))).status).toBe(403);
    }
    expect((await rejection(listEndedLiveSessions(db, teacher, "no-such-class"))).status).toBe(404);
    expect((await rejection(loadMyLiveResults(db, teacher))).status).toBe(403);
  });
});
