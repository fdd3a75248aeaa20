/**
 * The whole question, key included, as one zod schema: every invariant the grader
 * (lib/questions/grade.ts) relies on. Generated questions pass it (a unit test runs the whole
 * bank through it) and questions teachers write or import are stored only after passing it, so
 * both kinds meet the grader in the same shape.
 *
 * Client-safe and pure: the authoring forms and the import preview show its messages as written.
 * Issue paths name the form fields: ["options", 2, "text"], ["answer", "min"], ...
 */
import { z } from "zod";
import { CitationSchema } from "../content/schema";
import { cleanTextSchema } from "../text/clean-text";
import { QUESTION_CATEGORIES, SKILLS, type Question } from "./types";

export const QUESTION_TEXT_LIMITS = {
  prompt: 500,
  option: 200,
  explanation: 2000,
  /** Accepted spellings, place names, the numeric display and unit: short labels. */
  label: 200,
  sourceNote: 300,
} as const;

/** Ordering items and matching premises: fewer than 2 is no question, more than 12 no screen holds. */
export const MIN_PARTS = 2;
export const MAX_PARTS = 12;
export const MAX_CHOICES = 12;
export const MAX_ACCEPTED_ANSWERS = 30;
export const MAX_PIN_RADIUS_KM = 200;

/**
 * Where a map pin may point: a box around Syria with a margin (the governorate map in lib/map
 * draws the whole country). The unit is about Idlib and Aleppo; a pin outside this box is a typo.
 */
export const MAP_PIN_AREA = { minLat: 32, maxLat: 38, minLon: 35, maxLon: 43 } as const;

const text = (field: string, max: number, options: { multiline?: boolean } = {}) =>
  cleanTextSchema({ field, multiline: options.multiline }, `${field} is missing.`)
    .min(1, `${field} can't be empty.`)
    .max(max, `${field} must be at most ${max} characters.`);

const OptionIdSchema = z
  .string({ error: "Each option needs an id." })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, "Option ids are letters, digits, - or _, up to 64 characters.");

const optionSchema = (field: string) => z.object({ id: OptionIdSchema, text: text(field, QUESTION_TEXT_LIMITS.option) });

// zod 4 numbers refuse NaN and ±Infinity already.
const finite = (field: string) => z.number({ error: `${field} must be a number.` });

const QuestionBaseSchema = z.object({
  id: z.string().min(1).max(120),
  category: z.enum(QUESTION_CATEGORIES, { error: `Choose a category: ${QUESTION_CATEGORIES.join(", ")}.` }),
  template: z.string().min(1).max(80),
  prompt: text("The question", QUESTION_TEXT_LIMITS.prompt, { multiline: true }),
  explanation: text("The explanation", QUESTION_TEXT_LIMITS.explanation, { multiline: true }),
  sources: z.array(CitationSchema).max(20),
  /** A teacher's free-text citation, shown as written (generated questions cite documents in `sources`). */
  sourceNote: text("The citation", QUESTION_TEXT_LIMITS.sourceNote).optional(),
  topics: z.array(z.string().min(1).max(80)).max(50),
  coreIn: z.array(z.string().min(1).max(80)).max(50),
  skill: z.enum(SKILLS, { error: `Choose a skill: ${SKILLS.join(", ")}.` }),
  refs: z.object({
    events: z.array(z.string()),
    places: z.array(z.string()),
    forces: z.array(z.string()),
    figures: z.array(z.string()),
  }),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: "Difficulty is 1, 2 or 3." }),
});

type Ctx = z.core.$RefinementCtx<unknown>;

function checkUniqueIds(options: readonly { id: string }[], path: string, what: string, ctx: Ctx) {
  const seen = new Set<string>();
  options.forEach((option, index) => {
    if (seen.has(option.id)) ctx.addIssue({ code: "custom", path: [path, index, "id"], message: `Two ${what} share the id "${option.id}".` });
    seen.add(option.id);
  });
}

function checkUniqueTexts(options: readonly { text: string }[], path: string, what: string, ctx: Ctx) {
  const seen = new Set<string>();
  options.forEach((option, index) => {
    const key = option.text.toLocaleLowerCase();
    if (seen.has(key)) ctx.addIssue({ code: "custom", path: [path, index, "text"], message: `“${option.text}” appears twice among the ${what}.` });
    seen.add(key);
  });
}

const MultipleChoiceSchema = QuestionBaseSchema.extend({
  type: z.literal("multiple-choice"),
  selectMany: z.boolean(),
  options: z
    .array(optionSchema("A choice"))
    .min(2, "Give at least two choices.")
    .max(MAX_CHOICES, `Give at most ${MAX_CHOICES} choices.`),
  answer: z.object({ correct: z.array(OptionIdSchema) }),
}).superRefine((question, ctx) => {
  checkUniqueIds(question.options, "options", "choices", ctx);
  checkUniqueTexts(question.options, "options", "choices", ctx);
  const ids = new Set(question.options.map((o) => o.id));
  const { correct } = question.answer;
  if (correct.length === 0) {
    ctx.addIssue({ code: "custom", path: ["answer", "correct"], message: "Mark at least one choice as correct." });
  } else if (!question.selectMany && correct.length !== 1) {
    ctx.addIssue({
      code: "custom",
      path: ["answer", "correct"],
      message: "Mark exactly one correct choice, or let students pick several.",
    });
  }
  if (correct.some((id) => !ids.has(id))) {
    ctx.addIssue({ code: "custom", path: ["answer", "correct"], message: "A correct answer must be one of the choices." });
  }
  if (new Set(correct).size !== correct.length) {
    ctx.addIssue({ code: "custom", path: ["answer", "correct"], message: "A choice is marked correct twice." });
  }
  if (correct.length === question.options.length && question.options.length > 0) {
    ctx.addIssue({ code: "custom", path: ["answer", "correct"], message: "Leave at least one choice that is wrong." });
  }
});

const TrueFalseSchema = QuestionBaseSchema.extend({
  type: z.literal("true-false"),
  answer: z.object({ value: z.boolean({ error: "Say whether the statement is true or false." }) }),
});

const OrderingSchema = QuestionBaseSchema.extend({
  type: z.literal("ordering"),
  options: z
    .array(optionSchema("An item"))
    .min(MIN_PARTS, `Give at least ${MIN_PARTS} items to put in order.`)
    .max(MAX_PARTS, `Give at most ${MAX_PARTS} items to put in order.`),
  answer: z.object({ order: z.array(OptionIdSchema) }),
}).superRefine((question, ctx) => {
  checkUniqueIds(question.options, "options", "items", ctx);
  checkUniqueTexts(question.options, "options", "items", ctx);
  const ids = question.options.map((o) => o.id).sort();
  const order = [...question.answer.order].sort();
  if (ids.length !== order.length || ids.some((id, i) => id !== order[i])) {
    ctx.addIssue({ code: "custom", path: ["answer", "order"], message: "The correct order must list every item exactly once." });
  }
});

const MatchingSchema = QuestionBaseSchema.extend({
  type: z.literal("matching"),
  premises: z
    .array(optionSchema("A left-hand item"))
    .min(MIN_PARTS, `Give at least ${MIN_PARTS} pairs.`)
    .max(MAX_PARTS, `Give at most ${MAX_PARTS} pairs.`),
  options: z
    .array(optionSchema("A right-hand option"))
    .min(MIN_PARTS, `Give at least ${MIN_PARTS} right-hand options.`)
    .max(MAX_PARTS + 8, `Give at most ${MAX_PARTS + 8} right-hand options.`),
  answer: z.object({ pairs: z.record(z.string(), OptionIdSchema) }),
}).superRefine((question, ctx) => {
  checkUniqueIds([...question.premises, ...question.options], "options", "items", ctx);
  checkUniqueTexts(question.premises, "premises", "left-hand items", ctx);
  checkUniqueTexts(question.options, "options", "right-hand options", ctx);
  const optionIds = new Set(question.options.map((o) => o.id));
  const premiseIds = new Set(question.premises.map((p) => p.id));
  question.premises.forEach((premise, index) => {
    const match = question.answer.pairs[premise.id];
    if (match === undefined) {
      ctx.addIssue({ code: "custom", path: ["premises", index, "text"], message: `“${premise.text}” has no match.` });
    } else if (!optionIds.has(match)) {
      ctx.addIssue({ code: "custom", path: ["premises", index, "text"], message: `“${premise.text}” is matched to an option that does not exist.` });
    }
  });
  if (Object.keys(question.answer.pairs).some((id) => !premiseIds.has(id))) {
    ctx.addIssue({ code: "custom", path: ["answer", "pairs"], message: "A pair names a left-hand item that does not exist." });
  }
});

const TypedSchema = QuestionBaseSchema.extend({
  type: z.literal("typed"),
  answer: z.object({ text: text("The answer", QUESTION_TEXT_LIMITS.label) }),
  accept: z
    .array(text("An accepted answer", QUESTION_TEXT_LIMITS.label))
    .min(1, "Give at least one accepted answer.")
    .max(MAX_ACCEPTED_ANSWERS, `Give at most ${MAX_ACCEPTED_ANSWERS} accepted answers.`),
}).superRefine((question, ctx) => {
  if (!question.accept.includes(question.answer.text)) {
    ctx.addIssue({ code: "custom", path: ["accept"], message: "The accepted answers must include the answer itself." });
  }
});

const NumericSchema = QuestionBaseSchema.extend({
  type: z.literal("numeric"),
  unit: cleanTextSchema({ field: "The unit" }).max(40, "The unit must be at most 40 characters."),
  answer: z.object({
    value: finite("The answer"),
    min: finite("The lowest accepted value"),
    max: finite("The highest accepted value"),
    display: text("The answer as shown", QUESTION_TEXT_LIMITS.label),
  }),
}).superRefine((question, ctx) => {
  const { value, min, max } = question.answer;
  if (min > value) ctx.addIssue({ code: "custom", path: ["answer", "min"], message: "The lowest accepted value can't be above the answer." });
  if (max < value) ctx.addIssue({ code: "custom", path: ["answer", "max"], message: "The highest accepted value can't be below the answer." });
});

const { minLat, maxLat, minLon, maxLon } = MAP_PIN_AREA;

const MapPinSchema = QuestionBaseSchema.extend({
  type: z.literal("map-pin"),
  answer: z.object({
    lat: finite("The latitude")
      .min(minLat, `The latitude must be between ${minLat} and ${maxLat} (the map shows Syria).`)
      .max(maxLat, `The latitude must be between ${minLat} and ${maxLat} (the map shows Syria).`),
    lon: finite("The longitude")
      .min(minLon, `The longitude must be between ${minLon} and ${maxLon} (the map shows Syria).`)
      .max(maxLon, `The longitude must be between ${minLon} and ${maxLon} (the map shows Syria).`),
    fullCreditKm: finite("The full-credit radius").gt(0, "The full-credit radius must be more than 0 km."),
    partialCreditKm: finite("The partial-credit radius").max(
      MAX_PIN_RADIUS_KM,
      `The partial-credit radius must be at most ${MAX_PIN_RADIUS_KM} km.`,
    ),
    placeName: text("The place name", QUESTION_TEXT_LIMITS.label),
  }),
}).superRefine((question, ctx) => {
  if (question.answer.partialCreditKm < question.answer.fullCreditKm) {
    ctx.addIssue({
      code: "custom",
      path: ["answer", "partialCreditKm"],
      message: "The partial-credit radius can't be smaller than the full-credit radius.",
    });
  }
});

export const QuestionSchema = z.discriminatedUnion(
  "type",
  [MultipleChoiceSchema, TrueFalseSchema, OrderingSchema, MatchingSchema, TypedSchema, NumericSchema, MapPinSchema],
  { error: "Choose a question type: multiple-choice, true-false, ordering, matching, typed, numeric or map-pin." },
);

// The schema and the hand-written types must describe the same thing.
type SchemaQuestion = z.output<typeof QuestionSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesTypes: Same<SchemaQuestion, Question> = true;
void schemaMatchesTypes;

/** One problem with a question: where (dotted path, e.g. "options.2.text") and what. */
export interface QuestionIssue {
  path: string;
  message: string;
}

export function questionIssues(error: z.ZodError): QuestionIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
}

export type ParsedQuestion = { ok: true; question: Question } | { ok: false; issues: QuestionIssue[] };

export function parseQuestion(input: unknown): ParsedQuestion {
  const parsed = QuestionSchema.safeParse(input);
  return parsed.success ? { ok: true, question: parsed.data as Question } : { ok: false, issues: questionIssues(parsed.error) };
}
