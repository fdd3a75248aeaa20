"use server";

import { createAccount, type FieldErrors } from "@/lib/accounts/create-account";
import { db } from "@/lib/db/client";

export interface SignUpState {
  status: "idle" | "created" | "invalid";
  errors: FieldErrors;
  values: { name: string; email: string; role: string };
}

/** Public action: anyone may create an account. The role is limited to student or teacher by the schema. */
export async function signUpAction(_previous: SignUpState, form: FormData): Promise<SignUpState> {
  const input = {
    name: form.get("name"),
    email: form.get("email"),
    password: form.get("password"),
    role: form.get("role"),
  };
  const values = {
    name: String(input.name ?? ""),
    email: String(input.email ?? ""),
    role: input.role === "teacher" ? "teacher" : "student",
  };
  const result = await createAccount(db(), input);
  if (!result.ok) return { status: "invalid", errors: result.errors, values };
  return { status: "created", errors: {}, values };
}
