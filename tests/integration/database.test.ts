import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentClassName, listStudentClasses, listTeacherClasses } from "../../lib/classes/list-classes";
import { migrateDatabase } from "../../lib/db/migrate";
import { createClass, createUser, enrollStudents } from "../../lib/demo/factories";
import {
  DEMO_STUDENT_COUNT,
  DEMO_TEACHER_EMAIL,
  demoStudentEmail,
  seedDemoData,
} from "../../lib/demo/seed-demo-data";
import { createTestDatabase, testProviders, type TestDatabase } from "../support/test-databases";

describe.each(testProviders())("database on %s", (provider) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(async () => database?.drop());

  it("applies each migration once, so every app instance can run it at start", async () => {
    const again = await migrateDatabase(database.url);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toBeGreaterThan(0);
  });

  it("refuses to seed demo accounts in production mode", async () => {
    expect(await seedDemoData(database.db, "production")).toBe("refused-production");
    expect(await database.db.user.count()).toBe(0);
  });

  it("seeds the demo teacher, thirty students and one class holding them, once", async () => {
    expect(await seedDemoData(database.db, "embedded")).toBe("seeded");
    expect(await seedDemoData(database.db, "embedded")).toBe("skipped-not-empty");

    const teacher = await database.db.user.findUniqueOrThrow({ where: { email: DEMO_TEACHER_EMAIL } });
    expect(teacher.role).toBe("teacher");
    expect(await database.db.user.count({ where: { role: "student" } })).toBe(DEMO_STUDENT_COUNT);
    const classes = await listTeacherClasses(database.db, teacher.id);
    expect(classes).toHaveLength(1);
    expect(classes[0]!._count.enrollments).toBe(DEMO_STUDENT_COUNT);
    expect(classes[0]!.joinCode).toMatch(/^[A-Z2-9]{8}$/);

    const student30 = await database.db.user.findUniqueOrThrow({ where: { email: demoStudentEmail(30) } });
    expect((await listStudentClasses(database.db, student30.id)).map((e) => e.class.name)).toEqual([classes[0]!.name]);
  });

  it("shows a teacher only their own classes", async () => {
    const other = await createUser(database.db, { email: "other.teacher@example.com", name: "Other", role: "teacher" });
    await createClass(database.db, { teacherId: other.id, name: "Other class" });
    const demoTeacher = await database.db.user.findUniqueOrThrow({ where: { email: DEMO_TEACHER_EMAIL } });
    expect((await listTeacherClasses(database.db, other.id)).map((c) => c.name)).toEqual(["Other class"]);
    expect((await listTeacherClasses(database.db, demoTeacher.id)).map((c) => c.name)).not.toContain("Other class");
  });

  it("names a class after joining only while the student is in it", async () => {
    const teacher = await createUser(database.db, { email: "joined.teacher@example.com", name: "Joined T", role: "teacher" });
    const klass = await createClass(database.db, { teacherId: teacher.id, name: "Joined class" });
    const student = await createUser(database.db, { email: "joined.student@example.com", name: "Joined S", role: "student" });
    expect(await currentClassName(database.db, student.id, klass.id)).toBeNull();
    await enrollStudents(database.db, klass.id, [student.id]);
    expect(await currentClassName(database.db, student.id, klass.id)).toBe("Joined class");
    await database.db.enrollment.updateMany({ where: { classId: klass.id, studentId: student.id }, data: { removedAt: new Date() } });
    expect(await currentClassName(database.db, student.id, klass.id)).toBeNull();
  });

  it("records a repeated submission of the same client response id once", async () => {
    const student = await createUser(database.db, { email: "idempotent@example.com", name: "Idem", role: "student" });
    const attempt = await database.db.attempt.create({
      data: { userId: student.id, kind: "practice", setDefinition: "{}", questionIds: '["q1"]', seed: 7, bankVersion: "test" },
    });
    const response = {
      attemptId: attempt.id,
      clientResponseId: "3f1c7c2e-0000-4000-8000-000000000001",
      questionId: "q1",
      answer: '{"choice":"a"}',
      score: 1,
      correct: true,
      bankVersion: "test",
    };
    const record = () =>
      database.db.response.upsert({
        where: { attemptId_clientResponseId: { attemptId: attempt.id, clientResponseId: response.clientResponseId } },
        create: response,
        update: {},
      });
    await Promise.all([record(), record()].map((p) => p.catch((error: { code?: string }) => {
      // Two racing inserts: the unique index lets exactly one win.
      if (error.code !== "P2002") throw error;
    })));
    await record();
    expect(await database.db.response.count({ where: { attemptId: attempt.id } })).toBe(1);
  });

  it("keeps one enrollment per student and class", async () => {
    const teacher = await createUser(database.db, { email: "t.enrol@example.com", name: "T", role: "teacher" });
    const student = await createUser(database.db, { email: "s.enrol@example.com", name: "S", role: "student" });
    const klass = await createClass(database.db, { teacherId: teacher.id, name: "Enrolment class" });
    await enrollStudents(database.db, klass.id, [student.id]);
    await expect(enrollStudents(database.db, klass.id, [student.id])).rejects.toMatchObject({ code: "P2002" });
    expect(await database.db.enrollment.count({ where: { classId: klass.id } })).toBe(1);
  });
});
