/**
 * Live class sessions (lib/live/) on real SQLite and PostgreSQL: starting, joining (students and
 * guests), the host's commands in and out of order, answers stored once and graded by the real
 * grader, no key before the reveal, time accommodation, the SSE stream, and the fan-out between two
 * instances over PostgreSQL LISTEN/NOTIFY.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/policy";
import { addQuestionsToSet, createCustomSet } from "../../lib/curation/custom-sets";
import { answerKeyText } from "../../lib/questions/answer-key-text";
import { loadQuestionBank } from "../../lib/questions/load-bank";
import type { Question, QuestionType } from "../../lib/questions/types";
import { runHostCommand } from "../../lib/live/control-live-session";
import { loadHostView } from "../../lib/live/host-view";
import { joinLiveSession, type JoinIdentity } from "../../lib/live/join-live-session";
import { createInProcessLiveEvents, createPostgresLiveEvents, type LiveEvent } from "../../lib/live/live-events";
import type { HostCommand, LiveSettings } from "../../lib/live/live-rules";
import { openLiveStream } from "../../lib/live/live-stream";
import type { PlayerIdentity } from "../../lib/live/live-session-record";
import { loadPlayerView } from "../../lib/live/player-view";
import { setLiveTimeAccommodation } from "../../lib/live/set-time-accommodation";
import { startLiveSession } from "../../lib/live/start-live-session";
import { submitLiveAnswer } from "../../lib/live/submit-live-answer";
import { selectAssignmentQuestions } from "../../lib/attempts/select-questions";
import { answerTo, createTestAssignment, createTestClass, createTestStudent, createTestTeacher, FACTORY_SET_ID, type TestActor } from "../support/factories";
import { rejection } from "../support/http-error";
import { createTestDatabase, testProviders, type TestDatabase } from "../support/test-databases";

const T0 = new Date("2026-05-01T10:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const events = createInProcessLiveEvents();

function bankQuestion(type: QuestionType, skip = 0): Question {
  const found = loadQuestionBank().questions.filter((q) => q.type === type && (q.type !== "multiple-choice" || !q.selectMany));
  const question = found[skip];
  if (!question) throw new Error(`No ${type} question in the bank.`);
  return question;
}

const asPlayer = (user: Actor): PlayerIdentity => ({ user: { id: user.id, role: user.role }, guestToken: null });
const asJoiner = (user: Actor | null, tokens: Record<string, string> = {}): JoinIdentity => ({
  user: user ? { id: user.id, role: user.role } : null,
  guestTokenFor: (sessionId) => tokens[sessionId] ?? null,
});
let answerCounter = 0;
const clientAnswerId = () => `answer-${++answerCounter}-${Date.now()}`;

describe.each(testProviders())("live sessions on %s", (provider) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(async () => database?.drop());

  /** A teacher, two enrolled students and a student of no class. */
  async function liveClass() {
    const db = database.db;
    const teacher = await createTestTeacher(db);
    const students = [await createTestStudent(db), await createTestStudent(db)] as const;
    const outsider = await createTestStudent(db);
    const klass = await createTestClass(db, { teacherId: teacher.id, students });
    return { teacher, students, outsider, klass };
  }

  /** A session of exactly these questions, through a custom set. */
  async function startWith(teacher: TestActor, classId: string, questions: Question[], settings: Partial<LiveSettings> = {}) {
    const db = database.db;
    const set = await createCustomSet(db, teacher, { name: "Live set", description: "" });
    if (!set.ok) throw new Error("set not created");
    await addQuestionsToSet(db, teacher, set.value.setId, questions.map((q) => q.id));
    return startLiveSession(db, teacher, { classId, source: { kind: "custom-set", customSetId: set.value.setId }, settings });
  }

  async function command(teacher: Actor, sessionId: string, name: HostCommand, now = T0) {
    const { version } = await database.db.liveSession.findUniqueOrThrow({ where: { id: sessionId }, select: { version: true } });
    return runHostCommand(database.db, events, teacher, sessionId, { command: name, version }, now);
  }

  it("starts a session from a study set, an assignment or a custom set, for the teacher's own class only", async () => {
    const db = database.db;
    const { teacher, students, klass } = await liveClass();
    const started = await startLiveSession(db, teacher, {
      classId: klass.id,
      source: { kind: "study-set", setId: FACTORY_SET_ID, length: 5 },
    });
    expect(started.pin).toMatch(/^\d{6}$/);
    const row = await db.liveSession.findUniqueOrThrow({ where: { id: started.sessionId } });
    expect(JSON.parse(row.questionIds)).toHaveLength(5);
    // Accuracy first: no countdown, no speed points, no leaderboard, no guests unless chosen.
    expect(row).toMatchObject({ phase: "lobby", currentIndex: -1, countdownSeconds: null, speedPoints: false, leaderboard: "off", guestsAllowed: false });

    // From an assignment: the very questions the class's assignment asks.
    const assignment = await createTestAssignment(db, klass.id, { setDefinition: { setId: FACTORY_SET_ID, length: 4 } });
    const fromAssignment = await startLiveSession(db, teacher, { classId: klass.id, source: { kind: "assignment", assignmentId: assignment.id } });
    const assigned = selectAssignmentQuestions(loadQuestionBank(), assignment.id, { setId: FACTORY_SET_ID, length: 4 }).map((q) => q.id);
    const liveRow = await db.liveSession.findUniqueOrThrow({ where: { id: fromAssignment.sessionId } });
    expect(JSON.parse(liveRow.questionIds)).toEqual(assigned);
    expect(liveRow.title).toBe(assignment.title);
    expect(fromAssignment.pin).not.toBe(started.pin);

    const other = await createTestTeacher(db);
    const otherClass = await createTestClass(db, { teacherId: other.id });
    const elsewhere = rejection(startLiveSession(db, teacher, { classId: klass.id, source: { kind: "assignment", assignmentId: (await createTestAssignment(db, otherClass.id)).id } }));
    expect((await elsewhere).status).toBe(403);
    expect((await rejection(startLiveSession(db, other, { classId: otherClass.id, source: { kind: "assignment", assignmentId: assignment.id } }))).status).toBe(403);
    expect((await rejection(startLiveSession(db, other, { classId: klass.id, source: { kind: "study-set", setId: FACTORY_SET_ID } }))).status).toBe(403);
    expect((await rejection(startLiveSession(db, students[0], { classId: klass.id, source: { kind: "study-set", setId: FACTORY_SET_ID } }))).status).toBe(403);
    expect((await rejection(startLiveSession(db, teacher, { classId: klass.id, source: { kind: "study-set", setId: "no-such-set" } }))).status).toBe(400);
    const countdownTooShort = rejection(
      startLiveSession(db, teacher, { classId: klass.id, source: { kind: "study-set", setId: FACTORY_SET_ID }, settings: { countdownSeconds: 1 } }),
    );
    expect((await countdownTooShort).status).toBe(400);
  });

  it("lets enrolled students join (again, on any device, as the same player) and refuses everyone else", async () => {
    const db = database.db;
    const { teacher, students, outsider, klass } = await liveClass();
    const { sessionId, pin } = await startWith(teacher, klass.id, [bankQuestion("true-false")]);

    // The host's screen hears a new player (same version: only its player list moved), not a rejoin.
    const heard: LiveEvent[] = [];
    const stopListening = events.subscribe(sessionId, (event) => heard.push(event));
    const first = await joinLiveSession(db, events, asJoiner(students[0]), { pin: `${pin.slice(0, 3)} ${pin.slice(3)}` });
    expect(first).toMatchObject({ sessionId, nickname: students[0].name, rejoined: false, guestToken: null });
    const again = await joinLiveSession(db, events, asJoiner(students[0]), { pin });
    expect(again).toMatchObject({ playerId: first.playerId, rejoined: true });
    await new Promise((resolve) => setImmediate(resolve));
    stopListening();
    expect(heard).toEqual([{ sessionId, version: 1 }]);
    expect(await db.livePlayer.count({ where: { sessionId } })).toBe(1);

    expect((await rejection(joinLiveSession(db, events, asJoiner(outsider), { pin }))).status).toBe(403);
    expect((await rejection(joinLiveSession(db, events, asJoiner(teacher), { pin }))).status).toBe(403);
    // Guests are off by default: an anonymous visitor is told to sign in.
    const guest = await rejection(joinLiveSession(db, events, asJoiner(null), { pin, nickname: "Visitor" }));
    expect(guest.status).toBe(403);
    expect(guest.message).toMatch(/Sign in/);
    expect((await rejection(joinLiveSession(db, events, asJoiner(students[1]), { pin: "12345" }))).status).toBe(400);
    const wrongPin = pin === "999999" ? "999998" : "999999";
    expect((await rejection(joinLiveSession(db, events, asJoiner(students[1]), { pin: wrongPin }))).status).toBe(404);

    // A removed student is refused, and an ended session's PIN no longer works.
    await db.enrollment.updateMany({ where: { classId: klass.id, studentId: students[1].id }, data: { removedAt: T0 } });
    expect((await rejection(joinLiveSession(db, events, asJoiner(students[1]), { pin }))).status).toBe(403);
    await command(teacher, sessionId, "end");
    expect((await rejection(joinLiveSession(db, events, asJoiner(students[0]), { pin }))).status).toBe(404);
  });

  it("lets guests join when allowed, with a clean nickname, known again by their token and kept anonymous", async () => {
    const db = database.db;
    const { teacher, klass } = await liveClass();
    const { sessionId, pin } = await startWith(teacher, klass.id, [bankQuestion("true-false")], { guestsAllowed: true });

    expect((await rejection(joinLiveSession(db, events, asJoiner(null), { pin, nickname: "shithead" }))).message).toMatch(/not allowed/);
    expect((await rejection(joinLiveSession(db, events, asJoiner(null), { pin, nickname: "Bad\u202Ename" }))).message).toMatch(/hidden control/);
    expect((await rejection(joinLiveSession(db, events, asJoiner(null), { pin }))).status).toBe(400);

    const guest = await joinLiveSession(db, events, asJoiner(null), { pin, nickname: "  Desert   Fox " });
    expect(guest.nickname).toBe("Desert Fox");
    expect(guest.guestToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const stored = await db.livePlayer.findUniqueOrThrow({ where: { id: guest.playerId } });
    expect(stored.userId).toBeNull();
    // Only a hash of the token is stored.
    expect(stored.guestTokenHash).not.toContain(guest.guestToken!);

    const back = await joinLiveSession(db, events, asJoiner(null, { [sessionId]: guest.guestToken! }), { pin, nickname: "Ignored" });
    expect(back).toMatchObject({ playerId: guest.playerId, rejoined: true, guestToken: null });
    // Another visitor without the token is a new guest.
    const second = await joinLiveSession(db, events, asJoiner(null), { pin, nickname: "Second" });
    expect(second.playerId).not.toBe(guest.playerId);
    const view = await loadPlayerView(db, { user: null, guestToken: guest.guestToken }, sessionId);
    expect(view.me.nickname).toBe("Desert Fox");
    expect((await rejection(loadPlayerView(db, { user: null, guestToken: "forged-token" }, sessionId))).status).toBe(404);
  });

  it("runs the host's commands in order and refuses them out of order or from a stale screen with 409", async () => {
    const db = database.db;
    const { teacher, klass } = await liveClass();
    const questions = [bankQuestion("true-false"), bankQuestion("multiple-choice"), bankQuestion("true-false", 1)];
    const { sessionId } = await startWith(teacher, klass.id, questions);

    expect((await rejection(command(teacher, sessionId, "reveal"))).status).toBe(409);
    expect(await command(teacher, sessionId, "next")).toEqual({ version: 2, phase: "question" });
    expect((await rejection(command(teacher, sessionId, "next"))).message).toMatch(/Reveal the answer/);
    // A double click: the second "reveal" names the version the first one already moved past.
    expect(await runHostCommand(db, events, teacher, sessionId, { command: "reveal", version: 2 }, T0)).toEqual({ version: 3, phase: "revealed" });
    const stale = await rejection(runHostCommand(db, events, teacher, sessionId, { command: "next", version: 2 }, T0));
    expect(stale.status).toBe(409);
    expect(stale.message).toMatch(/moved on/);

    await command(teacher, sessionId, "next");
    await command(teacher, sessionId, "pause");
    expect((await rejection(command(teacher, sessionId, "reveal"))).message).toMatch(/paused/);
    await command(teacher, sessionId, "resume");
    expect(await command(teacher, sessionId, "skip")).toMatchObject({ phase: "question" });
    await command(teacher, sessionId, "reveal");
    expect(await command(teacher, sessionId, "next")).toMatchObject({ phase: "ended" });
    expect((await rejection(command(teacher, sessionId, "end"))).status).toBe(409);

    const row = await db.liveSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(JSON.parse(row.skippedIds)).toEqual([questions[1]!.id]);
    expect(row.pin).toBeNull();
    expect(row.endedAt).not.toBeNull();

    const other = await createTestTeacher(db);
    const { sessionId: otherSession } = await startWith(teacher, klass.id, questions);
    expect((await rejection(command(other, otherSession, "next"))).status).toBe(403);
    expect((await rejection(runHostCommand(db, events, teacher, "no-such-session", { command: "next", version: 1 }))).status).toBe(404);
    expect((await rejection(runHostCommand(db, events, teacher, otherSession, { command: "jump", version: 1 }))).status).toBe(400);
  });

  it("stores an answer sent twice once, grades it with the real grader, and refuses it once the question closed", async () => {
    const db = database.db;
    const { teacher, students, klass } = await liveClass();
    const questions = [bankQuestion("multiple-choice"), bankQuestion("true-false"), bankQuestion("true-false", 1)];
    const { sessionId, pin } = await startWith(teacher, klass.id, questions);
    await joinLiveSession(db, events, asJoiner(students[0]), { pin });
    await joinLiveSession(db, events, asJoiner(students[1]), { pin });
    const submit = (student: Actor, body: object, now = at(3)) => submitLiveAnswer(db, events, asPlayer(student), sessionId, body, now);
    const [first, second, third] = questions as [Question, Question, Question];

    // Nothing is open in the lobby.
    expect((await rejection(submit(students[0], { clientAnswerId: clientAnswerId(), questionId: first.id, response: answerTo(first, { right: true }) }))).status).toBe(409);
    await command(teacher, sessionId, "next");

    const body = { clientAnswerId: clientAnswerId(), questionId: first.id, response: answerTo(first, { right: true }) };
    expect(await submit(students[0], body)).toEqual({ recorded: "new", questionId: first.id });
    expect(await submit(students[0], body)).toEqual({ recorded: "duplicate", questionId: first.id });
    const changedMind = { clientAnswerId: clientAnswerId(), questionId: first.id, response: answerTo(first, { right: false }) };
    expect((await rejection(submit(students[0], changedMind))).message).toMatch(/already answered/);
    expect((await rejection(submit(students[1], { clientAnswerId: clientAnswerId(), questionId: first.id, response: { nonsense: 1 } }))).status).toBe(400);
    // Someone who never joined has no player.
    const stranger = await createTestStudent(db);
    expect((await rejection(submit(stranger, { ...body, clientAnswerId: clientAnswerId() }))).status).toBe(404);

    const rows = await db.liveAnswer.findMany({ where: { sessionId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ questionId: first.id, score: 1, correct: true, points: 1000 });

    await command(teacher, sessionId, "reveal");
    // Resending the stored answer after the reveal is still fine; a new one is refused.
    expect(await submit(students[0], body)).toMatchObject({ recorded: "duplicate" });
    const late = await rejection(submit(students[1], { clientAnswerId: clientAnswerId(), questionId: first.id, response: answerTo(first, { right: true }) }));
    expect(late.status).toBe(409);
    expect(late.message).toMatch(/revealed/);

    await command(teacher, sessionId, "next");
    await command(teacher, sessionId, "pause");
    expect((await rejection(submit(students[1], { clientAnswerId: clientAnswerId(), questionId: second.id, response: answerTo(second, { right: true }) }))).message).toMatch(/paused/);
    await command(teacher, sessionId, "resume");
    await command(teacher, sessionId, "skip");
    // The skipped question takes no more answers; the next one does.
    expect((await rejection(submit(students[1], { clientAnswerId: clientAnswerId(), questionId: second.id, response: answerTo(second, { right: true }) }))).status).toBe(409);
    expect(await submit(students[1], { clientAnswerId: clientAnswerId(), questionId: third.id, response: answerTo(third, { right: false }) })).toMatchObject({
      recorded: "new",
    });
    expect(await db.liveAnswer.count({ where: { sessionId } })).toBe(2);
  });

  it("keeps the key, the explanation and the distribution out of both views until the reveal", async () => {
    const db = database.db;
    const { teacher, students, klass } = await liveClass();
    const typed = bankQuestion("typed");
    const choice = bankQuestion("multiple-choice");
    const { sessionId, pin } = await startWith(teacher, klass.id, [typed, choice], { leaderboard: "top5" });
    await joinLiveSession(db, events, asJoiner(students[0]), { pin });
    await joinLiveSession(db, events, asJoiner(students[1]), { pin });
    await command(teacher, sessionId, "next");
    await submitLiveAnswer(db, events, asPlayer(students[0]), sessionId, { clientAnswerId: clientAnswerId(), questionId: typed.id, response: answerTo(typed, { right: true }) });

    const key = answerKeyText(typed);
    const before = await loadPlayerView(db, asPlayer(students[1]), sessionId);
    const hostBefore = await loadHostView(db, teacher, sessionId);
    for (const view of [before, hostBefore]) {
      const text = JSON.stringify(view);
      expect(text).toContain(typed.prompt);
      expect(text).not.toContain(key);
      expect(text).not.toContain(typed.explanation);
      expect(view.reveal).toBeNull();
      expect(view.leaderboard).toEqual({ mode: "off" });
    }
    expect(hostBefore).toMatchObject({ answered: 1, distribution: null, players: [{ guest: false }, { guest: false }] });
    // The one who answered sees their own answer back (a reload lands here too), but no verdict:
    // not even their points move before the reveal.
    const mine = await loadPlayerView(db, asPlayer(students[0]), sessionId);
    expect(mine.myAnswer?.response).toEqual(answerTo(typed, { right: true }));
    expect(mine).toMatchObject({ reveal: null, me: { points: 0 } });
    expect(JSON.stringify(mine)).not.toContain(typed.explanation);

    await command(teacher, sessionId, "reveal");
    const after = await loadPlayerView(db, asPlayer(students[0]), sessionId);
    expect(after.reveal).toMatchObject({ correctAnswer: key, explanation: typed.explanation, yourResult: { correct: true, points: 1000 } });
    expect(after.me.points).toBe(1000);
    const hostAfter = await loadHostView(db, teacher, sessionId);
    expect(hostAfter.distribution).toMatchObject({ answered: 1, correct: 1, wrong: 0 });
    expect(hostAfter.reveal?.correctAnswer).toBe(key);
    expect(hostAfter.leaderboard).toMatchObject({ mode: "top5", entries: [{ rank: 1, nickname: students[0].name, points: 1000 }, { rank: 2, points: 0 }] });

    // The choice question: its right option is not marked before the reveal.
    await command(teacher, sessionId, "next");
    const choiceView = JSON.stringify(await loadPlayerView(db, asPlayer(students[1]), sessionId));
    expect(choiceView).not.toContain("correctOptionIds");
    expect(choiceView).not.toContain(choice.explanation);
    expect((await rejection(loadHostView(db, students[0], sessionId))).status).toBe(403);
  });

  it("gives a student with a ×1.5 accommodation the longer countdown, and no one more than countdown plus grace", async () => {
    const db = database.db;
    const { teacher, students, klass } = await liveClass();
    const question = bankQuestion("true-false");
    const { sessionId, pin } = await startWith(teacher, klass.id, [question], { countdownSeconds: 10, speedPoints: true });
    await setLiveTimeAccommodation(db, teacher, { classId: klass.id, studentId: students[1].id, multiplier: 1.5 });
    expect((await rejection(setLiveTimeAccommodation(db, teacher, { classId: klass.id, studentId: students[1].id, multiplier: 3 }))).status).toBe(400);
    await joinLiveSession(db, events, asJoiner(students[0]), { pin });
    await joinLiveSession(db, events, asJoiner(students[1]), { pin });
    await command(teacher, sessionId, "next", T0);

    const view = await loadPlayerView(db, asPlayer(students[1]), sessionId, at(3));
    expect(view.countdown).toEqual({ seconds: 15, remainingMs: 12_000, paused: false });
    const answer = (student: Actor, seconds: number) =>
      submitLiveAnswer(db, events, asPlayer(student), sessionId, { clientAnswerId: clientAnswerId(), questionId: question.id, response: answerTo(question, { right: true }) }, at(seconds));
    // 14 s: past 10 s + 2 s of grace, inside 15 s.
    expect((await rejection(answer(students[0], 14))).message).toMatch(/Time is up/);
    expect(await answer(students[1], 14)).toMatchObject({ recorded: "new" });
    // Speed points are measured against the player's own window: 14 of 15 s used → 1/15 of 500.
    const stored = await db.liveAnswer.findFirstOrThrow({ where: { sessionId } });
    expect(stored.points).toBe(1000 + Math.round(500 / 15));
  });

  it("stops the countdown while paused", async () => {
    const db = database.db;
    const { teacher, students, klass } = await liveClass();
    const question = bankQuestion("true-false");
    const { sessionId, pin } = await startWith(teacher, klass.id, [question], { countdownSeconds: 10 });
    await joinLiveSession(db, events, asJoiner(students[0]), { pin });
    await command(teacher, sessionId, "next", T0);
    await command(teacher, sessionId, "pause", at(4));
    expect((await loadPlayerView(db, asPlayer(students[0]), sessionId, at(60))).countdown).toEqual({ seconds: 10, remainingMs: 6_000, paused: true });
    await command(teacher, sessionId, "resume", at(64));
    // 64 s after the start but only 9 s of countdown used: still open.
    const body = { clientAnswerId: clientAnswerId(), questionId: question.id, response: answerTo(question, { right: true }) };
    expect(await submitLiveAnswer(db, events, asPlayer(students[0]), sessionId, body, at(69))).toMatchObject({ recorded: "new" });
  });

  it("streams the current state first, with the version as the event id, then each change", async () => {
    const db = database.db;
    const { teacher, students, klass } = await liveClass();
    const { sessionId, pin } = await startWith(teacher, klass.id, [bankQuestion("true-false")]);
    await joinLiveSession(db, events, asJoiner(students[0]), { pin });
    const abort = new AbortController();
    const stream = await openLiveStream({
      db,
      events,
      sessionId,
      loadView: () => loadPlayerView(db, asPlayer(students[0]), sessionId),
      refreshOn: "version",
      signal: abort.signal,
    });
    const reader = stream.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    const nextEvent = async () => {
      while (!buffer.includes("\n\n")) {
        const { value, done } = await reader.read();
        if (done) throw new Error("stream ended");
        buffer += decoder.decode(value);
      }
      const [event, ...rest] = buffer.split("\n\n");
      buffer = rest.join("\n\n");
      return event!;
    };
    expect(await nextEvent()).toMatch(/^retry: \d+$/);
    const first = await nextEvent();
    expect(first).toMatch(/^id: 1\nevent: state\ndata: /);
    expect(JSON.parse(first.split("data: ")[1]!)).toMatchObject({ phase: "lobby", version: 1 });

    await command(teacher, sessionId, "next");
    const second = await nextEvent();
    expect(second).toMatch(/^id: 2\n/);
    expect(JSON.parse(second.split("data: ")[1]!)).toMatchObject({ phase: "question", questionNumber: 1 });
    abort.abort();
    expect((await reader.read()).done).toBe(true);

    // A player who has not joined is refused before any byte is streamed.
    const refused = rejection(
      openLiveStream({ db, events, sessionId, loadView: () => loadPlayerView(db, asPlayer(students[1]), sessionId), refreshOn: "version", signal: abort.signal }),
    );
    expect((await refused).status).toBe(404);
  });

  it.runIf(provider === "postgresql")("carries a host's command from one instance to another's subscriber within a second", async () => {
    const db = database.db;
    const { teacher, klass } = await liveClass();
    const { sessionId } = await startWith(teacher, klass.id, [bankQuestion("true-false")]);
    // Two instances: each with its own LISTEN connection, as two server processes would have.
    const instanceA = createPostgresLiveEvents(database.url);
    const instanceB = createPostgresLiveEvents(database.url);
    try {
      const received: LiveEvent[] = [];
      const arrived = new Promise<number>((resolve) => {
        instanceB.subscribe(sessionId, (event) => {
          received.push(event);
          resolve(Date.now());
        });
      });
      instanceB.subscribe("another-session", () => received.push({ sessionId: "wrong", version: -1 }));
      // Let B's LISTEN take hold before A speaks (a real stream subscribes long before the command).
      await instanceB.publish("warm-up", 1);
      const sent = Date.now();
      const { version } = await runHostCommand(db, instanceA, teacher, sessionId, { command: "next", version: 1 });
      const receivedAt = await Promise.race([arrived, new Promise<number>((_, reject) => setTimeout(() => reject(new Error("no event within 1 s")), 1000))]);
      expect(receivedAt - sent).toBeLessThan(1000);
      expect(received).toEqual([{ sessionId, version }]);
    } finally {
      await instanceA.close();
      await instanceB.close();
    }
  });

  it.runIf(provider === "postgresql")("reconnects a listener whose connection died, tells its streams to re-read, and hears later events", async () => {
    const sessionId = "reconnect-session";
    const instanceA = createPostgresLiveEvents(database.url);
    const instanceB = createPostgresLiveEvents(database.url);
    try {
      const received: LiveEvent[] = [];
      let notify = () => {};
      instanceB.subscribe(sessionId, (event) => {
        received.push(event);
        notify();
      });
      const next = () => new Promise<void>((resolve, reject) => {
        notify = resolve;
        setTimeout(() => reject(new Error(`no event within 5 s (got ${JSON.stringify(received)})`)), 5000);
      });
      await instanceB.publish("warm-up", 1);
      // The database ends B's LISTEN connection, as a restart or a network cut would.
      const dbName = new URL(database.url).pathname.slice(1);
      const killed = await database.db.$queryRawUnsafe<{ killed: boolean }[]>(
        `SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE datname = $1 AND query LIKE 'SELECT pg_notify%'`,
        dbName,
      );
      expect(killed.length).toBeGreaterThan(0);
      await next();
      expect(received.at(-1)).toMatchObject({ sessionId, resync: true });
      const later = next();
      await instanceA.publish(sessionId, 7);
      await later;
      expect(received.at(-1)).toEqual({ sessionId, version: 7 });
    } finally {
      await instanceA.close();
      await instanceB.close();
    }
  });
});
