"use client";

import { useActionState } from "react";
import { changePasswordAction, type AccountFormState } from "@/app/account/actions";
import { ErrorSummary } from "@/components/teaching/ErrorSummary";
import { FormField } from "@/components/ui/FormField";
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
      <FormField
        id="currentPassword"
        label={LABELS.currentPassword}
        type="password"
        autoComplete="current-password"
        error={state.errors.currentPassword}
        required
      />
      <FormField
        id="newPassword"
        label={LABELS.newPassword}
        type="password"
        autoComplete="new-password"
        hint={`At least ${minPasswordLength} characters.`}
        error={state.errors.newPassword}
        required
      />
      <FormField
        id="confirmPassword"
        label={LABELS.confirmPassword}
        type="password"
        autoComplete="new-password"
        error={state.errors.confirmPassword}
        required
      />
      <SubmitButton pending={pending} pendingLabel="Changing password…">
        Change password
      </SubmitButton>
    </form>
  );
}
