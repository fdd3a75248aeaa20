"use client";

import type { ReactNode } from "react";
import type { FieldErrors } from "@/lib/teaching/assignment-schemas";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { ErrorSummary } from "./ErrorSummary";

/** What one edit form says: its fields' labels (and ids, where they differ), its notice after a save, its button. */
export interface AssignmentEditWording {
  labels: Record<string, string>;
  fieldIds: Record<string, string>;
  savedNotice: string;
  submitLabel: string;
}

/**
 * The frame of a form that changes one existing assignment (its settings, a student's extension):
 * the assignment's id, the problems at the top, the fields, the "saved" notice and the save button.
 */
export function AssignmentEditForm(props: {
  assignmentId: string;
  action: (form: FormData) => void;
  pending: boolean;
  state: { status: "idle" | "invalid" | "saved"; errors: FieldErrors };
  wording: AssignmentEditWording;
  children: ReactNode;
}) {
  const { state, wording } = props;
  return (
    <form className="form" action={props.action} noValidate>
      <input type="hidden" name="assignmentId" value={props.assignmentId} />
      <ErrorSummary errors={state.errors} labels={wording.labels} fieldIds={wording.fieldIds} />
      {props.children}
      <div role="status">{state.status === "saved" ? <p className="notice">✓ {wording.savedNotice}</p> : null}</div>
      <SubmitButton pending={props.pending} pendingLabel="Saving…">
        {wording.submitLabel}
      </SubmitButton>
    </form>
  );
}
