"use client";

import { useActionState } from "react";
import { changePasswordAction, type AccountFormState } from "@/app/account/actions";
import { ErrorSummary } from "@/components/teaching/ErrorSummary";
import { PasswordField } from "@/components/ui/FormField";
import { SubmitButton } from "@/components/ui/SubmitButton";

const initialState: AccountFormState = { status: "idle", errors: {} };

const LABELS = { currentPassword: "Current password", newPassword: "New password", confirmPassword: "New password again" };

export function ChangePasswordForm({ minPasswordLength }: { minPasswordLength: number }) {
  const [state, formAction, pending] = useActionState(changePasswordAction, initialState);
  const ended = state.endedSessions ?? 0;
  return (
    <form className="form" action={formAction} noValidate aria-labelledby="password-heading">
      <div role="status">
        {state.status === "changed" ? (
          <p className="notice">
            Password changed.{" "}
            {ended === 0 ? "No other browser was signed in." : `${ended} other browser${ended === 1 ? " was" : "s were"} signed out.`}
          </p>
        ) : null}
      </div>
      <ErrorSummary errors={state.errors} labels={LABELS} />
      <PasswordField id="currentPassword" label={LABELS.currentPassword} autoComplete="current-password" error={state.errors.currentPassword} />
      <PasswordField
        id="newPassword"
        label={LABELS.newPassword}
        autoComplete="new-password"
        minimumLength={minPasswordLength}
        error={state.errors.newPassword}
      />
      <PasswordField id="confirmPassword" label={LABELS.confirmPassword} autoComplete="new-password" error={state.errors.confirmPassword} />
      <SubmitButton pending={pending} pendingLabel="Changing password…">
        Change password
      </SubmitButton>
    </form>
  );
}
