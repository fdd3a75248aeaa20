"use client";

import { useActionState } from "react";
import { assignmentFormAction, type AssignmentFormState } from "@/app/teacher/actions";
import { MAX_QUIZ_LENGTH } from "@/lib/attempts/quiz-request";
import { QUESTION_CATEGORIES, QUESTION_TYPES } from "@/lib/questions/types";
import { MAX_ASSIGNMENT_TITLE_LENGTH, type AssignmentFormValues } from "@/lib/teaching/assignment-schemas";
import { CATEGORY_LABELS, QUESTION_TYPE_LABELS } from "@/lib/taxonomy";
import { describedBy, ErrorSummary, FieldError, groupDescribedBy } from "./ErrorSummary";
import { AttemptRuleFields, DueField, TimeZoneField } from "./AssignmentRuleFields";
import { QuestionPreview } from "./QuestionPreview";
import styles from "./Teaching.module.css";

export interface StudySetOption {
  id: string;
  title: string;
  questionCount: number;
}

const FIELD_LABELS: Record<string, string> = {
  title: "Title",
  setId: "Study set",
  customSetId: "Custom set",
  topics: "Topics",
  categories: "Categories",
  types: "Question types",
  length: "Number of questions",
  opensAt: "Opens",
  dueAt: "Due",
  timeZone: "Time zone",
  attemptLimit: "Attempts allowed",
  timeLimitMinutes: "Time limit",
  feedbackPolicy: "Feedback",
};

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

      <div className="field">
        <label htmlFor="title">Title</label>
        <span id="title-hint" className="hint">
          Leave blank to use the study set’s title.
        </span>
        <input
          id="title"
          name="title"
          type="text"
          maxLength={MAX_ASSIGNMENT_TITLE_LENGTH + 20}
          defaultValue={values.title}
          {...describedBy("title", errors.title, true)}
        />
        <FieldError name="title" error={errors.title} />
      </div>

      <fieldset className="field">
        <legend>Questions from</legend>
        <label className="choice">
          <input type="radio" name="source" value="set" defaultChecked={values.source === "set"} /> One study set
        </label>
        <div className="field">
          <label htmlFor="setId">Study set</label>
          <select key={state.version} id="setId" name="setId" defaultValue={values.setId} {...describedBy("setId", errors.setId)}>
            <option value="">Choose a study set…</option>
            {props.sets.map((set) => (
              <option key={set.id} value={set.id}>
                {set.title} ({set.questionCount} questions)
              </option>
            ))}
          </select>
          <FieldError name="setId" error={errors.setId} />
        </div>
        <label className="choice">
          <input type="radio" name="source" value="topics" defaultChecked={values.source === "topics"} /> Several topics
          (questions from any of them)
        </label>
        <fieldset className="field" id="topics" {...groupDescribedBy("topics", errors.topics)}>
          <legend>Topics</legend>
          <div className={styles.checkboxGrid}>
            {props.sets.map((set) => (
              <label key={set.id} className="choice">
                <input type="checkbox" name="topics" value={set.id} defaultChecked={values.topics.includes(set.id)} />
                {set.title}
              </label>
            ))}
          </div>
          <FieldError name="topics" error={errors.topics} />
        </fieldset>
        {customSets.length > 0 ? (
          <>
            <label className="choice">
              <input type="radio" name="source" value="custom" defaultChecked={values.source === "custom"} /> One of my
              custom sets (all its questions, in its order; the categories, types and number below do not apply)
            </label>
            <div className="field">
              <label htmlFor="customSetId">Custom set</label>
              <select
                key={state.version}
                id="customSetId"
                name="customSetId"
                defaultValue={values.customSetId}
                {...describedBy("customSetId", errors.customSetId)}
              >
                <option value="">Choose one of your sets…</option>
                {customSets.map((set) => (
                  <option key={set.id} value={set.id}>
                    {set.name} ({set.questionCount} question{set.questionCount === 1 ? "" : "s"})
                  </option>
                ))}
              </select>
              <FieldError name="customSetId" error={errors.customSetId} />
            </div>
          </>
        ) : null}
        <label className="choice">
          <input type="checkbox" name="allQuestions" defaultChecked={values.allQuestions} /> Use every question in the
          chosen sets, not only their core questions (the 20–40 per set a teacher would put on a test)
        </label>
      </fieldset>

      <fieldset className="field" id="categories" {...groupDescribedBy("categories", errors.categories, true)}>
        <legend>Categories</legend>
        <span id="categories-hint" className="hint">
          Tick none for all categories.
        </span>
        <div className={styles.checkboxGrid}>
          {QUESTION_CATEGORIES.map((category) => (
            <label key={category} className="choice">
              <input
                type="checkbox"
                name="categories"
                value={category}
                defaultChecked={values.categories.includes(category)}
              />
              {CATEGORY_LABELS[category]}
            </label>
          ))}
        </div>
        <FieldError name="categories" error={errors.categories} />
      </fieldset>

      <fieldset className="field" id="types" {...groupDescribedBy("types", errors.types, true)}>
        <legend>Question types</legend>
        <span id="types-hint" className="hint">
          Tick none for every type.
        </span>
        <div className={styles.checkboxGrid}>
          {QUESTION_TYPES.map((type) => (
            <label key={type} className="choice">
              <input type="checkbox" name="types" value={type} defaultChecked={values.types.includes(type)} />
              {QUESTION_TYPE_LABELS[type]}
            </label>
          ))}
        </div>
        <FieldError name="types" error={errors.types} />
      </fieldset>

      <div className="field">
        <label htmlFor="length">Number of questions</label>
        <span id="length-hint" className="hint">
          1 to {MAX_QUIZ_LENGTH}. Each student gets their own draw from the matching questions.
        </span>
        <input
          id="length"
          name="length"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_QUIZ_LENGTH}
          defaultValue={values.length}
          {...describedBy("length", errors.length, true)}
        />
        <FieldError name="length" error={errors.length} />
      </div>

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
        <div className="field">
          <label htmlFor="opensAt">Opens</label>
          <span id="opensAt-hint" className="hint">
            Leave blank to open it now.
          </span>
          <input
            id="opensAt"
            name="opensAt"
            type="datetime-local"
            defaultValue={values.opensAt}
            {...describedBy("opensAt", errors.opensAt, true)}
          />
          <FieldError name="opensAt" error={errors.opensAt} />
        </div>
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

      <div>
        <button className="button" type="submit" name="intent" value="create" disabled={pending}>
          {pending ? "Working…" : "Create assignment"}
        </button>
      </div>
    </form>
  );
}
