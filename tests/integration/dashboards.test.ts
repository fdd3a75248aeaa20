import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpError } from "../../lib/errors";
import { canManageClass, type Actor } from "../../lib/auth/policy";
import { createClass, createUser, enrollStudents } from "../../lib/demo/factories";
import { DEMO_ASSIGNMENTS } from "../../lib/demo/demo-assignments";
import { DEMO_TEACHER_EMAIL, demoStudentEmail, seedDemoData } from "../../lib/demo/seed-demo-data";
import { loadClassOverview } from "../../lib/teaching/dashboards/class-overview";
import { loadItemAnalysis } from "../../lib/teaching/dashboards/item-analysis";
import { loadMostMissed } from "../../lib/teaching/dashboards/most-missed";
import { loadStudentDetail } from "../../lib/teaching/dashboards/student-detail";
import { gradebookCsv, responsesCsv, streamToText } from "../../lib/teaching/exports";
import { loadQuestionBank } from "../../lib/questions/load-bank";
import { createTestAttempt, createTestResponse } from "../support/factories";
import { createTestDatabase, testProviders, type TestDatabase } from "../support/test-databases";

const NOW = new Date("2026-03-10T12:00:00Z");

async function refusal(promise: Promise<unknown>): Promise<number> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HttpError);
  return (error as HttpError).status;
}

/** Splits CSV text into records (no quoted line breaks in this data). */
function records(text: string): string[] {
  return text.replace(/^\uFEFF/, "").split("\r\n").filter((line) => line !== "");
}

describe.each(testProviders())("teacher dashboards on %s", (provider) => {
  let database: TestDatabase;
  let teacher: Actor;
  let otherTeacher: Actor;
  let student: Actor;
  let classId: string;
  let otherClassId: string;
  const studentIds = new Map<number, string>();
  const assignmentIds: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    const db = database.db;
    expect(await seedDemoData(db, "embedded", NOW)).toBe("seeded");
    const t = await db.user.findUniqueOrThrow({ where: { email: DEMO_TEACHER_EMAIL } });
    teacher = { id: t.id, role: "teacher" };
    for (let n = 1; n <= 30; n++) {
      studentIds.set(n, (await db.user.findUniqueOrThrow({ where: { email: demoStudentEmail(n) } })).id);
    }
    student = { id: studentIds.get(1)!, role: "student" };
    const klass = await db.class.findFirstOrThrow({ where: { teacherId: t.id } });
    classId = klass.id;
    for (const { title } of DEMO_ASSIGNMENTS) {
      assignmentIds.push((await db.assignment.findFirstOrThrow({ where: { classId, title } })).id);
    }
    const other = await createUser(db, { email: `other-${provider}@school.example`, name: "Other Teacher", role: "teacher", passwordHash: "x" });
    otherTeacher = { id: other.id, role: "teacher" };
    const otherClass = await createClass(db, { teacherId: other.id, name: "Other class" });
    otherClassId = otherClass.id;
    // Student 6 is also in the other class, and practises on their own.
    await enrollStudents(db, otherClass.id, [studentIds.get(6)!]);
  });

  afterAll(async () => {
    await database?.drop();
  });

  it("overview: completion, averages, not started and late per assignment", async () => {
    const overview = await loadClassOverview(database.db, teacher, classId, NOW);
    expect(overview.class.id).toBe(classId);
    expect(overview.students).toHaveLength(30);
    const [past, open] = overview.assignments;
    expect(past!.title).toBe(DEMO_ASSIGNMENTS[0].title);
    expect(past!.state).toBe("past-due");
    // Students 6-20 did it; 1-5 and 21-30 never started and the due date has passed.
    expect(past!.done).toBe(15);
    expect(past!.completion).toBeCloseTo(0.5, 10);
    expect(past!.notStarted).toBe(15);
    expect(past!.late).toBe(15); // student 19 finished after the class due date but inside the extension

    // The average is the mean of each student's best finished attempt.
    const attempts = await database.db.attempt.findMany({
      where: { assignmentId: assignmentIds[0], status: "finished" },
      select: { userId: true, score: true, questionIds: true },
    });
    const best = new Map<string, number>();
    for (const a of attempts) {
      const pct = a.score / (JSON.parse(a.questionIds) as string[]).length;
      best.set(a.userId, Math.max(best.get(a.userId) ?? 0, pct));
    }
    const expected = [...best.values()].reduce((s, v) => s + v, 0) / best.size;
    expect(past!.averageScore).toBeCloseTo(expected, 10);

    expect(open!.state).toBe("open");
    expect(open!.done).toBe(9); // 8-16; 17 is still answering
    expect(open!.notStarted).toBe(20);
    expect(open!.late).toBe(0);
  });

  it("overview: names who has not started the next assignment due, and students' averages", async () => {
    const overview = await loadClassOverview(database.db, teacher, classId, NOW);
    expect(overview.focus?.reason).toBe("next-due");
    expect(overview.focus?.assignment.id).toBe(assignmentIds[1]);
    const notStarted = overview.focus!.notStarted.map((s) => s.name);
    expect(notStarted).toContain("Student 1");
    expect(notStarted).not.toContain("Student 8");
    expect(notStarted).not.toContain("Student 17"); // started, not finished
    expect(notStarted).toHaveLength(20);

    const s12 = overview.students.find((s) => s.name === "Student 12")!;
    expect(s12.assignmentsDone).toBe(2);
    expect(s12.averageScore).not.toBeNull();
    expect(overview.students.find((s) => s.name === "Student 7")!.assignmentsDone).toBe(1);
    expect(overview.students.find((s) => s.name === "Student 1")!.assignmentsDone).toBe(0);
    expect(overview.studentAverages).toHaveLength(15);

    // After the second due date, the focus moves to it and lists the overdue students as late.
    const later = await loadClassOverview(database.db, teacher, classId, new Date(NOW.getTime() + 5 * 86_400_000));
    expect(later.focus?.reason).toBe("last-due");
    // Student 17's unfinished attempt ended at the due date: it counts as handed in, on time.
    expect(later.focus?.late.map((s) => s.name)).not.toContain("Student 17");
    expect(later.focus?.late.map((s) => s.name)).toContain("Student 18");
    expect(later.assignments[1]!.done).toBe(10);
    expect(later.focus?.late.find((s) => s.name === "Student 1")?.overdue).toBe(true);
  });

  it("item analysis: each student's first finished attempt, facility matching the stored answers", async () => {
    const analysis = (await loadItemAnalysis(database.db, teacher, classId, assignmentIds[0]!))!;
    expect(analysis.attemptsAnalysed).toBe(15); // students 7 and 12 tried twice: first attempt only
    expect(analysis.items).toHaveLength(10);
    for (const item of analysis.items) {
      expect(item.n).toBe(15);
      expect(item.question?.prompt).toBeTruthy();
      expect(item.question?.sources.length).toBeGreaterThan(0);
    }
    // Facility of one question, from first attempts only.
    const firsts = await database.db.attempt.findMany({
      where: { assignmentId: assignmentIds[0] },
      orderBy: [{ userId: "asc" }, { startedAt: "asc" }],
      select: { id: true, userId: true },
    });
    const firstIds = [...new Map(firsts.reverse().map((a) => [a.userId, a.id])).values()];
    const item = analysis.items[0]!;
    const scores = await database.db.response.findMany({
      where: { attemptId: { in: firstIds }, questionId: item.questionId },
      select: { score: true },
    });
    const mean = scores.reduce((s, r) => s + r.score, 0) / 15;
    expect(item.facility).toBeCloseTo(100 * mean, 8);
    // Wrong answers are written out, most common first.
    const withWrong = analysis.items.filter((i) => i.wrongAnswers.length > 0);
    expect(withWrong.length).toBeGreaterThan(0);
    for (const i of withWrong) {
      expect(i.wrongAnswers[0]!.text).not.toMatch(/^\{/);
      const counts = i.wrongAnswers.map((w) => w.count);
      expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    }
  });

  it("student page: the student's attempts in this class, progress and memory; refuses students not in the class", async () => {
    const detail = (await loadStudentDetail(database.db, teacher, classId, studentIds.get(12)!, NOW))!;
    expect(detail.student.name).toBe("Student 12");
    expect(detail.attempts.map((a) => a.assignmentId)).toEqual([assignmentIds[0], assignmentIds[0], assignmentIds[1]]);
    expect(detail.attempts.every((a) => a.score >= 0 && a.score <= 1 && a.total > 0)).toBe(true);
    expect(detail.progress.questionsAnswered).toBeGreaterThan(0);
    expect(detail.memory.cardsStudied).toBe(0);

    const outsider = await createUser(database.db, { email: `outsider-${provider}@example.com`, name: "Outsider", role: "student", passwordHash: "x" });
    expect(await loadStudentDetail(database.db, teacher, classId, outsider.id, NOW)).toBeNull();
    expect(await loadStudentDetail(database.db, teacher, classId, teacher.id, NOW)).toBeNull();
    // Removed from the class: no longer shown, nor counted in the overview.
    await database.db.enrollment.update({
      where: { classId_studentId: { classId, studentId: studentIds.get(30)! } },
      data: { removedAt: NOW },
    });
    expect(await loadStudentDetail(database.db, teacher, classId, studentIds.get(30)!, NOW)).toBeNull();
    expect((await loadClassOverview(database.db, teacher, classId, NOW)).students).toHaveLength(29);
  });

  it("most-missed: lowest mean score first, only with five answers or more", async () => {
    const missed = await loadMostMissed(database.db, teacher, classId);
    expect(missed.answersCounted).toBe(
      await database.db.response.count({ where: { attempt: { assignment: { classId } } } }),
    );
    expect(missed.questions.length).toBeGreaterThan(0);
    for (const q of missed.questions) expect(q.answers).toBeGreaterThanOrEqual(5);
    const means = missed.questions.map((q) => q.meanScore);
    expect([...means].sort((a, b) => a - b)).toEqual(means);
    expect(missed.facts.length).toBeGreaterThan(0);
    expect(missed.facts[0]!.label).toBeTruthy();
    expect(missed.facts[0]!.sources.length).toBeGreaterThan(0);
  });

  it("exports: a gradebook row per student and a response row per answer, practice included", async () => {
    const gradebook = await gradebookCsv(database.db, teacher, classId, NOW);
    expect(gradebook.body.startsWith("\uFEFF")).toBe(true);
    expect(gradebook.disposition).toMatch(/^attachment; filename="gradebook-year-11-history-.*-2026-03-10\.csv"/);
    const rows = records(gradebook.body);
    expect(rows[0]).toBe(`Name,Email,Enrolment,${DEMO_ASSIGNMENTS[0].title},${DEMO_ASSIGNMENTS[1].title}`);
    expect(rows).toHaveLength(31); // removed student 30 stays, marked
    expect(rows.find((r) => r.startsWith("Student 30,"))).toMatch(/,removed 2026-03-10,/);
    const s1 = rows.find((r) => r.startsWith("Student 1,"))!;
    expect(s1).toBe("Student 1,student1@example.com,enrolled,,");
    const s8 = rows.find((r) => r.startsWith("Student 8,"))!.split(",");
    expect(Number(s8[3])).toBeGreaterThanOrEqual(0);
    expect(Number(s8[4])).toBeLessThanOrEqual(100);

    // A practice answer by an enrolled student is part of the class's responses.
    const practiceQuestionId = loadQuestionBank().questions.find((q) => q.type === "true-false")!.id;
    const practice = await createTestAttempt(database.db, studentIds.get(6)!, { questionIds: [practiceQuestionId] });
    await createTestResponse(database.db, practice.id, practiceQuestionId, { answeredAt: NOW, timeSpentMs: 1234 });

    const responses = await responsesCsv(database.db, teacher, classId, NOW);
    expect(responses.disposition).toContain("responses-year-11-history");
    const text = await streamToText(responses.stream);
    expect(text.startsWith("\uFEFF")).toBe(true);
    const lines = records(text);
    expect(lines[0]).toBe(
      "Student,Email,Assignment,Question id,Category,Type,Prompt,Answer,Score,Correct,Answered at (UTC),Time spent (ms)",
    );
    const total = await database.db.response.count({
      where: { OR: [{ attempt: { assignment: { classId } } }, { attemptId: practice.id }] },
    });
    expect(lines.length - 1).toBe(total);
    expect(lines.some((l) => l.startsWith("Student 6,student6@example.com,practice,") && l.endsWith(",1,true,2026-03-10T12:00:00.000Z,1234"))).toBe(true);
    expect(lines.some((l) => l.includes(`,${DEMO_ASSIGNMENTS[0].title},`) || l.includes(`,"${DEMO_ASSIGNMENTS[0].title}",`))).toBe(true);
  });

  it("refuses another teacher's class and students, with the same answer from the functions and the policy", async () => {
    const klass = await database.db.class.findUniqueOrThrow({ where: { id: classId } });
    expect(canManageClass(otherTeacher, klass)).toBe(false);
    expect(canManageClass(student, klass)).toBe(false);
    expect(canManageClass(teacher, klass)).toBe(true);
    for (const actor of [otherTeacher, student]) {
      expect(await refusal(loadClassOverview(database.db, actor, classId, NOW))).toBe(403);
      expect(await refusal(loadItemAnalysis(database.db, actor, classId, assignmentIds[0]!))).toBe(403);
      expect(await refusal(loadStudentDetail(database.db, actor, classId, studentIds.get(7)!, NOW))).toBe(403);
      expect(await refusal(loadMostMissed(database.db, actor, classId))).toBe(403);
      expect(await refusal(gradebookCsv(database.db, actor, classId, NOW))).toBe(403);
      expect(await refusal(responsesCsv(database.db, actor, classId, NOW))).toBe(403);
    }
    expect(await refusal(loadClassOverview(database.db, teacher, "no-such-class", NOW))).toBe(404);
    // An assignment id from one class under another class's URL is not found.
    expect(await loadItemAnalysis(database.db, otherTeacher, otherClassId, assignmentIds[0]!)).toBeNull();
    // The other teacher's own (empty) class works and shows none of the demo class.
    const own = await loadClassOverview(database.db, otherTeacher, otherClassId, NOW);
    expect(own.students.map((s) => s.name)).toEqual(["Student 6"]);
    expect(own.assignments).toEqual([]);
    // A student of both classes is not shown under the other class with this class's work.
    const shared = (await loadStudentDetail(database.db, otherTeacher, otherClassId, studentIds.get(6)!, NOW))!;
    expect(shared.attempts).toEqual([]);
  });
});
