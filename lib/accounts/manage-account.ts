/**
 * What a signed-in person does to their own account (the account page), and the operator's role
 * change. Each ends sessions as the change requires: a new password ends every other session, a
 * deleted account or a changed role ends them all.
 */
import type { Database } from "../db/create-client";
import type { Role } from "../auth/roles";
import { ChangePasswordSchema, DeleteAccountSchema } from "./account-schemas";
import { hashPassword, verifyPassword } from "./passwords";
import { revokeAllSessions } from "./sessions";

export type AccountFormErrors = Partial<Record<"currentPassword" | "newPassword" | "confirmPassword" | "password" | "form", string>>;

export type AccountChangeResult = { ok: true; endedSessions: number } | { ok: false; errors: AccountFormErrors };

const WRONG_PASSWORD = "That is not your current password. Check it and try again.";

function fieldErrors(issues: { path: PropertyKey[]; message: string }[]): AccountFormErrors {
  const errors: AccountFormErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form") as keyof AccountFormErrors;
    errors[field] ??= issue.message;
  }
  return errors;
}

/** Checks the current password, stores the new one and ends every session except the one making the change. */
export async function changePassword(
  db: Database,
  input: { userId: string; currentSessionId: string; form: unknown },
  now = new Date(),
): Promise<AccountChangeResult> {
  const parsed = ChangePasswordSchema.safeParse(input.form);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error.issues) };
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(user.passwordHash, parsed.data.currentPassword))) {
    return { ok: false, errors: { currentPassword: WRONG_PASSWORD } };
  }
  if (parsed.data.newPassword === parsed.data.currentPassword) {
    return { ok: false, errors: { newPassword: "Choose a password different from your current one." } };
  }
  const passwordHash = await hashPassword(parsed.data.newPassword);
  const endedSessions = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: input.userId }, data: { passwordHash } });
    return revokeAllSessions(tx, input.userId, { exceptSessionId: input.currentSessionId, now });
  });
  return { ok: true, endedSessions };
}

/**
 * Deletes the account after checking its password. The database cascades from the user: sessions,
 * class memberships, quiz attempts with their answers, flashcard history, extensions, invitations
 * still pending; for a teacher also their classes, those classes' assignments and every student
 * attempt at them.
 */
export async function deleteAccount(db: Database, input: { userId: string; form: unknown }): Promise<AccountChangeResult> {
  const parsed = DeleteAccountSchema.safeParse(input.form);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error.issues) };
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(user.passwordHash, parsed.data.password))) {
    return { ok: false, errors: { password: "That is not your password, so nothing was deleted. Check it and try again." } };
  }
  const endedSessions = await db.session.count({ where: { userId: input.userId, revokedAt: null } });
  await db.user.delete({ where: { id: input.userId } });
  return { ok: true, endedSessions };
}

/** Changes a user's role and ends all their sessions, whose tokens still name the old role. */
export async function changeRole(db: Database, input: { userId: string; role: Role }, now = new Date()): Promise<number> {
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: input.userId }, data: { role: input.role } });
    return revokeAllSessions(tx, input.userId, { now });
  });
}
