"use client";

import { useActionState } from "react";
import { saveExtensionAction, type ExtensionFormState } from "@/app/teacher/actions";
import { MAX_EXTRA_MINUTES } from "@/lib/teaching/assignment-schemas";
import { describedBy, ErrorSummary, FieldError } from "./ErrorSummary";

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
      <div className="field">
        <label htmlFor="studentId">Student</label>
        <select key={state.version} id="studentId" name="studentId" defaultValue={values.studentId} {...describedBy("studentId", errors.studentId)}>
          <option value="">Choose a student…</option>
          {props.students.map((student) => (
            <option key={student.id} value={student.id}>
              {student.name} ({student.email})
            </option>
          ))}
        </select>
        <FieldError name="studentId" error={errors.studentId} />
      </div>
      <div className="field">
        <label htmlFor="extension-dueAt">New due date ({props.timeZone.replace(/_/g, " ")})</label>
        <span id="extension-dueAt-hint" className="hint">
          Later than the class’s due date; leave blank to keep it.
        </span>
        <input
          id="extension-dueAt"
          name="dueAt"
          type="datetime-local"
          defaultValue={values.dueAt}
          {...describedBy("extension-dueAt", errors.dueAt, true)}
        />
        <FieldError name="extension-dueAt" error={errors.dueAt} />
      </div>
      <div className="field">
        <label htmlFor="extraMinutes">Extra minutes on the time limit</label>
        <span id="extraMinutes-hint" className="hint">
          1 to {MAX_EXTRA_MINUTES}; blank for none.
        </span>
        <input
          id="extraMinutes"
          name="extraMinutes"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_EXTRA_MINUTES}
          defaultValue={values.extraMinutes}
          {...describedBy("extraMinutes", errors.extraMinutes, true)}
        />
        <FieldError name="extraMinutes" error={errors.extraMinutes} />
      </div>
      <div role="status">{state.status === "saved" ? <p className="notice">✓ Extension saved.</p> : null}</div>
      <div>
        <button className="button" type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save extension"}
        </button>
      </div>
    </form>
  );
}
