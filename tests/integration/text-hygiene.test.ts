/**
 * Names, class names, assignment titles and typed answers are stored in NFC and never with a
 * control or text-direction character: what is refused says why, and stores nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "../../lib/accounts/create-account";
import { startPracticeAttempt } from "../../lib/attempts/start-attempt";
import { submitResponse } from "../../lib/attempts/submit-answer";
import { QuizRequestSchema } from "../../lib/attempts/quiz-request";
import type { Actor } from "../../lib/auth/policy";
import { createUser } from "../../lib/demo/factories";
import { grade } from "../../lib/questions/grade";
import { loadQuestionBank } from "../../lib/questions/load-bank";
import { ResponseSchemas, type TypedQuestion } from "../../lib/questions/types";
import { emptyAssignmentFormValues } from "../../lib/teaching/assignment-schemas";
import { createAssignment } from "../../lib/teaching/assignments";
import { createClass } from "../../lib/classes/manage-class";
import { rejection } from "../support/http-error";
import { createTestDatabase, testProviders, type TestDatabase } from "../support/test-databases";

const NOW = new Date("2026-05-01T12:00:00Z");
const RLO = "\u202E";

/** A typed question whose accepted forms include `form` (a place name in the content). */
function typedQuestionAccepting(form: string): TypedQuestion {
  const question = loadQuestionBank().questions.find(
    (q): q is TypedQuestion => q.type === "typed" && q.accept.includes(form),
  );
  if (!question) throw new Error(`No typed question accepts "${form}"; pick another form from the content.`);
  return question;
}

describe.each(testProviders())("text hygiene on %s", (provider) => {
  let database: TestDatabase;
  let teacher: Actor;
  let student: Actor;
  let counter = 0;
  const clientId = () => `hygiene_${Date.now().toString(36)}_${++counter}`;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    const make = async (email: string, role: "teacher" | "student") => {
      const user = await createUser(database.db, { email, name: role, role, passwordHash: "not-a-real-hash" });
      return { id: user.id, role };
    };
    teacher = await make(`teacher-${provider}@example.com`, "teacher");
    student = await make(`student-${provider}@example.com`, "student");
  });
  afterAll(async () => database?.drop());

  describe("names", () => {
    it("refuses a sign-up whose name holds a text-direction override, says why, and creates no user", async () => {
      const before = await database.db.user.count();
      const result = await createAccount(database.db, {
        name: `Eve ${RLO}gnp.exe`,
        email: "eve@example.com",
        password: "long-enough-pass",
        role: "student",
      });
      expect(result).toEqual({
        ok: false,
        errors: {
          name: "Your name can't contain hidden control characters: it contains a right-to-left override (U+202E), which can make text display in a misleading order. Retype it and try again.",
        },
      });
      expect(await database.db.user.count()).toBe(before);
      expect(await database.db.user.findUnique({ where: { email: "eve@example.com" } })).toBeNull();
    });

    it("refuses a NUL in a name, and stores names in NFC, Arabic ones unchanged", async () => {
      const nul = await createAccount(database.db, { name: "Eve\u0000", email: "nul@example.com", password: "long-enough-pass", role: "student" });
      expect(nul.ok).toBe(false);
      if (!nul.ok) expect(nul.errors.name).toMatch(/null character \(U\+0000\)/);

      const decomposed = await createAccount(database.db, { name: "  Rene\u0301e Nu\u0308n  ", email: "renee@example.com", password: "long-enough-pass", role: "student" });
      expect(decomposed.ok).toBe(true);
      expect((await database.db.user.findUniqueOrThrow({ where: { email: "renee@example.com" } })).name).toBe("Ren\u00E9e N\u00FCn");

      const arabic = await createAccount(database.db, { name: "\u200Fسلمى الحلبي", email: "salma@example.com", password: "long-enough-pass", role: "student" });
      expect(arabic.ok).toBe(true);
      expect((await database.db.user.findUniqueOrThrow({ where: { email: "salma@example.com" } })).name).toBe("سلمى الحلبي");
    });
  });

  describe("class names and assignment titles", () => {
    it("refuses a class name with a bidi isolate or a control character, and creates no class", async () => {
      const before = await database.db.class.count();
      const isolate = await createClass(database.db, teacher, { name: "Year 11 \u2067B\u2069" });
      expect(isolate).toEqual({
        ok: false,
        errors: {
          name: "The class name can't contain hidden control characters: it contains a right-to-left isolate (U+2067), which can make text display in a misleading order. Retype it and try again.",
        },
      });
      const tab = await createClass(database.db, teacher, { name: "Year\t11" });
      expect(tab).toMatchObject({ ok: false, errors: { name: "The class name must be on one line: it contains a tab (U+0009). Remove it and try again." } });
      expect(await database.db.class.count()).toBe(before);

      const created = await createClass(database.db, teacher, { name: "Anne\u0301e 11 · الصف" });
      expect(created.ok).toBe(true);
      if (created.ok) {
        expect((await database.db.class.findUniqueOrThrow({ where: { id: created.classId } })).name).toBe("Ann\u00E9e 11 · الصف");
      }
    });

    it("refuses an assignment title with a direction override, and creates no assignment", async () => {
      const klass = await createClass(database.db, teacher, { name: "Titles" });
      if (!klass.ok) throw new Error("class not created");
      const form = (title: string) =>
        emptyAssignmentFormValues({
          title,
          setId: "siege-of-wadi-deif",
          opensAt: "2026-05-01T09:00",
          dueAt: "2026-05-08T17:00",
          timeZone: "UTC",
          length: "5",
        });
      const refused = await createAssignment(database.db, teacher, klass.classId, form(`Homework ${RLO}1`), NOW);
      expect(refused).toEqual({
        ok: false,
        errors: {
          title:
            "The title can't contain hidden control characters: it contains a right-to-left override (U+202E), which can make text display in a misleading order. Retype it and try again.",
        },
      });
      expect(await database.db.assignment.count({ where: { classId: klass.classId } })).toBe(0);

      const created = await createAssignment(database.db, teacher, klass.classId, form("Re\u0301vision: Wadi Deif"), NOW);
      expect(created.ok).toBe(true);
      if (created.ok) {
        const stored = await database.db.assignment.findUniqueOrThrow({ where: { id: created.value.assignmentId } });
        expect(stored.title).toBe("R\u00E9vision: Wadi Deif");
      }
    });
  });

  describe("typed answers", () => {
    /** A practice attempt of exactly this one question. */
    const practiceOf = async (questionId: string) =>
      (await startPracticeAttempt(database.db, student, QuizRequestSchema.parse({ questionIds: [questionId], length: 1 }), NOW)).attemptId;
    const submitTyped = (attemptId: string, questionId: string, text: string) =>
      submitResponse(database.db, student, attemptId, { clientResponseId: clientId(), questionId, response: { text } }, NOW);

    it("answers a typed answer holding a NUL or a direction override with 400 and a clear message, and stores nothing", async () => {
      const question = typedQuestionAccepting("Alèp");
      const attemptId = await practiceOf(question.id);
      const nul = await rejection(submitTyped(attemptId, question.id, "Al\u0000p"));
      expect(nul.status).toBe(400);
      expect(nul.message).toBe("Your answer can't contain hidden control characters: it contains a null character (U+0000). Retype it and try again.");
      const override = await rejection(submitTyped(attemptId, question.id, `${RLO}pelA`));
      expect(override.status).toBe(400);
      expect(override.message).toMatch(/^Your answer can't contain hidden control characters: it contains a right-to-left override/);
      expect(await database.db.response.count({ where: { attemptId } })).toBe(0);
      const attempt = await database.db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
      expect(attempt).toMatchObject({ status: "in-progress", maxScore: 0 });
      // The question can still be answered properly afterwards.
      await expect(submitTyped(attemptId, question.id, "Alèp")).resolves.toMatchObject({ recorded: "new", feedback: { correct: true } });
    });

    it("grades a decomposed é like a composed one, and stores the answer in NFC", async () => {
      const question = typedQuestionAccepting("Alèp");
      const composed = "Al\u00E8p";
      const decomposed = "Ale\u0300p";
      const results = [];
      for (const text of [composed, decomposed]) {
        const attemptId = await practiceOf(question.id);
        const result = await submitTyped(attemptId, question.id, text);
        const stored = await database.db.response.findFirstOrThrow({ where: { attemptId } });
        expect(JSON.parse(stored.answer)).toEqual({ text: composed });
        results.push(result.feedback);
      }
      expect(results[0]).toMatchObject({ correct: true, score: 1 });
      expect(results[1]).toEqual(results[0]);
    });

    it("accepts the same Maarat al-Numan variants as before, in Latin and Arabic script, with or without marks", async () => {
      const question = typedQuestionAccepting("Maʿarrat al-Nuʿmān");
      for (const text of [
        "Maarat al-Numan",
        "Maʿarrat al-Nuʿmān",
        "Maʿarrat al-Nuʿma\u0304n",
        "Maarret enn Naame\u0302ne",
        "معرة النعمان",
        "\u200Fمعرة النعمان\u200F",
        "مَعَرَّة النُّعْمَان",
      ]) {
        const result = await submitTyped(await practiceOf(question.id), question.id, text);
        expect({ text, correct: result.feedback?.correct }).toEqual({ text, correct: true });
      }
      const wrong = await submitTyped(await practiceOf(question.id), question.id, "Saraqib");
      expect(wrong.feedback).toMatchObject({ correct: false });
    });
  });

  it("still accepts every accepted form of every typed question, typed composed or decomposed", () => {
    // The answer schema normalises to NFC before the grader's own NFKD: no form the content lists may be lost.
    const typed = loadQuestionBank().questions.filter((q): q is TypedQuestion => q.type === "typed");
    expect(typed.length).toBeGreaterThan(0);
    for (const q of typed)
      for (const form of q.accept)
        for (const text of [form, form.normalize("NFD"), form.normalize("NFC")]) {
          const parsed = ResponseSchemas.typed.parse({ text });
          expect({ id: q.id, text, correct: grade(q, parsed).correct }).toEqual({ id: q.id, text, correct: true });
        }
  });
});
