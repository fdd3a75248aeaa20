/**
 * The teacher's assignment forms, validated with zod. Client-safe and
 * pure: the server parses FormData into the plain `*Values` objects below (which
 * the form also uses to show what was typed), then into typed input whose dates
 * are UTC instants (see zoned-time.ts for the time-zone rules).
 *
 * Study-set ids and "not in the past" depend on the server's content and clock;
 * lib/teaching/assignments.ts checks those.
 */
import { z } from "zod";
import { FEEDBACK_POLICIES } from "../attempts/attempt-rules";
import { MAX_QUIZ_LENGTH, type QuizRequest } from "../attempts/quiz-request";
import { QUESTION_CATEGORIES, QUESTION_TYPES } from "../questions/types";
import { cleanTextSchema } from "../text/clean-text";
import { DEFAULT_TIME_ZONE, TIME_ZONES, utcToZonedLocal, zonedLocalToUtc } from "./zoned-time";

export const MAX_ASSIGNMENT_TITLE_LENGTH = 120;
export const MAX_ATTEMPT_LIMIT = 20;
export const MAX_TIME_LIMIT_MINUTES = 300;
export const MAX_EXTRA_MINUTES = 600;

// ---------------------------------------------------------------------------
// Shared field parsers (form values are strings)

function optionalWholeNumber(what: string, min: number, max: number) {
  return z.string().transform((raw, ctx) => {
    const value = raw.trim();
    if (value === "") return null;
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) {
      ctx.addIssue({
        code: "custom",
        message: `${what} must be a whole number from ${min} to ${max}, or blank.`,
      });
      return z.NEVER;
    }
    return n;
  });
}

const TimeZoneSchema = z.enum(TIME_ZONES, { error: "Choose a time zone from the list." });
const FeedbackPolicySchema = z.enum(FEEDBACK_POLICIES, { error: "Choose when students see feedback." });
const LocalDateTimeSchema = (what: string) => z.string({ error: `Enter the ${what}.` }).trim().min(1, `Enter the ${what}.`);

type Ctx = z.RefinementCtx;

function toInstant(local: string, timeZone: string, path: string, ctx: Ctx): Date | null {
  const parsed = zonedLocalToUtc(local, timeZone);
  if (parsed.ok) return parsed.instant;
  ctx.addIssue({ code: "custom", path: [path], message: parsed.message });
  return null;
}

// ---------------------------------------------------------------------------
// New assignment

/** The new-assignment form as typed (strings and checkbox lists). */
export interface AssignmentFormValues {
  title: string;
  /** "set": one study set; "topics": any of several study sets; "custom": one of the teacher's custom sets. */
  source: "set" | "topics" | "custom";
  setId: string;
  /** For "custom": the custom set, whose questions are fixed (snapshotted) when the assignment is created. */
  customSetId: string;
  topics: string[];
  /** Ticked: every question of the chosen sets; unticked: their core questions only. */
  allQuestions: boolean;
  categories: string[];
  types: string[];
  length: string;
  opensAt: string;
  dueAt: string;
  timeZone: string;
  attemptLimit: string;
  timeLimitMinutes: string;
  feedbackPolicy: string;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
}

/** The form's suggested due date: a week after `now`, at 17:00 in the default zone. */
export function defaultDueLocal(now: Date): string {
  return `${utcToZonedLocal(new Date(now.getTime() + 7 * 86_400_000), DEFAULT_TIME_ZONE).slice(0, 10)}T17:00`;
}

export function emptyAssignmentFormValues(defaults: Partial<AssignmentFormValues> = {}): AssignmentFormValues {
  return {
    title: "",
    source: "set",
    setId: "",
    customSetId: "",
    topics: [],
    allQuestions: false,
    categories: [],
    types: [],
    length: "10",
    opensAt: "",
    dueAt: "",
    timeZone: DEFAULT_TIME_ZONE,
    attemptLimit: "",
    timeLimitMinutes: "",
    feedbackPolicy: "immediately",
    shuffleQuestions: true,
    shuffleOptions: true,
    ...defaults,
  };
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};
const list = (form: FormData, name: string) =>
  form.getAll(name).filter((v): v is string => typeof v === "string" && v !== "").slice(0, 50);

function sourceOf(value: string): AssignmentFormValues["source"] {
  return value === "topics" || value === "custom" ? value : "set";
}

/**
 * A custom-set choice, before the server replaces it with the set's question ids
 * (lib/curation/custom-sets.ts snapshotCustomSet). Never stored as it is.
 */
export type AssignmentQuestionChoice = QuizRequest & { customSetId?: string };

export function assignmentValuesFromForm(form: FormData): AssignmentFormValues {
  return {
    title: text(form, "title"),
    source: sourceOf(text(form, "source")),
    setId: text(form, "setId"),
    customSetId: text(form, "customSetId"),
    topics: list(form, "topics"),
    allQuestions: form.get("allQuestions") === "on",
    categories: list(form, "categories"),
    types: list(form, "types"),
    length: text(form, "length"),
    opensAt: text(form, "opensAt"),
    dueAt: text(form, "dueAt"),
    timeZone: text(form, "timeZone"),
    attemptLimit: text(form, "attemptLimit"),
    timeLimitMinutes: text(form, "timeLimitMinutes"),
    feedbackPolicy: text(form, "feedbackPolicy"),
    shuffleQuestions: form.get("shuffleQuestions") === "on",
    shuffleOptions: form.get("shuffleOptions") === "on",
  };
}

/** What to draw questions from: checked separately from the dates so the preview can use it alone. */
export const AssignmentQuestionsSchema = z
  .object({
    source: z.enum(["set", "topics", "custom"]),
    setId: z.string().max(80, "Choose a study set from the list."),
    customSetId: z.string().max(64, "Choose one of your sets from the list.").default(""),
    topics: z.array(z.string().max(80)).max(30, "Choose at most 30 topics."),
    allQuestions: z.boolean().default(false),
    categories: z.array(z.enum(QUESTION_CATEGORIES, { error: "Choose categories from the list." })).max(4),
    types: z.array(z.enum(QUESTION_TYPES, { error: "Choose question types from the list." })).max(7),
    length: z.string().transform((raw, ctx) => {
      const value = raw.trim();
      const n = Number(value);
      if (!/^\d+$/.test(value) || n < 1 || n > MAX_QUIZ_LENGTH) {
        ctx.addIssue({ code: "custom", message: `Number of questions must be a whole number from 1 to ${MAX_QUIZ_LENGTH}.` });
        return z.NEVER;
      }
      return n;
    }),
  })
  .transform((v, ctx): AssignmentQuestionChoice => {
    const scope = v.allQuestions ? ("all" as const) : ("core" as const);
    if (v.source === "custom") {
      if (!/^[A-Za-z0-9_-]{1,64}$/.test(v.customSetId)) {
        ctx.addIssue({ code: "custom", path: ["customSetId"], message: "Choose one of your sets." });
      }
      // Every question of the set, in its order: filters and length do not apply.
      return { customSetId: v.customSetId, length: 1 };
    }
    if (v.source === "set") {
      if (!v.setId) ctx.addIssue({ code: "custom", path: ["setId"], message: "Choose a study set." });
      return { setId: v.setId, scope, categories: orUndefined(v.categories), types: orUndefined(v.types), length: v.length };
    }
    if (v.topics.length === 0) ctx.addIssue({ code: "custom", path: ["topics"], message: "Choose at least one topic." });
    return { topics: [...new Set(v.topics)], scope, categories: orUndefined(v.categories), types: orUndefined(v.types), length: v.length };
  });

function orUndefined<T>(items: T[]): T[] | undefined {
  return items.length > 0 ? [...new Set(items)] : undefined;
}

export const AssignmentFormSchema = z
  .object({
    /** Blank: the study set's title. NFC, trimmed; no control or text-direction characters. */
    title: cleanTextSchema({ field: "The title" }).max(
      MAX_ASSIGNMENT_TITLE_LENGTH,
      `Use at most ${MAX_ASSIGNMENT_TITLE_LENGTH} characters for the title.`,
    ),
    /** Blank: opens as soon as it is created. */
    opensAt: z.string().trim(),
    dueAt: LocalDateTimeSchema("due date and time"),
    timeZone: TimeZoneSchema,
    attemptLimit: optionalWholeNumber("Attempts allowed", 1, MAX_ATTEMPT_LIMIT),
    timeLimitMinutes: optionalWholeNumber("Time limit", 1, MAX_TIME_LIMIT_MINUTES),
    feedbackPolicy: FeedbackPolicySchema,
    shuffleQuestions: z.boolean(),
    shuffleOptions: z.boolean(),
    questions: AssignmentQuestionsSchema,
  })
  .transform((v, ctx) => {
    const opensAt = v.opensAt === "" ? null : toInstant(v.opensAt, v.timeZone, "opensAt", ctx);
    const dueAt = toInstant(v.dueAt, v.timeZone, "dueAt", ctx);
    if (opensAt && dueAt && dueAt.getTime() <= opensAt.getTime()) {
      ctx.addIssue({ code: "custom", path: ["dueAt"], message: "The due date must be after the opening date." });
    }
    return {
      title: v.title,
      request: v.questions,
      /** null: open now. */
      opensAt,
      dueAt: dueAt ?? new Date(NaN),
      timeZone: v.timeZone,
      attemptLimit: v.attemptLimit,
      timeLimitSeconds: v.timeLimitMinutes === null ? null : v.timeLimitMinutes * 60,
      feedbackPolicy: v.feedbackPolicy,
      shuffleQuestions: v.shuffleQuestions,
      shuffleOptions: v.shuffleOptions,
    };
  });

export type AssignmentInput = z.output<typeof AssignmentFormSchema>;

/** Field name (as in the form) → first message. */
export type FieldErrors = Partial<Record<string, string>>;

function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    // Question fields sit under "questions" in the schema but are top-level in the form.
    const path = issue.path[0] === "questions" ? issue.path.slice(1) : issue.path;
    const key = String(path[0] ?? "form");
    errors[key] ??= issue.message;
  }
  return errors;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

function toSchemaInput(values: AssignmentFormValues) {
  const { source, setId, customSetId, topics, allQuestions, categories, types, length, ...rest } = values;
  return { ...rest, questions: questionFields({ source, setId, customSetId, topics, allQuestions, categories, types, length }) };
}

/** A custom set ignores the filters and the length, so a stale value there cannot block it. */
function questionFields(
  fields: Pick<AssignmentFormValues, "source" | "setId" | "customSetId" | "topics" | "allQuestions" | "categories" | "types" | "length">,
) {
  return fields.source === "custom" ? { ...fields, categories: [], types: [], length: "1" } : fields;
}

export function parseAssignmentForm(values: AssignmentFormValues): Parsed<AssignmentInput> {
  const result = AssignmentFormSchema.safeParse(toSchemaInput(values));
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: fieldErrors(result.error) };
}

export function parseAssignmentQuestions(values: AssignmentFormValues): Parsed<AssignmentQuestionChoice> {
  const { source, setId, customSetId, topics, allQuestions, categories, types, length } = values;
  const result = AssignmentQuestionsSchema.safeParse(
    questionFields({ source, setId, customSetId, topics, allQuestions, categories, types, length }),
  );
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: fieldErrors(result.error) };
}

// ---------------------------------------------------------------------------
// Settings of an existing assignment

export interface AssignmentSettingsValues {
  dueAt: string;
  timeZone: string;
  attemptLimit: string;
  timeLimitMinutes: string;
  feedbackPolicy: string;
}

export function settingsValuesFromForm(form: FormData): AssignmentSettingsValues {
  return {
    dueAt: text(form, "dueAt"),
    timeZone: text(form, "timeZone"),
    attemptLimit: text(form, "attemptLimit"),
    timeLimitMinutes: text(form, "timeLimitMinutes"),
    feedbackPolicy: text(form, "feedbackPolicy"),
  };
}

/** Needs the assignment's opening instant (context) to check the due date against it. */
export function assignmentSettingsSchema(opensAt: Date) {
  return z
    .object({
      dueAt: LocalDateTimeSchema("due date and time"),
      timeZone: TimeZoneSchema,
      attemptLimit: optionalWholeNumber("Attempts allowed", 1, MAX_ATTEMPT_LIMIT),
      timeLimitMinutes: optionalWholeNumber("Time limit", 1, MAX_TIME_LIMIT_MINUTES),
      feedbackPolicy: FeedbackPolicySchema,
    })
    .transform((v, ctx) => {
      const dueAt = toInstant(v.dueAt, v.timeZone, "dueAt", ctx);
      if (dueAt && dueAt.getTime() <= opensAt.getTime()) {
        ctx.addIssue({ code: "custom", path: ["dueAt"], message: "The due date must be after the opening date." });
      }
      return {
        dueAt: dueAt ?? new Date(NaN),
        timeZone: v.timeZone,
        attemptLimit: v.attemptLimit,
        timeLimitSeconds: v.timeLimitMinutes === null ? null : v.timeLimitMinutes * 60,
        feedbackPolicy: v.feedbackPolicy,
      };
    });
}

export type AssignmentSettingsInput = z.output<ReturnType<typeof assignmentSettingsSchema>>;

export function parseAssignmentSettings(values: AssignmentSettingsValues, opensAt: Date): Parsed<AssignmentSettingsInput> {
  const result = assignmentSettingsSchema(opensAt).safeParse(values);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: fieldErrors(result.error) };
}

// ---------------------------------------------------------------------------
// Per-student extensions

export interface ExtensionValues {
  studentId: string;
  dueAt: string;
  extraMinutes: string;
}

export function extensionValuesFromForm(form: FormData): ExtensionValues {
  return { studentId: text(form, "studentId"), dueAt: text(form, "dueAt"), extraMinutes: text(form, "extraMinutes") };
}

/** An extension moves one student's due date later, adds minutes to their time limit, or both. */
export function extensionSchema(assignment: { dueAt: Date; timeZone: string }) {
  return z
    .object({
      studentId: z.string().trim().min(1, "Choose a student.").max(64, "Choose a student from the list."),
      dueAt: z.string().trim(),
      extraMinutes: optionalWholeNumber("Extra minutes", 1, MAX_EXTRA_MINUTES),
    })
    .transform((v, ctx) => {
      let dueAt: Date | null = null;
      if (v.dueAt !== "") {
        dueAt = toInstant(v.dueAt, assignment.timeZone, "dueAt", ctx);
        if (dueAt && dueAt.getTime() <= assignment.dueAt.getTime()) {
          ctx.addIssue({ code: "custom", path: ["dueAt"], message: "An extended due date must be later than the class's due date." });
        }
      }
      if (v.dueAt === "" && v.extraMinutes === null) {
        ctx.addIssue({ code: "custom", path: ["dueAt"], message: "Give a new due date, extra minutes, or both." });
      }
      return { studentId: v.studentId, dueAt, extraSeconds: v.extraMinutes === null ? null : v.extraMinutes * 60 };
    });
}

export type ExtensionInput = z.output<ReturnType<typeof extensionSchema>>;

export function parseExtension(values: ExtensionValues, assignment: { dueAt: Date; timeZone: string }): Parsed<ExtensionInput> {
  const result = extensionSchema(assignment).safeParse(values);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: fieldErrors(result.error) };
}
