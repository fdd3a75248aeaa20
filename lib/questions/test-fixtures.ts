/**
 * Hand-made questions for unit tests: the fields every question has, and one valid question of
 * each type. Tests spread them and override what they are about (options, answer, sources).
 */
import type { Option, Question } from "./types";

/** Every field but the type-specific ones (type, answer, options, …). */
export const QUESTION_BASE: Omit<Question, "type" | "answer"> = {
  id: "tq:test@1",
  category: "places",
  template: "teacher",
  prompt: "Where is it?",
  explanation: "Because the source says so.",
  sources: [],
  topics: [],
  coreIn: [],
  skill: "recall",
  refs: { events: [], places: [], forces: [], figures: [] },
  difficulty: 2,
};

/** Options (or premises) from id → text, in the order written; ids are never numeric, so that order holds. */
export function optionsOf(textById: Record<string, string>): Option[] {
  return Object.entries(textById).map(([id, text]) => ({ id, text }));
}

/** One valid question of each type. */
export const SAMPLE_QUESTIONS: Record<Question["type"], Question> = {
  "multiple-choice": {
    ...QUESTION_BASE,
    type: "multiple-choice",
    selectMany: false,
    options: optionsOf({ a: "Idlib", b: "Aleppo" }),
    answer: { correct: ["a"] },
  },
  "true-false": { ...QUESTION_BASE, type: "true-false", answer: { value: true } },
  ordering: {
    ...QUESTION_BASE,
    type: "ordering",
    options: optionsOf({ a: "First", b: "Second" }),
    answer: { order: ["b", "a"] },
  },
  matching: {
    ...QUESTION_BASE,
    type: "matching",
    premises: optionsOf({ p1: "Idlib", p2: "Aleppo" }),
    options: optionsOf({ o1: "North-west", o2: "North" }),
    answer: { pairs: { p1: "o1", p2: "o2" } },
  },
  typed: { ...QUESTION_BASE, type: "typed", answer: { text: "Idlib" }, accept: ["Idlib", "Idleb"] },
  numeric: { ...QUESTION_BASE, type: "numeric", unit: "km", answer: { value: 10, min: 8, max: 12, display: "10" } },
  "map-pin": {
    ...QUESTION_BASE,
    type: "map-pin",
    answer: { lat: 35.93, lon: 36.63, fullCreditKm: 10, partialCreditKm: 30, placeName: "Idlib" },
  },
};
