"use client";

import { useActionState } from "react";
import { deleteAccountAction, type AccountFormState } from "@/app/account/actions";
import { ErrorSummary } from "@/components/teaching/ErrorSummary";
import styles from "./Account.module.css";
import { PasswordField } from "@/components/ui/FormField";
import { SubmitButton } from "@/components/ui/SubmitButton";

const initialState: AccountFormState = { status: "idle", errors: {} };

/** Deleting cannot be undone, so it asks for the password: a borrowed, signed-in browser is not enough. */
export function DeleteAccountForm() {
  const [state, formAction, pending] = useActionState(deleteAccountAction, initialState);
  return (
    <form className="form" action={formAction} noValidate aria-labelledby="delete-heading">
      <ErrorSummary errors={state.errors} labels={{ password: "Password" }} fieldIds={{ password: "delete-password" }} />
      <PasswordField
        id="delete-password"
        name="password"
        label="Your password, to confirm"
        autoComplete="current-password"
        error={state.errors.password}
      />
      <SubmitButton pending={pending} pendingLabel="Deleting your account…" className={`button ${styles.dangerButton}`}>
        Delete my account
      </SubmitButton>
    </form>
  );
}
