"use client";

import { useActionState } from "react";
import { createClassAction, type CreateClassState } from "@/app/teacher/actions";
import { MAX_CLASS_NAME_LENGTH } from "@/lib/classes/class-schemas";
import { describedBy, ErrorSummary, FieldError } from "./ErrorSummary";

const initialState: CreateClassState = { status: "idle", errors: {}, values: { name: "" } };

export function CreateClassForm() {
  const [state, formAction, pending] = useActionState(createClassAction, initialState);
  return (
    <form className="form" action={formAction} noValidate aria-labelledby="create-class-heading">
      <ErrorSummary errors={state.errors} />
      <div className="field">
        <label htmlFor="name">Class name</label>
        <span id="name-hint" className="hint">
          Up to {MAX_CLASS_NAME_LENGTH} characters, e.g. “Year 11 History, set 2”.
        </span>
        <input
          id="name"
          name="name"
          type="text"
          maxLength={MAX_CLASS_NAME_LENGTH + 20}
          defaultValue={state.values.name}
          required
          {...describedBy("name", state.errors.name, true)}
        />
        <FieldError name="name" error={state.errors.name} />
      </div>
      <div>
        <button className="button" type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create class"}
        </button>
      </div>
    </form>
  );
}
