/**
 * The words the app shows for its own vocabulary: question categories, question types, skills,
 * feedback policies and months. Every page, chart, export and generator takes its labels from here, so a category or a
 * type reads the same everywhere. Pure data: safe to import from client components.
 */
import type { FeedbackPolicy } from "./attempts/attempt-rules";
import type { QuestionCategory, QuestionType, Skill } from "./questions/types";

/** A category's name, for tables, charts and filters: "Chronology". */
export const CATEGORY_NAMES: Record<QuestionCategory, string> = {
  chronology: "Chronology",
  places: "Places",
  forces: "Forces",
  figures: "Figures",
};

/** A category's name with what it asks about, for choosing what to study: "Chronology: when things happened". */
export const CATEGORY_LABELS: Record<QuestionCategory, string> = {
  chronology: "Chronology: when things happened",
  places: "Places: where things happened",
  forces: "Forces: who fought",
  figures: "Figures: numbers and losses",
};

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  "multiple-choice": "Multiple choice",
  "true-false": "True or false",
  ordering: "Put in order",
  matching: "Matching",
  typed: "Type the answer",
  numeric: "Number",
  "map-pin": "Pin on the map",
};

/** What a question asks a student to do (docs/question-bank.md, "Skills"). */
export const SKILL_LABELS: Record<Skill, string> = {
  recall: "Recall a fact",
  sequence: "Put events in time",
  locate: "Find a place",
  cause: "Explain a cause",
  significance: "Judge significance",
  control: "Who held a place when",
  "compare-accounts": "Compare accounts",
  source: "Who made a claim",
};

/** When students of an assignment see whether they were right. */
export const FEEDBACK_POLICY_LABELS: Record<FeedbackPolicy, string> = {
  immediately: "Immediately, after each answer",
  "after-attempt": "After the student finishes the attempt",
  "after-due": "After the due date",
};

/** Month names in English, January first. */
export const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

/** Three-letter month names for chart axes and compact dates: "Oct". */
export const MONTH_ABBREVIATIONS = MONTH_NAMES.map((name) => name.slice(0, 3));

/** "2012-10" → "October 2012". */
export function monthLabel(month: string): string {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  return `${MONTH_NAMES[monthNumber - 1]} ${year}`;
}

/** "2012-10-07" → "7 Oct": a day within a year the reader already knows. */
export function shortDayLabel(day: string): string {
  const [, monthNumber, dayOfMonth] = day.split("-").map(Number) as [number, number, number];
  return `${dayOfMonth} ${MONTH_ABBREVIATIONS[monthNumber - 1]}`;
}
