/**
 * Checks every generator's tests make of its questions as a whole: the same
 * questions on every run, ids that follow the facts and not the seed, and ids
 * fit for a URL.
 */
import { expect } from "vitest";
import { checkKnowledgeBase } from "../../content/load-knowledge-base";
import { normalizeName } from "../../content/normalize-name";
import type { Option } from "../types";
import { createContext, type GeneratorContext, type QuestionDraft } from "./context";

/**
 * On a fresh copy of the knowledge base the generator gives the same
 * questions, byte for byte; another seed reshuffles options but keeps every
 * id, in the same order.
 */
export function expectDeterministic(generate: (ctx: GeneratorContext) => QuestionDraft[], questions: readonly QuestionDraft[]): void {
  const again = generate(createContext(checkKnowledgeBase().kb, "bank-v1"));
  expect(JSON.stringify(again)).toBe(JSON.stringify(questions));
  const reseeded = generate(createContext(checkKnowledgeBase().kb, "another-seed"));
  expect(reseeded.map((q) => q.id)).toEqual(questions.map((q) => q.id));
}

/** The question's options (and a matching question's premises) have unique ids and no two read the same. */
export function expectUniqueOptions(q: QuestionDraft): void {
  const lists: Option[][] = [];
  if ("options" in q) lists.push(q.options);
  if (q.type === "matching") lists.push(q.premises);
  for (const list of lists) {
    expect(new Set(list.map((o) => o.id)).size, q.id).toBe(list.length);
    expect(new Set(list.map((o) => normalizeName(o.text))).size, q.id).toBe(list.length);
  }
}

/** Ids are unique and url-safe: they appear in links and keep progress attached. */
export function expectUniqueUrlSafeIds(questions: readonly QuestionDraft[]): void {
  const ids = questions.map((q) => q.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
}
