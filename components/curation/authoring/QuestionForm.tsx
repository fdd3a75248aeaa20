"use client";

import { useActionState, type ReactNode } from "react";
import { saveQuestionAction, type QuestionFormState } from "@/app/teacher/questions/new/actions";
import { ErrorSummary } from "@/components/teaching/ErrorSummary";
import { describedBy, FieldError, FieldHint, FormField, groupDescribedBy, TextAreaField } from "@/components/ui/FormField";
import {
  CITATION_SEPARATOR,
  MAX_FORM_ROWS,
  sectionLabel,
  type QuestionFormErrors,
  type QuestionFormValues,
  type SourceChoice,
  type StudySetChoice,
} from "@/lib/curation/authoring/question-form";
import { QUESTION_TEXT_LIMITS } from "@/lib/questions/question-schema";
import { QUESTION_TYPE_LABELS } from "@/lib/taxonomy";
import { ClassificationFields } from "./ClassificationFields";
import { PinPicker } from "./PinPicker";
import styles from "./Authoring.module.css";
import { VisuallyHidden } from "@/components/ui/VisuallyHidden";
import { SubmitButton } from "@/components/ui/SubmitButton";

/** Field keys contain dots ("choice.2"); element ids use dashes. */
const elementId = (key: string) => key.replace(/\./g, "-");

const FIELD_LABELS: Record<string, string> = {
  prompt: "Question",
  explanation: "Explanation",
  category: "Category",
  skill: "Skill",
  difficulty: "Difficulty",
  citationDoc: "Source",
  citationSection: "Source",
  citationText: "Citation",
  topics: "Study sets",
  choices: "Choices",
  statementTrue: "True or false",
  items: "Items",
  pairs: "Pairs",
  answerText: "Answer",
  variants: "Other accepted answers",
  number: "Answer",
  min: "Lowest accepted",
  max: "Highest accepted",
  tolerance: "Tolerance",
  unit: "Unit",
  lat: "Latitude",
  lon: "Longitude",
  fullCreditKm: "Full-credit radius",
  partialCreditKm: "Partial-credit radius",
  placeName: "Place name",
};

function labelFor(key: string): string {
  const [name, index] = key.split(".");
  if (index !== undefined) {
    const n = Number(index) + 1;
    return name === "choice" ? `Choice ${n}` : name === "item" ? `Item ${n}` : `Pair ${n}`;
  }
  return FIELD_LABELS[key] ?? key;
}

function TextInput(props: {
  name: string;
  label: string;
  value: string;
  errors: QuestionFormErrors;
  hint?: ReactNode;
  multiline?: boolean;
  inputMode?: "decimal" | "text";
  maxLength?: number;
}) {
  const id = elementId(props.name);
  const field = {
    id,
    name: props.name,
    label: props.label,
    hint: props.hint,
    error: props.errors[props.name],
    defaultValue: props.value,
    // A little over the limit, so the server's message explains rather than the browser truncating.
    maxLength: props.maxLength ? props.maxLength + 50 : undefined,
  };
  return props.multiline ? <TextAreaField rows={3} {...field} /> : <FormField inputMode={props.inputMode} {...field} />;
}

function RowButtons({ row, count, index, label }: { row: string; count: number; index: number; label: string }) {
  return count > 2 ? (
    <button type="submit" name="intent" value={`remove-${row}-${index}`} className={styles.small} formNoValidate>
      Remove <VisuallyHidden>{label}</VisuallyHidden>
    </button>
  ) : null;
}

function AddRowButton({ row, count, children }: { row: string; count: number; children: ReactNode }) {
  return count < MAX_FORM_ROWS ? (
    <button type="submit" name="intent" value={`add-${row}`} className={styles.small} formNoValidate>
      {children}
    </button>
  ) : null;
}

/**
 * The rows of a list the author can grow and shrink (choices, items, pairs): each row's text field (named
 * `choice.2`, labelled "Choice 3"), any further controls, its "Remove" button, then the "Add" button under them.
 */
function EditableRows<T>(props: {
  row: string;
  rows: readonly T[];
  /** The text field's label before the row's number. */
  label: string;
  text: (value: T) => string;
  errors: QuestionFormErrors;
  addLabel: string;
  /** More controls in the row, after its text field; `id` is the text field's element id. */
  more?: (value: T, index: number, id: string) => ReactNode;
}) {
  const { row, rows } = props;
  return (
    <>
      {rows.map((value, i) => {
        const key = `${row}.${i}`;
        const id = elementId(key);
        return (
          <div key={key} className={styles.row}>
            <OptionTextField id={id} name={key} label={`${props.label} ${i + 1}`} value={props.text(value)} error={props.errors[key]} />
            {props.more?.(value, i, id)}
            <RowButtons row={row} count={rows.length} index={i} label={`${row} ${i + 1}`} />
          </div>
        );
      })}
      <AddRowButton row={row} count={rows.length}>
        {props.addLabel}
      </AddRowButton>
    </>
  );
}

/** The text of one option, item or pair side; like TextInput, a little over the limit. */
function OptionTextField(props: { id: string; name: string; label: string; value: string; error?: string }) {
  const { value, ...field } = props;
  return <FormField {...field} defaultValue={value} maxLength={QUESTION_TEXT_LIMITS.option + 50} />;
}

function Group({ name, legend, hint, errors, children }: { name: string; legend: string; hint?: ReactNode; errors: QuestionFormErrors; children: ReactNode }) {
  const id = elementId(name);
  const error = errors[name];
  return (
    <fieldset className={`field ${styles.group}`} id={id} tabIndex={-1} {...groupDescribedBy(id, error, Boolean(hint))}>
      <legend>{legend}</legend>
      <FieldHint name={id} hint={hint} />
      {children}
      <FieldError name={id} error={error} />
    </fieldset>
  );
}

function TypeFields({ values, errors }: { values: QuestionFormValues; errors: QuestionFormErrors }) {
  switch (values.type) {
    case "multiple-choice":
      return (
        <Group name="choices" legend="Choices" hint="Tick the correct choice. Students see the choices in a shuffled order." errors={errors}>
          <EditableRows
            row="choice"
            rows={values.choices}
            label="Choice"
            text={(choice) => choice.text}
            errors={errors}
            addLabel="Add a choice"
            more={(choice, i) => (
              <label className="choice">
                <input type="checkbox" name="correct" value={String(i)} defaultChecked={choice.correct} /> Correct
                <VisuallyHidden> (choice {i + 1})</VisuallyHidden>
              </label>
            )}
          />
          <label className="choice">
            <input type="checkbox" name="selectMany" defaultChecked={values.selectMany} /> Several choices are correct: students pick every
            correct one
          </label>
        </Group>
      );
    case "true-false":
      return (
        <Group name="statementTrue" legend="Is the statement true?" errors={errors}>
          <label className="choice">
            <input type="radio" name="statementTrue" value="true" defaultChecked={values.statementTrue === "true"} /> True
          </label>
          <label className="choice">
            <input type="radio" name="statementTrue" value="false" defaultChecked={values.statementTrue === "false"} /> False
          </label>
        </Group>
      );
    case "ordering":
      return (
        <Group name="items" legend="Items, in the correct order" hint="Write them first to last. Students see them shuffled and put them in order." errors={errors}>
          <EditableRows row="item" rows={values.items} label="Item" text={(item) => item} errors={errors} addLabel="Add an item" />
        </Group>
      );
    case "matching":
      return (
        <>
          <Group name="pairs" legend="Pairs" hint="Each left-hand item and its match. Students see both columns shuffled." errors={errors}>
            <EditableRows
              row="pair"
              rows={values.pairs}
              label="Left"
              text={(pair) => pair.left}
              errors={errors}
              addLabel="Add a pair"
              more={(pair, i, id) => <OptionTextField id={`${id}-right`} name={`pairRight.${i}`} label={`Matches ${i + 1}`} value={pair.right} />}
            />
          </Group>
          <TextInput name="extraOptions" label="Extra right-hand options (optional)" hint="One per line. They match nothing and make guessing harder." value={values.extraOptions} errors={errors} multiline />
        </>
      );
    case "typed":
      return (
        <>
          <TextInput name="answerText" label="Answer" hint="Shown to students after they answer." value={values.answerText} errors={errors} maxLength={QUESTION_TEXT_LIMITS.label} />
          <TextInput
            name="variants"
            label="Other accepted answers (optional)"
            hint="One per line: other spellings and transliterations. Capitals, accents, “al-”/“el-” and one typo in a long answer are forgiven anyway."
            value={values.variants}
            errors={errors}
            multiline
          />
        </>
      );
    case "numeric":
      return (
        <>
          <TextInput name="number" label="Answer" value={values.number} errors={errors} inputMode="decimal" />
          <TextInput name="tolerance" label="Tolerance (optional)" hint="Any answer within this much of the answer scores, e.g. 100 for 1200 ± 100." value={values.tolerance} errors={errors} inputMode="decimal" />
          <TextInput name="min" label="Lowest accepted (optional)" hint="Instead of a tolerance: the range that scores." value={values.min} errors={errors} inputMode="decimal" />
          <TextInput name="max" label="Highest accepted (optional)" value={values.max} errors={errors} inputMode="decimal" />
          <TextInput name="unit" label="Unit (optional)" hint="Shown beside the students' input, e.g. soldiers or km." value={values.unit} errors={errors} />
        </>
      );
    case "map-pin":
      return (
        <>
          <TextInput name="placeName" label="Place name" hint="Shown in the feedback." value={values.placeName} errors={errors} maxLength={QUESTION_TEXT_LIMITS.label} />
          <PinPicker lat={values.lat} lon={values.lon} errors={{ lat: errors.lat, lon: errors.lon }} />
          <TextInput name="fullCreditKm" label="Full-credit radius (km)" hint="A pin this close scores full marks." value={values.fullCreditKm} errors={errors} inputMode="decimal" />
          <TextInput name="partialCreditKm" label="Partial-credit radius (km)" hint="A pin this close scores half marks; at most 200 km." value={values.partialCreditKm} errors={errors} inputMode="decimal" />
        </>
      );
  }
}

export function QuestionForm(props: {
  /** "tq:<id>" when editing. */
  questionId?: string;
  initialValues: QuestionFormValues;
  sources: SourceChoice[];
  studySets: StudySetChoice[];
}) {
  const initialState: QuestionFormState = { version: 0, values: props.initialValues, errors: {} };
  const [state, formAction, pending] = useActionState(saveQuestionAction, initialState);
  const { values, errors } = state;
  const fieldIds = Object.fromEntries(Object.keys(errors).map((key) => [key, elementId(key)]));
  const labels = Object.fromEntries(Object.keys(errors).map((key) => [key, labelFor(key)]));
  const citation = values.citationDoc ? `${values.citationDoc}${CITATION_SEPARATOR}${values.citationSection}` : "";

  return (
    <form key={state.version} className={`form ${styles.form}`} action={formAction} noValidate>
      {/* First submit button: pressing Enter in a text box saves rather than adding or removing a row. */}
      <button type="submit" name="intent" value="save" hidden>
        Save question
      </button>
      <ErrorSummary errors={errors} labels={labels} fieldIds={fieldIds} />
      <input type="hidden" name="type" value={values.type} />
      {props.questionId ? <input type="hidden" name="questionId" value={props.questionId} /> : null}
      <p className="hint">Question type: {QUESTION_TYPE_LABELS[values.type]}</p>

      <TextInput
        name="prompt"
        label={values.type === "true-false" ? "Statement" : "Question"}
        hint={values.type === "true-false" ? "A statement students judge true or false." : `Up to ${QUESTION_TEXT_LIMITS.prompt} characters.`}
        value={values.prompt}
        errors={errors}
        multiline
        maxLength={QUESTION_TEXT_LIMITS.prompt}
      />

      <TypeFields values={values} errors={errors} />

      <TextInput
        name="explanation"
        label="Explanation"
        hint="Shown after answering: why the answer is right."
        value={values.explanation}
        errors={errors}
        multiline
        maxLength={QUESTION_TEXT_LIMITS.explanation}
      />

      <ClassificationFields values={values} errors={errors} />

      <div className="field">
        <label htmlFor="citationDoc">Source (optional)</label>
        <span id="citationDoc-hint" className="hint">
          One of the unit’s documents and its section, or write a citation of your own below.
        </span>
        <select id="citationDoc" name="citation" defaultValue={citation} {...describedBy("citationDoc", errors.citationDoc ?? errors.citationSection, true)}>
          <option value="">No document</option>
          {props.sources.map((source) => (
            <optgroup key={source.file} label={source.title}>
              {source.sections.map((section) => (
                <option key={section} value={`${source.file}${CITATION_SEPARATOR}${section}`}>
                  {source.title}: {sectionLabel(section)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <FieldError name="citationDoc" error={errors.citationDoc ?? errors.citationSection} />
      </div>
      <TextInput name="citationText" label="Your own citation (optional)" hint="e.g. “Class textbook, p. 42”." value={values.citationText} errors={errors} maxLength={QUESTION_TEXT_LIMITS.sourceNote} />

      <Group name="topics" legend="Study sets (optional)" hint="The question joins these sets’ practice." errors={errors}>
        <div className={styles.topics}>
          {props.studySets.map((set) => (
            <label key={set.id} className="choice">
              <input type="checkbox" name="topics" value={set.id} defaultChecked={values.topics.includes(set.id)} /> {set.title}
            </label>
          ))}
        </div>
      </Group>

      <SubmitButton pending={pending} pendingLabel="Saving…" name="intent" value="save">
        Save question
      </SubmitButton>
    </form>
  );
}
