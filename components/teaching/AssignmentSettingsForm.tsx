"use client";

import { useActionState } from "react";
import { updateSettingsAction, type SettingsFormState } from "@/app/teacher/actions";
import {
  FEEDBACK_POLICIES,
  FEEDBACK_POLICY_LABELS,
  MAX_ATTEMPT_LIMIT,
  MAX_TIME_LIMIT_MINUTES,
  type AssignmentSettingsValues,
} from "@/lib/teaching/assignment-schemas";
import { TIME_ZONES } from "@/lib/teaching/zoned-time";
import { describedBy, ErrorSummary, FieldError, groupDescribedBy } from "./ErrorSummary";

const FIELD_LABELS: Record<string, string> = {
  dueAt: "Due",
  timeZone: "Time zone",
  attemptLimit: "Attempts allowed",
  timeLimitMinutes: "Time limit",
  feedbackPolicy: "Feedback",
};

export function AssignmentSettingsForm(props: { assignmentId: string; initialValues: AssignmentSettingsValues }) {
  const initialState: SettingsFormState = { version: 0, status: "idle", errors: {}, values: props.initialValues };
  const [state, formAction, pending] = useActionState(updateSettingsAction, initialState);
  const { values, errors } = state;
  return (
    <form className="form" action={formAction} noValidate>
      <input type="hidden" name="assignmentId" value={props.assignmentId} />
      <ErrorSummary errors={errors} labels={FIELD_LABELS} fieldIds={{ timeZone: "settings-timeZone" }} />
      <div className="field">
        <label htmlFor="settings-timeZone">Time zone</label>
        <select
          key={state.version}
          id="settings-timeZone"
          name="timeZone"
          defaultValue={values.timeZone}
          {...describedBy("settings-timeZone", errors.timeZone)}
        >
          {TIME_ZONES.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace(/_/g, " ")}
            </option>
          ))}
        </select>
        <FieldError name="settings-timeZone" error={errors.timeZone} />
      </div>
      <div className="field">
        <label htmlFor="dueAt">Due</label>
        <input id="dueAt" name="dueAt" type="datetime-local" defaultValue={values.dueAt} {...describedBy("dueAt", errors.dueAt)} />
        <FieldError name="dueAt" error={errors.dueAt} />
      </div>
      <div className="field">
        <label htmlFor="attemptLimit">Attempts allowed</label>
        <span id="attemptLimit-hint" className="hint">
          1 to {MAX_ATTEMPT_LIMIT}; blank for unlimited.
        </span>
        <input
          id="attemptLimit"
          name="attemptLimit"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_ATTEMPT_LIMIT}
          defaultValue={values.attemptLimit}
          {...describedBy("attemptLimit", errors.attemptLimit, true)}
        />
        <FieldError name="attemptLimit" error={errors.attemptLimit} />
      </div>
      <div className="field">
        <label htmlFor="timeLimitMinutes">Time limit (minutes)</label>
        <span id="timeLimitMinutes-hint" className="hint">
          1 to {MAX_TIME_LIMIT_MINUTES}; blank for none. Attempts already running keep their deadline.
        </span>
        <input
          id="timeLimitMinutes"
          name="timeLimitMinutes"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_TIME_LIMIT_MINUTES}
          defaultValue={values.timeLimitMinutes}
          {...describedBy("timeLimitMinutes", errors.timeLimitMinutes, true)}
        />
        <FieldError name="timeLimitMinutes" error={errors.timeLimitMinutes} />
      </div>
      <fieldset className="field" id="feedbackPolicy" {...groupDescribedBy("feedbackPolicy", errors.feedbackPolicy)}>
        <legend>Students see scores and correct answers</legend>
        {FEEDBACK_POLICIES.map((policy) => (
          <label key={policy} className="choice">
            <input type="radio" name="feedbackPolicy" value={policy} defaultChecked={values.feedbackPolicy === policy} />
            {FEEDBACK_POLICY_LABELS[policy]}
          </label>
        ))}
        <FieldError name="feedbackPolicy" error={errors.feedbackPolicy} />
      </fieldset>
      <div role="status">{state.status === "saved" ? <p className="notice">✓ Settings saved.</p> : null}</div>
      <div>
        <button className="button" type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save settings"}
        </button>
      </div>
    </form>
  );
}
