/** commander-group-choice and commander-typed: which group a commander led or belonged to, where the documents say. */
import type { Force } from "../../../content/schema";
import { byId, mergeCitations, questionId, refs, rngFor, type GeneratorContext, type QuestionDraft } from "../context";
import { ForceIndex, forceChoice, forceTyped, inSentence, kindClass, labelOf, levelOf, otherGroups, pickDistractors, sharesDistinctiveWord, textRevealsForce, yearsOverlap } from "./shared";

// ---------------------------------------------------------------------------
// 6–7. Which group did a commander lead or belong to? (multiple choice, typed)

/** Commanders and officials whose parent is a named force that their own name does not give away. */
function commandersWithGroup(ctx: GeneratorContext): { person: Force; group: Force }[] {
  const out: { person: Force; group: Force }[] = [];
  for (const person of [...ctx.kb.forces].sort(byId)) {
    if (kindClass(person) !== "person" || !person.parent) continue;
    const group = ctx.forceById.get(person.parent);
    if (!group || group.kind === "side") continue;
    // "Mahdi al-Harati" → "Mahdi al-Harati's brigade" would answer itself.
    if (sharesDistinctiveWord(person, group) || textRevealsForce(labelOf(person), group)) continue;
    out.push({ person, group });
  }
  return out;
}

export function commanderGroupChoice(ctx: GeneratorContext, index: ForceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const { person, group } of commandersWithGroup(ctx)) {
    // A state leader is not asked as a choice: there are too few states to choose from.
    if (person.kind === "official") continue;
    const qid = questionId("commander-group-choice", [person.id]);
    const rng = rngFor(ctx, qid);
    const candidates = otherGroups(ctx, index, group, person);
    const years = index.years.get(person.id)!;
    const tier = (f: Force): number =>
      (levelOf(f) === levelOf(group) ? 0 : 1) + (yearsOverlap(index, f.id, years) ? 0 : 2);
    const distractors = pickDistractors(rng, candidates, [group], [group, person], tier, 3);
    if (distractors.length < 3) continue;
    const prompt = `Which group did ${labelOf(person)} lead or belong to?`;
    if (textRevealsForce(prompt, group)) continue;
    out.push(
      forceChoice(qid, rng, [group], distractors, {
        template: "commander-group-choice",
        prompt,
        explanation: `${labelOf(person)} belonged to ${inSentence(group)}. ${person.description}`,
        sources: mergeCitations(person.citations),
        refs: refs({ forces: [person.id, group.id] }),
        difficulty: 2,
      }),
    );
  }
  return out;
}

export function commanderTyped(ctx: GeneratorContext): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const { person, group } of commandersWithGroup(ctx)) {
    const isStateLeader = person.kind === "official" && group.kind === "armed-forces" && group.side === "foreign";
    const prompt = isStateLeader
      ? `${labelOf(person)} led which country? Type its name.`
      : `Name the group that ${labelOf(person)} led or belonged to.`;
    if (textRevealsForce(prompt, group)) continue;
    out.push(
      forceTyped({
        template: "commander-typed",
        factKeys: [person.id],
        answer: group,
        prompt,
        explanation: `${labelOf(person)} ${isStateLeader ? "led" : "belonged to"} ${inSentence(group)}. ${person.description}`,
        sources: mergeCitations(person.citations),
        refs: refs({ forces: [person.id, group.id] }),
        difficulty: isStateLeader ? 1 : 3,
      }),
    );
  }
  return out;
}
