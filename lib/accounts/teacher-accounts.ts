/**
 * The operator's way to make a teacher (`npm run users:create-teacher`), for the first teacher of a
 * site, who has nobody to invite them: a new account, or an existing student account promoted.
 */
import { randomBytes } from "node:crypto";
import type { Database } from "../db/create-client";
import { EmailSchema, SignUpSchema } from "./account-schemas";
import { changeRole } from "./manage-account";
import { hashPassword } from "./passwords";

const TeacherInputSchema = SignUpSchema.pick({ name: true, email: true, password: true });

export type CreateTeacherResult =
  | { outcome: "created"; userId: string; email: string; generatedPassword: string | null }
  | { outcome: "promoted"; userId: string; email: string; endedSessions: number }
  | { outcome: "already-teacher"; email: string }
  | { outcome: "needs-promote-flag"; email: string }
  | { outcome: "invalid"; problems: string[] };

/** 18 random bytes: 24 URL-safe characters, well over the minimum length, easy to copy. */
function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}

export async function createOrPromoteTeacher(
  db: Database,
  input: { email: string; name?: string; password?: string; promote?: boolean },
): Promise<CreateTeacherResult> {
  const emailCheck = EmailSchema.safeParse(input.email);
  if (!emailCheck.success) return { outcome: "invalid", problems: emailCheck.error.issues.map((issue) => issue.message) };
  const email = emailCheck.data;

  const existing = await db.user.findUnique({ where: { email }, select: { id: true, role: true } });
  if (existing) {
    if (existing.role === "teacher") return { outcome: "already-teacher", email };
    if (!input.promote) return { outcome: "needs-promote-flag", email };
    const endedSessions = await changeRole(db, { userId: existing.id, role: "teacher" });
    return { outcome: "promoted", userId: existing.id, email, endedSessions };
  }

  const generatedPassword = input.password ? null : generatePassword();
  const parsed = TeacherInputSchema.safeParse({ name: input.name ?? "", email, password: input.password ?? generatedPassword });
  if (!parsed.success) return { outcome: "invalid", problems: parsed.error.issues.map((issue) => issue.message) };
  const user = await db.user.create({
    data: { name: parsed.data.name, email, role: "teacher", passwordHash: await hashPassword(parsed.data.password) },
    select: { id: true },
  });
  return { outcome: "created", userId: user.id, email, generatedPassword };
}
