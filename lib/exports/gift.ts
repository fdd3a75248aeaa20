/**
 * Moodle's GIFT question import. One question per block, separated by a blank line:
 *
 *   ::id::[html]prompt{ =right ~wrong ####general feedback }
 *
 * Text Moodle shows as HTML (prompts, choices, feedback, the left side of a matching pair) is
 * HTML-escaped under the [html] marker, so whatever people wrote shows as text; text Moodle
 * compares or lists as plain strings (short answers, the right side of a pair) is not. Then every
 * GIFT special (~ = # { } : and the backslash) is escaped with a backslash. Line breaks become
 * spaces: a blank line would end the question.
 */
import type { Question } from "../questions/types";
import { doesNotFit, FITS, generalFeedback, type ExportContext, type Fit } from "./shared";

/** Escapes GIFT's special characters; line breaks become spaces. */
export function escapeGift(text: string): string {
  return text.replace(/\r\n?|\n/g, " ").replace(/[\\~=#{}:]/g, (char) => `\\${char}`);
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Text Moodle renders as HTML. */
const html = (text: string) => escapeGift(escapeHtml(text));

/** Moodle accepts only these answer weights (question/format/gift: the grade options list). */
const MOODLE_WEIGHTS = [
  100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5,
];

function moodleWeight(percent: number): number | null {
  return MOODLE_WEIGHTS.find((w) => Math.abs(w - percent) < 0.00001) ?? null;
}

/** The app's penalty for a wrong pick in a select-many question is 1 / (number of wrong options). */
function selectManyWeights(correct: number, wrong: number): { right: number; wrongPenalty: number } | null {
  const right = moodleWeight(100 / correct);
  if (right === null) return null;
  const penalty = wrong === 0 ? 100 : (moodleWeight(100 / wrong) ?? 100);
  return { right, wrongPenalty: penalty };
}

export function giftFit(question: Question): Fit {
  switch (question.type) {
    case "ordering":
      return doesNotFit("GIFT has no ordering question.");
    case "map-pin":
      return doesNotFit("GIFT has no question that asks for a point on a map.");
    case "matching":
      if (question.premises.length < 3) return doesNotFit("Moodle needs at least three pairs in a matching question.");
      if (question.premises.some((p) => p.text.includes("->"))) return doesNotFit("A left-hand item contains “->”, which GIFT reads as the pair's arrow.");
      return FITS;
    case "multiple-choice":
      if (question.selectMany && !selectManyWeights(question.answer.correct.length, question.options.length - question.answer.correct.length)) {
        return doesNotFit("Moodle cannot split the marks evenly between this many right answers.");
      }
      return FITS;
    case "typed":
    case "true-false":
    case "numeric":
      return FITS;
  }
}

function numberText(value: number): string {
  return String(value);
}

function answerBlock(question: Question): string[] {
  switch (question.type) {
    case "multiple-choice": {
      const correct = new Set(question.answer.correct);
      if (!question.selectMany) {
        return question.options.map((o) => `${correct.has(o.id) ? "=" : "~"}${html(o.text)}`);
      }
      const weights = selectManyWeights(correct.size, question.options.length - correct.size)!;
      return question.options.map((o) => `~%${correct.has(o.id) ? weights.right : -weights.wrongPenalty}%${html(o.text)}`);
    }
    case "true-false":
      return [question.answer.value ? "TRUE" : "FALSE"];
    case "matching":
      return question.premises.map((p) => {
        const option = question.options.find((o) => o.id === question.answer.pairs[p.id]);
        return `=${html(p.text)} -> ${escapeGift(option?.text ?? "")}`;
      });
    case "typed":
      return [...new Set(question.accept.length > 0 ? question.accept : [question.answer.text])].map((form) => `=${escapeGift(form)}`);
    case "numeric": {
      const { value, min, max } = question.answer;
      return [min === max ? `#${numberText(value)}` : `#${numberText(min)}..${numberText(max)}`];
    }
    case "ordering":
    case "map-pin":
      return [];
  }
}

/** One question's GIFT block, with the blank line that ends it. */
export function giftQuestion(question: Question, context: ExportContext): string {
  const feedback = html(generalFeedback(question, context));
  const lines = [
    `// ${question.type}`,
    `::${escapeGift(question.id)}::[html]${html(question.prompt)}{`,
    ...answerBlock(question).map((line) => `\t${line}`),
    `\t####${feedback}`,
    "}",
  ];
  return `${lines.join("\n")}\n\n`;
}

export function giftHeader(context: ExportContext): string {
  // Moodle reads the category line as it stands, with "/" between levels.
  const category = context.title.replace(/\r\n?|\n/g, " ").replace(/\//g, "-");
  return `// Exported for Moodle's GIFT import.\n$CATEGORY: ${category}\n\n`;
}
