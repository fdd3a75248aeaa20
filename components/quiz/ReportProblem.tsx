"use client";

import { useActionState, useId } from "react";
import { reportQuestionAction, type ReportFormState } from "@/app/student/report-actions";
import { FieldError, groupDescribedBy, TextAreaField } from "@/components/ui/FormField";
import { REPORT_REASON_LABELS, REPORT_REASONS } from "@/lib/curation/report-reasons";
import styles from "./Quiz.module.css";

const MAX_COMMENT = 500;
const initial: ReportFormState = { version: 0, status: "idle", errors: {} };

/**
 * "Report a problem with this question": a disclosure with a short form, shown under feedback the
 * student has seen. The server checks again that the feedback was shown (lib/curation/reports.ts).
 */
export function ReportProblem({ questionId, attemptId }: { questionId: string; attemptId: string }) {
  const [state, formAction, pending] = useActionState(reportQuestionAction, initial);
  const id = useId();
  const done = state.status === "sent" || state.status === "already-reported";
  return (
    <details className={styles.reportProblem}>
      <summary>Report a problem with this question</summary>
      {done ? null : (
        <form action={formAction} noValidate>
          <input type="hidden" name="questionId" value={questionId} />
          <input type="hidden" name="attemptId" value={attemptId} />
          <fieldset className="field" {...groupDescribedBy(`${id}-reason`, state.errors.reason)}>
            <legend>What is wrong?</legend>
            {REPORT_REASONS.map((reason) => (
              <label key={reason} className="choice">
                <input type="radio" name="reason" value={reason} /> {REPORT_REASON_LABELS[reason]}
              </label>
            ))}
            <FieldError name={`${id}-reason`} error={state.errors.reason} />
          </fieldset>
          <TextAreaField
            id={`${id}-comment`}
            name="comment"
            label="Comment (optional)"
            hint={`Up to ${MAX_COMMENT} characters. Your teacher will read it.`}
            rows={3}
            maxLength={MAX_COMMENT + 20}
            error={state.errors.comment}
          />
          <button className="button secondary" type="submit" disabled={pending}>
            {pending ? "Sending…" : "Send report"}
          </button>
        </form>
      )}
      <div role="status" aria-live="polite">
        {state.status === "sent" ? <p>Thank you: your teacher will see this report.</p> : null}
        {state.status === "already-reported" ? <p>You have already reported this question. Thank you!</p> : null}
        {state.errors.form ? <p className="field-error">{state.errors.form}</p> : null}
      </div>
    </details>
  );
}
