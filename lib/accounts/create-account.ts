/**
 * Creates an account from the sign-up form. Anyone may sign up as a student; a teacher account needs
 * a teacher's invitation link or the operator's TEACHER_SIGNUP_CODE (or `npm run users:create-teacher`).
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { Database } from "../db/create-client";
import { hashPassword } from "./passwords";
import { SignUpSchema } from "./account-schemas";
import { checkInvitation, claimInvitation, INVITATION_PROBLEMS } from "./invitations";

export type FieldErrors = Partial<Record<"name" | "email" | "password" | "role" | "teacherCode" | "invite" | "form", string>>;

export type CreateAccountResult =
  | { ok: true; user: { id: string; email: string; role: string } }
  | { ok: false; errors: FieldErrors };

export interface CreateAccountOptions {
  /** serverEnv().teacherSignupCode: null when the operator has not set one. */
  teacherSignupCode?: string | null;
  now?: Date;
}

export const TEACHER_NEEDS_INVITATION =
  "Teacher accounts need an invitation link from a teacher at your school, or the teacher sign-up code from whoever runs this site.";
const WRONG_TEACHER_CODE = "That teacher sign-up code is not right. Check it with whoever gave it to you.";
const EMAIL_TAKEN = "An account with this email already exists. Sign in instead.";
const INVITATION_FOR_ANOTHER_EMAIL =
  "This invitation is for a different email address. Use the address it was sent to, or ask for a new invitation.";

/** Compares digests, so the time taken says nothing about how much of the code was right. */
function sameCode(typed: string, expected: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(typed), digest(expected));
}

class SignUpRefused extends Error {
  constructor(readonly errors: FieldErrors) {
    super("sign-up refused");
  }
}

export async function createAccount(
  db: Database,
  input: unknown,
  { teacherSignupCode = null, now = new Date() }: CreateAccountOptions = {},
): Promise<CreateAccountResult> {
  const parsed = SignUpSchema.safeParse(input);
  if (!parsed.success) {
    const errors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "form") as keyof FieldErrors;
      errors[field] ??= issue.message;
    }
    return { ok: false, errors };
  }
  const { name, email, password, role, invite, teacherCode } = parsed.data;

  // Teachers: an invitation (claimed in the transaction below) or the operator's code.
  let invitationToken: string | null = null;
  if (role === "teacher") {
    if (invite) {
      const invitation = await checkInvitation(db, invite, now);
      if (invitation.status !== "valid") return { ok: false, errors: { invite: INVITATION_PROBLEMS[invitation.status] } };
      if (invitation.email && invitation.email !== email) return { ok: false, errors: { email: INVITATION_FOR_ANOTHER_EMAIL } };
      invitationToken = invite;
    } else if (!teacherCode) {
      return { ok: false, errors: { role: TEACHER_NEEDS_INVITATION } };
    } else if (!teacherSignupCode || !sameCode(teacherCode, teacherSignupCode)) {
      return { ok: false, errors: { teacherCode: WRONG_TEACHER_CODE } };
    }
  }

  const taken = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (taken) return { ok: false, errors: { email: EMAIL_TAKEN } };
  const passwordHash = await hashPassword(password);
  try {
    const user = await db.$transaction(async (tx) => {
      const claimed = invitationToken ? await claimInvitation(tx, { token: invitationToken, email }, now) : null;
      if (claimed && !claimed.ok) {
        throw new SignUpRefused(
          claimed.problem === "email-mismatch" ? { email: INVITATION_FOR_ANOTHER_EMAIL } : { invite: INVITATION_PROBLEMS[claimed.problem] },
        );
      }
      const created = await tx.user.create({
        data: { name, email, role, passwordHash },
        select: { id: true, email: true, role: true },
      });
      if (claimed?.ok) {
        await tx.teacherInvitation.update({ where: { id: claimed.invitationId }, data: { usedById: created.id } });
      }
      return created;
    });
    return { ok: true, user };
  } catch (error) {
    if (error instanceof SignUpRefused) return { ok: false, errors: error.errors };
    // Two sign-ups racing for one address: the unique index decides (and the invitation stays unused).
    if ((error as { code?: string }).code === "P2002") return { ok: false, errors: { email: EMAIL_TAKEN } };
    throw error;
  }
}
