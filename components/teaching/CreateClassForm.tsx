"use client";

import { useActionState } from "react";
import { createClassAction, type CreateClassState } from "@/app/teacher/actions";
import { MAX_CLASS_NAME_LENGTH } from "@/lib/classes/class-schemas";
import { FormField } from "@/components/ui/FormField";
import { ErrorSummary } from "./ErrorSummary";
import { SubmitButton } from "@/components/ui/SubmitButton";

const initialState: CreateClassState = { status: "idle", errors: {}, values: { name: "" } };

export function CreateClassForm() {
  const [state, formAction, pending] = useActionState(createClassAction, initialState);
  return (
    <form className="form" action={formAction} noValidate aria-labelledby="create-class-heading">
      <ErrorSummary errors={state.errors} />
      <FormField
        id="name"
        label="Class name"
        hint={`Up to ${MAX_CLASS_NAME_LENGTH} characters, e.g. “Year 11 History, set 2”.`}
        maxLength={MAX_CLASS_NAME_LENGTH + 20}
        defaultValue={state.values.name}
        error={state.errors.name}
        required
      />
      <SubmitButton pending={pending} pendingLabel="Creating…">
        Create class
      </SubmitButton>
    </form>
  );
}
