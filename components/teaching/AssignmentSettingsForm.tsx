"use client";

import { useActionState } from "react";
import { updateSettingsAction, type SettingsFormState } from "@/app/teacher/actions";
import type { AssignmentSettingsValues } from "@/lib/teaching/assignment-schemas";
import { AttemptRuleFields, DueField, TimeZoneField } from "./AssignmentRuleFields";
import { ErrorSummary } from "./ErrorSummary";
import { SubmitButton } from "@/components/ui/SubmitButton";

const FIELD_LABELS: Record<string, string> = {
  dueAt: "Due",
  timeZone: "Time zone",
  attemptLimit: "Attempts allowed",
  timeLimitMinutes: "Time limit",
  feedbackPolicy: "Feedback",
};

export function AssignmentSettingsForm(props: { assignmentId: string; initialValues: AssignmentSettingsValues }) {
  const initialState: SettingsFormState = { version: 0, status: "idle", errors: {}, values: props.initialValues };
  const [state, formAction, pending] = useActionState(updateSettingsAction, initialState);
  const { values, errors } = state;
  return (
    <form className="form" action={formAction} noValidate>
      <input type="hidden" name="assignmentId" value={props.assignmentId} />
      <ErrorSummary errors={errors} labels={FIELD_LABELS} fieldIds={{ timeZone: "settings-timeZone" }} />
      <TimeZoneField id="settings-timeZone" value={values.timeZone} error={errors.timeZone} version={state.version} />
      <DueField value={values.dueAt} error={errors.dueAt} />
      <AttemptRuleFields values={values} errors={errors} timeLimitHint="leave blank for none. Attempts already running keep their deadline." />
      <div role="status">{state.status === "saved" ? <p className="notice">✓ Settings saved.</p> : null}</div>
      <SubmitButton pending={pending} pendingLabel="Saving…">
        Save settings
      </SubmitButton>
    </form>
  );
}
