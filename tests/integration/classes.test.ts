import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpError } from "../../lib/errors";
import type { Actor } from "../../lib/auth/policy";
import { JOIN_ADDRESS, joinAddressKey } from "../../lib/accounts/login-throttle";
import { createClass as createClassRow, createUser } from "../../lib/demo/factories";
import { emptyAssignmentFormValues, type AssignmentFormValues } from "../../lib/teaching/assignment-schemas";
import {
  createAssignment,
  listClassAssignments,
  listStudentAssignments,
  previewAssignment,
  removeExtension,
  saveExtension,
  updateAssignmentSettings,
} from "../../lib/teaching/assignments";
import { findClassByJoinCode, joinClassWithCode, lookUpJoinCode } from "../../lib/classes/joining";
import { createClass, regenerateJoinCode, setJoiningEnabled } from "../../lib/classes/manage-class";
import { loadRoster, removeStudent, restoreStudent } from "../../lib/classes/roster";
import { createTestDatabase, testProviders, type TestDatabase } from "../support/test-databases";

const NOW = new Date("2026-05-01T12:00:00Z");
const PASSWORD_HASH = "$argon2id$v=19$m=19456,t=2,p=1$not-a-real-hash$not-a-real-hash";

function assignmentForm(overrides: Partial<AssignmentFormValues> = {}): AssignmentFormValues {
  return emptyAssignmentFormValues({
    title: "Wadi Deif check",
    setId: "siege-of-wadi-deif",
    opensAt: "2026-05-01T09:00",
    dueAt: "2026-05-08T17:00",
    timeZone: "UTC",
    length: "5",
    ...overrides,
  });
}

async function expectHttpError(promise: Promise<unknown>, status: number) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HttpError);
  expect((error as HttpError).status).toBe(status);
}

describe.each(testProviders())("classes and assignments on %s", (provider) => {
  let database: TestDatabase;
  let teacherA: Actor;
  let teacherB: Actor;
  let student1: Actor;
  let student2: Actor;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    const make = async (email: string, role: "teacher" | "student") => {
      const user = await createUser(database.db, { email, name: email.split("@")[0]!, role, passwordHash: PASSWORD_HASH });
      return { id: user.id, role } satisfies Actor;
    };
    teacherA = await make("teacher.a@school.example", "teacher");
    teacherB = await make("teacher.b@school.example", "teacher");
    student1 = await make("student.one@school.example", "student");
    student2 = await make("student.two@school.example", "student");
  });
  afterAll(async () => database?.drop());

  it("creates a class with an unambiguous join code, keeps markup as text and refuses bad names", async () => {
    const created = await createClass(database.db, teacherA, { name: "  <img src=x onerror=alert(1)>  " });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.joinCode).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{8}$/);
    const stored = await database.db.class.findUniqueOrThrow({ where: { id: created.classId } });
    expect(stored).toMatchObject({ name: "<img src=x onerror=alert(1)>", teacherId: teacherA.id });

    const before = await database.db.class.count();
    expect(await createClass(database.db, teacherA, { name: "   " })).toEqual({ ok: false, errors: { name: "Enter a class name." } });
    const tooLong = await createClass(database.db, teacherA, { name: "x".repeat(101) });
    expect(tooLong.ok).toBe(false);
    expect(await database.db.class.count()).toBe(before);
    await expectHttpError(createClass(database.db, student1, { name: "Student's class" }), 403);
  });

  it("regenerates the code (the old one stops working) and turns joining off and on", async () => {
    const created = await createClass(database.db, teacherA, { name: "Year 10" });
    if (!created.ok) throw new Error("class not created");
    const newCode = await regenerateJoinCode(database.db, teacherA, created.classId);
    expect(newCode).not.toBe(created.joinCode);
    expect(await findClassByJoinCode(database.db, created.joinCode)).toBeNull();
    expect(await findClassByJoinCode(database.db, newCode.toLowerCase())).toMatchObject({ id: created.classId, teacherName: "teacher.a" });

    expect(await setJoiningEnabled(database.db, teacherA, created.classId, false)).toBeNull();
    const refused = await joinClassWithCode(database.db, student1, newCode);
    expect(refused).toMatchObject({ ok: false, status: 404 });
    if (!refused.ok) expect(refused.message).toMatch(/turned joining off/);
    expect(await database.db.enrollment.count({ where: { classId: created.classId } })).toBe(0);

    const reopened = await setJoiningEnabled(database.db, teacherA, created.classId, true);
    expect(reopened).toMatch(/^[A-Z2-9]{8}$/);
    expect(await joinClassWithCode(database.db, student1, ` ${reopened!.slice(0, 3).toLowerCase()}-${reopened!.slice(3)} `)).toEqual({
      ok: true,
      classId: created.classId,
      className: "Year 10",
      alreadyMember: false,
    });
  });

  it("joins once, says so when already a member, explains unknown codes and refuses teachers", async () => {
    const created = await createClass(database.db, teacherA, { name: "Year 11" });
    if (!created.ok) throw new Error("class not created");
    expect(await joinClassWithCode(database.db, student2, created.joinCode)).toMatchObject({ ok: true, alreadyMember: false });
    expect(await joinClassWithCode(database.db, student2, created.joinCode)).toMatchObject({ ok: true, alreadyMember: true });
    expect(await database.db.enrollment.count({ where: { classId: created.classId, studentId: student2.id } })).toBe(1);

    expect(await joinClassWithCode(database.db, student2, "ZZZZZZ")).toMatchObject({ ok: false, status: 404 });
    expect(await joinClassWithCode(database.db, student2, "")).toMatchObject({
      ok: false,
      status: 400,
      message: "Enter the join code your teacher gave you.",
    });
    await expectHttpError(joinClassWithCode(database.db, teacherB, created.joinCode), 403);
  });

  it("keeps a class's older 6-character code working, typed in any case with spaces or dashes", async () => {
    const older = await createClassRow(database.db, { teacherId: teacherA.id, name: "Made last year", joinCode: "K7M2QX" });
    const student = await createUser(database.db, { email: "older.code@school.example", name: "Older", role: "student", passwordHash: PASSWORD_HASH });
    expect(await joinClassWithCode(database.db, { id: student.id, role: "student" }, " k7m-2qx ")).toMatchObject({
      ok: true,
      classId: older.id,
    });
  });

  describe("guessing join codes", () => {
    const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
    const newStudent = async (email: string): Promise<Actor> => {
      const user = await createUser(database.db, { email, name: email.split("@")[0]!, role: "student", passwordHash: PASSWORD_HASH });
      return { id: user.id, role: "student" };
    };

    it("refuses the 11th code in a row that opened nothing, even the right one, until the wait is over, and says how long", async () => {
      const created = await createClass(database.db, teacherA, { name: "Guarded" });
      if (!created.ok) throw new Error("class not created");
      const guesser = await newStudent("guesser@school.example");
      const fromSchool = (seconds: number) => ({ address: "192.0.2.10", now: at(seconds) });

      for (let guess = 0; guess < 10; guess++) {
        expect(await joinClassWithCode(database.db, guesser, `ZZZZZZ${guess}${guess}`, fromSchool(guess))).toMatchObject({ ok: false, status: 404 });
      }
      const refused = await joinClassWithCode(database.db, guesser, created.joinCode, fromSchool(11));
      expect(refused).toEqual({
        ok: false,
        status: 429,
        message: "Too many join codes that did not match a class. Wait 28 seconds, then try again, and check the code with your teacher.",
      });
      // The join-link page (/join/<code>) answers no more than the form does.
      expect(await lookUpJoinCode(database.db, guesser, created.joinCode, fromSchool(11))).toMatchObject({ throttled: true });
      expect(await database.db.enrollment.count({ where: { classId: created.classId } })).toBe(0);

      expect(await joinClassWithCode(database.db, guesser, created.joinCode, fromSchool(40))).toMatchObject({ ok: true, alreadyMember: false });
    });

    it("never counts a code that opened a class", async () => {
      const guesser = await newStudent("nine.typos@school.example");
      const fromHome = (seconds: number) => ({ address: "198.51.100.40", now: at(seconds) });
      for (let typo = 0; typo < 9; typo++) {
        expect(await joinClassWithCode(database.db, guesser, `YYYYYYY${typo}`, fromHome(typo))).toMatchObject({ status: 404 });
      }
      for (let index = 0; index < 3; index++) {
        const created = await createClass(database.db, teacherA, { name: `Club ${index}` });
        if (!created.ok) throw new Error("class not created");
        expect(await joinClassWithCode(database.db, guesser, created.joinCode, fromHome(10 + index))).toMatchObject({ ok: true });
      }
      // Still nine remembered, not twelve: the tenth mistake is answered, and only then does the wait start.
      expect(await joinClassWithCode(database.db, guesser, "YYYYYYYY", fromHome(20))).toMatchObject({ status: 404 });
      expect(await joinClassWithCode(database.db, guesser, "YYYYYYYY", fromHome(21))).toMatchObject({ status: 429 });
    });

    it("limits one address whichever student guesses, but not students elsewhere", async () => {
      const created = await createClass(database.db, teacherA, { name: "Busy address" });
      if (!created.ok) throw new Error("class not created");
      // Accounts are free to make: earlier guesses by other accounts have brought this address to the edge.
      const { key } = joinAddressKey("203.0.113.66");
      const edge = { failures: JOIN_ADDRESS.failuresBeforeWait - 1, windowStart: at(0), blockedUntil: at(0) };
      await database.db.loginThrottle.upsert({ where: { key }, create: { key, ...edge }, update: edge });

      const fromThere = (seconds: number) => ({ address: "203.0.113.66", now: at(seconds) });
      expect(await joinClassWithCode(database.db, await newStudent("sock.one@school.example"), "WWWWWWWW", fromThere(1))).toMatchObject({
        status: 404,
      });
      const another = await newStudent("sock.two@school.example");
      expect(await joinClassWithCode(database.db, another, created.joinCode, fromThere(1))).toMatchObject({ status: 429 });
      expect(await joinClassWithCode(database.db, another, created.joinCode, { address: "198.51.100.41", now: at(1) })).toMatchObject({
        ok: true,
      });
    });
  });

  it("creates an assignment with the bank version and the quiz request, in the chosen time zone", async () => {
    const created = await createClass(database.db, teacherA, { name: "Zones" });
    if (!created.ok) throw new Error("class not created");
    const london = await createAssignment(
      database.db,
      teacherA,
      created.classId,
      assignmentForm({ timeZone: "Europe/London", opensAt: "2026-05-01T09:00", dueAt: "2026-05-08T17:00", categories: ["places"] }),
      NOW,
    );
    expect(london.ok).toBe(true);
    if (!london.ok) return;
    const stored = await database.db.assignment.findUniqueOrThrow({ where: { id: london.value.assignmentId } });
    expect(stored.opensAt.toISOString()).toBe("2026-05-01T08:00:00.000Z");
    expect(stored.dueAt.toISOString()).toBe("2026-05-08T16:00:00.000Z");
    expect(stored.timeZone).toBe("Europe/London");
    expect(stored.bankVersion).toMatch(/\S/);
    expect(JSON.parse(stored.setDefinition)).toEqual({ setId: "siege-of-wadi-deif", scope: "core", categories: ["places"], length: 5 });

    const damascus = await createAssignment(
      database.db,
      teacherA,
      created.classId,
      assignmentForm({ title: "", timeZone: "Asia/Damascus", opensAt: "", dueAt: "2026-05-08T09:00" }),
      NOW,
    );
    if (!damascus.ok) throw new Error(JSON.stringify(damascus.errors));
    const storedDamascus = await database.db.assignment.findUniqueOrThrow({ where: { id: damascus.value.assignmentId } });
    expect(storedDamascus.dueAt.toISOString()).toBe("2026-05-08T06:00:00.000Z");
    // Blank opening date: open now. Blank title: the study set's title.
    expect(storedDamascus.opensAt.toISOString()).toBe(NOW.toISOString());
    expect(storedDamascus.title).toBe("Siege of Wadi Deif");
  });

  it("refuses invalid assignments and saves nothing", async () => {
    const created = await createClass(database.db, teacherA, { name: "Validation" });
    if (!created.ok) throw new Error("class not created");
    const attempts: [Partial<AssignmentFormValues>, string, RegExp][] = [
      [{ opensAt: "2026-05-09T09:00", dueAt: "2026-05-08T09:00" }, "dueAt", /after the opening date/],
      [{ timeZone: "Europe/London", opensAt: "2026-03-20T09:00", dueAt: "2026-03-29T01:30" }, "dueAt", /does not exist in Europe\/London/],
      [{ opensAt: "", dueAt: "2026-04-20T09:00" }, "dueAt", /already passed/],
      [{ setId: "no-such-set" }, "setId", /from the list/],
      [{ source: "topics", topics: [] }, "topics", /at least one topic/],
      [{ length: "0" }, "length", /from 1 to 50/],
      [{ attemptLimit: "-1" }, "attemptLimit", /whole number/],
      [{ feedbackPolicy: "sometimes" }, "feedbackPolicy", /feedback/],
    ];
    for (const [overrides, field, message] of attempts) {
      const result = await createAssignment(database.db, teacherA, created.classId, assignmentForm(overrides), NOW);
      expect(result.ok, JSON.stringify(overrides)).toBe(false);
      if (!result.ok) expect(result.errors[field]).toMatch(message);
    }
    expect(await database.db.assignment.count({ where: { classId: created.classId } })).toBe(0);
  });

  it("previews how many questions match, with key-free samples", () => {
    const preview = previewAssignment(assignmentForm({ length: "50" }), "seed-1");
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.value.matching).toBeGreaterThan(3);
    expect(preview.value.samples).toHaveLength(3);
    for (const sample of preview.value.samples) {
      expect(sample).not.toHaveProperty("answer");
      expect(sample).not.toHaveProperty("explanation");
      expect(sample).not.toHaveProperty("accept");
    }
  });

  it("removing a student hides the class's assignments from them; restoring brings them back", async () => {
    const created = await createClass(database.db, teacherA, { name: "Roster" });
    if (!created.ok) throw new Error("class not created");
    await joinClassWithCode(database.db, student1, created.joinCode);
    const made = await createAssignment(database.db, teacherA, created.classId, assignmentForm({ title: "Roster quiz" }), NOW);
    if (!made.ok) throw new Error("assignment not created");

    const titles = async () => (await listStudentAssignments(database.db, student1, NOW)).map((r) => r.title);
    expect(await titles()).toContain("Roster quiz");

    await removeStudent(database.db, teacherA, created.classId, student1.id, NOW);
    expect(await titles()).not.toContain("Roster quiz");
    const roster = await loadRoster(database.db, created.classId);
    expect(roster?.active).toHaveLength(0);
    expect(roster?.removed.map((s) => s.id)).toEqual([student1.id]);
    // A removed student cannot rejoin by code.
    expect(await joinClassWithCode(database.db, student1, created.joinCode)).toMatchObject({ ok: false, status: 403 });

    await restoreStudent(database.db, teacherA, created.classId, student1.id);
    expect(await titles()).toContain("Roster quiz");
    expect((await loadRoster(database.db, created.classId))?.active.map((s) => s.id)).toEqual([student1.id]);
  });

  it("shows each student their status, due date and extension", async () => {
    const created = await createClass(database.db, teacherA, { name: "Statuses" });
    if (!created.ok) throw new Error("class not created");
    await joinClassWithCode(database.db, student2, created.joinCode);
    await joinClassWithCode(database.db, student1, created.joinCode);
    const later = await createAssignment(
      database.db,
      teacherA,
      created.classId,
      assignmentForm({ title: "Later", opensAt: "2026-05-03T09:00", dueAt: "2026-05-10T09:00" }),
      NOW,
    );
    const open = await createAssignment(database.db, teacherA, created.classId, assignmentForm({ title: "Now" }), NOW);
    if (!later.ok || !open.ok) throw new Error("assignments not created");

    const rows = (await listStudentAssignments(database.db, student2, NOW)).filter((r) => r.classId === created.classId);
    expect(rows.map((r) => [r.title, r.status, r.canStart])).toEqual([
      ["Now", "open", true],
      ["Later", "not-open", false],
    ]);

    // Extension for student2 only.
    const saved = await saveExtension(database.db, teacherA, open.value.assignmentId, {
      studentId: student2.id,
      dueAt: "2026-05-12T17:00",
      extraMinutes: "",
    });
    expect(saved.ok).toBe(true);
    const afterDue = new Date("2026-05-09T12:00:00Z");
    const forStudent2 = (await listStudentAssignments(database.db, student2, afterDue)).find((r) => r.id === open.value.assignmentId);
    const forStudent1 = (await listStudentAssignments(database.db, student1, afterDue)).find((r) => r.id === open.value.assignmentId);
    expect(forStudent2).toMatchObject({ status: "open", extended: true, dueAt: new Date("2026-05-12T17:00:00Z") });
    expect(forStudent1).toMatchObject({ status: "overdue", extended: false, canStart: false });

    // Saving again replaces; a student outside the class is refused; removing deletes.
    await saveExtension(database.db, teacherA, open.value.assignmentId, { studentId: student2.id, dueAt: "", extraMinutes: "10" });
    const replaced = await database.db.assignmentExtension.findMany({ where: { assignmentId: open.value.assignmentId } });
    expect(replaced).toMatchObject([{ studentId: student2.id, dueAt: null, extraSeconds: 600 }]);
    const outsider = await saveExtension(database.db, teacherA, open.value.assignmentId, {
      studentId: teacherB.id,
      dueAt: "",
      extraMinutes: "10",
    });
    expect(outsider).toEqual({ ok: false, errors: { studentId: "Choose a student who is in this class." } });
    await removeExtension(database.db, teacherA, open.value.assignmentId, student2.id);
    expect(await database.db.assignmentExtension.count({ where: { assignmentId: open.value.assignmentId } })).toBe(0);

    // Settings: a new due date and limits; due before opening is refused.
    const updated = await updateAssignmentSettings(database.db, teacherA, open.value.assignmentId, {
      dueAt: "2026-05-20T09:00",
      timeZone: "UTC",
      attemptLimit: "1",
      timeLimitMinutes: "15",
      feedbackPolicy: "after-due",
    });
    expect(updated.ok).toBe(true);
    expect(await database.db.assignment.findUniqueOrThrow({ where: { id: open.value.assignmentId } })).toMatchObject({
      dueAt: new Date("2026-05-20T09:00:00Z"),
      attemptLimit: 1,
      timeLimitSeconds: 900,
      feedbackPolicy: "after-due",
    });
    const early = await updateAssignmentSettings(database.db, teacherA, open.value.assignmentId, {
      dueAt: "2026-04-01T09:00",
      timeZone: "UTC",
      attemptLimit: "",
      timeLimitMinutes: "",
      feedbackPolicy: "immediately",
    });
    expect(early).toEqual({ ok: false, errors: { dueAt: "The due date must be after the opening date." } });
  });

  it("never lets another teacher read or change a class or its assignments", async () => {
    const created = await createClass(database.db, teacherA, { name: "Private" });
    if (!created.ok) throw new Error("class not created");
    await joinClassWithCode(database.db, student1, created.joinCode);
    const made = await createAssignment(database.db, teacherA, created.classId, assignmentForm(), NOW);
    if (!made.ok) throw new Error("assignment not created");
    const id = made.value.assignmentId;
    const classBefore = await database.db.class.findUniqueOrThrow({ where: { id: created.classId } });
    const assignmentBefore = await database.db.assignment.findUniqueOrThrow({ where: { id } });

    await expectHttpError(regenerateJoinCode(database.db, teacherB, created.classId), 403);
    await expectHttpError(setJoiningEnabled(database.db, teacherB, created.classId, false), 403);
    await expectHttpError(removeStudent(database.db, teacherB, created.classId, student1.id), 403);
    await expectHttpError(restoreStudent(database.db, teacherB, created.classId, student1.id), 403);
    await expectHttpError(listClassAssignments(database.db, teacherB, created.classId), 403);
    await expectHttpError(createAssignment(database.db, teacherB, created.classId, assignmentForm(), NOW), 403);
    await expectHttpError(
      updateAssignmentSettings(database.db, teacherB, id, {
        dueAt: "2026-06-01T09:00",
        timeZone: "UTC",
        attemptLimit: "",
        timeLimitMinutes: "",
        feedbackPolicy: "immediately",
      }),
      403,
    );
    await expectHttpError(saveExtension(database.db, teacherB, id, { studentId: student1.id, dueAt: "", extraMinutes: "5" }), 403);
    await expectHttpError(removeExtension(database.db, teacherB, id, student1.id), 403);
    // Students cannot manage either; unknown ids are 404.
    await expectHttpError(regenerateJoinCode(database.db, student1, created.classId), 403);
    await expectHttpError(regenerateJoinCode(database.db, teacherA, "no-such-class"), 404);
    await expectHttpError(updateAssignmentSettings(database.db, teacherA, "no-such-assignment", {
      dueAt: "2026-06-01T09:00",
      timeZone: "UTC",
      attemptLimit: "",
      timeLimitMinutes: "",
      feedbackPolicy: "immediately",
    }), 404);

    expect(await database.db.class.findUniqueOrThrow({ where: { id: created.classId } })).toEqual(classBefore);
    expect(await database.db.assignment.findUniqueOrThrow({ where: { id } })).toEqual(assignmentBefore);
    expect(await database.db.enrollment.count({ where: { classId: created.classId, removedAt: null } })).toBe(1);
    expect(await database.db.assignment.count({ where: { classId: created.classId } })).toBe(1);
    expect(await database.db.assignmentExtension.count({ where: { assignmentId: id } })).toBe(0);
    expect((await listClassAssignments(database.db, teacherA, created.classId)).map((a) => a.id)).toEqual([id]);
  });
});
