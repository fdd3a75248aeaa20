"use client";

import { useActionState } from "react";
import { createSetAction, updateSetDetailsAction, type SetDetailsState } from "@/app/teacher/sets/actions";
import { describedBy, ErrorSummary, FieldError } from "@/components/teaching/ErrorSummary";

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
      <div className="field">
        <label htmlFor={`${prefix}name`}>Name</label>
        <span id={`${prefix}name-hint`} className="hint">
          Up to {MAX_NAME} characters.
        </span>
        <input
          id={`${prefix}name`}
          name="name"
          type="text"
          maxLength={MAX_NAME + 20}
          defaultValue={state.values.name}
          key={`name-${state.version}`}
          required
          {...describedBy(`${prefix}name`, state.errors.name, true)}
        />
        <FieldError name={`${prefix}name`} error={state.errors.name} />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}description`}>Description (optional)</label>
        <span id={`${prefix}description-hint`} className="hint">
          Up to {MAX_DESCRIPTION} characters: what the set is for.
        </span>
        <textarea
          id={`${prefix}description`}
          name="description"
          rows={3}
          maxLength={MAX_DESCRIPTION + 20}
          defaultValue={state.values.description}
          key={`description-${state.version}`}
          {...describedBy(`${prefix}description`, state.errors.description, true)}
        />
        <FieldError name={`${prefix}description`} error={state.errors.description} />
      </div>
      <div>
        <button className="button" type="submit" disabled={pending}>
          {pending ? "Saving…" : props.setId ? "Save name and description" : "Create set"}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {state.status === "saved" ? <p className="notice">Saved.</p> : null}
      </div>
    </form>
  );
}
