/**
 * A question's key written out for people: the "correct answer" in a student's feedback, the key
 * column of item analysis, a flashcard back or an export. One wording everywhere: choices joined
 * with "; ", ordered items with " → ", and matching pairs as "left → right; left → right".
 */
import type { Option, Question } from "./types";

function optionText(options: readonly Option[], id: string): string {
  return options.find((option) => option.id === id)?.text ?? id;
}

export function answerKeyText(question: Question): string {
  switch (question.type) {
    case "multiple-choice":
      return question.answer.correct.map((id) => optionText(question.options, id)).join("; ");
    case "true-false":
      return question.answer.value ? "True" : "False";
    case "ordering":
      return question.answer.order.map((id) => optionText(question.options, id)).join(" → ");
    case "matching":
      return question.premises.map((premise) => `${premise.text} → ${optionText(question.options, question.answer.pairs[premise.id] ?? "")}`).join("; ");
    case "typed":
      return question.answer.text;
    case "numeric":
      return `${question.answer.display} ${question.unit}`.trim();
    case "map-pin":
      return question.answer.placeName;
  }
}
