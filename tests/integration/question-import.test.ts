/**
 * Importing is all or nothing: confirming a clean file saves every question in one transaction, and a
 * file with one bad question saves none, on both databases.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/policy";
import { createTeacherQuestions } from "../../lib/curation/authoring/teacher-questions";
import { confirmImport, previewImport } from "../../lib/curation/import/import-questions";
import type { ImportContext } from "../../lib/curation/import/import-types";
import { loadQuestionsByIds } from "../../lib/curation/question-source";
import { createUser } from "../../lib/demo/factories";
import { createTestDatabase, testProviders, type TestDatabase } from "../support/test-databases";

const PASSWORD_HASH = "$argon2id$v=19$m=19456,t=2,p=1$not-a-real-hash$not-a-real-hash";
const fixture = (name: string) => fs.readFileSync(path.join(process.cwd(), "tests", "fixtures", "gift", name), "utf8");
const CONTEXT: ImportContext = {
  defaults: { category: "places", skill: "recall", difficulty: "2", topics: [] },
  sources: [],
  studySets: [],
};

describe.each(testProviders())("question import on %s", (provider) => {
  let database: TestDatabase;
  let teacher: Actor;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    const user = await createUser(database.db, { email: "importer@school.example", name: "Importer", role: "teacher", passwordHash: PASSWORD_HASH });
    teacher = { id: user.id, role: "teacher" };
  });
  afterAll(async () => database?.drop());

  const countOwn = () => database.db.teacherQuestion.count({ where: { authorId: teacher.id } });

  it("saves nothing at preview, then every question on confirm", async () => {
    const source = fixture("every-type.gift");
    expect(previewImport("gift", source, CONTEXT).lines).toHaveLength(6);
    expect(await countOwn()).toBe(0);

    const outcome = await confirmImport(database.db, teacher, "gift", source, CONTEXT);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.ids).toHaveLength(6);
    expect(await countOwn()).toBe(6);
    const loaded = await loadQuestionsByIds(database.db, outcome.ids);
    expect([...loaded.values()].map((q) => q.type)).toEqual(["multiple-choice", "multiple-choice", "true-false", "typed", "numeric", "matching"]);
  });

  it("saves none of a file when one question has a problem", async () => {
    const before = await countOwn();
    const outcome = await confirmImport(database.db, teacher, "gift", fixture("unsupported.gift"), CONTEXT);
    expect(outcome.ok).toBe(false);
    expect(await countOwn()).toBe(before);
    const broken = await confirmImport(database.db, teacher, "gift", fixture("broken-syntax.gift"), CONTEXT);
    expect(broken.ok).toBe(false);
    expect(await countOwn()).toBe(before);
  });

  it("saves none of a batch when its last question is invalid", async () => {
    const before = await countOwn();
    const preview = previewImport("gift", fixture("every-type.gift"), CONTEXT);
    const bad = { ...preview.questions[0]!, prompt: "" };
    await expect(createTeacherQuestions(database.db, teacher, [...preview.questions, bad])).rejects.toThrow(/can't be empty/);
    expect(await countOwn()).toBe(before);
    expect(await database.db.teacherQuestionVersion.count({ where: { question: { authorId: teacher.id } } })).toBe(before);
  });
});
