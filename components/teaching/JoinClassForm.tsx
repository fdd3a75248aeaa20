"use client";

import { useActionState } from "react";
import { joinClassAction, type JoinState } from "@/app/join/actions";
import { describedBy, FieldError } from "@/components/ui/FormField";
import { SubmitButton } from "@/components/ui/SubmitButton";

/**
 * Join with a code. With `fixedCode` (the /join/<code> page) the code is a hidden
 * field and only the button shows; otherwise the student types it.
 */
export function JoinClassForm({ fixedCode }: { fixedCode?: string }) {
  const initialState: JoinState = { status: "idle", message: "", code: fixedCode ?? "" };
  const [state, formAction, pending] = useActionState(joinClassAction, initialState);
  const error = state.status === "error" ? state.message : undefined;
  return (
    <form className="form" action={formAction} noValidate>
      {fixedCode ? (
        <>
          <input type="hidden" name="code" value={fixedCode} />
          {error ? (
            <div className="alert" role="alert">
              {error}
            </div>
          ) : null}
        </>
      ) : (
        <div className="field">
          <label htmlFor="code">Join code</label>
          <span id="code-hint" className="hint">
            The letters and numbers from your teacher (8 of them; older codes have 6). Capitals, spaces and dashes don’t matter.
          </span>
          <input
            id="code"
            name="code"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={40}
            defaultValue={state.code}
            required
            {...describedBy("code", error, true)}
          />
          <div role="alert">
            <FieldError name="code" error={error} />
          </div>
        </div>
      )}
      <SubmitButton pending={pending} pendingLabel="Joining…">
        Join class
      </SubmitButton>
    </form>
  );
}
