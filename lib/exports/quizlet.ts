/**
 * Quizlet's "Import" box: one card per line, term TAB definition. Quizlet does no quoting, so tabs
 * and line breaks inside a field become spaces.
 */
import { answerKeyText } from "../questions/answer-key-text";
import type { Question } from "../questions/types";
import { generalFeedback, promptWithChoices, type ExportContext } from "./shared";

export function quizletField(text: string): string {
  return text.replace(/[\t\r\n]+/g, " ").trim();
}

export function quizletLine(term: string, definition: string): string {
  return `${quizletField(term)}\t${quizletField(definition)}\n`;
}

/** Term: the question with its choices; definition: the answer, the explanation and the sources. */
export function quizletQuestionLine(question: Question, context: ExportContext): string {
  return quizletLine(promptWithChoices(question), `${answerKeyText(question)} — ${generalFeedback(question, context)}`);
}
