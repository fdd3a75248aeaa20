/**
 * Builds the whole question bank from the knowledge base: runs the four
 * category generators, assigns study-set topics, and stamps a content version.
 * Pure and deterministic: the same knowledge base and seed give the same bank,
 * byte for byte.
 */
import type { KnowledgeBase } from "../content/load";
import type { StudySet } from "../content/schema";
import { normalizeName } from "../content/normalize-name";
import { stableHash } from "./random";
import { capitalize, createContext, mergeCitations, type GeneratorContext, type QuestionDraft } from "./generators/context";
import { generateChronologyQuestions } from "./generators/chronology";
import { generatePlaceQuestions } from "./generators/places";
import { generateForceQuestions } from "./generators/forces";
import { generateFigureQuestions } from "./generators/figures";
import { QUESTION_KINDS } from "./kinds/registry";
import { skillOf } from "./skills";
import { difficultyOf } from "./difficulty";
import { markCore } from "./core";
import { QUESTION_CATEGORIES, type Question, type QuestionBank } from "./types";

/** Changing the seed reshuffles distractor choice everywhere; question ids do not change. */
export const DEFAULT_BANK_SEED = "bank-v1";

export class DuplicateQuestionIdError extends Error {
  constructor(id: string) {
    super(`Two generated questions share the id "${id}": a template must include every fact it asks about in its id.`);
    this.name = "DuplicateQuestionIdError";
  }
}

/**
/** What a study set covers, precomputed once per bank build. */
interface SetCoverage {
  set: StudySet;
  events: Set<string>;
  places: Set<string>;
  forces: Set<string>;
  figures: Set<string>;
}

export function coverageOf(sets: readonly StudySet[], ctx: GeneratorContext): SetCoverage[] {
  return sets.map((set) => {
    const setEvents = set.events.map((id) => ctx.eventById.get(id)).filter((e) => e !== undefined);
    return {
      set,
      events: new Set(set.events),
      places: new Set([...set.places, ...setEvents.flatMap((e) => e.places)]),
      forces: new Set([...set.forces, ...setEvents.flatMap((e) => e.forces.map((f) => f.force))]),
      figures: new Set(set.figures),
    };
  });
}

/**
 * Study sets a question belongs to. A question from the big picture names its
 * sets itself (`studySets`), and also joins the category set of its category.
 * A question about events joins a set when the set holds every one of those
 * events; a question about places, forces or figures alone joins when the set
 * covers every one of them (lists it, or one of the set's events involves it).
 * Category sets only take their own category.
 */
export function topicsFor(question: QuestionDraft, coverage: readonly SetCoverage[], ctx: GeneratorContext): string[] {
  const { events, places, forces, figures } = question.refs;
  return coverage
    .filter((c) => {
      if (c.set.categories && !c.set.categories.includes(question.category)) return false;
      if (question.studySets) return question.studySets.includes(c.set.id) || c.set.categories !== undefined;
      if (events.length > 0) return events.every((id) => c.events.has(id));
      if (figures.length > 0)
        return figures.every((id) => c.figures.has(id) || c.events.has(ctx.figureById.get(id)?.event ?? ""));
      // Every place and force the question names must belong to the set: a matching question about
      // four units joins only the sets that hold all four, so no set asks about another's subject.
      return places.every((id) => c.places.has(id)) && forces.every((id) => c.forces.has(id));
    })
    .map((c) => c.set.id);
}

/**
 * Drops a question that asks the same thing with the same choices as an earlier
 * one (same type, prompt and options after normalising spelling). Two templates
 * can reach the same wording from different facts; a student should not meet it twice.
 */
function withoutRepeats(drafts: readonly QuestionDraft[]): QuestionDraft[] {
  const seen = new Set<string>();
  return drafts.filter((q) => {
    const parts: string[] = [q.type, normalizeName(q.prompt)];
    if ("options" in q) parts.push(q.options.map((o) => normalizeName(o.text)).sort().join("|"));
    if (q.type === "matching") parts.push(q.premises.map((o) => normalizeName(o.text)).sort().join("|"));
    const key = parts.join("#");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Prompts, explanations and matching premises start with a capital, whatever the
 * name or attribution they begin with ("al-Junoudia is…", "the encyclopedia
 * article…"). Options keep their own case: "al-Bab" is a name as written.
 */
function sentenceCased(q: QuestionDraft): Partial<QuestionDraft> {
  const out: Partial<QuestionDraft> = { prompt: capitalize(q.prompt), explanation: capitalize(q.explanation) };
  if (q.type === "matching")
    (out as { premises: typeof q.premises }).premises = q.premises.map((p) => ({ ...p, text: capitalize(p.text) }));
  return out;
}

export function generateQuestionBank(kb: KnowledgeBase, seed: string = DEFAULT_BANK_SEED): QuestionBank {
  const ctx = createContext(kb, seed);
  const drafts: QuestionDraft[] = [
    ...generateChronologyQuestions(ctx),
    ...generatePlaceQuestions(ctx),
    ...generateForceQuestions(ctx),
    ...generateFigureQuestions(ctx),
    ...QUESTION_KINDS.flatMap((kind) => kind.generate(ctx)),
  ];
  const coverage = coverageOf(kb.studySets, ctx);
  const seen = new Set<string>();
  const questions: Question[] = [];
  for (const draft of withoutRepeats(drafts)) {
    if (seen.has(draft.id)) throw new DuplicateQuestionIdError(draft.id);
    seen.add(draft.id);
    const { studySets: _explicitSets, ...fields } = draft;
    void _explicitSets;
    questions.push({
      ...fields,
      ...sentenceCased(fields),
      skill: skillOf(draft),
      difficulty: difficultyOf(draft),
      sources: mergeCitations(draft.sources),
      topics: topicsFor(draft, coverage, ctx),
      coreIn: [],
    } as Question);
  }
  markCore(questions, kb.studySets);
  // Category, then template, then id: a stable order that reads well in the export.
  const categoryRank = new Map<string, number>(QUESTION_CATEGORIES.map((c, i) => [c, i]));
  questions.sort(
    (a, b) =>
      categoryRank.get(a.category)! - categoryRank.get(b.category)! ||
      a.template.localeCompare(b.template) ||
      a.id.localeCompare(b.id),
  );
  return { version: stableHash(JSON.stringify(questions), 12), questions };
}

/** Questions of one study set, in bank order. */
export function questionsInSet(bank: QuestionBank, setId: string): Question[] {
  return bank.questions.filter((q) => q.topics.includes(setId));
}
