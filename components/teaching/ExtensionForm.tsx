"use client";

import { useActionState } from "react";
import { saveExtensionAction, type ExtensionFormState } from "@/app/teacher/actions";
import { MAX_EXTRA_MINUTES } from "@/lib/teaching/assignment-schemas";
import { FormField, SelectField, WholeNumberField } from "@/components/ui/FormField";
import { AssignmentEditForm, type AssignmentEditWording } from "./AssignmentEditForm";

const WORDING: AssignmentEditWording = {
  labels: { studentId: "Student", dueAt: "New due date", extraMinutes: "Extra minutes" },
  fieldIds: { dueAt: "extension-dueAt" },
  savedNotice: "Extension saved.",
  submitLabel: "Save extension",
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
    <AssignmentEditForm assignmentId={props.assignmentId} action={formAction} pending={pending} state={state} wording={WORDING}>
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
    </AssignmentEditForm>
  );
}
