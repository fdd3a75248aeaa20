import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../lib/db/create-client";
import { createClass, createUser } from "../../lib/demo/factories";
import { loadStudentProgress } from "../../lib/progress/progress-service";
import { loadQuestionBank } from "../../lib/questions/load-bank";
import { createTestDatabase, testProviders, type TestDatabase } from "../support/test-databases";

const NOW = new Date("2024-03-10T12:00:00Z");
const at = (iso: string) => new Date(iso);

const bank = loadQuestionBank();
const ofCategory = (c: string) => bank.questions.filter((q) => q.category === c);
// Questions that belong to a study set besides the category sets, so the per-set mastery has one to show.
const inAStudySet = (q: { topics: string[] }) => q.topics.some((t) => !t.startsWith("all-"));
const [chron1, chron2] = ofCategory("chronology").filter(inAStudySet);
const [place1] = ofCategory("places");
const [force1] = ofCategory("forces");

async function attemptWith(
  db: Database,
  userId: string,
  responses: { questionId: string; score: number; answeredAt: Date }[],
  extra: { kind?: string; assignmentId?: string; status?: string } = {},
) {
  let n = 0;
  return db.attempt.create({
    data: {
      userId,
      kind: extra.kind ?? "practice",
      assignmentId: extra.assignmentId ?? null,
      status: extra.status ?? "finished",
      setDefinition: "{}",
      questionIds: JSON.stringify(responses.map((r) => r.questionId)),
      seed: 1,
      bankVersion: bank.version,
      responses: {
        create: responses.map((r) => ({
          clientResponseId: `client-${++n}-${r.questionId.slice(0, 20)}`,
          questionId: r.questionId,
          answer: "{}",
          score: r.score,
          correct: r.score === 1,
          bankVersion: bank.version,
          answeredAt: r.answeredAt,
        })),
      },
    },
  });
}

async function review(db: Database, userId: string, id: string, reviewedAt: Date) {
  await db.reviewLog.create({
    data: {
      userId,
      cardId: "event-date:test",
      clientReviewId: id,
      rating: 3,
      state: 2,
      due: reviewedAt,
      stability: 3,
      difficulty: 5,
      elapsedDays: 1,
      lastElapsedDays: 1,
      scheduledDays: 3,
      learningSteps: 0,
      reviewedAt,
      bankVersion: bank.version,
    },
  });
}

describe.each(testProviders())("loadStudentProgress on %s", (provider) => {
  let database: TestDatabase;
  let studentId: string;
  let assignmentId: string;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    const db = database.db;
    const teacher = await createUser(db, { email: "t@example.com", name: "T", role: "teacher", passwordHash: "x" });
    const student = await createUser(db, { email: "s@example.com", name: "S", role: "student", passwordHash: "x" });
    const other = await createUser(db, { email: "o@example.com", name: "O", role: "student", passwordHash: "x" });
    studentId = student.id;

    // 8 March: chron1 wrong. 9 March: chron1 right (replaces the wrong one), chron2 half, place1 right.
    await attemptWith(db, student.id, [{ questionId: chron1!.id, score: 0, answeredAt: at("2024-03-08T09:00:00Z") }]);
    await attemptWith(db, student.id, [
      { questionId: chron1!.id, score: 1, answeredAt: at("2024-03-09T09:00:00Z") },
      { questionId: chron2!.id, score: 0.5, answeredAt: at("2024-03-09T09:01:00Z") },
      { questionId: place1!.id, score: 1, answeredAt: at("2024-03-09T23:59:00Z") },
    ]);
    // 10 March: a flashcard review, no answers.
    await review(db, student.id, "review-0001", at("2024-03-10T07:30:00Z"));

    // An assignment whose feedback is released after the due date (20 March): force1 right, answered 10 March.
    const klass = await createClass(db, { teacherId: teacher.id, name: "History" });
    const assignment = await db.assignment.create({
      data: {
        classId: klass.id,
        title: "Forces",
        setDefinition: "{}",
        opensAt: at("2024-03-01T00:00:00Z"),
        dueAt: at("2024-03-20T00:00:00Z"),
        feedbackPolicy: "after-due",
        bankVersion: bank.version,
      },
    });
    assignmentId = assignment.id;
    await attemptWith(db, student.id, [{ questionId: force1!.id, score: 1, answeredAt: at("2024-03-10T08:00:00Z") }], {
      kind: "assignment",
      assignmentId: assignment.id,
    });

    // Someone else's answers never count.
    await attemptWith(db, other.id, [{ questionId: chron2!.id, score: 1, answeredAt: at("2024-03-10T10:00:00Z") }]);
    await review(db, other.id, "review-other-1", at("2024-03-10T11:00:00Z"));
  });
  afterAll(async () => database?.drop());

  it("counts the latest score per question against every question available", async () => {
    const progress = await loadStudentProgress(database.db, studentId, NOW);
    const chronology = progress.masteryByCategory.find((c) => c.category === "chronology")!;
    const available = ofCategory("chronology").length;
    expect(chronology.answered).toBe(2);
    expect(chronology.available).toBe(available);
    expect(chronology.mastery).toBeCloseTo((1 + 0.5) / available);
    const places = progress.masteryByCategory.find((c) => c.category === "places")!;
    expect(places).toMatchObject({ answered: 1, available: ofCategory("places").length, confidence: "low" });
    expect(progress.questionsAnswered).toBe(3);

    // A study set chron1 belongs to: its questions' latest scores over its size.
    const setId = chron1!.topics.find((t) => !t.startsWith("all-"))!;
    const inSet = bank.questions.filter((q) => q.topics.includes(setId));
    const latest: Record<string, number> = { [chron1!.id]: 1, [chron2!.id]: 0.5, [place1!.id]: 1 };
    const expected = inSet.reduce((sum, q) => sum + (latest[q.id] ?? 0), 0) / inSet.length;
    const topic = progress.masteryByTopic.find((t) => t.setId === setId)!;
    expect(topic.available).toBe(inSet.length);
    expect(topic.mastery).toBeCloseTo(expected);
    expect(topic.title.length).toBeGreaterThan(0);
  });

  it("gives accuracy per UTC day, oldest first", async () => {
    const progress = await loadStudentProgress(database.db, studentId, NOW);
    expect(progress.accuracyByDay).toEqual([
      { date: "2024-03-08", answered: 1, correct: 0, score: 0 },
      { date: "2024-03-09", answered: 3, correct: 2, score: 2.5 / 3 },
    ]);
  });

  it("keeps answers out of mastery until the assignment's feedback is released, but counts them as activity", async () => {
    const progress = await loadStudentProgress(database.db, studentId, NOW);
    expect(progress.hiddenAnswers).toBe(1);
    expect(progress.masteryByCategory.find((c) => c.category === "forces")!.answered).toBe(0);
    // 8, 9 and 10 March (the review and the hidden answer)
    expect(progress.streakDays).toBe(3);
    expect(progress.lastActiveAt).toBe("2024-03-10T08:00:00.000Z");

    const teacherView = await loadStudentProgress(database.db, studentId, NOW, { includeHiddenFeedback: true });
    expect(teacherView.hiddenAnswers).toBe(0);
    expect(teacherView.masteryByCategory.find((c) => c.category === "forces")!.answered).toBe(1);

    // After the due date the student sees it too.
    const later = await loadStudentProgress(database.db, studentId, at("2024-03-20T00:00:00Z"));
    expect(later.masteryByCategory.find((c) => c.category === "forces")!.answered).toBe(1);
    // ...and the streak has lapsed: nothing on 19 or 20 March.
    expect(later.streakDays).toBe(0);
  });

  it("uses the student's extended due date for after-due feedback", async () => {
    await database.db.assignmentExtension.create({
      data: { assignmentId, studentId, dueAt: at("2024-03-10T09:00:00Z") },
    });
    const progress = await loadStudentProgress(database.db, studentId, NOW);
    expect(progress.hiddenAnswers).toBe(0);
    expect(progress.masteryByCategory.find((c) => c.category === "forces")!.answered).toBe(1);
    await database.db.assignmentExtension.deleteMany({ where: { assignmentId } });
  });

  it("streak counted to yesterday when nothing happened yet today", async () => {
    const progress = await loadStudentProgress(database.db, studentId, at("2024-03-11T06:00:00Z"));
    expect(progress.streakDays).toBe(3);
  });

  it("is empty for a student who has done nothing", async () => {
    const fresh = await createUser(database.db, { email: "new@example.com", name: "N", role: "student", passwordHash: "x" });
    const progress = await loadStudentProgress(database.db, fresh.id, NOW);
    expect(progress).toMatchObject({ accuracyByDay: [], streakDays: 0, lastActiveAt: null, questionsAnswered: 0 });
    expect(progress.masteryByCategory.every((c) => c.mastery === 0 && c.answered === 0 && c.available > 0)).toBe(true);
  });
});
