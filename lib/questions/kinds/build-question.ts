/**
 * The one way a kind turns what it asks into a question: the id from the
 * template and the facts, the question's own randomness, option ids from
 * stable keys, and the fields every question carries. A kind describes only
 * what differs: the prompt, the options and which are correct, the feedback.
 */
import type { Citation, Side } from "../../content/schema";
import type { SeededRandom } from "../random";
import type { Difficulty, QuestionCategory, QuestionRefs, Skill } from "../types";
import { makeOptions, optionId, questionId, refs, rngFor, SIDE_LABELS, type GeneratorContext, type QuestionDraft } from "../generators/context";
import { forceName } from "./kind";

/** An option before it has an id: a key made of fact ids, so the id stays stable, and the text shown. */
export interface OptionEntry {
  key: string;
  text: string;
}

/** A side as an option: "The rebels (opposition)". */
export function sideOption(side: Side): OptionEntry {
  return { key: `side:${side}`, text: SIDE_LABELS[side] };
}

interface QuestionSpec {
  category: QuestionCategory;
  skill: Skill;
  prompt: string;
  explanation: string;
  sources: Citation[];
  refs: Partial<QuestionRefs>;
  /** Study sets the question is about, when its knowledge names them. */
  studySets?: string[];
  difficulty: Difficulty;
}

export interface ChoiceSpec extends QuestionSpec {
  /** Every option, in the order the question's randomness shuffles them from. */
  options: OptionEntry[];
  /** The keys of the correct options. Several make the question select-many, and the prompt then says so. */
  keys: string[];
}

export interface MatchingSpec extends QuestionSpec {
  /** Each premise with the key of the option it matches. */
  premises: (OptionEntry & { match: string })[];
  options: OptionEntry[];
  /** Show the premises in the order given (months in time order) instead of shuffled. */
  premisesInOrder?: boolean;
}

/** The options of a "which of these forces…" question, keys first, and the keys. */
export function forceChoices(ctx: GeneratorContext, correct: readonly string[], wrong: readonly string[]) {
  const option = (id: string): OptionEntry => ({ key: `force:${id}`, text: forceName(ctx, id) });
  return { options: [...correct, ...wrong].map(option), keys: correct.map((id) => option(id).key) };
}

/**
 * A multiple-choice question, as a list of one, or none when `ask` finds nothing
 * honest to ask, so a kind can flatMap over its facts. `ask` may draw from the
 * question's randomness (wrong options); the options are shuffled after it.
 */
export function choiceQuestion(
  ctx: GeneratorContext,
  template: string,
  facts: readonly string[],
  ask: (rng: SeededRandom) => ChoiceSpec | null,
): QuestionDraft[] {
  const qid = questionId(template, facts);
  const rng = rngFor(ctx, qid);
  const spec = ask(rng);
  if (!spec) return [];
  const many = spec.keys.length > 1;
  return [
    {
      id: qid,
      category: spec.category,
      type: "multiple-choice",
      template,
      skill: spec.skill,
      prompt: many ? `${spec.prompt} Select all that apply.` : spec.prompt,
      selectMany: many,
      options: makeOptions(qid, rng.shuffle(spec.options)),
      answer: { correct: spec.keys.map((key) => optionId(qid, key)) },
      explanation: spec.explanation,
      sources: spec.sources,
      refs: refs(spec.refs),
      ...(spec.studySets && { studySets: spec.studySets }),
      difficulty: spec.difficulty,
    },
  ];
}

/** A matching question, as a list of one like `choiceQuestion`; the options are always shuffled. */
export function matchingQuestion(
  ctx: GeneratorContext,
  template: string,
  facts: readonly string[],
  spec: MatchingSpec,
): QuestionDraft[] {
  const qid = questionId(template, facts);
  const rng = rngFor(ctx, qid);
  const premises = makeOptions(qid, spec.premises);
  const pairs: Record<string, string> = {};
  spec.premises.forEach((premise, i) => {
    pairs[premises[i]!.id] = optionId(qid, premise.match);
  });
  return [
    {
      id: qid,
      category: spec.category,
      type: "matching",
      template,
      skill: spec.skill,
      prompt: spec.prompt,
      premises: spec.premisesInOrder ? premises : rng.shuffle(premises),
      options: rng.shuffle(makeOptions(qid, spec.options)),
      answer: { pairs },
      explanation: spec.explanation,
      sources: spec.sources,
      refs: refs(spec.refs),
      ...(spec.studySets && { studySets: spec.studySets }),
      difficulty: spec.difficulty,
    },
  ];
}
