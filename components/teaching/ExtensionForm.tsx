"use client";

import { useActionState } from "react";
import { saveExtensionAction, type ExtensionFormState } from "@/app/teacher/actions";
import { MAX_EXTRA_MINUTES } from "@/lib/teaching/assignment-schemas";
import { FormField, SelectField, WholeNumberField } from "@/components/ui/FormField";
import { ErrorSummary } from "./ErrorSummary";
import { SubmitButton } from "@/components/ui/SubmitButton";

const FIELD_LABELS: Record<string, string> = {
  studentId: "Student",
  dueAt: "New due date",
  extraMinutes: "Extra minutes",
};

/** Gives one student a later due date and/or extra minutes (saving again replaces their extension). */
export function ExtensionForm(props: {
  assignmentId: string;
  timeZone: string;
  students: { id: string; name: string; email: string }[];
}) {
  const initialState: ExtensionFormState = {
    status: "idle",
    errors: {},
    values: { studentId: "", dueAt: "", extraMinutes: "" },
    version: 0,
  };
  const [state, formAction, pending] = useActionState(saveExtensionAction, initialState);
  const { values, errors } = state;
  return (
    <form className="form" action={formAction} noValidate>
      <input type="hidden" name="assignmentId" value={props.assignmentId} />
      <ErrorSummary errors={errors} labels={FIELD_LABELS} fieldIds={{ dueAt: "extension-dueAt" }} />
      <SelectField
        key={state.version}
        id="studentId"
        label="Student"
        value={values.studentId}
        error={errors.studentId}
        emptyOption="Choose a student…"
        options={props.students.map((student) => ({ value: student.id, label: `${student.name} (${student.email})` }))}
      />
      <FormField
        id="extension-dueAt"
        name="dueAt"
        label={`New due date (${props.timeZone.replace(/_/g, " ")})`}
        hint="Later than the class’s due date; leave blank to keep it."
        type="datetime-local"
        defaultValue={values.dueAt}
        error={errors.dueAt}
      />
      <WholeNumberField
        id="extraMinutes"
        label="Extra minutes on the time limit"
        hint={`1 to ${MAX_EXTRA_MINUTES}; blank for none.`}
        max={MAX_EXTRA_MINUTES}
        defaultValue={values.extraMinutes}
        error={errors.extraMinutes}
      />
      <div role="status">{state.status === "saved" ? <p className="notice">✓ Extension saved.</p> : null}</div>
      <SubmitButton pending={pending} pendingLabel="Saving…">
        Save extension
      </SubmitButton>
    </form>
  );
}
