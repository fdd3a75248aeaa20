"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { changePassword, deleteAccount, type AccountFormErrors } from "@/lib/accounts/manage-account";
import { revokeAllSessions } from "@/lib/accounts/sessions";
import { requireAccess, SESSION_COOKIES } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { formFrom, textField } from "@/lib/forms/action-input";

export interface AccountFormState {
  status: "idle" | "invalid" | "changed";
  errors: AccountFormErrors;
  /** After a password change: how many other browsers were signed out. */
  endedSessions?: number;
}

/** The session cookie is useless once its row is revoked; removing it as well keeps the browser tidy. */
async function removeSessionCookie() {
  const store = await cookies();
  for (const name of SESSION_COOKIES) {
    if (store.has(name)) store.set(name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
  }
}

// The previous state is unused but typed `| null`: a hand-made request may send anything there.
export async function changePasswordAction(_previous: AccountFormState | null, input: FormData): Promise<AccountFormState> {
  const user = await requireAccess("account:use", "/account");
  const form = formFrom(input);
  const result = await changePassword(db(), {
    userId: user.id,
    currentSessionId: user.sessionId,
    form: {
      currentPassword: textField(form, "currentPassword"),
      newPassword: textField(form, "newPassword"),
      confirmPassword: textField(form, "confirmPassword"),
    },
  });
  if (!result.ok) return { status: "invalid", errors: result.errors };
  return { status: "changed", errors: {}, endedSessions: result.endedSessions };
}

export async function signOutEverywhereAction(): Promise<void> {
  const user = await requireAccess("account:use", "/account");
  await revokeAllSessions(db(), user.id);
  await removeSessionCookie();
  redirect("/sign-in");
}

export async function deleteAccountAction(_previous: AccountFormState | null, input: FormData): Promise<AccountFormState> {
  const user = await requireAccess("account:use", "/account");
  const result = await deleteAccount(db(), { userId: user.id, form: { password: textField(formFrom(input), "password") } });
  if (!result.ok) return { status: "invalid", errors: result.errors };
  await removeSessionCookie();
  redirect("/account/deleted");
}
