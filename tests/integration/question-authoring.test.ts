/**
 * Teachers' questions end to end below the browser: the form's values become a question through the
 * shared schema, the service stores it, the app's one question source loads it back, and the one
 * grader grades it like a generated question. Edits keep what students already answered.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpError } from "../../lib/errors";
import type { Actor } from "../../lib/auth/policy";
import { emptyFormValues, questionFromFormValues, type QuestionFormValues } from "../../lib/curation/authoring/question-form";
import {
  archiveTeacherQuestion,
  createTeacherQuestion,
  loadOwnTeacherQuestion,
  updateTeacherQuestion,
} from "../../lib/curation/authoring/teacher-questions";
import { loadQuestionsByIds } from "../../lib/curation/question-source";
import { parseQuestionId, teacherQuestionId } from "../../lib/curation/question-ids";
import { createUser } from "../../lib/demo/factories";
import { grade } from "../../lib/questions/grade";
import type { Question, QuestionType } from "../../lib/questions/types";
import { createTestDatabase, testProviders, type TestDatabase } from "../support/test-databases";

const PASSWORD_HASH = "$argon2id$v=19$m=19456,t=2,p=1$not-a-real-hash$not-a-real-hash";
const CONTEXT = {
  id: "tq:draft@1",
  sources: [{ file: "002_475e68448c0becbd.txt", title: "Idlib Governorate clashes", sections: ["lead", "Background"] }],
  studySets: [{ id: "siege-of-wadi-deif", title: "Siege of Wadi Deif" }],
};

function form(type: QuestionType, fill: Partial<QuestionFormValues>): QuestionFormValues {
  return { ...emptyFormValues(type), prompt: `A ${type} question?`, explanation: "Because the article says so.", ...fill };
}

const FORMS: Record<QuestionType, QuestionFormValues> = {
  "multiple-choice": form("multiple-choice", {
    choices: [
      { text: "Idlib", correct: true },
      { text: "Homs", correct: false },
      { text: "", correct: false },
    ],
    citationDoc: "002_475e68448c0becbd.txt",
    citationSection: "Background",
  }),
  "true-false": form("true-false", { statementTrue: "false", citationText: "Class textbook, p. 42" }),
  ordering: form("ordering", { items: ["First", "Second", "Third"] }),
  matching: form("matching", {
    pairs: [
      { left: "Taftanaz", right: "Airbase" },
      { left: "Bab al-Hawa", right: "Border crossing" },
    ],
    extraOptions: "Dam",
  }),
  typed: form("typed", { answerText: "Maarat al-Numan", variants: "Maarrat al-Numan\nMaaret al-Numan" }),
  numeric: form("numeric", { number: "1,200", tolerance: "100", unit: "soldiers" }),
  "map-pin": form("map-pin", { lat: "35.93", lon: "36.63", fullCreditKm: "10", partialCreditKm: "30", placeName: "Idlib" }),
};

/** A right and a wrong answer for each stored question, worked out from its key. */
function answers(question: Question): { right: unknown; wrong: unknown } {
  switch (question.type) {
    case "multiple-choice":
      return {
        right: { selected: question.answer.correct },
        wrong: { selected: [question.options.find((o) => !question.answer.correct.includes(o.id))!.id] },
      };
    case "true-false":
      return { right: { value: question.answer.value }, wrong: { value: !question.answer.value } };
    case "ordering":
      return { right: { order: question.answer.order }, wrong: { order: [...question.answer.order].reverse() } };
    case "matching": {
      const premises = Object.keys(question.answer.pairs);
      const swapped = Object.fromEntries(premises.map((p, i) => [p, question.answer.pairs[premises[(i + 1) % premises.length]!]!]));
      return { right: { pairs: question.answer.pairs }, wrong: { pairs: swapped } };
    }
    case "typed":
      return { right: { text: "maaret al numan" }, wrong: { text: "Aleppo" } };
    case "numeric":
      return { right: { value: 1250 }, wrong: { value: 1400 } };
    case "map-pin":
      return { right: { lat: 35.94, lon: 36.64 }, wrong: { lat: 33.5, lon: 36.3 } };
  }
}

describe.each(testProviders())("teachers' questions on %s", (provider) => {
  let database: TestDatabase;
  let teacher: Actor;
  let otherTeacher: Actor;
  let student: Actor;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    const make = async (email: string, role: "teacher" | "student") => {
      const user = await createUser(database.db, { email, name: email.split("@")[0]!, role, passwordHash: PASSWORD_HASH });
      return { id: user.id, role } satisfies Actor;
    };
    teacher = await make("author@school.example", "teacher");
    otherTeacher = await make("colleague@school.example", "teacher");
    student = await make("pupil@school.example", "student");
  });
  afterAll(async () => database?.drop());

  async function save(type: QuestionType): Promise<string> {
    const parsed = questionFromFormValues(FORMS[type], CONTEXT);
    if (!parsed.ok) throw new Error(`${type}: ${JSON.stringify(parsed.errors)}`);
    return createTeacherQuestion(database.db, teacher, parsed.question);
  }

  it("saves one question of each type and grades right and wrong answers with the same grader", async () => {
    for (const type of Object.keys(FORMS) as QuestionType[]) {
      const id = await save(type);
      const parsed = parseQuestionId(id);
      expect(parsed.kind).toBe("teacher");
      const versioned = `${id}@1`;
      const loaded = (await loadQuestionsByIds(database.db, [versioned])).get(versioned);
      expect(loaded, type).toBeDefined();
      expect(loaded).toMatchObject({ id: versioned, type, template: "teacher", coreIn: [] });
      const { right, wrong } = answers(loaded!);
      expect(grade(loaded!, right).score, `${type} right`).toBe(1);
      expect(grade(loaded!, wrong).score, `${type} wrong`).toBeLessThan(1);

      const row = await database.db.teacherQuestionVersion.findFirstOrThrow({ where: { questionId: parsed.kind === "teacher" ? parsed.questionId : "" } });
      expect(row).toMatchObject({ version: 1, type, category: "chronology", skill: "recall", difficulty: 2 });
      expect(row.searchText).toContain(`a ${type} question?`);
      expect(row.searchText).toContain("because the article says so.");
    }
  });

  it("stores a document citation by file and a free-text one as written, and shows the latter in feedback", async () => {
    const mc = await loadOwnTeacherQuestion(database.db, teacher, await save("multiple-choice"));
    expect(mc.question.sources).toEqual([{ doc: "002_475e68448c0becbd.txt", section: "Background" }]);
    const tf = await loadOwnTeacherQuestion(database.db, teacher, await save("true-false"));
    expect(tf.question.sourceNote).toBe("Class textbook, p. 42");
    expect(tf.question.sources).toEqual([]);
    // Students see it with the feedback, as written.
    expect(grade(tf.question, { value: false })).toMatchObject({ sources: [], sourceNote: "Class textbook, p. 42" });
  });

  it("rewrites an unanswered version in place, and makes a new version once a student has answered", async () => {
    const id = await save("true-false");
    const { questionId } = parseQuestionId(id) as { questionId: string };
    const edited = { ...(await loadOwnTeacherQuestion(database.db, teacher, id)).question, prompt: "Reworded before anyone answered?" };
    expect(await updateTeacherQuestion(database.db, teacher, id, edited)).toMatchObject({ version: 1, saved: "in-place" });
    expect(await database.db.teacherQuestionVersion.count({ where: { questionId } })).toBe(1);

    // A student answers version 1.
    const v1 = teacherQuestionId(questionId, 1);
    const attempt = await database.db.attempt.create({
      data: { userId: student.id, kind: "practice", setDefinition: "{}", questionIds: JSON.stringify([v1]), seed: 1, bankVersion: "test" },
    });
    await database.db.response.create({
      data: { attemptId: attempt.id, clientResponseId: "r1", questionId: v1, answer: '{"value":false}', score: 1, correct: true, bankVersion: "test" },
    });

    const changedKey = { ...edited, prompt: "The statement is now true?", answer: { value: true } } as Question;
    expect(await updateTeacherQuestion(database.db, teacher, id, changedKey)).toMatchObject({ version: 2, saved: "new-version" });
    const stored = await loadQuestionsByIds(database.db, [v1, `${id}@2`, id]);
    expect(stored.get(v1)).toMatchObject({ prompt: "Reworded before anyone answered?", answer: { value: false } });
    expect(stored.get(`${id}@2`)).toMatchObject({ prompt: "The statement is now true?", answer: { value: true } });
    expect(stored.get(id)?.id).toBe(`${id}@2`);
    expect(await database.db.teacherQuestion.findUniqueOrThrow({ where: { id: questionId } })).toMatchObject({ currentVersion: 2 });
  });

  it("counts a drawn but unanswered version as used", async () => {
    const id = await save("typed");
    const { questionId } = parseQuestionId(id) as { questionId: string };
    await database.db.attempt.create({
      data: {
        userId: student.id,
        kind: "practice",
        setDefinition: "{}",
        questionIds: JSON.stringify(["bank-question", teacherQuestionId(questionId, 1)]),
        seed: 1,
        bankVersion: "test",
      },
    });
    const question = (await loadOwnTeacherQuestion(database.db, teacher, id)).question;
    expect(await updateTeacherQuestion(database.db, teacher, id, { ...question, prompt: "Which town?" })).toMatchObject({ version: 2 });
  });

  it("lets only the author edit or archive, and refuses a question the schema refuses", async () => {
    const id = await save("numeric");
    const question = (await loadOwnTeacherQuestion(database.db, teacher, id)).question;
    const refusal = await updateTeacherQuestion(database.db, otherTeacher, id, question).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(HttpError);
    expect((refusal as HttpError).status).toBe(404);
    await expect(archiveTeacherQuestion(database.db, otherTeacher, id)).rejects.toBeInstanceOf(HttpError);
    await expect(createTeacherQuestion(database.db, student, question)).rejects.toBeInstanceOf(HttpError);
    const broken = { ...question, answer: { value: 5, min: 10, max: 20, display: "5" } } as Question;
    await expect(updateTeacherQuestion(database.db, teacher, id, broken)).rejects.toThrow(/lowest accepted value/);

    await archiveTeacherQuestion(database.db, teacher, id);
    const { questionId } = parseQuestionId(id) as { questionId: string };
    expect((await database.db.teacherQuestion.findUniqueOrThrow({ where: { id: questionId } })).archivedAt).not.toBeNull();
    await expect(updateTeacherQuestion(database.db, teacher, id, question)).rejects.toThrow(/deleted/);
  });
});
