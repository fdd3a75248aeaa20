/**
 * Teachers' questions in the app's question source, hiding questions, and the question browser's
 * read model, on both databases.
 *
 * Hiding: a question a teacher hid is never drawn into their students' new practice quizzes, new
 * assignment attempts or new flashcards; an attempt already running keeps it and takes its answer;
 * recorded answers stay; another teacher's students are not affected.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAttemptSummary } from "../../lib/attempts/attempt-summary";
import { finishAttempt } from "../../lib/attempts/finish-attempt";
import { loadAttemptForStudent } from "../../lib/attempts/quiz-view";
import { startAssignmentAttempt, startPracticeAttempt } from "../../lib/attempts/start-attempt";
import { submitResponse } from "../../lib/attempts/submit-answer";
import { QuizRequestSchema } from "../../lib/attempts/quiz-request";
import { selectAssignmentQuestions } from "../../lib/attempts/select-questions";
import { hideQuestion, unhideQuestion } from "../../lib/curation/hiding";
import { browseQuestions, BrowserQuerySchema, BROWSER_PAGE_SIZE } from "../../lib/curation/question-browser";
import { loadQuestionDetail } from "../../lib/curation/question-detail";
import { hiddenForStudent, loadHiddenQuestionIds, loadQuestionsByIds, teacherQuestionId } from "../../lib/curation/question-source";
import { createClass, enrollStudents } from "../../lib/demo/factories";
import { loadReviewQueue } from "../../lib/flashcards/flashcard-service";
import { flashcardIdsAsking, flashcardsInSet } from "../../lib/flashcards/load-cards";
import { findQuestion, loadQuestionBank } from "../../lib/questions/load-bank";
import type { Question } from "../../lib/questions/types";
import { addTeacherQuestionVersion, insertTeacherQuestion, sampleTeacherQuestion } from "../support/teacher-questions";
import { createTestAssignment, createTestUser } from "../support/factories";
import { createTestDatabase, testProviders, type TestDatabase } from "../support/test-databases";

const NOW = new Date("2026-03-10T12:00:00Z");
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const later = (ms: number) => new Date(NOW.getTime() + ms);
/** 67 questions in all, 36 flashcards. */
const SET = "taftanaz-airbase";
const ALL_OF_SET = QuizRequestSchema.parse({ setId: SET, scope: "all", length: 50 });
const DRAWS = 12;

let counter = 0;
const clientId = (prefix: string) => `${prefix}_${Date.now().toString(36)}_${++counter}`;

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

describe.each(testProviders())("teacher questions and hiding on %s", (provider) => {
  let database: TestDatabase;
  type Person = { id: string; role: "student" | "teacher" };
  let teacherA: Person;
  let teacherB: Person;
  let classA: string;
  let classB: string;

  const person = async (name: string, role: "student" | "teacher"): Promise<Person> =>
    createTestUser(database.db, role, { name, ...(role === "student" ? { newCardsPerDay: 1000 } : {}) });
  const studentIn = async (name: string, classId: string) => {
    const student = await person(name, "student");
    await enrollStudents(database.db, classId, [student.id]);
    return student;
  };
  const assignment = (classId: string) =>
    createTestAssignment(database.db, classId, { title: "Taftanaz, every question", setDefinition: ALL_OF_SET, now: NOW });
  const questionIdsOf = async (attemptId: string) =>
    JSON.parse((await database.db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).questionIds) as string[];
  const practised = async (student: Person, count: number) => {
    const seen = new Set<string>();
    for (let i = 0; i < count; i++) {
      const { attemptId } = await startPracticeAttempt(database.db, student as never, ALL_OF_SET, later(i * MINUTE));
      for (const id of await questionIdsOf(attemptId)) seen.add(id);
    }
    return seen;
  };
  const newCardIds = async (student: Person) => {
    const queue = await loadReviewQueue(database.db, student.id, { setId: SET, now: NOW, limit: 100 });
    return new Set(queue.newCards.map((c) => c.card.id));
  };

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    teacherA = await person("Teacher A", "teacher");
    teacherB = await person("Teacher B", "teacher");
    classA = (await createClass(database.db, { teacherId: teacherA.id, name: "A" })).id;
    classB = (await createClass(database.db, { teacherId: teacherB.id, name: "B" })).id;
  });
  afterAll(async () => database?.drop());

  it("a hidden question is never drawn for that teacher's students, and still is for another teacher's", async () => {
    const studentA = await studentIn("Student A", classA);
    const studentB = await studentIn("Student B", classB);
    const assignmentA = await assignment(classA);
    const setCards = new Set(flashcardsInSet(SET).map((c) => c.id));
    // A question the class's assignment draws and whose flashcard is in the set's deck.
    const drawn = selectAssignmentQuestions(loadQuestionBank(), assignmentA.id, ALL_OF_SET);
    const hidden = drawn.find((q) => [...flashcardIdsAsking([q.id])].some((id) => setCards.has(id)))!;
    expect(hidden).toBeDefined();
    const hiddenCards = [...flashcardIdsAsking([hidden.id])].filter((id) => setCards.has(id));

    // Before hiding: the student is offered it and its card.
    expect(await practised(studentA, DRAWS)).toContain(hidden.id);
    expect([...(await newCardIds(studentA))]).toEqual(expect.arrayContaining(hiddenCards));

    const result = await hideQuestion(database.db, teacherA as never, hidden.id, "  The date in this one is disputed.  ");
    expect(result).toEqual({ ok: true, questionId: hidden.id });
    const stored = await database.db.questionHide.findFirstOrThrow({ where: { teacherId: teacherA.id } });
    expect(stored.reason).toBe("The date in this one is disputed.");
    expect(await hiddenForStudent(database.db, studentA.id)).toEqual(new Set([hidden.id]));
    expect(await hiddenForStudent(database.db, studentB.id)).toEqual(new Set());

    expect(await practised(studentA, DRAWS)).not.toContain(hidden.id);
    const { attemptId } = await startAssignmentAttempt(database.db, studentA as never, assignmentA.id, NOW);
    const assigned = await questionIdsOf(attemptId);
    expect(assigned.length).toBeGreaterThan(0);
    expect(assigned).not.toContain(hidden.id);
    const cardsA = await newCardIds(studentA);
    expect(cardsA.size).toBeGreaterThan(0);
    for (const id of hiddenCards) expect(cardsA.has(id)).toBe(false);

    // Another teacher's student: unaffected.
    expect(await practised(studentB, DRAWS)).toContain(hidden.id);
    expect([...(await newCardIds(studentB))]).toEqual(expect.arrayContaining(hiddenCards));

    // Unhiding brings it back (once the assignment attempt, which holds its questions back while it runs, ends).
    await finishAttempt(database.db, studentA as never, attemptId, later(DAY));
    await unhideQuestion(database.db, teacherA as never, hidden.id);
    expect(await practised(studentA, DRAWS)).toContain(hidden.id);
  });

  it("an attempt already running keeps a question hidden mid-attempt, takes its answer, and no answer is deleted", async () => {
    const student = await studentIn("Mid-attempt", classA);
    const running = await assignment(classA);
    const { attemptId } = await startAssignmentAttempt(database.db, student as never, running.id, NOW);
    const ids = await questionIdsOf(attemptId);
    const [first, second] = [findQuestion(ids[0]!)!, findQuestion(ids[1]!)!];
    await submitResponse(database.db, student as never, attemptId, {
      clientResponseId: clientId("before"),
      questionId: first.id,
      response: rightAnswer(first),
    }, later(MINUTE));

    await hideQuestion(database.db, teacherA as never, first.id, "");
    await hideQuestion(database.db, teacherA as never, second.id, "Confusing wording");

    const view = await loadAttemptForStudent(database.db, student as never, attemptId, later(2 * MINUTE));
    expect(view.questions.map((q) => q.id)).toEqual(ids);
    const answer = await submitResponse(database.db, student as never, attemptId, {
      clientResponseId: clientId("after"),
      questionId: second.id,
      response: rightAnswer(second),
    }, later(3 * MINUTE));
    expect(answer.recorded).toBe("new");
    expect(answer.feedback?.score).toBe(1);
    expect(await database.db.response.count({ where: { attemptId } })).toBe(2);

    await unhideQuestion(database.db, teacherA as never, first.id);
    await unhideQuestion(database.db, teacherA as never, second.id);
    expect(await database.db.response.count({ where: { attemptId } })).toBe(2);
  });

  it("a teacher's question in an attempt renders without its key, grades on the server and keeps its version after an edit", async () => {
    const student = await studentIn("Takes teacher question", classA);
    const rowId = await insertTeacherQuestion(database.db, teacherA.id, sampleTeacherQuestion());
    const v1 = teacherQuestionId(rowId, 1);
    const bankQuestion = loadQuestionBank().questions[0]!;
    const attempt = await database.db.attempt.create({
      data: {
        userId: student.id,
        kind: "practice",
        setDefinition: JSON.stringify({ title: "Mixed", length: 2 }),
        questionIds: JSON.stringify([v1, bankQuestion.id]),
        seed: 7,
        bankVersion: loadQuestionBank().version,
        startedAt: NOW,
      },
    });

    const view = await loadAttemptForStudent(database.db, student as never, attempt.id, later(MINUTE));
    expect(view.questions.map((q) => q.id)).toEqual([v1, bankQuestion.id]);
    const publicJson = JSON.stringify(view.questions[0]);
    expect(publicJson).toContain("Which town lies on the M5");
    expect(publicJson).not.toMatch(/"answer"|"correct"|"explanation"|sits on the M5/);

    const wrong = await submitResponse(database.db, student as never, attempt.id, {
      clientResponseId: clientId("tq"),
      questionId: v1,
      response: { selected: ["b"] },
    }, later(2 * MINUTE));
    expect(wrong.feedback).toMatchObject({ score: 0, correct: false, correctAnswer: "Maarat al-Numan" });
    expect(wrong.progress).toEqual({ answered: 1, total: 2 });

    // An edit after the answer makes version 2; the attempt and its summary keep version 1.
    await addTeacherQuestionVersion(database.db, rowId, sampleTeacherQuestion({ prompt: "Which town on the M5 was besieged?" }));
    const summary = await loadAttemptSummary(database.db, student as never, attempt.id, later(3 * MINUTE));
    expect(summary.missed.find((m) => m.questionId === v1)?.prompt).toBe("Which town lies on the M5 highway south of Idlib?");
    const current = await loadQuestionsByIds(database.db, [teacherQuestionId(rowId), v1, bankQuestion.id, "tq:nothing@1"]);
    expect(current.get(teacherQuestionId(rowId))?.id).toBe(teacherQuestionId(rowId, 2));
    expect(current.get(teacherQuestionId(rowId))?.prompt).toBe("Which town on the M5 was besieged?");
    expect(current.get(v1)?.prompt).toBe("Which town lies on the M5 highway south of Idlib?");
    expect(current.get(bankQuestion.id)).toBe(bankQuestion);
    expect(current.has("tq:nothing@1")).toBe(false);

    // The detail page's statistics: this teacher's class only, every version together.
    const detail = await loadQuestionDetail(database.db, teacherA.id, teacherQuestionId(rowId));
    expect(detail?.statistics).toEqual({ answered: 1, facility: 0, commonWrong: [{ text: "Harem", count: 1 }] });
    expect((await loadQuestionDetail(database.db, teacherB.id, teacherQuestionId(rowId)))?.statistics.answered).toBe(0);

    // A colleague may hide it: hides store the unversioned id, so the hide follows edits.
    expect(await hideQuestion(database.db, teacherB as never, v1, "")).toEqual({ ok: true, questionId: teacherQuestionId(rowId) });
    expect(await loadHiddenQuestionIds(database.db, [teacherB.id])).toContain(teacherQuestionId(rowId));
    await unhideQuestion(database.db, teacherB as never, teacherQuestionId(rowId));
  });

  it("hiding refuses an unknown question, a reason that is too long or holds hidden characters, and students", async () => {
    expect(await hideQuestion(database.db, teacherA as never, "no-such-question", "")).toMatchObject({ ok: false, status: 404 });
    expect(await hideQuestion(database.db, teacherA as never, "tq:missing", "")).toMatchObject({ ok: false, status: 404 });
    const bankId = loadQuestionBank().questions[1]!.id;
    expect(await hideQuestion(database.db, teacherA as never, bankId, "x".repeat(301))).toMatchObject({ ok: false, status: 400 });
    expect(await hideQuestion(database.db, teacherA as never, bankId, "bad\u202Ereason")).toMatchObject({ ok: false, status: 400 });
    const student = await person("Not a teacher", "student");
    expect(await hideQuestion(database.db, student as never, bankId, "")).toMatchObject({ ok: false, status: 403 });
    expect(await database.db.questionHide.count({ where: { questionId: bankId } })).toBe(0);
  });

  it("the browser searches both sources, filters by mine, hidden and reported, and pages on the server", async () => {
    const author = await person("Browsing author", "teacher");
    const colleague = await person("Colleague", "teacher");
    const klass = (await createClass(database.db, { teacherId: author.id, name: "Browse" })).id;
    const student = await studentIn("Reporter", klass);
    const mine = await insertTeacherQuestion(
      database.db,
      author.id,
      sampleTeacherQuestion({ prompt: "Which 100% certain_town was shelled?", category: "chronology", type: "multiple-choice" }),
    );
    await insertTeacherQuestion(database.db, colleague.id, sampleTeacherQuestion({ prompt: "Who held Harem in 2012?" }));
    const archived = await insertTeacherQuestion(database.db, author.id, sampleTeacherQuestion({ prompt: "Archived certain_town question" }));
    await database.db.teacherQuestion.update({ where: { id: archived }, data: { archivedAt: NOW } });

    const browse = (query: Record<string, unknown>, teacher = author.id) =>
      browseQuestions(database.db, teacher, BrowserQuerySchema.parse(query));

    // Wildcards are searched for literally, and archived questions are left out.
    const literal = await browse({ q: "100% certain_town" });
    expect(literal.rows.map((r) => r.id)).toEqual([teacherQuestionId(mine)]);
    expect(literal.rows[0]).toMatchObject({ origin: "teacher", mine: true, category: "chronology" });
    expect((await browse({ q: "100x certainxtown" })).total).toBe(0);

    const everything = await browse({});
    const ownCount = await database.db.teacherQuestion.count({ where: { archivedAt: null } });
    expect(everything.total).toBe(loadQuestionBank().questions.length + ownCount);
    expect(everything.rows).toHaveLength(BROWSER_PAGE_SIZE);
    expect(everything.pageCount).toBe(Math.ceil(everything.total / BROWSER_PAGE_SIZE));
    const second = await browse({ page: 2 });
    expect(second.rows[0]!.id).not.toBe(everything.rows[0]!.id);

    expect((await browse({ mine: "1" })).rows.map((r) => r.id)).toEqual([teacherQuestionId(mine)]);

    // Words are searched in prompt, answers and explanation of generated questions too.
    const bankHit = loadQuestionBank().questions.find((q) => q.type === "typed")!;
    const word = (bankHit as Extract<Question, { type: "typed" }>).answer.text.toLowerCase();
    const found = await browse({ q: word, type: "typed", all: "1" });
    expect(found.rows.some((r) => r.id === bankHit.id) || found.total > BROWSER_PAGE_SIZE).toBe(true);

    const hiddenId = loadQuestionBank().questions[5]!.id;
    await hideQuestion(database.db, author as never, hiddenId, "");
    const hidden = await browse({ hidden: "1" });
    expect(hidden.rows.map((r) => r.id)).toEqual([hiddenId]);
    expect(hidden.rows[0]!.hiddenByMe).toBe(true);
    expect((await browse({ hidden: "1" }, colleague.id)).total).toBe(0);

    await database.db.questionReport.create({
      data: { questionId: teacherQuestionId(mine, 1), studentId: student.id, reason: "unclear", comment: "Which town?" },
    });
    const reported = await browse({ reported: "1" });
    expect(reported.rows.map((r) => [r.id, r.openReports])).toEqual([[teacherQuestionId(mine), 1]]);
    // The colleague does not teach the reporting student.
    expect((await browse({ reported: "1" }, colleague.id)).total).toBe(0);

    // A source document filter names documents by id; an unknown id matches nothing.
    expect((await browse({ doc: "no-such-document" })).total).toBe(0);

    // Study-set filters read teacher questions' bodies, and see an edit made in place.
    const inSet = await insertTeacherQuestion(database.db, author.id, sampleTeacherQuestion({ prompt: "Set member", topics: [SET] }));
    const setIds = async () => (await browse({ set: SET, mine: "1" })).rows.map((r) => r.id);
    expect(await setIds()).toEqual([teacherQuestionId(inSet)]);
    const moved = sampleTeacherQuestion({ prompt: "Set member", topics: [], id: teacherQuestionId(inSet, 1) });
    await database.db.teacherQuestionVersion.update({
      where: { questionId_version: { questionId: inSet, version: 1 } },
      data: { body: JSON.stringify(moved) },
    });
    await database.db.teacherQuestion.update({ where: { id: inSet }, data: { updatedAt: new Date(Date.now() + 1000) } });
    expect(await setIds()).toEqual([]);

    // Pages across the join of teachers' and generated questions: every match once, none twice.
    const first = await browse({ category: "chronology", type: "multiple-choice" });
    const seen: string[] = [];
    for (let p = 1; p <= first.pageCount; p++) seen.push(...(await browse({ category: "chronology", type: "multiple-choice", page: p })).rows.map((r) => r.id));
    expect(seen).toHaveLength(first.total);
    expect(new Set(seen).size).toBe(first.total);
    expect(seen[0]).toBe(teacherQuestionId(mine));
  });
});
