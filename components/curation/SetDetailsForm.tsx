"use client";

import { useActionState } from "react";
import { createSetAction, updateSetDetailsAction, type SetDetailsState } from "@/app/teacher/sets/actions";
import { ErrorSummary } from "@/components/teaching/ErrorSummary";
import { FormField, TextAreaField } from "@/components/ui/FormField";
import { SubmitButton } from "@/components/ui/SubmitButton";

const MAX_NAME = 120;
const MAX_DESCRIPTION = 500;
const LABELS = { name: "Name", description: "Description" };

/** Creates a set (no setId) or renames and redescribes one (with setId). */
export function SetDetailsForm(props: { setId?: string; name?: string; description?: string }) {
  const initial: SetDetailsState = {
    version: 0,
    status: "idle",
    errors: {},
    values: { name: props.name ?? "", description: props.description ?? "" },
  };
  const [state, formAction, pending] = useActionState(props.setId ? updateSetDetailsAction : createSetAction, initial);
  const prefix = props.setId ? "edit-" : "new-";
  return (
    <form className="form" action={formAction} noValidate>
      {props.setId ? <input type="hidden" name="setId" value={props.setId} /> : null}
      <ErrorSummary errors={state.errors} labels={LABELS} fieldIds={{ name: `${prefix}name`, description: `${prefix}description` }} />
      <FormField
        key={`name-${state.version}`}
        id={`${prefix}name`}
        name="name"
        label="Name"
        hint={`Up to ${MAX_NAME} characters.`}
        maxLength={MAX_NAME + 20}
        defaultValue={state.values.name}
        error={state.errors.name}
        required
      />
      <TextAreaField
        key={`description-${state.version}`}
        id={`${prefix}description`}
        name="description"
        label="Description (optional)"
        hint={`Up to ${MAX_DESCRIPTION} characters: what the set is for.`}
        rows={3}
        maxLength={MAX_DESCRIPTION + 20}
        defaultValue={state.values.description}
        error={state.errors.description}
      />
      <SubmitButton pending={pending} pendingLabel="Saving…">
        {props.setId ? "Save name and description" : "Create set"}
      </SubmitButton>
      <div role="status" aria-live="polite">
        {state.status === "saved" ? <p className="notice">Saved.</p> : null}
      </div>
    </form>
  );
}
