"use client";

import { formatUtc } from "@/lib/text/utc-dates";
import { useActionState } from "react";
import { inviteTeacherAction, type InviteTeacherState } from "@/app/teacher/invitations/actions";
import { ErrorSummary } from "@/components/teaching/ErrorSummary";
import styles from "./Account.module.css";
import { FormField } from "@/components/ui/FormField";
import { SubmitButton } from "@/components/ui/SubmitButton";

const initialState: InviteTeacherState = { status: "idle", errors: {}, values: { email: "" } };


export function InviteTeacherForm() {
  const [state, formAction, pending] = useActionState(inviteTeacherAction, initialState);
  const created = state.status === "created" ? state.created : undefined;
  return (
    <>
      <div role="status">
        {created ? (
          <div className={`notice ${styles.createdInvitation}`}>
            <p>
              Invitation made{created.email ? ` for ${created.email}` : ""}. Copy the link now and send it: it is shown
              only once. It works once, until {formatUtc(created.expiresAt)}.
            </p>
            <div className="field">
              <label htmlFor="invitation-link">Invitation link</label>
              <input id="invitation-link" className={styles.invitationLink} type="text" readOnly value={created.link} />
            </div>
          </div>
        ) : null}
      </div>
      <form className="form" action={formAction} noValidate aria-labelledby="invite-heading">
        <ErrorSummary errors={state.errors} labels={{ email: "Email" }} fieldIds={{ email: "invite-email" }} />
        <FormField
          id="invite-email"
          name="email"
          label="Their email address (optional)"
          type="email"
          autoComplete="off"
          hint="With an address, only that person can use the link. Leave it empty for anyone who has the link."
          defaultValue={state.values.email}
          error={state.errors.email}
        />
        <SubmitButton pending={pending} pendingLabel="Making the link…">
          Make invitation link
        </SubmitButton>
      </form>
    </>
  );
}
