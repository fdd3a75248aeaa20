import { FEEDBACK_POLICIES } from "@/lib/attempts/attempt-rules";
import { FEEDBACK_POLICY_LABELS } from "@/lib/taxonomy";
import {
  MAX_ATTEMPT_LIMIT,
  MAX_TIME_LIMIT_MINUTES,
  type AssignmentSettingsValues,
  type FieldErrors,
} from "@/lib/teaching/assignment-schemas";
import { TIME_ZONES } from "@/lib/teaching/zoned-time";
import { FieldError, FormField, groupDescribedBy, SelectField, WholeNumberField } from "@/components/ui/FormField";

/**
 * The fields a new assignment and its settings page share, so the two forms
 * cannot drift apart. Plain markup: they render inside either client form.
 */

const TIME_ZONE_OPTIONS = TIME_ZONES.map((zone) => ({ value: zone, label: zone.replace(/_/g, " ") }));

export function TimeZoneField(props: { id: string; value: string; error?: string; hint?: string; version: number }) {
  const { id, value, error, hint, version } = props;
  return (
    // key: a server-side reset of the form must reset the select too
    <SelectField
      key={version}
      id={id}
      name="timeZone"
      label="Time zone"
      hint={hint}
      value={value}
      error={error}
      options={TIME_ZONE_OPTIONS}
    />
  );
}

export function DueField({ value, error }: { value: string; error?: string }) {
  return <FormField id="dueAt" label="Due" type="datetime-local" defaultValue={value} error={error} />;
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
      <WholeNumberField
        id="attemptLimit"
        label="Attempts allowed"
        hint={`1 to ${MAX_ATTEMPT_LIMIT}; leave blank for unlimited.`}
        max={MAX_ATTEMPT_LIMIT}
        defaultValue={values.attemptLimit}
        error={errors.attemptLimit}
      />

      <WholeNumberField
        id="timeLimitMinutes"
        label="Time limit (minutes)"
        hint={`1 to ${MAX_TIME_LIMIT_MINUTES}; ${timeLimitHint}`}
        max={MAX_TIME_LIMIT_MINUTES}
        defaultValue={values.timeLimitMinutes}
        error={errors.timeLimitMinutes}
      />

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
