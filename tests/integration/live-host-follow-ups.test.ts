/**
 * What the host does around a live session, on real SQLite and PostgreSQL: the missed questions made
 * into a custom set and an assignment in one step each, extra time for one student saved from the
 * roster, and guests' joins and answers slowed down by the shared throttle.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/policy";
import { addQuestionsToSet, createCustomSet } from "../../lib/curation/custom-sets";
import { HttpError } from "../../lib/errors";
import { runHostCommand } from "../../lib/live/control-live-session";
import { claimGuestAnswer, throttledGuestJoin } from "../../lib/live/guest-throttle";
import { createInProcessLiveEvents } from "../../lib/live/live-events";
import { joinLiveSession } from "../../lib/live/join-live-session";
import type { HostCommand } from "../../lib/live/live-rules";
import { assignMissedToClass, loadMissedQuestionIds, makeCustomSetOfMissed, MISSED_REFUSALS } from "../../lib/live/missed-questions";
import { loadLiveTimeMultipliers, setLiveTimeAccommodation } from "../../lib/live/set-time-accommodation";
import { startLiveSession } from "../../lib/live/start-live-session";
import { submitLiveAnswer } from "../../lib/live/submit-live-answer";
import { loadQuestionBank } from "../../lib/questions/load-bank";
import type { Question } from "../../lib/questions/types";
import { answerTo, createTestClass, createTestStudent, createTestTeacher, type TestActor } from "../support/factories";
import { rejection } from "../support/http-error";
import { createTestDatabase, testProviders, type TestDatabase } from "../support/test-databases";

const events = createInProcessLiveEvents();
let answerCounter = 0;

function trueFalseQuestions(count: number): Question[] {
  const found = loadQuestionBank().questions.filter((q) => q.type === "true-false").slice(0, count);
  if (found.length < count) throw new Error("Not enough true/false questions in the bank.");
  return found;
}

const asPlayer = (user: Actor) => ({ user: { id: user.id, role: user.role }, guestToken: null });

describe.each(testProviders())("live host follow-ups on %s", (provider) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(async () => database?.drop());

  async function command(teacher: Actor, sessionId: string, name: HostCommand) {
    const { version } = await database.db.liveSession.findUniqueOrThrow({ where: { id: sessionId }, select: { version: true } });
    return runHostCommand(database.db, events, teacher, sessionId, { command: name, version });
  }

  /** A class of two students playing a session of these questions, from a custom set. */
  async function playing(questions: Question[]) {
    const db = database.db;
    const teacher = await createTestTeacher(db);
    const students = [await createTestStudent(db), await createTestStudent(db)] as const;
    const klass = await createTestClass(db, { teacherId: teacher.id, students });
    const set = await createCustomSet(db, teacher, { name: "Source set", description: "" });
    if (!set.ok) throw new Error("set not created");
    await addQuestionsToSet(db, teacher, set.value.setId, questions.map((q) => q.id));
    const { sessionId, pin } = await startLiveSession(db, teacher, { classId: klass.id, source: { kind: "custom-set", customSetId: set.value.setId } });
    for (const student of students) await joinLiveSession(db, events, { user: student, guestTokenFor: () => null }, { pin });
    return { teacher, students, klass, sessionId };
  }

  async function answer(student: TestActor, sessionId: string, question: Question, right: boolean) {
    await submitLiveAnswer(database.db, events, asPlayer(student), sessionId, {
      clientAnswerId: `follow-up-${++answerCounter}`,
      questionId: question.id,
      response: answerTo(question, { right }),
    });
  }

  it("makes the questions any player missed into one custom set and an assignment, leaving out skipped ones", async () => {
    const db = database.db;
    const questions = trueFalseQuestions(4);
    const [q1, q2, q3, q4] = questions as [Question, Question, Question, Question];
    const { teacher, students, klass, sessionId } = await playing(questions);

    await command(teacher, sessionId, "next");
    await answer(students[0], sessionId, q1, true);
    await answer(students[1], sessionId, q1, true);
    await command(teacher, sessionId, "reveal");
    await command(teacher, sessionId, "next");
    await answer(students[0], sessionId, q2, false);
    await answer(students[1], sessionId, q2, true);
    await command(teacher, sessionId, "reveal");
    await command(teacher, sessionId, "next");
    // Answered wrong, then skipped: a skipped question does not count.
    await answer(students[0], sessionId, q3, false);
    await command(teacher, sessionId, "skip");
    await answer(students[1], sessionId, q4, false);

    // Not before the session ends.
    const early = await rejection(makeCustomSetOfMissed(db, teacher, sessionId));
    expect([early.status, early.message]).toEqual([409, MISSED_REFUSALS["not-ended"]]);
    await command(teacher, sessionId, "end");

    expect(await loadMissedQuestionIds(db, teacher, sessionId)).toEqual([q2.id, q4.id]);
    const made = await makeCustomSetOfMissed(db, teacher, sessionId);
    expect(made.questionCount).toBe(2);
    const items = await db.customSetItem.findMany({ where: { setId: made.setId }, orderBy: { position: "asc" }, select: { questionId: true } });
    expect(items.map((item) => item.questionId)).toEqual([q2.id, q4.id]);
    const set = await db.customSet.findUniqueOrThrow({ where: { id: made.setId } });
    expect(set).toMatchObject({ ownerId: teacher.id, shared: false });
    expect(set.name).toMatch(/^Missed in live: /);

    // A second click finds the same set instead of making another.
    const setsBefore = await db.customSet.count({ where: { ownerId: teacher.id } });
    expect((await makeCustomSetOfMissed(db, teacher, sessionId)).setId).toBe(made.setId);
    expect(await db.customSet.count({ where: { ownerId: teacher.id } })).toBe(setsBefore);

    const now = new Date("2026-05-01T10:00:00Z");
    const assigned = await assignMissedToClass(db, teacher, sessionId, now);
    expect(assigned).toMatchObject({ classId: klass.id, setId: made.setId });
    const assignment = await db.assignment.findUniqueOrThrow({ where: { id: assigned.assignmentId } });
    expect(assignment.classId).toBe(klass.id);
    expect(JSON.parse(assignment.setDefinition)).toMatchObject({ questionIds: [q2.id, q4.id] });
    expect(assignment.opensAt.getTime()).toBe(now.getTime());
    expect(assignment.dueAt.toISOString()).toBe("2026-05-08T10:00:00.000Z");

    // Only the host.
    const other = await createTestTeacher(db);
    expect((await rejection(makeCustomSetOfMissed(db, other, sessionId))).status).toBe(403);
    expect((await rejection(assignMissedToClass(db, other, sessionId))).status).toBe(403);
    expect((await rejection(makeCustomSetOfMissed(db, students[0], sessionId))).status).toBe(403);
  });

  it("says there is nothing to practise when every player got every question right", async () => {
    const db = database.db;
    const [q1] = trueFalseQuestions(1) as [Question];
    const { teacher, students, sessionId } = await playing([q1]);
    await command(teacher, sessionId, "next");
    await answer(students[0], sessionId, q1, true);
    await command(teacher, sessionId, "end");
    const refused = await rejection(makeCustomSetOfMissed(db, teacher, sessionId));
    expect([refused.status, refused.message]).toEqual([409, MISSED_REFUSALS["nothing-missed"]]);
    expect(await db.customSet.count({ where: { ownerId: teacher.id, name: { startsWith: "Missed" } } })).toBe(0);
  });

  it("saves ×1.25, ×1.5 or ×2 extra time for one student of the teacher's class, and applies it to an open session", async () => {
    const db = database.db;
    const [q1] = trueFalseQuestions(1) as [Question];
    const { teacher, students, klass, sessionId } = await playing([q1]);
    await setLiveTimeAccommodation(db, teacher, { classId: klass.id, studentId: students[0].id, multiplier: "1.25" });
    await setLiveTimeAccommodation(db, teacher, { classId: klass.id, studentId: students[1].id, multiplier: 2 });
    const saved = await loadLiveTimeMultipliers(db, teacher, klass.id);
    expect([saved.get(students[0].id), saved.get(students[1].id)]).toEqual([1.25, 2]);
    const player = await db.livePlayer.findFirstOrThrow({ where: { sessionId, userId: students[1].id } });
    expect(player.timeMultiplier).toBe(2);

    for (const bad of [3, "abc", "", null, 0.5]) {
      expect((await rejection(setLiveTimeAccommodation(db, teacher, { classId: klass.id, studentId: students[0].id, multiplier: bad }))).status).toBe(400);
    }
    expect((await loadLiveTimeMultipliers(db, teacher, klass.id)).get(students[0].id)).toBe(1.25);
    const other = await createTestTeacher(db);
    expect((await rejection(setLiveTimeAccommodation(db, other, { classId: klass.id, studentId: students[0].id, multiplier: 1 }))).status).toBe(403);
    expect((await rejection(loadLiveTimeMultipliers(db, other, klass.id))).status).toBe(403);
  });

  it("slows down an address after 60 failed guest joins, without counting the joins that worked", async () => {
    const db = database.db;
    const address = `203.0.113.${provider === "sqlite" ? 1 : 2}`;
    const now = new Date();
    const fails = () => Promise.reject(new HttpError(404, "There is no open live session with this PIN."));
    const ok = () => Promise.resolve("joined");
    for (let i = 0; i < 100; i++) expect(await throttledGuestJoin(db, address, ok, now)).toBe("joined");
    for (let i = 0; i < 60; i++) expect((await rejection(throttledGuestJoin(db, address, fails, now))).status).toBe(404);
    const slowed = await rejection(throttledGuestJoin(db, address, ok, now));
    expect(slowed.status).toBe(429);
    expect(slowed.message).toMatch(/^Too many tries to join .* Wait 10 seconds/);
    // Another address is not held up.
    expect(await throttledGuestJoin(db, `${address}0`, ok, now)).toBe("joined");
  });

  it("lets one guest send 20 answers in a burst, then makes them wait, while other guests go on", async () => {
    const db = database.db;
    const address = `198.51.100.${provider === "sqlite" ? 1 : 2}`;
    const now = new Date();
    for (let i = 0; i < 20; i++) await claimGuestAnswer(db, address, "guest-token-a", now);
    const slowed = await rejection(claimGuestAnswer(db, address, "guest-token-a", now));
    expect(slowed.status).toBe(429);
    expect(slowed.message).toMatch(/^Too many answers sent too fast\. Wait 5 seconds/);
    await expect(claimGuestAnswer(db, address, "guest-token-b", now)).resolves.toBeUndefined();
    // A minute later the first guest's burst has leaked away.
    await expect(claimGuestAnswer(db, address, "guest-token-a", new Date(now.getTime() + 60_000))).resolves.toBeUndefined();
  });
});
