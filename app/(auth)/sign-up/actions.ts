"use server";

import { createAccount, type FieldErrors } from "@/lib/accounts/create-account";
import { db } from "@/lib/db/client";
import { formFrom } from "@/lib/forms/action-input";
import { serverEnv } from "@/lib/server-env";

export interface SignUpState {
  status: "idle" | "created" | "invalid";
  errors: FieldErrors;
  values: { name: string; email: string; role: string };
}

/**
 * Public action: anyone may create a student account. A teacher account needs a valid invitation
 * token or the operator's TEACHER_SIGNUP_CODE; createAccount checks both.
 */
export async function signUpAction(_previous: SignUpState | null, sent: FormData): Promise<SignUpState> {
  // A hand-made request may send no form at all: treat it as an empty one (a form error, not a 500).
  const form = formFrom(sent);
  const input = {
    name: form.get("name"),
    email: form.get("email"),
    password: form.get("password"),
    role: form.get("role"),
    invite: form.get("invite"),
    teacherCode: form.get("teacherCode"),
  };
  const values = {
    name: String(input.name ?? ""),
    email: String(input.email ?? ""),
    role: input.role === "teacher" ? "teacher" : "student",
  };
  const result = await createAccount(db(), input, { teacherSignupCode: serverEnv().teacherSignupCode });
  if (!result.ok) return { status: "invalid", errors: result.errors, values };
  return { status: "created", errors: {}, values };
}
