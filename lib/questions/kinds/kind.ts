/**
 * A question kind: one rule that turns part of the knowledge base into
 * questions. Each kind lives in its own file with its own test; adding a kind
 * means one new file plus one line in `registry.ts`.
 */
import type { Campaign, CampaignSide, Side } from "../../content/schema";
import type { Difficulty } from "../types";
import { makeOptions, optionId, questionId, refs, rngFor, type GeneratorContext, type QuestionDraft } from "../generators/context";

export interface QuestionKind {
  /** The template name every question of this kind carries, e.g. "campaign-belligerents". */
  template: string;
  /** One sentence: what the kind asks, for docs and test names. */
  asks: string;
  generate(ctx: GeneratorContext): QuestionDraft[];
}

/** "A", "A and B", "A, B and C". */
export function listInSentence(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** A force's name as the knowledge base writes it (ranks stay in the explanation's source, not the option). */
export function forceName(ctx: GeneratorContext, id: string): string {
  return ctx.forceById.get(id)?.name ?? id;
}

/** The opposing side in a two-sided campaign. */
export function otherSide(campaign: Campaign, side: Side): Side | undefined {
  return campaign.sides.find((s) => s.side !== side)?.side;
}

/** The campaign's own citations plus the ones given. */
export function campaignCitations(campaign: Campaign, ...more: readonly { doc: string; section: string }[][]) {
  return [...campaign.citations, ...more.flat()];
}

/** Campaigns fought over other ground than `campaign`: only their forces may be its wrong options. */
export function campaignsElsewhere(campaign: Campaign, all: readonly Campaign[]): Campaign[] {
  return all.filter((other) => other.id !== campaign.id && !other.places.some((p) => campaign.places.includes(p)));
}

/**
 * Wrong options for "who fought / led on this side": forces listed under `field` for the same side
 * in campaigns fought elsewhere, never anywhere in this campaign, never a whole side ("the rebels").
 * A force the documents leave out of a campaign was not necessarily absent, so the prompts say
 * "do the sources list".
 */
export function forcesListedOnlyElsewhere(
  ctx: GeneratorContext,
  campaign: Campaign,
  all: readonly Campaign[],
  side: Side,
  field: "belligerents" | "units" | "commanders",
): string[] {
  const here = new Set(campaign.sides.flatMap((s) => [...s.belligerents, ...s.units, ...s.commanders]));
  const listed = campaignsElsewhere(campaign, all).flatMap((other) =>
    other.sides.filter((s) => s.side === side).flatMap((s) => s[field]),
  );
  return [...new Set(listed)].filter((id) => !here.has(id) && ctx.forceById.get(id)?.kind !== "side");
}

/**
 * A "which of these forces…" question about one side of a campaign: the keys and the wrong
 * options as force ids, shuffled with the question's own randomness; select-many when there
 * are several keys, and the prompt then says so.
 */
export function campaignForceChoice(
  ctx: GeneratorContext,
  input: {
    template: string;
    campaign: Campaign;
    side: CampaignSide;
    /** Picks the keys and the wrong options with the question's randomness. */
    pick: (rng: ReturnType<typeof rngFor>) => { correct: string[]; wrong: string[] };
    prompt: string;
    explanation: (correct: string[], wrong: string[]) => string;
    difficulty: Difficulty;
    /** Places the question is also about, for study-set topics. */
    places?: string[];
  },
): QuestionDraft {
  const { template, campaign, side } = input;
  const qid = questionId(template, [campaign.id, side.side]);
  const rng = rngFor(ctx, qid);
  const { correct, wrong } = input.pick(rng);
  const entries = [...correct, ...wrong].map((id) => ({ key: `force:${id}`, text: forceName(ctx, id) }));
  const many = correct.length > 1;
  return {
    id: qid,
    category: "forces",
    type: "multiple-choice",
    template,
    skill: "recall",
    prompt: `${input.prompt}${many ? " Select all that apply." : ""}`,
    selectMany: many,
    options: makeOptions(qid, rng.shuffle(entries)),
    answer: { correct: correct.map((id) => optionId(qid, `force:${id}`)) },
    explanation: input.explanation(correct, wrong),
    sources: campaignCitations(campaign, side.citations),
    refs: refs({ forces: correct, places: input.places ?? [] }),
    studySets: campaign.studySets,
    difficulty: input.difficulty,
  };
}
