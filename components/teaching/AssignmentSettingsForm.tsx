"use client";

import { useActionState } from "react";
import { updateSettingsAction, type SettingsFormState } from "@/app/teacher/actions";
import type { AssignmentSettingsValues } from "@/lib/teaching/assignment-schemas";
import { AttemptRuleFields, DueField, TimeZoneField } from "./AssignmentRuleFields";
import { AssignmentEditForm, type AssignmentEditWording } from "./AssignmentEditForm";

const WORDING: AssignmentEditWording = {
  labels: {
    dueAt: "Due",
    timeZone: "Time zone",
    attemptLimit: "Attempts allowed",
    timeLimitMinutes: "Time limit",
    feedbackPolicy: "Feedback",
  },
  fieldIds: { timeZone: "settings-timeZone" },
  savedNotice: "Settings saved.",
  submitLabel: "Save settings",
};

export function AssignmentSettingsForm(props: { assignmentId: string; initialValues: AssignmentSettingsValues }) {
  const initialState: SettingsFormState = { version: 0, status: "idle", errors: {}, values: props.initialValues };
  const [state, formAction, pending] = useActionState(updateSettingsAction, initialState);
  const { values, errors } = state;
  return (
    <AssignmentEditForm assignmentId={props.assignmentId} action={formAction} pending={pending} state={state} wording={WORDING}>
      <TimeZoneField id="settings-timeZone" value={values.timeZone} error={errors.timeZone} version={state.version} />
      <DueField value={values.dueAt} error={errors.dueAt} />
      <AttemptRuleFields values={values} errors={errors} timeLimitHint="leave blank for none. Attempts already running keep their deadline." />
    </AssignmentEditForm>
  );
}
