/**
 * Students' reports of bad questions: only after the student has seen the question's feedback,
 * once per question, at most REPORTS_PER_HOUR an hour; a teacher sees only the reports of students
 * in their classes, dismisses them or hides the question (and new practice quizzes stop drawing it);
 * the content authors' CSV holds reports on generated questions, with formulas defused.
 */
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAssignmentAttempt, startPracticeAttempt } from "../../lib/attempts/start-attempt";
import { submitResponse } from "../../lib/attempts/submit-answer";
import { loadGeneratedQuestionReports, reportsToCsv } from "../../lib/curation/report-export";
import {
  countOpenReportsByQuestion,
  dismissReport,
  hideReportedQuestion,
  listOpenReports,
  NOT_SEEN_MESSAGE,
  REPORTS_PER_HOUR,
  submitQuestionReport,
  TOO_MANY_MESSAGE,
} from "../../lib/curation/reports";
import { createClass, enrollStudents } from "../../lib/demo/factories";
import { loadQuestionBank } from "../../lib/questions/load-bank";
import type { Question } from "../../lib/questions/types";
import { createTestAssignment, createTestUser } from "../support/factories";
import { rejection } from "../support/http-error";
import { createTestDatabase, testProviders, type TestDatabase } from "../support/test-databases";

let counter = 0;
const clientId = () => `rp_${Date.now().toString(36)}_${++counter}`;
const SET = "taftanaz-airbase";

/** A well-formed answer of the right shape (right or wrong does not matter to a report). */
function someAnswer(question: Question): unknown {
  switch (question.type) {
    case "true-false":
      return { value: true };
    case "multiple-choice":
      return { selected: [question.options[0]!.id] };
    case "typed":
      return { text: "something" };
    case "numeric":
      return { value: 1 };
    case "ordering":
      return { order: question.options.map((o) => o.id) };
    case "matching":
      return { pairs: Object.fromEntries(question.premises.map((p) => [p.id, question.options[0]!.id])) };
    case "map-pin":
      return { lat: 36, lon: 37 };
  }
}

describe.each(testProviders())("question reports on %s", (provider) => {
  let database: TestDatabase;
  type Person<R> = { id: string; role: R };
  let teacherA: Person<"teacher">;
  let teacherB: Person<"teacher">;
  let classA: string;
  let classB: string;
  let bank: Question[];

  const person = <R extends "teacher" | "student">(name: string, role: R): Promise<Person<R>> => createTestUser(database.db, role, { name });
  const studentIn = async (name: string, classId: string) => {
    const student = await person(name, "student");
    await enrollStudents(database.db, classId, [student.id]);
    return student;
  };
  /** A practice quiz of just this question, answered (practice feedback is always shown). */
  const answerInPractice = async (student: Person<"student">, question: Question) => {
    const { attemptId } = await startPracticeAttempt(database.db, student, { questionIds: [question.id], length: 1 });
    // Every question here is true/false (see beforeAll).
    await submitResponse(database.db, student, attemptId, { clientResponseId: clientId(), questionId: question.id, response: { value: true } });
    return attemptId;
  };
  const report = (student: Person<"student">, questionId: string, extra: { reason?: string; comment?: string } = {}) =>
    submitQuestionReport(database.db, student, { questionId, reason: extra.reason ?? "typo", comment: extra.comment ?? "" });

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    teacherA = await person("Teacher A", "teacher");
    teacherB = await person("Teacher B", "teacher");
    classA = (await createClass(database.db, { teacherId: teacherA.id, name: "A" })).id;
    classB = (await createClass(database.db, { teacherId: teacherB.id, name: "B" })).id;
    bank = loadQuestionBank().questions.filter((q) => q.type === "true-false");
    expect(bank.length).toBeGreaterThan(30);
  });
  afterAll(async () => database?.drop());

  it("accepts a report only after the feedback was seen, once per question", async () => {
    const student = await studentIn("Once", classA);
    const [seen, unseen] = [bank[0]!, bank[1]!];
    expect(await report(student, unseen.id)).toEqual({ ok: false, errors: { form: NOT_SEEN_MESSAGE } });
    const attemptId = await answerInPractice(student, seen);

    expect(await report(student, seen.id, { reason: "wrong-answer", comment: "The date is 2012, not 2013." })).toEqual({ ok: true, outcome: "sent" });
    expect(await report(student, seen.id, { reason: "unclear" })).toEqual({ ok: true, outcome: "already-reported" });
    const stored = await database.db.questionReport.findMany({ where: { studentId: student.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ questionId: seen.id, reason: "wrong-answer", attemptId, status: "open" });

    // Bad input is a form error, not an exception.
    expect(await report(student, bank[2]!.id, { reason: "rude" })).toMatchObject({ ok: false, errors: { reason: expect.any(String) } });
    expect(await report(student, seen.id, { comment: "x".repeat(501) })).toMatchObject({ ok: false, errors: { comment: expect.stringContaining("500") } });
    expect(await report(student, bank[2]!.id, { comment: "bad\u0000text" })).toMatchObject({ ok: false, errors: { comment: expect.any(String) } });
    expect(await submitQuestionReport(database.db, student, { questionId: 42, reason: null, comment: {} })).toMatchObject({ ok: false });
    // Teachers do not report.
    expect((await rejection(submitQuestionReport(database.db, teacherA, { questionId: seen.id, reason: "typo", comment: "" }))).status).toBe(403);
  });

  it("refuses while an assignment holds the question's feedback back, and accepts once it is released", async () => {
    const student = await studentIn("Waiting", classA);
    const now = new Date();
    const assignment = await createTestAssignment(database.db, classA, {
      title: "After the due date",
      setDefinition: { setId: SET, length: 3 },
      now,
      dueAt: new Date(now.getTime() + 2 * 86_400_000),
      feedbackPolicy: "after-due",
    });
    const { attemptId } = await startAssignmentAttempt(database.db, student, assignment.id, now);
    const [questionId] = JSON.parse((await database.db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).questionIds) as string[];
    const question = loadQuestionBank().questions.find((q) => q.id === questionId)!;
    await submitResponse(database.db, student, attemptId, { clientResponseId: clientId(), questionId, response: someAnswer(question) }, now);
    expect(await submitQuestionReport(database.db, student, { questionId, reason: "typo", comment: "" }, now)).toEqual({
      ok: false,
      errors: { form: NOT_SEEN_MESSAGE },
    });
    const afterDue = new Date(now.getTime() + 3 * 86_400_000);
    expect(await submitQuestionReport(database.db, student, { questionId, reason: "typo", comment: "" }, afterDue)).toEqual({ ok: true, outcome: "sent" });
  });

  it("accepts a report during a running attempt of an assignment whose feedback is shown after each answer", async () => {
    // A class of its own: another class assignment holding the same questions back would (rightly) refuse the report.
    const ownClass = (await createClass(database.db, { teacherId: teacherA.id, name: "Feedback at once" })).id;
    const student = await studentIn("Running", ownClass);
    const now = new Date();
    const assignment = await createTestAssignment(database.db, ownClass, {
      title: "Feedback at once",
      setDefinition: { setId: SET, length: 3 },
      now,
      dueAt: new Date(now.getTime() + 2 * 86_400_000),
    });
    const { attemptId } = await startAssignmentAttempt(database.db, student, assignment.id, now);
    const [first, second] = JSON.parse((await database.db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).questionIds) as string[];
    const question = loadQuestionBank().questions.find((q) => q.id === first)!;
    await submitResponse(database.db, student, attemptId, { clientResponseId: clientId(), questionId: first!, response: someAnswer(question) }, now);
    // Answered and shown: reportable. Not yet answered: not.
    expect(await submitQuestionReport(database.db, student, { questionId: first, reason: "typo", comment: "", attemptId }, now)).toEqual({ ok: true, outcome: "sent" });
    expect(await submitQuestionReport(database.db, student, { questionId: second, reason: "typo", comment: "", attemptId }, now)).toEqual({
      ok: false,
      errors: { form: NOT_SEEN_MESSAGE },
    });
  });

  it(`allows at most ${REPORTS_PER_HOUR} reports an hour`, async () => {
    const student = await studentIn("Busy", classA);
    const now = new Date();
    await database.db.questionReport.createMany({
      data: Array.from({ length: REPORTS_PER_HOUR }, (_, i) => ({
        questionId: `old-${i}`,
        studentId: student.id,
        reason: "other",
        createdAt: new Date(now.getTime() - 30 * 60_000),
      })),
    });
    await answerInPractice(student, bank[5]!);
    expect(await report(student, bank[5]!.id)).toEqual({ ok: false, errors: { form: TOO_MANY_MESSAGE } });
    // An hour later the window has moved on.
    expect(
      await submitQuestionReport(database.db, student, { questionId: bank[5]!.id, reason: "typo", comment: "" }, new Date(now.getTime() + 45 * 60_000)),
    ).toEqual({ ok: true, outcome: "sent" });
  });

  it("shows teachers only their own students' reports; dismissing and hiding act on those only", async () => {
    const mine = await studentIn("Mine", classA);
    const theirs = await studentIn("Theirs", classB);
    const question = bank[10]!;
    await answerInPractice(mine, question);
    await answerInPractice(theirs, question);
    expect(await report(mine, question.id, { comment: "=HYPERLINK(\"http://evil\")" })).toMatchObject({ ok: true });
    expect(await report(theirs, question.id, { reason: "unclear" })).toMatchObject({ ok: true });

    const forA = await listOpenReports(database.db, teacherA, { questionId: question.id });
    expect(forA.map((r) => r.studentName)).toEqual(["Mine"]);
    expect((await listOpenReports(database.db, teacherB, { questionId: question.id })).map((r) => r.studentName)).toEqual(["Theirs"]);
    expect((await countOpenReportsByQuestion(database.db, teacherA, [question.id])).get(question.id)).toBe(1);

    // B cannot dismiss or hide A's student's report.
    expect((await rejection(dismissReport(database.db, teacherB, forA[0]!.id))).status).toBe(404);
    expect((await rejection(hideReportedQuestion(database.db, teacherB, forA[0]!.id))).status).toBe(404);

    await dismissReport(database.db, teacherA, forA[0]!.id);
    expect(await listOpenReports(database.db, teacherA, { questionId: question.id })).toEqual([]);
    expect(await database.db.questionReport.findUniqueOrThrow({ where: { id: forA[0]!.id } })).toMatchObject({
      status: "dismissed",
      reviewedById: teacherA.id,
    });
    expect(await listOpenReports(database.db, teacherB, { questionId: question.id })).toHaveLength(1);
  });

  it("hiding a reported question resolves the report and keeps it out of the student's new practice quizzes", async () => {
    const student = await studentIn("Hider", classA);
    const practice = { setId: SET, scope: "all" as const, length: 50 };
    const { attemptId } = await startPracticeAttempt(database.db, student, practice);
    const [questionId] = JSON.parse((await database.db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).questionIds) as string[];
    const question = loadQuestionBank().questions.find((q) => q.id === questionId)!;
    await submitResponse(database.db, student, attemptId, { clientResponseId: clientId(), questionId, response: someAnswer(question) });
    expect(await report(student, questionId!)).toMatchObject({ ok: true, outcome: "sent" });
    const [open] = await listOpenReports(database.db, teacherA, { questionId });
    await hideReportedQuestion(database.db, teacherA, open!.id);
    expect(await database.db.questionHide.count({ where: { teacherId: teacherA.id, questionId } })).toBe(1);
    expect(await database.db.questionReport.findUniqueOrThrow({ where: { id: open!.id } })).toMatchObject({ status: "resolved" });
    for (let i = 0; i < 6; i++) {
      const next = await startPracticeAttempt(database.db, student, practice);
      const ids = JSON.parse((await database.db.attempt.findUniqueOrThrow({ where: { id: next.attemptId } })).questionIds) as string[];
      expect(ids).not.toContain(questionId);
    }
  });

  it("exports reports on generated questions as CSV with formulas defused", async () => {
    await database.db.questionReport.create({
      data: { questionId: "tq:someone@1", studentId: (await studentIn("Teacher-q", classA)).id, reason: "typo" },
    });
    const rows = await loadGeneratedQuestionReports(database.db);
    expect(rows.every((r) => !r.questionId.startsWith("tq:"))).toBe(true);
    const csv = reportsToCsv(rows);
    expect(csv.startsWith("\uFEFFquestion id,prompt,reason,comment,count,first reported,last reported\r\n")).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    const comments = parsed.map((row) => row[3]);
    // The dismissed "=HYPERLINK" report is left out; no cell starts a formula.
    expect(parsed.slice(1).every((row) => row.every((cell) => !/^[=+\-@]/.test(cell)))).toBe(true);
    expect(comments).not.toContain('=HYPERLINK("http://evil")');
    expect(parsed.slice(1).some((row) => row[4] === "1")).toBe(true);
    expect(reportsToCsv([{ questionId: "q", prompt: "p", reason: "other", comments: ["=1+1", "@cmd"], count: 2, first: new Date(0), last: new Date(0) }])).toContain(
      "'=1+1 | @cmd",
    );
  });
});
