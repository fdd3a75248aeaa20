import { FEEDBACK_POLICIES } from "@/lib/attempts/attempt-rules";
import { FEEDBACK_POLICY_LABELS } from "@/lib/taxonomy";
import {
  MAX_ATTEMPT_LIMIT,
  MAX_TIME_LIMIT_MINUTES,
  type AssignmentSettingsValues,
  type FieldErrors,
} from "@/lib/teaching/assignment-schemas";
import { TIME_ZONES } from "@/lib/teaching/zoned-time";
import { describedBy, FieldError, groupDescribedBy } from "./ErrorSummary";

/**
 * The fields a new assignment and its settings page share, so the two forms
 * cannot drift apart. Plain markup: they render inside either client form.
 */

export function TimeZoneField(props: { id: string; value: string; error?: string; hint?: string; version: number }) {
  const { id, value, error, hint, version } = props;
  return (
    <div className="field">
      <label htmlFor={id}>Time zone</label>
      {hint ? (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      ) : null}
      {/* key: a server-side reset of the form must reset the select too */}
      <select key={version} id={id} name="timeZone" defaultValue={value} {...describedBy(id, error, Boolean(hint))}>
        {TIME_ZONES.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replace(/_/g, " ")}
          </option>
        ))}
      </select>
      <FieldError name={id} error={error} />
    </div>
  );
}

export function DueField({ value, error }: { value: string; error?: string }) {
  return (
    <div className="field">
      <label htmlFor="dueAt">Due</label>
      <input id="dueAt" name="dueAt" type="datetime-local" defaultValue={value} {...describedBy("dueAt", error)} />
      <FieldError name="dueAt" error={error} />
    </div>
  );
}

/** Attempts allowed, time limit and feedback policy. */
export function AttemptRuleFields(props: {
  values: Pick<AssignmentSettingsValues, "attemptLimit" | "timeLimitMinutes" | "feedbackPolicy">;
  errors: FieldErrors;
  timeLimitHint: string;
}) {
  const { values, errors, timeLimitHint } = props;
  return (
    <>
      <div className="field">
        <label htmlFor="attemptLimit">Attempts allowed</label>
        <span id="attemptLimit-hint" className="hint">
          1 to {MAX_ATTEMPT_LIMIT}; leave blank for unlimited.
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
          1 to {MAX_TIME_LIMIT_MINUTES}; {timeLimitHint}
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
    </>
  );
}
