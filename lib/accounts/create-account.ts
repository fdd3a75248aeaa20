/** Creates a student or teacher account from the sign-up form. */
import type { Database } from "../db/create-client";
import { hashPassword } from "./passwords";
import { SignUpSchema } from "./account-schemas";

export type FieldErrors = Partial<Record<"name" | "email" | "password" | "role" | "form", string>>;

export type CreateAccountResult =
  | { ok: true; user: { id: string; email: string; role: string } }
  | { ok: false; errors: FieldErrors };

export async function createAccount(db: Database, input: unknown): Promise<CreateAccountResult> {
  const parsed = SignUpSchema.safeParse(input);
  if (!parsed.success) {
    const errors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "form") as keyof FieldErrors;
      errors[field] ??= issue.message;
    }
    return { ok: false, errors };
  }
  const { name, email, password, role } = parsed.data;
  const taken = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (taken) return { ok: false, errors: { email: "An account with this email already exists. Sign in instead." } };
  try {
    const user = await db.user.create({
      data: { name, email, role, passwordHash: await hashPassword(password) },
      select: { id: true, email: true, role: true },
    });
    return { ok: true, user };
  } catch (error) {
    // Two sign-ups racing for one address: the unique index decides.
    if ((error as { code?: string }).code === "P2002") {
      return { ok: false, errors: { email: "An account with this email already exists. Sign in instead." } };
    }
    throw error;
  }
}
