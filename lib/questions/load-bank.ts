/**
 * The app's question bank, generated once per server process from the
 * validated knowledge base (generation takes well under a second; see
 * docs/benchmarks.md), with an id index for grading.
 */
// Holds answer keys: a client component importing this must fail the build.
import "server-only";
import { loadKnowledgeBase } from "../content/load-knowledge-base";
import { generateQuestionBank } from "./bank";
import type { Question, QuestionBank } from "./types";

let cached: { bank: QuestionBank; byId: Map<string, Question> } | undefined;

function load() {
  if (!cached) {
    const bank = generateQuestionBank(loadKnowledgeBase());
    cached = { bank, byId: new Map(bank.questions.map((q) => [q.id, q])) };
  }
  return cached;
}

export function loadQuestionBank(): QuestionBank {
  return load().bank;
}

export function findQuestion(id: string): Question | undefined {
  return load().byId.get(id);
}
