/**
 * The export service's access rules on both databases: an assignment's questions go only to the
 * teacher of its class, a custom set's (teachers' own questions included) to its owner, or to any
 * teacher once it is shared, and a student's deck leaves out the cards an assignment is holding back
 * from them until its feedback is released.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadWithheldQuestions } from "../../lib/attempts/withheld-questions";
import { bytesOf } from "../unit/exports/check-exports";
import { addQuestionToSet, createCustomSet, setCustomSetShared } from "../../lib/curation/custom-sets";
import { assignmentExport, assignmentQuestions, customSetExport, studentDeckExport } from "../../lib/exports/export-service";
import { quizletField } from "../../lib/exports/quizlet";
import { flashcardIdsAbout, flashcardsInSet } from "../../lib/flashcards/load-cards";
import { loadQuestionBank } from "../../lib/questions/load-bank";
import { createTestAssignment, createTestClass, createTestStudent, createTestTeacher } from "../support/factories";
import { rejection } from "../support/http-error";
import { insertTeacherQuestion, sampleTeacherQuestion } from "../support/teacher-questions";
import { createTestDatabase, testProviders, type TestDatabase } from "../support/test-databases";

const NOW = new Date("2026-03-10T12:00:00Z");
const DAY = 24 * 60 * 60_000;
const SET = "taftanaz-airbase";

describe.each(testProviders())("exports on %s", (provider) => {
  let database: TestDatabase;
  let teacher: { id: string; role: "teacher" };
  let otherTeacher: { id: string; role: "teacher" };
  let student: { id: string; role: "student" };
  let assignmentId: string;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    teacher = await createTestTeacher(database.db);
    otherTeacher = await createTestTeacher(database.db);
    student = await createTestStudent(database.db);
    const klass = await createTestClass(database.db, { teacherId: teacher.id, name: "Exports class", students: [student] });
    const assignment = await createTestAssignment(database.db, klass.id, {
      title: "Taftanaz: \"the airbase\"",
      setDefinition: { setId: SET, length: 10 },
      now: NOW,
      dueAt: new Date(NOW.getTime() + 2 * DAY),
      feedbackPolicy: "after-due",
    });
    assignmentId = assignment.id;
  });
  afterAll(async () => database?.drop());

  it("gives an assignment's questions to the teacher of its class and refuses another teacher", async () => {
    const { questions } = await assignmentQuestions(database.db, teacher, assignmentId);
    expect(questions).toHaveLength(10);
    const gift = await assignmentExport(database.db, teacher, assignmentId, "gift");
    expect(gift.filename).toBe("taftanaz-the-airbase.gift.txt");
    expect((await bytesOf(gift.body)).toString("utf8")).toContain("::");
    expect(await rejection(assignmentExport(database.db, otherTeacher, assignmentId, "gift"))).toMatchObject({ status: 403 });
    expect(await rejection(assignmentExport(database.db, teacher, "no-such-assignment", "gift"))).toMatchObject({ status: 404 });
  });

  it("exports a custom set in its order, with the teacher's own question, to its owner and, once shared, to colleagues", async () => {
    const made = await createCustomSet(database.db, teacher, { name: "Revision: airbases", description: "" });
    if (!made.ok) throw new Error("the set was not created");
    const setId = made.value.setId;
    const written = await insertTeacherQuestion(
      database.db,
      teacher.id,
      sampleTeacherQuestion({ prompt: "Which town on the M5 changed hands in October 2012?", explanation: "Written by the teacher." }),
    );
    const generated = loadQuestionBank().questions.find((q) => q.topics.includes(SET) && q.type === "multiple-choice")!;
    await addQuestionToSet(database.db, teacher, setId, `tq:${written}`);
    await addQuestionToSet(database.db, teacher, setId, generated.id);

    const csv = await customSetExport(database.db, teacher, setId, "csv");
    expect(csv.report.exported).toBe(2);
    const text = (await bytesOf(csv.body)).toString("utf8");
    expect(text.indexOf("Which town on the M5 changed hands in October 2012?")).toBeGreaterThan(-1);
    expect(text.indexOf("Which town on the M5")).toBeLessThan(text.indexOf(generated.prompt.slice(0, 40)));

    expect(await rejection(customSetExport(database.db, otherTeacher, setId, "csv"))).toMatchObject({ status: 403 });
    expect(await rejection(customSetExport(database.db, student, setId, "csv"))).toMatchObject({ status: 403 });
    await setCustomSetShared(database.db, teacher, setId, true);
    const shared = await customSetExport(database.db, otherTeacher, setId, "gift");
    expect(shared.report.exported).toBe(2);
    await bytesOf(shared.body);
    expect(await rejection(customSetExport(database.db, teacher, "no-such-set", "csv"))).toMatchObject({ status: 404 });
  });

  it("leaves the cards an assignment holds back out of the student's deck until its due date", async () => {
    const setCards = flashcardsInSet(SET);
    // An "after-due" assignment holds its questions (and the cards about them) back until it is due.
    const withheld = await loadWithheldQuestions(database.db, student.id, NOW);
    expect(withheld.ids.size).toBe(10);
    const held = flashcardIdsAbout(withheld.ids);
    const heldInSet = setCards.filter((c) => held.has(c.id));
    expect(heldInSet.length).toBeGreaterThan(0);

    const during = await studentDeckExport(database.db, student.id, "quizlet", SET, NOW);
    expect(during.report.exported).toBe(setCards.length - heldInSet.length);
    const text = (await bytesOf(during.body)).toString("utf8");
    // Whole terms, not substrings: "Syrian Army: which side?" is the end of "Free Syrian Army: which side?".
    const terms = new Set(text.split(/\r?\n/).map((line) => line.split("\t")[0]));
    for (const card of heldInSet) expect(terms.has(quizletField(card.front)), card.front).toBe(false);

    const after = await studentDeckExport(database.db, student.id, "apkg", SET, new Date(NOW.getTime() + 3 * DAY));
    expect(after.report.exported).toBe(setCards.length);
    await bytesOf(after.body);
    expect(await rejection(studentDeckExport(database.db, student.id, "apkg", "no-such-set", NOW))).toMatchObject({ status: 404 });
  });
});
