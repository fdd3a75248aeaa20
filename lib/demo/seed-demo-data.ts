/**
 * Demo accounts for the embedded quick start (listed in the README). Runs only
 * when the database has no users, and never in production mode.
 */
import type { AppMode } from "../env";
import type { Database } from "../db/create-client";
import { hashPassword } from "../accounts/passwords";
import { createClass, createUser, enrollStudents } from "./factories";
import { seedDemoAssignments } from "./demo-assignments";

export const DEMO_PASSWORD = "demo-pass-2012";
export const DEMO_TEACHER_EMAIL = "teacher@example.com";
export const DEMO_STUDENT_COUNT = 30;
export const DEMO_CLASS_NAME = "Year 11 History: Idlib and Aleppo 2012–13";
export const demoStudentEmail = (n: number) => `student${n}@example.com`;

export type SeedOutcome = "seeded" | "skipped-not-empty" | "refused-production";

export async function seedDemoData(db: Database, mode: AppMode, now: Date = new Date()): Promise<SeedOutcome> {
  if (mode === "production") return "refused-production";
  if ((await db.user.count()) > 0) return "skipped-not-empty";

  // One hash for all demo accounts: they share a password, and argon2 is slow on purpose.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const teacher = await createUser(db, {
    email: DEMO_TEACHER_EMAIL,
    name: "Ms. Rana Haddad",
    role: "teacher",
    passwordHash,
  });
  const students = [];
  for (let n = 1; n <= DEMO_STUDENT_COUNT; n++) {
    students.push(
      await createUser(db, { email: demoStudentEmail(n), name: `Student ${n}`, role: "student", passwordHash }),
    );
  }
  const demoClass = await createClass(db, { teacherId: teacher.id, name: DEMO_CLASS_NAME });
  await enrollStudents(
    db,
    demoClass.id,
    students.map((student) => student.id),
  );
  // Assignments with answers, so the teacher's dashboards are not empty (lib/demo/demo-assignments.ts).
  await seedDemoAssignments(db, {
    classId: demoClass.id,
    students: students.map((student, i) => ({ id: student.id, n: i + 1 })),
    now,
  });
  return "seeded";
}
