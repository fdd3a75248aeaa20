/**
 * Difficulty from a rule, not from the question type alone (docs/question-bank.md, "Difficulty"):
 *
 *   difficulty = 1 + obscure + close, where
 *   - obscure = 0 when the fact is big picture: the question cites a summary box, an introduction,
 *     a headline or a front matter, or it is one of the big-picture kinds (campaigns, reasons,
 *     control over time); otherwise 1, a detail from the running text;
 *   - close = 1 when the options are close or the answer must be produced: the template marked
 *     its own difficulty 3 (distractors within days or a few percent, several facts at once), or
 *     the student types a name or a number, or orders or matches four or more items; otherwise 0.
 */
import type { Difficulty } from "./types";
import type { QuestionDraft } from "./generators/context";

const SUMMARY_SECTIONS = new Set(["infobox", "lead", "headline", "front matter"]);
const BIG_PICTURE_TEMPLATE = /^(campaign|reasoning|control)-/;

export function isBigPicture(question: Pick<QuestionDraft, "template" | "sources">): boolean {
  return BIG_PICTURE_TEMPLATE.test(question.template) || question.sources.some((c) => SUMMARY_SECTIONS.has(c.section));
}

function producesOrHasClose(question: QuestionDraft): boolean {
  if (question.difficulty === 3) return true;
  switch (question.type) {
    case "typed":
    case "numeric":
      return true;
    case "ordering":
      return question.options.length >= 4;
    case "matching":
      return question.premises.length >= 4;
    default:
      return false;
  }
}

export function difficultyOf(question: QuestionDraft): Difficulty {
  const obscure = isBigPicture(question) ? 0 : 1;
  const close = producesOrHasClose(question) ? 1 : 0;
  return (1 + obscure + close) as Difficulty;
}
