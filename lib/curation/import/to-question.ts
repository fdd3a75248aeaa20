/**
 * Both importers turn each source question into the writing form's values and then go through the
 * same conversion and schema as a question typed into the form, so an imported question can be
 * nothing a teacher could not have written by hand.
 */
import { emptyFormValues, questionFromFormValues, type QuestionFormValues } from "../authoring/question-form";
import type { Question } from "../../questions/types";
import { promptStart, type ImportContext, type ImportProblem, type PreviewLine } from "./import-types";

/** For each form field: what the source should have held there, in the format's own terms. */
export type Expectations = Partial<Record<string, string>> & { default: string };

export function valuesWithDefaults(context: ImportContext, fill: Partial<QuestionFormValues> & Pick<QuestionFormValues, "type">): QuestionFormValues {
  return {
    ...emptyFormValues(fill.type),
    // Only what the source gave: none of the form's starter rows or default radii.
    choices: [],
    items: [],
    pairs: [],
    fullCreditKm: "",
    partialCreditKm: "",
    category: context.defaults.category,
    skill: context.defaults.skill,
    difficulty: context.defaults.difficulty || "2",
    topics: [...context.defaults.topics],
    ...fill,
  };
}

/** Field-key prefix → the expectation key ("choice.2" → "choice"). */
function expectationFor(field: string, expectations: Expectations): string {
  return expectations[field] ?? expectations[field.split(".")[0]!] ?? expectations.default;
}

export function previewFor(
  number: number,
  line: number | null,
  values: QuestionFormValues,
  context: ImportContext,
  expectations: Expectations,
): { line: PreviewLine; question: Question | null } {
  const parsed = questionFromFormValues(values, { id: "tq:import@1", sources: context.sources, studySets: context.studySets });
  const base = { number, line, type: values.type, promptStart: promptStart(values.prompt) };
  if (parsed.ok) return { line: { ...base, status: "ready", problems: [] }, question: parsed.question };
  const problems: ImportProblem[] = Object.entries(parsed.errors).flatMap(([field, message]) =>
    message ? [{ line, problem: message, expected: expectationFor(field, expectations) }] : [],
  );
  return { line: { ...base, status: "error", problems }, question: null };
}

export function errorLine(number: number, line: number | null, type: string, prompt: string, problem: string, expected: string): PreviewLine {
  return { number, line, type, promptStart: promptStart(prompt), status: "error", problems: [{ line, problem, expected }] };
}
