/** Shared by the kind tests: the real knowledge base, a context, and option lookups. */
import { loadKnowledgeBase } from "../../content/load-knowledge-base";
import { createContext, type QuestionDraft } from "../generators/context";
import type { QuestionKind } from "./kind";

export const kb = loadKnowledgeBase();
export const ctx = createContext(kb, "kind-tests");

export function run(kind: QuestionKind): QuestionDraft[] {
  return kind.generate(ctx);
}

type WithOptions = Extract<QuestionDraft, { type: "multiple-choice" }>;

/** The texts of the options marked correct. */
export function keyTexts(q: QuestionDraft): string[] {
  const mc = q as WithOptions;
  return mc.options.filter((o) => mc.answer.correct.includes(o.id)).map((o) => o.text);
}

/** The texts of the options not marked correct. */
export function wrongTexts(q: QuestionDraft): string[] {
  const mc = q as WithOptions;
  return mc.options.filter((o) => !mc.answer.correct.includes(o.id)).map((o) => o.text);
}
