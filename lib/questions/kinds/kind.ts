/**
 * A question kind: one rule that turns part of the knowledge base into
 * questions. Each kind lives in its own file with its own test; adding a kind
 * means one new file plus one line in `registry.ts`.
 */
import type { Campaign, Side } from "../../content/schema";
import type { GeneratorContext, QuestionDraft } from "../generators/context";

export interface QuestionKind {
  /** The template name every question of this kind carries, e.g. "campaign-belligerents". */
  template: string;
  /** One sentence: what the kind asks, for docs and test names. */
  asks: string;
  generate(ctx: GeneratorContext): QuestionDraft[];
}

/** "the rebels", "the government", "Kurdish forces", "foreign states". */
export const SIDE_IN_SENTENCE: Record<Side, string> = {
  rebels: "the rebels",
  government: "the government",
  kurdish: "Kurdish forces",
  foreign: "foreign states",
};

/** "The rebels", "The government"… as an option. */
export const SIDE_OPTION: Record<Side, string> = {
  rebels: "The rebels",
  government: "The government and its army",
  kurdish: "Kurdish forces (YPG)",
  foreign: "A foreign state",
};

export function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
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
