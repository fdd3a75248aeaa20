"use client";

import { useActionState } from "react";
import { hideQuestionAction, unhideQuestionAction, type HideFormState } from "@/app/teacher/questions/actions";
import { ErrorSummary } from "@/components/teaching/ErrorSummary";
import { TextAreaField } from "@/components/ui/FormField";
import { SubmitButton } from "@/components/ui/SubmitButton";

const initialState: HideFormState = { status: "idle", error: null, reason: "" };
export const HIDE_REASON_LIMIT = 300;

/**
 * Hide a question from every class of the signed-in teacher, with an optional reason, or show it
 * again. The page says whether it is hidden now; the server re-renders it after each action.
 */
export function HideQuestionForm({ questionId, hidden }: { questionId: string; hidden: boolean }) {
  const [hideState, hideAction, hiding] = useActionState(hideQuestionAction, initialState);
  const [showState, showAction, showing] = useActionState(unhideQuestionAction, initialState);
  const errors = hideState.status === "invalid" && hideState.error ? { reason: hideState.error } : {};

  if (hidden) {
    return (
      <form action={showAction} aria-labelledby="hide-heading">
        <input type="hidden" name="questionId" value={questionId} />
        {showState.error && (
          <p className="alert" role="alert">
            {showState.error}
          </p>
        )}
        <button className="button" type="submit" disabled={showing}>
          {showing ? "Showing…" : "Show to my students again"}
        </button>
      </form>
    );
  }
  return (
    <form className="form" action={hideAction} noValidate aria-labelledby="hide-heading">
      <ErrorSummary errors={errors} labels={{ reason: "Reason" }} fieldIds={{ reason: "hide-reason" }} />
      {showState.status === "shown" && (
        <p className="notice" role="status">
          Your students can be given this question again.
        </p>
      )}
      <input type="hidden" name="questionId" value={questionId} />
      <TextAreaField
        id="hide-reason"
        name="reason"
        label="Reason (optional)"
        hint={`Only you see it. Up to ${HIDE_REASON_LIMIT} characters, e.g. “the date is disputed”.`}
        rows={2}
        maxLength={HIDE_REASON_LIMIT + 50}
        defaultValue={hideState.reason}
        error={errors.reason}
      />
      <SubmitButton pending={hiding} pendingLabel="Hiding…">
        Hide from my students
      </SubmitButton>
    </form>
  );
}
