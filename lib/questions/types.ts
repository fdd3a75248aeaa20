/**
 * The question bank's data model: questions with their keys (server only),
 * the key-free public view a student receives, and the responses a student sends.
 *
 * The exported JSON (`npm run bank:export`) uses exactly these shapes; see
 * docs/question-bank.md. Change them with care: teachers export this format.
 */
import { z } from "zod";
import type { Citation, QuestionCategory } from "../content/schema";
import { cleanTextSchema } from "../text/clean-text";

export type { QuestionCategory } from "../content/schema";

export const QUESTION_TYPES = [
  "multiple-choice",
  "true-false",
  "ordering",
  "matching",
  "typed",
  "numeric",
  "map-pin",
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const QUESTION_CATEGORIES = ["chronology", "places", "forces", "figures"] as const satisfies readonly QuestionCategory[];

/** A choice, an item to order, or one side of a matching pair. `id` says nothing about correctness. */
export interface Option {
  id: string;
  text: string;
}

/**
 * What a question asks a student to do (docs/question-bank.md, "Skills"):
 * remember a fact, put events in time, find a place, explain a cause, judge
 * significance, say who held a place when, compare two accounts, or say who
 * made a claim.
 */
export const SKILLS = [
  "recall",
  "sequence",
  "locate",
  "cause",
  "significance",
  "control",
  "compare-accounts",
  "source",
] as const;
export type Skill = (typeof SKILLS)[number];

/** 1 = recall of a headline fact, 2 = needs the detail, 3 = close distractors or several facts at once. */
export type Difficulty = 1 | 2 | 3;

/** What the question is about: used for study sets, topics and "most-missed facts". */
export interface QuestionRefs {
  events: string[];
  places: string[];
  forces: string[];
  figures: string[];
}

interface QuestionBase {
  /** Stable: derived from the template and the facts asked about, never from wording or distractors. */
  id: string;
  category: QuestionCategory;
  type: QuestionType;
  /** Which generator rule produced it, e.g. "event-date". */
  template: string;
  prompt: string;
  /** Shown after answering, in the app's own words. */
  explanation: string;
  sources: Citation[];
  /** A teacher's free-text citation ("Textbook p. 42"), shown as written; generated questions have none. */
  sourceNote?: string;
  /** Study-set ids this question belongs to. */
  topics: string[];
  /** Study sets in which this question is core: one a teacher would put on the test (see bank.ts). */
  coreIn: string[];
  skill: Skill;
  refs: QuestionRefs;
  difficulty: Difficulty;
}

export interface MultipleChoiceQuestion extends QuestionBase {
  type: "multiple-choice";
  /** True when more than one option may be correct; the student is told so. */
  selectMany: boolean;
  options: Option[];
  answer: { correct: string[] };
}

export interface TrueFalseQuestion extends QuestionBase {
  type: "true-false";
  answer: { value: boolean };
}

export interface OrderingQuestion extends QuestionBase {
  type: "ordering";
  /** Items in a neutral (id) order; the key is `answer.order`. */
  options: Option[];
  answer: { order: string[] };
}

export interface MatchingQuestion extends QuestionBase {
  type: "matching";
  /** Left column: each premise gets exactly one option. */
  premises: Option[];
  /** Right column; may hold more options than premises. */
  options: Option[];
  /** premise id → option id */
  answer: { pairs: Record<string, string> };
}

export interface TypedQuestion extends QuestionBase {
  type: "typed";
  /** The canonical answer, shown after grading. */
  answer: { text: string };
  /** Every accepted form: the name, its aliases and spellings, and Arabic script when the content has it. */
  accept: string[];
}

export interface NumericQuestion extends QuestionBase {
  type: "numeric";
  /** Shown next to the input, e.g. "soldiers", "km". */
  unit: string;
  /** Any value in [min, max] scores 1. `value` is what the feedback shows. */
  answer: { value: number; min: number; max: number; display: string };
}

export interface MapPinQuestion extends QuestionBase {
  type: "map-pin";
  answer: {
    lat: number;
    lon: number;
    /** Within this great-circle distance: full credit. */
    fullCreditKm: number;
    /** Within this distance: half credit. Beyond it: none. */
    partialCreditKm: number;
    placeName: string;
  };
}

export type Question =
  | MultipleChoiceQuestion
  | TrueFalseQuestion
  | OrderingQuestion
  | MatchingQuestion
  | TypedQuestion
  | NumericQuestion
  | MapPinQuestion;

export type QuestionOfType<T extends QuestionType> = Extract<Question, { type: T }>;

export interface QuestionBank {
  /** Content hash of the generated questions: changes whenever any question does. */
  version: string;
  questions: Question[];
}

// ---------------------------------------------------------------------------
// Public view: what the browser may see before the answer is submitted.

interface PublicBase {
  id: string;
  category: QuestionCategory;
  type: QuestionType;
  prompt: string;
}

export type PublicQuestion =
  | (PublicBase & { type: "multiple-choice"; selectMany: boolean; options: Option[] })
  | (PublicBase & { type: "true-false" })
  | (PublicBase & { type: "ordering"; options: Option[] })
  | (PublicBase & { type: "matching"; premises: Option[]; options: Option[] })
  | (PublicBase & { type: "typed" })
  | (PublicBase & { type: "numeric"; unit: string })
  | (PublicBase & { type: "map-pin" });

// ---------------------------------------------------------------------------
// Responses: validated at the API boundary with these schemas.

const OptionIdSchema = z.string().min(1).max(64);

export const ResponseSchemas = {
  "multiple-choice": z.object({ selected: z.array(OptionIdSchema).max(12) }),
  "true-false": z.object({ value: z.boolean() }),
  ordering: z.object({ order: z.array(OptionIdSchema).min(1).max(12) }),
  matching: z.object({ pairs: z.record(OptionIdSchema, OptionIdSchema) }),
  // NFC, trimmed, no control or text-direction characters (lib/text/clean-text.ts); the grader's
  // comparison (NFKD, lib/questions/answer-matching.ts) accepts exactly what it accepted before.
  typed: z.object({ text: cleanTextSchema({ field: "Your answer" }).max(200, "Keep your answer under 200 characters.") }),
  numeric: z.object({ value: z.number().finite() }),
  "map-pin": z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }),
} satisfies Record<QuestionType, z.ZodType>;

export type ResponseOfType<T extends QuestionType> = z.infer<(typeof ResponseSchemas)[T]>;
export type AnyResponse = { [T in QuestionType]: ResponseOfType<T> }[QuestionType];

// ---------------------------------------------------------------------------
// Grading result: sent to the student after submission.

export interface GradeResult {
  /** 0 to 1. */
  score: number;
  /** Full marks. Partial credit is `correct: false` with a score above 0. */
  correct: boolean;
  /** The key, written out for people: "8 October 2012", "Idlib → Bab al-Hawa; ...". */
  correctAnswer: string;
  explanation: string;
  sources: Citation[];
  /** A teacher's free-text citation, when the question has one. */
  sourceNote?: string;
  /** Type-specific feedback: distance for map pins, the accepted spelling for typed answers... */
  detail?: {
    distanceKm?: number;
    matchedForm?: string;
    typoForgiven?: boolean;
    /** Ordering and matching: how many parts were right, out of how many. */
    partsRight?: number;
    partsTotal?: number;
  };
}
