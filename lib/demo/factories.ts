/**
 * Builders for users, classes and enrollments. The demo seed and the tests use
 * the same functions, so tests exercise the data a visitor actually sees.
 */
import type { Database } from "../db/create-client";
import type { Role } from "../auth/roles";
import { generateJoinCode } from "../classes/join-code";
import { hashPassword } from "../accounts/passwords";

export async function createUser(
  db: Database,
  input: { email: string; name: string; role: Role; password?: string; passwordHash?: string; newCardsPerDay?: number },
) {
  const passwordHash = input.passwordHash ?? (await hashPassword(input.password ?? "test-password-123"));
  return db.user.create({
    data: {
      email: input.email.toLowerCase(),
      name: input.name,
      role: input.role,
      passwordHash,
      // Unset: the schema's default.
      newCardsPerDay: input.newCardsPerDay,
    },
  });
}

export async function createClass(db: Database, input: { teacherId: string; name: string; joinCode?: string }) {
  return db.class.create({
    data: { teacherId: input.teacherId, name: input.name, joinCode: input.joinCode ?? generateJoinCode() },
  });
}

export async function enrollStudents(db: Database, classId: string, studentIds: string[]) {
  await db.$transaction(
    studentIds.map((studentId) => db.enrollment.create({ data: { classId, studentId } })),
  );
}
