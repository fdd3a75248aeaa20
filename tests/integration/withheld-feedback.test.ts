/**
 * An assignment that holds its feedback back keeps its questions out of everything else the
 * student can study: practice quizzes, retries, other attempts' results and answers, flashcards
 * and the progress page — until its feedback is released for that student.
 *
 * The reported case: an "after-due" assignment of 20 questions with an open attempt, and 9
 * practice quizzes on the same set that together handed over the keys to all 20.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAttemptSummary } from "../../lib/attempts/attempt-summary";
import { finishAttempt } from "../../lib/attempts/finish-attempt";
import { loadAttemptForStudent } from "../../lib/attempts/quiz-view";
import { startAssignmentAttempt, startPracticeAttempt, startRetryOfMissed } from "../../lib/attempts/start-attempt";
import { submitResponse } from "../../lib/attempts/submit-answer";
import { QuizRequestSchema } from "../../lib/attempts/quiz-request";
import { selectAssignmentQuestions } from "../../lib/attempts/select-questions";
import { enrollStudents } from "../../lib/demo/factories";
import { countDueCards, loadReviewQueue, recordReview } from "../../lib/flashcards/flashcard-service";
import { flashcardsInSet } from "../../lib/flashcards/load-cards";
import { loadStudentProgress } from "../../lib/progress/progress-service";
import { findQuestion, loadQuestionBank } from "../../lib/questions/load-bank";
import type { Question, QuestionRefs } from "../../lib/questions/types";
import { createTestAssignment, createTestAttempt, createTestClass, createTestStudent, createTestTeacher } from "../support/factories";
import { rejection } from "../support/http-error";
import { createTestDatabase, testProviders, type TestDatabase } from "../support/test-databases";

const NOW = new Date("2026-03-10T12:00:00Z");
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const later = (ms: number) => new Date(NOW.getTime() + ms);
/** 29 core questions, 67 in all, 36 flashcards. */
const SET = "taftanaz-airbase";
const ASSIGNMENT_LENGTH = 20;
const PRACTICE = QuizRequestSchema.parse({ setId: SET, length: 20 });
const PRACTICE_ALL = QuizRequestSchema.parse({ setId: SET, scope: "all", length: 50 });

let counter = 0;
const clientId = (prefix: string) => `${prefix}_${Date.now().toString(36)}_${++counter}`;

/** The card that asks about each fact, by the deck's id scheme (`kind:fact-id`). */
const CARD_KIND_OF_REF: Record<keyof QuestionRefs, string> = {
  events: "event-date",
  places: "place-where",
  forces: "force-side",
  figures: "figure-value",
};
/** Every card id whose back could answer one of these questions: a card about any fact a question refers to. */
function cardIdsAbout(questions: readonly Question[]): Set<string> {
  const ids = new Set<string>();
  for (const q of questions)
    for (const [kind, factIds] of Object.entries(q.refs) as [keyof QuestionRefs, string[]][])
      for (const id of factIds) ids.add(`${CARD_KIND_OF_REF[kind]}:${id}`);
  return ids;
}

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

/** A well-formed answer that earns nothing. */
function wrongAnswer(q: Question): unknown {
  switch (q.type) {
    case "multiple-choice":
      return { selected: [q.options.find((o) => !q.answer.correct.includes(o.id))!.id] };
    case "true-false":
      return { value: !q.answer.value };
    case "ordering":
      return { order: [...q.answer.order].reverse() };
    case "matching": {
      const right = q.premises.map((p) => q.answer.pairs[p.id]!);
      const options = q.options.map((o) => o.id);
      return { pairs: Object.fromEntries(q.premises.map((p, i) => [p.id, options.find((id) => id !== right[i]) ?? options[0]!])) };
    }
    case "typed":
      return { text: "zzqqxx nowhere" };
    case "numeric":
      return { value: q.answer.max + 1_000_000 };
    case "map-pin":
      return { lat: -60, lon: -150 };
  }
}

describe.each(testProviders())("held-back feedback on %s", (provider) => {
  let database: TestDatabase;
  let teacherId: string;

  type Student = { id: string; role: "student" };
  const newClass = async (name: string) => (await createTestClass(database.db, { teacherId, name })).id;
  const enrolled = async (name: string, classId: string): Promise<Student> => {
    // Enough new cards a day to see the set's whole deck at once.
    const user = await createTestStudent(database.db, { name, newCardsPerDay: 1000 });
    await enrollStudents(database.db, classId, [user.id]);
    return { id: user.id, role: "student" };
  };
  const assignment = (classId: string, feedbackPolicy: string, extra: { dueAt?: Date; attemptLimit?: number } = {}) =>
    createTestAssignment(database.db, classId, {
      title: "Taftanaz test",
      setDefinition: { setId: SET, length: ASSIGNMENT_LENGTH },
      now: NOW,
      feedbackPolicy,
      ...extra,
    });
  const questionIdsOf = async (attemptId: string) =>
    JSON.parse((await database.db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).questionIds) as string[];
  /** The ids of `count` new practice quizzes, as the student would start them at `at`. */
  const practiceQuestionIds = async (user: Student, at: Date, count: number, request = PRACTICE) => {
    const seen = new Set<string>();
    for (let i = 0; i < count; i++) {
      const { attemptId } = await startPracticeAttempt(database.db, user, request, at);
      for (const id of await questionIdsOf(attemptId)) seen.add(id);
    }
    return seen;
  };
  const cardIdsOffered = async (user: Student, at: Date) => {
    const queue = await loadReviewQueue(database.db, user.id, { setId: SET, now: at, limit: 100 });
    return { ids: new Set([...queue.due, ...queue.newCards].map((c) => c.card.id)), queue };
  };
  const overlap = (a: Iterable<string>, b: ReadonlySet<string>) => [...a].filter((id) => b.has(id));

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    teacherId = (await createTestTeacher(database.db)).id;
  });
  afterAll(async () => database?.drop());

  it("'after-due' with an open attempt: 9 practice quizzes and the flashcards hold none of its questions until the due date", async () => {
    const classId = await newClass("After-due class");
    const user = await enrolled("reported", classId);
    const a = await assignment(classId, "after-due", { dueAt: later(2 * DAY) });
    const { attemptId } = await startAssignmentAttempt(database.db, user, a.id, NOW);
    const assigned = new Set(await questionIdsOf(attemptId));
    expect(assigned.size).toBe(ASSIGNMENT_LENGTH);
    const heldCards = cardIdsAbout([...assigned].map((id) => findQuestion(id)!));
    const setCards = new Set(flashcardsInSet(SET).map((c) => c.id));
    // The check below means something: the set's deck has cards about the assignment's facts.
    expect(overlap(heldCards, setCards).length).toBeGreaterThan(0);

    const during = later(10 * MINUTE);
    const practised = await practiceQuestionIds(user, during, 9);
    expect(practised.size).toBeGreaterThan(0);
    expect(overlap(practised, assigned)).toEqual([]);
    // Every question of the set, not only its core, leaves them out too.
    expect(overlap(await practiceQuestionIds(user, during, 1, PRACTICE_ALL), assigned)).toEqual([]);

    const offered = await cardIdsOffered(user, during);
    expect(offered.ids.size).toBeGreaterThan(0);
    expect(overlap(offered.ids, heldCards)).toEqual([]);
    expect(offered.queue.heldBack).toBe(overlap(heldCards, setCards).length);
    const counts = await countDueCards(database.db, user.id, during);
    expect(counts.bySet[SET]!.new).toBe(setCards.size - offered.queue.heldBack);

    // The quiz tells the student that questions were left out, without naming them.
    const practice = await startPracticeAttempt(database.db, user, PRACTICE, during);
    const view = await loadAttemptForStudent(database.db, user, practice.attemptId, during);
    expect(view.notice).toMatch(/on one of your assignments whose feedback was not released yet/);

    // Finishing the attempt does not release "after-due" feedback: still held back.
    await finishAttempt(database.db, user, attemptId, later(20 * MINUTE));
    expect(overlap(await practiceQuestionIds(user, later(30 * MINUTE), 3), assigned)).toEqual([]);

    // After the due date they come back, in practice and in the flashcards.
    const after = later(2 * DAY + MINUTE);
    expect(overlap(await practiceQuestionIds(user, after, 9), assigned).length).toBeGreaterThan(0);
    const released = await cardIdsOffered(user, after);
    expect(overlap(released.ids, heldCards).length).toBeGreaterThan(0);
    expect(released.queue.heldBack).toBe(0);
  });

  it("an extension keeps them held back for that student only", async () => {
    const classId = await newClass("Extension class");
    const [onTime, extended] = [await enrolled("on-time", classId), await enrolled("extended", classId)];
    const a = await assignment(classId, "after-due", { dueAt: later(DAY) });
    await database.db.assignmentExtension.create({ data: { assignmentId: a.id, studentId: extended.id, dueAt: later(3 * DAY) } });
    const assigned = new Set(await questionIdsOf((await startAssignmentAttempt(database.db, extended, a.id, NOW)).attemptId));

    const betweenDueDates = later(DAY + MINUTE);
    expect(overlap(await practiceQuestionIds(extended, betweenDueDates, 9), assigned)).toEqual([]);
    expect(overlap(await practiceQuestionIds(onTime, betweenDueDates, 9), assigned).length).toBeGreaterThan(0);
    expect(overlap(await practiceQuestionIds(extended, later(3 * DAY + MINUTE), 9), assigned).length).toBeGreaterThan(0);
  });

  it("'after-attempt': held back before and during the attempt, back once it is finished", async () => {
    const classId = await newClass("After-attempt class");
    const user = await enrolled("after-attempt", classId);
    const a = await assignment(classId, "after-attempt");
    // Not started yet: practising first would hand over the keys just the same.
    const before = await practiceQuestionIds(user, NOW, 9);
    const { attemptId } = await startAssignmentAttempt(database.db, user, a.id, later(MINUTE));
    const assigned = new Set(await questionIdsOf(attemptId));
    expect(overlap(before, assigned)).toEqual([]);
    expect(overlap(await practiceQuestionIds(user, later(2 * MINUTE), 9), assigned)).toEqual([]);

    await finishAttempt(database.db, user, attemptId, later(3 * MINUTE));
    expect(overlap(await practiceQuestionIds(user, later(4 * MINUTE), 9), assigned).length).toBeGreaterThan(0);
  });

  it("'immediately': held back only while an attempt is running", async () => {
    const classId = await newClass("Immediately class");
    const user = await enrolled("immediately", classId);
    const a = await assignment(classId, "immediately");
    const { attemptId } = await startAssignmentAttempt(database.db, user, a.id, NOW);
    const assigned = new Set(await questionIdsOf(attemptId));
    expect(overlap(await practiceQuestionIds(user, later(MINUTE), 9), assigned)).toEqual([]);
    // The attempt's own feedback is still immediate.
    const first = findQuestion([...assigned][0]!)!;
    const own = await submitResponse(
      database.db,
      user,
      attemptId,
      { clientResponseId: clientId("own"), questionId: first.id, response: wrongAnswer(first) },
      later(2 * MINUTE),
    );
    expect(own.feedback).toMatchObject({ correct: false });

    await finishAttempt(database.db, user, attemptId, later(3 * MINUTE));
    expect(overlap(await practiceQuestionIds(user, later(4 * MINUTE), 9), assigned).length).toBeGreaterThan(0);
  });

  it("an earlier practice quiz shows no key, score or explanation of a held-back question, and its retry leaves them out", async () => {
    const classId = await newClass("Earlier practice class");
    const user = await enrolled("earlier-practice", classId);
    // Practice first, before any assignment exists: every question missed, the last one left unanswered.
    const practice = await startPracticeAttempt(database.db, user, PRACTICE_ALL, NOW);
    const practiceIds = await questionIdsOf(practice.attemptId);
    const unanswered = practiceIds.at(-1)!;
    for (const id of practiceIds.slice(0, -1)) {
      const q = findQuestion(id)!;
      await submitResponse(database.db, user, practice.attemptId, { clientResponseId: clientId("p"), questionId: id, response: wrongAnswer(q) }, NOW);
    }

    const a = await assignment(classId, "after-due");
    const { attemptId } = await startAssignmentAttempt(database.db, user, a.id, later(MINUTE));
    const assigned = new Set(await questionIdsOf(attemptId));
    const shared = practiceIds.filter((id) => assigned.has(id));
    expect(shared.length).toBeGreaterThan(0);

    const at = later(2 * MINUTE);
    // The open practice quiz: the last question, if held back, is answered without feedback.
    const last = findQuestion(unanswered)!;
    const reply = await submitResponse(
      database.db,
      user,
      practice.attemptId,
      { clientResponseId: clientId("last"), questionId: unanswered, response: rightAnswer(last) },
      at,
    );
    expect(reply.feedback === null).toBe(assigned.has(unanswered));

    const view = await loadAttemptForStudent(database.db, user, practice.attemptId, at);
    for (const id of shared) expect(view.answered[id]?.feedback ?? null).toBeNull();
    const summary = await loadAttemptSummary(database.db, user, practice.attemptId, at);
    expect(summary.heldBack).toBe(shared.length);
    expect(summary.notice).toMatch(/held back until it is/);
    // Every answer was wrong, yet none of the shared questions is listed to review, with its key.
    expect(overlap(summary.missed.map((m) => m.questionId), assigned)).toEqual([]);
    expect(JSON.stringify(summary)).not.toMatch(new RegExp(shared.join("|")));
    expect(summary.maxScore).toBe(practiceIds.length - shared.length);

    const retry = await startRetryOfMissed(database.db, user, practice.attemptId, at);
    expect(overlap(await questionIdsOf(retry.attemptId), assigned)).toEqual([]);

    // The progress page no longer counts answers to those questions (a moving mastery would tell).
    const progress = await loadStudentProgress(database.db, user.id, at);
    expect(progress.questionsAnswered).toBe(practiceIds.length - shared.length);
    expect(progress.hiddenAnswers).toBe(shared.length);

    // Released after the due date: the summary shows them again.
    const released = await loadAttemptSummary(database.db, user, practice.attemptId, later(8 * DAY));
    expect(released.heldBack).toBe(0);
    expect(released.missed.map((m) => m.questionId)).toEqual(expect.arrayContaining(shared.filter((id) => id !== unanswered)));
  });

  it("a retry whose missed questions are all held back is refused with a clear message", async () => {
    const classId = await newClass("Retry class");
    const user = await enrolled("retry-held", classId);
    const a = await assignment(classId, "after-due");
    // A finished practice quiz of one of the assignment's questions, taken before the assignment was
    // set (written directly: a new practice quiz could no longer pick it), missed by not answering.
    const assigned = selectAssignmentQuestions(loadQuestionBank(), a.id, QuizRequestSchema.parse({ setId: SET, length: ASSIGNMENT_LENGTH }));
    const missedId = assigned[0]!.id;
    const old = await createTestAttempt(database.db, user.id, {
      questionIds: [missedId],
      title: "Old practice",
      startedAt: later(-DAY),
      finishedAt: later(-DAY),
    });
    const error = await rejection(startRetryOfMissed(database.db, user, old.id, NOW));
    expect(error.status).toBe(409);
    expect(error.message).toBe(
      "The questions to retry are on one of your assignments whose feedback is not released yet. Retry them once it is.",
    );
  });

  it("a student removed from the class is not held back by its assignments", async () => {
    const classId = await newClass("Removal class");
    const user = await enrolled("removed", classId);
    const a = await assignment(classId, "after-due");
    const assigned = new Set(await questionIdsOf((await startAssignmentAttempt(database.db, user, a.id, NOW)).attemptId));
    await database.db.enrollment.updateMany({ where: { classId, studentId: user.id }, data: { removedAt: later(MINUTE) } });
    expect(overlap(await practiceQuestionIds(user, later(2 * MINUTE), 9), assigned).length).toBeGreaterThan(0);
  });

  it("cards learnt before the assignment stop coming due while it holds them back, and come back after", async () => {
    const classId = await newClass("Cards class");
    const user = await enrolled("cards", classId);
    // Learn every card of the set first.
    for (const card of flashcardsInSet(SET)) {
      await recordReview(database.db, user, { clientReviewId: clientId("r"), cardId: card.id, rating: 3 }, NOW);
    }
    const a = await assignment(classId, "after-due", { dueAt: later(2 * DAY) });
    const assigned = new Set(await questionIdsOf((await startAssignmentAttempt(database.db, user, a.id, later(MINUTE))).attemptId));
    const heldCards = cardIdsAbout([...assigned].map((id) => findQuestion(id)!));
    // A day later every card is due again: only those not held back come up.
    const due = await cardIdsOffered(user, later(DAY));
    expect(due.queue.due.length).toBeGreaterThan(0);
    expect(overlap(due.ids, heldCards)).toEqual([]);
    const counts = await countDueCards(database.db, user.id, later(DAY));
    expect(counts.bySet[SET]!.due).toBe(due.queue.counts.dueNow);
    // After the due date they are due again with the rest.
    const after = await cardIdsOffered(user, later(2 * DAY + MINUTE));
    expect(overlap(after.ids, heldCards).length).toBeGreaterThan(0);
  });
});
