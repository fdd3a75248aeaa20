/**
 * commander-group-choice and commander-typed: which group a commander led or belonged to, where the documents
 * say; a state's leader is asked through what he did in the unit, not which country he led (general knowledge).
 */
import type { Event, Force } from "../../../content/schema";
import { byId, mentionsAny, mergeCitations, namesOf, questionId, refs, rngFor, type GeneratorContext, type QuestionDraft, type QuestionParts } from "../context";
import { clauseWithDate } from "../event-wording";
import { ForceIndex, eventsById, forceChoice, forceTyped, inSentence, kindClass, labelOf, levelOf, otherGroups, pickDistractors, sharesDistinctiveWord, textRevealsForce, yearsOverlap } from "./shared";

// ---------------------------------------------------------------------------
// 6–7. Which group did a commander lead or belong to? (multiple choice, typed)

/**
 * Commanders and officials whose parent is a named force that their own name does not give away. Not a
 * member of the rebels' umbrella (the FSA): that is the guess anyone makes for a rebel commander, and a
 * document naming a brigade commander among FSA dead (Basil Eissa at Harem) does not say he led the FSA.
 */
function commandersWithGroup(ctx: GeneratorContext): { person: Force; group: Force }[] {
  const out: { person: Force; group: Force }[] = [];
  for (const person of [...ctx.kb.forces].sort(byId)) {
    if (kindClass(person) !== "person" || !person.parent) continue;
    const group = ctx.forceById.get(person.parent);
    if (!group || group.kind === "side") continue;
    if (group.kind === "coalition" && group.side === "rebels") continue;
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

/**
 * The event a state leader is asked through: one he acted in whose clause opens with his name ("Erdogan
 * accused Russia of breaking the Idlib agreements"), so the stem can put "the leader of which country" in
 * its place. Undefined when there is none: then he is not asked.
 */
function leaderEvent(ctx: GeneratorContext, person: Force): { event: Event; clause: string } | undefined {
  for (const event of eventsById(ctx)) {
    if (!event.forces.some((f) => f.force === person.id && !f.alleged)) continue;
    const sentence = clauseWithDate(event);
    const name = [...namesOf(person)].sort((a, b) => b.length - a.length).find((n) => sentence.startsWith(`${n} `));
    if (name) return { event, clause: sentence.slice(name.length + 1) };
  }
  return undefined;
}

export function commanderTyped(ctx: GeneratorContext): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const { person, group } of commandersWithGroup(ctx)) {
    const asked = person.kind === "official" && group.kind === "armed-forces" && group.side === "foreign"
      ? stateLeaderQuestion(ctx, person, group)
      : memberQuestion(person, group);
    if (!asked || textRevealsForce(asked.prompt, group)) continue;
    out.push(forceTyped({ template: "commander-typed", factKeys: [person.id], answer: group, ...asked }));
  }
  return out;
}

type TypedParts = Omit<QuestionParts, "template">;

/** "Recep Tayyip Erdogan led which country?" is general knowledge (review 4, item 6); what he did in the unit is not. */
function stateLeaderQuestion(ctx: GeneratorContext, person: Force, group: Force): TypedParts | null {
  const acted = leaderEvent(ctx, person);
  if (!acted) return null;
  const prompt = `The leader of which country ${acted.clause}? Type the country's name.`;
  if (mentionsAny(prompt, namesOf(person))) return null;
  return {
    prompt,
    explanation: `${labelOf(person)} led ${inSentence(group)}. ${acted.event.summary}`,
    sources: mergeCitations(acted.event.citations, person.citations),
    refs: refs({ events: [acted.event.id], forces: [person.id, group.id] }),
    difficulty: 2,
  };
}

function memberQuestion(person: Force, group: Force): TypedParts {
  return {
    prompt: `Name the group that ${labelOf(person)} led or belonged to.`,
    explanation: `${labelOf(person)} belonged to ${inSentence(group)}. ${person.description}`,
    sources: mergeCitations(person.citations),
    refs: refs({ forces: [person.id, group.id] }),
    difficulty: 3,
  };
}
