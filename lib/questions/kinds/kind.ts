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
