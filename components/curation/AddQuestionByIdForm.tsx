"use client";

import { useActionState } from "react";
import { addByIdAction, type AddToSetState } from "@/app/teacher/sets/actions";
import { SubmitButton } from "@/components/ui/SubmitButton";

const initial: AddToSetState = { version: 0, status: "idle", message: "" };

/** Adds a question to the set by its id (as the question browser and item analysis show it). */
export function AddQuestionByIdForm({ setId }: { setId: string }) {
  const [state, formAction, pending] = useActionState(addByIdAction, initial);
  const invalid = state.status === "invalid";
  return (
    <form className="form" action={formAction} noValidate>
      <input type="hidden" name="setId" value={setId} />
      <div className="field">
        <label htmlFor="add-question-id">Question id</label>
        <span id="add-question-id-hint" className="hint">
          For example “event-date-…”, or “tq:…” for a question a teacher wrote.
        </span>
        <input
          id="add-question-id"
          name="questionId"
          type="text"
          autoComplete="off"
          spellCheck={false}
          key={state.status === "added" ? `added-${state.version}` : "typing"}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? "add-question-id-hint add-question-id-status" : "add-question-id-hint"}
        />
      </div>
      <SubmitButton pending={pending} pendingLabel="Adding…">
        Add to set
      </SubmitButton>
      <div role="status" aria-live="polite" id="add-question-id-status">
        {state.message ? <p className={invalid ? "field-error" : "notice"}>{state.message}</p> : null}
      </div>
    </form>
  );
}
