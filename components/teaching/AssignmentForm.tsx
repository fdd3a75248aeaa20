"use client";

import { useActionState } from "react";
import { assignmentFormAction, type AssignmentFormState } from "@/app/teacher/actions";
import { MAX_QUIZ_LENGTH } from "@/lib/attempts/quiz-request";
import { QUESTION_CATEGORIES, QUESTION_TYPES } from "@/lib/questions/types";
import { MAX_ASSIGNMENT_TITLE_LENGTH, type AssignmentFormValues } from "@/lib/teaching/assignment-schemas";
import { CATEGORY_LABELS, QUESTION_TYPE_LABELS } from "@/lib/taxonomy";
import { FieldError, FieldHint, FormField, groupDescribedBy, SelectField, WholeNumberField } from "@/components/ui/FormField";
import { ErrorSummary } from "./ErrorSummary";
import { AttemptRuleFields, DueField, TimeZoneField } from "./AssignmentRuleFields";
import { QuestionPreview } from "./QuestionPreview";
import styles from "./Teaching.module.css";
import { SubmitButton } from "@/components/ui/SubmitButton";

export interface StudySetOption {
  id: string;
  title: string;
  questionCount: number;
}

/** The two filters that narrow the chosen sets' questions: ticking none leaves that filter off. */
const QUESTION_FILTERS = [
  {
    name: "categories",
    legend: "Categories",
    hint: "Tick none for all categories.",
    options: QUESTION_CATEGORIES.map((category) => ({ value: category, label: CATEGORY_LABELS[category] })),
  },
  {
    name: "types",
    legend: "Question types",
    hint: "Tick none for every type.",
    options: QUESTION_TYPES.map((type) => ({ value: type, label: QUESTION_TYPE_LABELS[type] })),
  },
] as const;

const FIELD_LABELS: Record<string, string> = {
  title: "Title",
  setId: "Study set",
  customSetId: "Custom set",
  topics: "Topics",
  ...Object.fromEntries(QUESTION_FILTERS.map((filter) => [filter.name, filter.legend])),
  length: "Number of questions",
  opensAt: "Opens",
  dueAt: "Due",
  timeZone: "Time zone",
  attemptLimit: "Attempts allowed",
  timeLimitMinutes: "Time limit",
  feedbackPolicy: "Feedback",
};

/** A fieldset of checkboxes sharing one name, laid out in a grid; its hint and error are linked to the group. */
function CheckboxGrid(props: {
  name: string;
  legend: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
  checked: readonly string[];
  error?: string;
}) {
  const { name, hint, error } = props;
  return (
    <fieldset className="field" id={name} {...groupDescribedBy(name, error, Boolean(hint))}>
      <legend>{props.legend}</legend>
      <FieldHint name={name} hint={hint} />
      <div className={styles.checkboxGrid}>
        {props.options.map((option) => (
          <label key={option.value} className="choice">
            <input type="checkbox" name={name} value={option.value} defaultChecked={props.checked.includes(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError name={name} error={error} />
    </fieldset>
  );
}

export interface CustomSetOption {
  id: string;
  name: string;
  questionCount: number;
}

export function AssignmentForm(props: {
  classId: string;
  sets: StudySetOption[];
  /** The teacher's custom sets that hold questions (lib/curation/custom-sets.ts). */
  customSets?: CustomSetOption[];
  initialValues: AssignmentFormValues;
}) {
  const customSets = props.customSets ?? [];
  const initialState: AssignmentFormState = { version: 0, status: "idle", errors: {}, values: props.initialValues, preview: null };
  const [state, formAction, pending] = useActionState(assignmentFormAction, initialState);
  const { values, errors, preview } = state;

  return (
    <form className={`form ${styles.wideForm}`} action={formAction} noValidate>
      <input type="hidden" name="classId" value={props.classId} />
      <ErrorSummary errors={errors} labels={FIELD_LABELS} />

      <FormField
        id="title"
        label="Title"
        hint="Leave blank to use the study set’s title."
        maxLength={MAX_ASSIGNMENT_TITLE_LENGTH + 20}
        defaultValue={values.title}
        error={errors.title}
      />

      <fieldset className="field">
        <legend>Questions from</legend>
        <label className="choice">
          <input type="radio" name="source" value="set" defaultChecked={values.source === "set"} /> One study set
        </label>
        <SelectField
          key={state.version}
          id="setId"
          label="Study set"
          value={values.setId}
          error={errors.setId}
          emptyOption="Choose a study set…"
          options={props.sets.map((set) => ({ value: set.id, label: `${set.title} (${set.questionCount} questions)` }))}
        />
        <label className="choice">
          <input type="radio" name="source" value="topics" defaultChecked={values.source === "topics"} /> Several topics
          (questions from any of them)
        </label>
        <CheckboxGrid
          name="topics"
          legend="Topics"
          options={props.sets.map((set) => ({ value: set.id, label: set.title }))}
          checked={values.topics}
          error={errors.topics}
        />
        {customSets.length > 0 ? (
          <>
            <label className="choice">
              <input type="radio" name="source" value="custom" defaultChecked={values.source === "custom"} /> One of my
              custom sets (all its questions, in its order; the categories, types and number below do not apply)
            </label>
            <SelectField
              key={state.version}
              id="customSetId"
              label="Custom set"
              value={values.customSetId}
              error={errors.customSetId}
              emptyOption="Choose one of your sets…"
              options={customSets.map((set) => ({
                value: set.id,
                label: `${set.name} (${set.questionCount} question${set.questionCount === 1 ? "" : "s"})`,
              }))}
            />
          </>
        ) : null}
        <label className="choice">
          <input type="checkbox" name="allQuestions" defaultChecked={values.allQuestions} /> Use every question in the
          chosen sets, not only their core questions (the 20–40 per set a teacher would put on a test)
        </label>
      </fieldset>

      {QUESTION_FILTERS.map((filter) => (
        <CheckboxGrid key={filter.name} {...filter} checked={values[filter.name]} error={errors[filter.name]} />
      ))}

      <WholeNumberField
        id="length"
        label="Number of questions"
        hint={`1 to ${MAX_QUIZ_LENGTH}. Each student gets their own draw from the matching questions.`}
        max={MAX_QUIZ_LENGTH}
        defaultValue={values.length}
        error={errors.length}
      />

      <div>
        <button className="button secondary" type="submit" name="intent" value="preview" disabled={pending}>
          Preview questions
        </button>
      </div>
      <div role="status" aria-live="polite">
        {preview ? (
          <section className={styles.preview} aria-labelledby="preview-heading">
            <h2 id="preview-heading">Preview</h2>
            <p>
              {preview.matching} question{preview.matching === 1 ? "" : "s"} match these choices; each student gets{" "}
              {preview.quizLength}. Three samples:
            </p>
            <ol>
              {preview.samples.map((question) => (
                <li key={question.id}>
                  <QuestionPreview question={question} />
                </li>
              ))}
            </ol>
          </section>
        ) : null}
      </div>

      <fieldset className="field">
        <legend>Dates</legend>
        <TimeZoneField
          id="timeZone"
          value={values.timeZone}
          error={errors.timeZone}
          hint="The dates below are read in this zone; students see them in it too."
          version={state.version}
        />
        <FormField
          id="opensAt"
          label="Opens"
          hint="Leave blank to open it now."
          type="datetime-local"
          defaultValue={values.opensAt}
          error={errors.opensAt}
        />
        <DueField value={values.dueAt} error={errors.dueAt} />
      </fieldset>

      <AttemptRuleFields values={values} errors={errors} timeLimitHint="leave blank for no time limit." />

      <fieldset className="field">
        <legend>Order</legend>
        <label className="choice">
          <input type="checkbox" name="shuffleQuestions" defaultChecked={values.shuffleQuestions} /> Shuffle the questions
          for each student
        </label>
        <label className="choice">
          <input type="checkbox" name="shuffleOptions" defaultChecked={values.shuffleOptions} /> Shuffle the answer options
        </label>
      </fieldset>

      <SubmitButton pending={pending} pendingLabel="Working…" name="intent" value="create">
        Create assignment
      </SubmitButton>
    </form>
  );
}
