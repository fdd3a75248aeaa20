/**
 * Custom sets: a teacher builds, orders, shares and copies them; only the owner changes one; an
 * unshared set is invisible to other teachers; an assignment made from a set asks exactly its
 * questions (snapshotted: later edits to the set or to a teacher's question do not reach it),
 * in the set's order, graded like any other.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAttemptSummary } from "../../lib/attempts/attempt-summary";
import { startAssignmentAttempt } from "../../lib/attempts/start-attempt";
import { submitResponse } from "../../lib/attempts/submit-answer";
import {
  addQuestionToSet,
  copyCustomSet,
  createCustomSet,
  deleteCustomSet,
  listColleaguesSharedSets,
  listOwnCustomSets,
  loadCustomSet,
  moveQuestionInSet,
  removeQuestionFromSet,
  setCustomSetShared,
  updateCustomSetDetails,
} from "../../lib/curation/custom-sets";
import { createClass, enrollStudents } from "../../lib/demo/factories";
import { loadQuestionBank } from "../../lib/questions/load-bank";
import type { Question } from "../../lib/questions/types";
import { createAssignment } from "../../lib/teaching/assignments";
import { emptyAssignmentFormValues } from "../../lib/teaching/assignment-schemas";
import { utcToZonedLocal } from "../../lib/teaching/zoned-time";
import { createTestStudent, createTestTeacher } from "../support/factories";
import { rejection } from "../support/http-error";
import { createTestDatabase, testProviders, type TestDatabase } from "../support/test-databases";

let counter = 0;
const clientId = () => `cs_${Date.now().toString(36)}_${++counter}`;

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

/** Six generated questions of different kinds, so order and grading are checked across types. */
function someBankQuestions(): Question[] {
  const bank = loadQuestionBank().questions;
  const picked: Question[] = [];
  for (const type of ["true-false", "multiple-choice", "ordering", "typed", "numeric", "matching"] as const) {
    const q = bank.find((candidate) => candidate.type === type && !picked.includes(candidate));
    if (q) picked.push(q);
  }
  return picked;
}

describe.each(testProviders())("custom sets on %s", (provider) => {
  let database: TestDatabase;
  type Teacher = { id: string; role: "teacher" };
  type Student = { id: string; role: "student" };
  let owner: Teacher;
  let colleague: Teacher;
  let questions: Question[];

  const teacher = (name: string): Promise<Teacher> => createTestTeacher(database.db, { name });
  const student = async (name: string, classId: string): Promise<Student> => {
    const user = await createTestStudent(database.db, { name });
    await enrollStudents(database.db, classId, [user.id]);
    return user;
  };
  const idsOf = async (actor: Teacher, setId: string) => (await loadCustomSet(database.db, actor, setId)).items.map((i) => i.questionId);
  const newSet = async (actor: Teacher, name: string, ids: string[] = []) => {
    const created = await createCustomSet(database.db, actor, { name, description: "" });
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    for (const id of ids) expect(await addQuestionToSet(database.db, actor, created.value.setId, id)).toEqual({ ok: true, value: "added" });
    return created.value.setId;
  };
  /** A teacher's own question (a copy of a generated true/false one) at version 1. */
  const teacherQuestion = async (author: Teacher) => {
    const source = loadQuestionBank().questions.find((q) => q.type === "true-false")!;
    const row = await database.db.teacherQuestion.create({ data: { authorId: author.id } });
    const body = (version: number, prompt: string) =>
      JSON.stringify({ ...source, id: `tq:${row.id}@${version}`, prompt, template: "teacher", topics: [], coreIn: [] });
    await database.db.teacherQuestionVersion.create({
      data: { questionId: row.id, version: 1, body: body(1, "Teacher question, first wording"), type: "true-false", category: source.category, skill: source.skill, difficulty: 2, searchText: "teacher question" },
    });
    return {
      id: `tq:${row.id}`,
      /** A second version becomes current, as an edit after answers would make it. */
      edit: async () => {
        await database.db.teacherQuestionVersion.create({
          data: { questionId: row.id, version: 2, body: body(2, "Teacher question, second wording"), type: "true-false", category: source.category, skill: source.skill, difficulty: 2, searchText: "teacher question" },
        });
        await database.db.teacherQuestion.update({ where: { id: row.id }, data: { currentVersion: 2 } });
      },
    };
  };

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    owner = await teacher("owner");
    colleague = await teacher("colleague");
    questions = someBankQuestions();
    expect(questions.length).toBeGreaterThanOrEqual(5);
  });
  afterAll(async () => database?.drop());

  it("creates, renames, adds, refuses bad input and unknown ids, removes and deletes", async () => {
    expect(await createCustomSet(database.db, owner, { name: "  ", description: "" })).toMatchObject({ ok: false, errors: { name: expect.any(String) } });
    expect(await createCustomSet(database.db, owner, { name: "x".repeat(121), description: "" })).toMatchObject({ ok: false, errors: { name: expect.stringContaining("120") } });
    expect(await createCustomSet(database.db, owner, { name: "Bad\u202Ename", description: "" })).toMatchObject({ ok: false, errors: { name: expect.any(String) } });
    expect(await createCustomSet(database.db, owner, { name: "Fine", description: "y".repeat(501) })).toMatchObject({ ok: false, errors: { description: expect.stringContaining("500") } });

    const setId = await newSet(owner, "Revision: Aleppo", [questions[0]!.id, questions[1]!.id]);
    expect(await addQuestionToSet(database.db, owner, setId, questions[0]!.id)).toEqual({ ok: true, value: "already-in-set" });
    expect(await addQuestionToSet(database.db, owner, setId, "no-such-question")).toMatchObject({ ok: false, errors: { questionId: expect.any(String) } });
    expect(await addQuestionToSet(database.db, owner, setId, "<script>")).toMatchObject({ ok: false });
    expect(await idsOf(owner, setId)).toEqual([questions[0]!.id, questions[1]!.id]);

    expect(await updateCustomSetDetails(database.db, owner, setId, { name: "Revision: Idlib", description: "Before the test" })).toMatchObject({ ok: true });
    expect(await loadCustomSet(database.db, owner, setId)).toMatchObject({ name: "Revision: Idlib", description: "Before the test", canEdit: true });

    expect(await removeQuestionFromSet(database.db, owner, setId, questions[0]!.id)).toBe(true);
    expect(await removeQuestionFromSet(database.db, owner, setId, questions[0]!.id)).toBe(false);
    expect(await idsOf(owner, setId)).toEqual([questions[1]!.id]);

    await deleteCustomSet(database.db, owner, setId);
    expect((await listOwnCustomSets(database.db, owner)).map((s) => s.id)).not.toContain(setId);
    expect(await database.db.customSetItem.count({ where: { setId } })).toBe(0);
  });

  it("keeps the teacher's order: up and down swap neighbours, the ends stay put", async () => {
    const [a, b, c] = questions.map((q) => q.id);
    const setId = await newSet(owner, "Ordered", [a!, b!, c!]);
    expect(await moveQuestionInSet(database.db, owner, setId, c!, "up")).toBe(true);
    expect(await idsOf(owner, setId)).toEqual([a, c, b]);
    expect(await moveQuestionInSet(database.db, owner, setId, c!, "up")).toBe(true);
    expect(await idsOf(owner, setId)).toEqual([c, a, b]);
    expect(await moveQuestionInSet(database.db, owner, setId, c!, "up")).toBe(false);
    expect(await moveQuestionInSet(database.db, owner, setId, b!, "down")).toBe(false);
    expect(await moveQuestionInSet(database.db, owner, setId, a!, "down")).toBe(true);
    expect(await idsOf(owner, setId)).toEqual([c, b, a]);
  });

  it("an unshared set is invisible to colleagues; a shared one is read-only for them and copyable", async () => {
    const setId = await newSet(owner, "Owner's set", [questions[0]!.id, questions[2]!.id]);
    expect((await rejection(loadCustomSet(database.db, colleague, setId))).status).toBe(404);
    expect((await rejection(copyCustomSet(database.db, colleague, setId))).status).toBe(404);
    expect((await listColleaguesSharedSets(database.db, colleague)).map((s) => s.id)).not.toContain(setId);

    await setCustomSetShared(database.db, owner, setId, true);
    const shared = await loadCustomSet(database.db, colleague, setId);
    expect(shared).toMatchObject({ canEdit: false, ownerName: "owner" });
    expect((await listColleaguesSharedSets(database.db, colleague)).map((s) => s.id)).toContain(setId);
    expect((await listColleaguesSharedSets(database.db, owner)).map((s) => s.id)).not.toContain(setId);

    // Every write by a colleague is refused, shared or not.
    for (const write of [
      () => updateCustomSetDetails(database.db, colleague, setId, { name: "Mine now", description: "" }),
      () => addQuestionToSet(database.db, colleague, setId, questions[3]!.id),
      () => removeQuestionFromSet(database.db, colleague, setId, questions[0]!.id),
      () => moveQuestionInSet(database.db, colleague, setId, questions[2]!.id, "up"),
      () => setCustomSetShared(database.db, colleague, setId, false),
      () => deleteCustomSet(database.db, colleague, setId),
    ]) {
      expect((await rejection(write())).status).toBe(403);
    }
    expect(await idsOf(owner, setId)).toEqual([questions[0]!.id, questions[2]!.id]);

    const copy = await copyCustomSet(database.db, colleague, setId);
    const copied = await loadCustomSet(database.db, colleague, copy.setId);
    expect(copied).toMatchObject({ canEdit: true, name: "Copy of Owner's set", copiedFrom: { id: setId, visible: true } });
    expect(copied.items.map((i) => i.questionId)).toEqual([questions[0]!.id, questions[2]!.id]);
    // The copy is the colleague's own: changing it leaves the original alone.
    await removeQuestionFromSet(database.db, colleague, copy.setId, questions[0]!.id);
    expect(await idsOf(owner, setId)).toEqual([questions[0]!.id, questions[2]!.id]);

    await setCustomSetShared(database.db, owner, setId, false);
    expect((await rejection(loadCustomSet(database.db, colleague, setId))).status).toBe(404);
  });

  it("an assignment from a set asks exactly its questions, in order, snapshotted, and grades them", async () => {
    const classId = (await createClass(database.db, { teacherId: owner.id, name: "Custom set class" })).id;
    const pupil = await student("pupil", classId);
    const own = await teacherQuestion(owner);
    const chosen = [questions[3]!, questions[1]!, questions[4]!];
    const setId = await newSet(owner, "Assign me", [...chosen.map((q) => q.id), own.id]);

    const now = new Date();
    const dueAt = `${utcToZonedLocal(new Date(now.getTime() + 14 * 86_400_000), "Europe/London").slice(0, 10)}T17:00`;
    const values = emptyAssignmentFormValues({ source: "custom", customSetId: setId, dueAt, timeZone: "Europe/London", shuffleQuestions: false });
    // A colleague cannot assign an unshared set of someone else's (and has no class here anyway).
    const created = await createAssignment(database.db, owner, classId, values, now);
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    const assignment = await database.db.assignment.findUniqueOrThrow({ where: { id: created.value.assignmentId } });
    expect(assignment.title).toBe("Assign me");
    const snapshot = [...chosen.map((q) => q.id), `${own.id}@1`];
    expect(JSON.parse(assignment.setDefinition)).toMatchObject({ questionIds: snapshot, length: 4, customSetId: setId });

    // Later edits to the set and to the teacher's question do not reach the assignment.
    await removeQuestionFromSet(database.db, owner, setId, chosen[0]!.id);
    await addQuestionToSet(database.db, owner, setId, questions[0]!.id);
    await own.edit();

    const { attemptId } = await startAssignmentAttempt(database.db, pupil, assignment.id);
    const attempt = await database.db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(JSON.parse(attempt.questionIds)).toEqual(snapshot);

    const firstVersion = JSON.parse(
      (await database.db.teacherQuestionVersion.findFirstOrThrow({ where: { questionId: own.id.slice(3), version: 1 } })).body,
    ) as Question;
    for (const q of [...chosen, { ...firstVersion, id: `${own.id}@1` } as Question]) {
      const result = await submitResponse(database.db, pupil, attemptId, { clientResponseId: clientId(), questionId: q.id, response: rightAnswer(q) });
      expect(result.feedback?.score).toBe(1);
    }
    const summary = await loadAttemptSummary(database.db, pupil, attemptId);
    expect(summary).toMatchObject({ status: "finished", score: 4, maxScore: 4, total: 4 });

    // Questions the teacher hides afterwards (a generated one and their own) stay out of new attempts only.
    const latecomer = await student("latecomer", classId);
    await database.db.questionHide.createMany({
      data: [
        { teacherId: owner.id, questionId: chosen[1]!.id },
        { teacherId: owner.id, questionId: own.id },
      ],
    });
    const late = await startAssignmentAttempt(database.db, latecomer, assignment.id);
    const lateIds = JSON.parse((await database.db.attempt.findUniqueOrThrow({ where: { id: late.attemptId } })).questionIds);
    expect(lateIds).toEqual([chosen[0]!.id, chosen[2]!.id]);
    expect(JSON.parse((await database.db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).questionIds)).toEqual(snapshot);
  });

  it("an after-due assignment from a set holds its teacher questions back from the student's other quizzes", async () => {
    const classId = (await createClass(database.db, { teacherId: owner.id, name: "Held back class" })).id;
    const pupil = await student("held", classId);
    const own = await teacherQuestion(owner);
    const dueAt = `${utcToZonedLocal(new Date(Date.now() + 14 * 86_400_000), "Europe/London").slice(0, 10)}T17:00`;
    const assign = async (setId: string, feedbackPolicy: string) => {
      const values = emptyAssignmentFormValues({ source: "custom", customSetId: setId, dueAt, timeZone: "Europe/London", feedbackPolicy });
      const created = await createAssignment(database.db, owner, classId, values);
      if (!created.ok) throw new Error(JSON.stringify(created.errors));
      return created.value.assignmentId;
    };
    // A: feedback after the due date, not started yet. B: feedback at once, sharing A's teacher question.
    await assign(await newSet(owner, "Held: test", [own.id, questions[4]!.id]), "after-due");
    const practiceNow = await assign(await newSet(owner, "Held: practice", [own.id, questions[5]!.id]), "immediately");

    const { attemptId } = await startAssignmentAttempt(database.db, pupil, practiceNow);
    const question = JSON.parse(
      (await database.db.teacherQuestionVersion.findFirstOrThrow({ where: { questionId: own.id.slice(3), version: 1 } })).body,
    ) as Question;
    const held = await submitResponse(database.db, pupil, attemptId, { clientResponseId: clientId(), questionId: `${own.id}@1`, response: rightAnswer(question) });
    expect(held.feedback).toBeNull();
    const shown = await submitResponse(database.db, pupil, attemptId, { clientResponseId: clientId(), questionId: questions[5]!.id, response: rightAnswer(questions[5]!) });
    expect(shown.feedback?.score).toBe(1);
    const summary = await loadAttemptSummary(database.db, pupil, attemptId);
    expect(summary.heldBack).toBe(1);
    expect(summary.missed.map((m) => m.questionId)).not.toContain(`${own.id}@1`);
  });

  it("refuses to assign an empty set or a colleague's unshared one", async () => {
    const classId = (await createClass(database.db, { teacherId: colleague.id, name: "Colleague class" })).id;
    const empty = await newSet(colleague, "Empty");
    const private_ = await newSet(owner, "Private", [questions[0]!.id]);
    const dueAt = `${utcToZonedLocal(new Date(Date.now() + 14 * 86_400_000), "Europe/London").slice(0, 10)}T17:00`;
    for (const customSetId of [empty, private_, "not-a-set"]) {
      const values = emptyAssignmentFormValues({ source: "custom", customSetId, dueAt, timeZone: "Europe/London" });
      expect(await createAssignment(database.db, colleague, classId, values)).toMatchObject({ ok: false, errors: { customSetId: expect.any(String) } });
    }
    expect(await database.db.assignment.count({ where: { classId } })).toBe(0);
  });
});
