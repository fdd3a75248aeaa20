/**
 * force-side-choice and force-side-true-false: which side a group or unit fought for, asked once per force
 * (review 4, item 1: 53 of 80 forces questions asked it, each force two or three times), and never for a force
 * whose name or place in the order of battle tells its side.
 */
import type { Force, Side } from "../../../content/schema";
import { byId, clampDifficulty, makeOptions, mentionsAny, mergeCitations, optionId, questionId, refs, rngFor, SIDE_LABELS, sideInSentence, trueOrFalsePrompt, type GeneratorContext, type QuestionDraft } from "../context";
import { ForceIndex, inSentence, kindClass, labelOf, opposite, startOfSentence } from "./shared";

/** The sides a side question may be about; foreign forces are not asked (see the file comment in index.ts). */
const ASKABLE_SIDES: readonly Side[] = ["rebels", "government", "kurdish"];

/** Words in a name that would give the side away. */
const SIDE_WORDS = ["rebel", "rebels", "government", "opposition"];

/**
 * Names that tell their side to anyone: the state's services ("Syrian Army", "Air Force Intelligence"),
 * the "Free Syrian Army", the army's numbered units ("80th Army Brigade", "6th Division"), regular formations
 * ("Infantry Border Guard Brigade", "the armoured regiment at Wadi Deif") and the words rebel groups named
 * themselves with ("Free North Brigade", "Idlib Revolutionary Military Council", "Maarrat al-Nu'man Martyrs
 * Brigade", "Syrian Liberation Army"). Asking which side they fought for tests nothing (question-writing
 * guide: no circular questions).
 */
const SIDE_IN_NAME =
  /\b(army|air force|free|syrian arab|armed forces|intelligence|republican guard|security|regiment|division|squadron|border guards?|armou?red|mechani[sz]ed|revolutionary|revolution|martyrs?|liberation)\b|^\d+(st|nd|rd|th)\b/i;

/** Description words that make "a foreign state" a tempting wrong side. */
const FOREIGN_HINT = /\b(libyan?|turk(ey|ish)|russian?|foreign|volunteers?)\b/i;

/** A headline force: the armed forces, or one the documents bring up again and again. */
function isProminent(index: ForceIndex, force: Force): boolean {
  return force.kind === "armed-forces" || force.kind === "coalition" || (index.eventCount.get(force.id) ?? 0) >= 5;
}

/**
 * Descriptions that call a force "militant(s)". Why: the 2020 article keeps
 * the "militants" (Hayat Tahrir al-Sham) apart from the "allied rebels", so
 * keying such a force to "the rebels" puts a label on it the source does not use.
 */
const MILITANT_DESCRIPTION = /\bmilitants?\b/i;

/**
 * Is the force filed under a headline force (the FSA, the Syrian Army, al-Nusra)? Then its side is no
 * question: the FSA's brigades in the summary box are asked as "part of which larger force", and "the
 * council of clerics led by al-Nusra" carries its side in what it is. A military council is the exception:
 * "the Aleppo Military Council" sounds like a state body, so its side is worth asking.
 */
function sideFollowsFromParent(ctx: GeneratorContext, index: ForceIndex, force: Force): boolean {
  const parent = force.parent === undefined ? undefined : ctx.forceById.get(force.parent);
  if (!parent || parent.kind === "side" || force.kind === "military-council") return false;
  return isProminent(index, parent);
}

/** Forces a side question may be about: named, on a civil-war side, not given away by the name or parent. */
function sideSubjects(ctx: GeneratorContext, index: ForceIndex): Force[] {
  return [...ctx.kb.forces]
    .sort(byId)
    .filter(
      (f) =>
        f.kind !== "side" &&
        // A commander's side is asked with the campaign he led (campaign-commanders), not as a bare detail.
        kindClass(f) !== "person" &&
        ASKABLE_SIDES.includes(f.side) &&
        !mentionsAny(labelOf(f), SIDE_WORDS) &&
        !SIDE_IN_NAME.test(f.name) &&
        !f.aliases.some((a) => SIDE_IN_NAME.test(a)) &&
        !MILITANT_DESCRIPTION.test(f.description) &&
        !sideFollowsFromParent(ctx, index, f),
    );
}

/**
 * The sides a choice question offers: the two civil-war sides, "Kurdish forces" only when a Kurdish force
 * fought in one of the force's own events (the YPG in the Aleppo clashes, not in Idlib), and "a foreign
 * state" only where the description makes it tempting (Libyan volunteers). Offered anywhere else, the third
 * option is never right and never tempting (review 4: "Kurdish forces" was never the key).
 */
function sidesToOffer(ctx: GeneratorContext, index: ForceIndex, force: Force): Side[] {
  const sides: Side[] = ["rebels", "government"];
  const kurdishThere = (index.eventsOf.get(force.id) ?? []).some((e) =>
    e.forces.some((f) => ctx.forceById.get(f.force)?.side === "kurdish"),
  );
  if (kurdishThere) sides.push("kurdish");
  if (FOREIGN_HINT.test(force.description)) sides.push("foreign");
  return sides;
}

/**
 * Each subject once: as a choice when a third side is worth offering, else as a true/false statement. A
 * Kurdish force is only stated to be on the government side (false): the source lists the YPG in the rebels'
 * combatant column, so "the rebels" would be a defensible answer beside "Kurdish forces".
 */
function sideQuestionPlan(ctx: GeneratorContext, index: ForceIndex): { force: Force; sides: Side[] | null }[] {
  return sideSubjects(ctx, index).map((force) => {
    const sides = force.side === "kurdish" ? [] : sidesToOffer(ctx, index, force);
    return { force, sides: sides.length >= 3 ? sides : null };
  });
}

// ---------------------------------------------------------------------------
// 1. Which side did X fight for? (multiple choice of side labels)

export function forceSideChoice(ctx: GeneratorContext, index: ForceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const { force, sides } of sideQuestionPlan(ctx, index)) {
    if (sides === null) continue;
    const qid = questionId("force-side-choice", [force.id]);
    const rng = rngFor(ctx, qid);
    const prompt = `Which side did ${inSentence(force)} fight for?`;
    const options = makeOptions(
      qid,
      rng.shuffle(sides.map((s) => ({ key: `side:${s}`, text: SIDE_LABELS[s] }))),
    );
    const prominent = isProminent(index, force);
    out.push({
      id: qid,
      category: "forces",
      type: "multiple-choice",
      template: "force-side-choice",
      prompt,
      selectMany: false,
      options,
      answer: { correct: [optionId(qid, `side:${force.side}`)] },
      explanation: `${startOfSentence(force)} fought on the side of ${sideInSentence(force.side)}. ${force.description}`,
      sources: mergeCitations(force.citations),
      refs: refs({ forces: [force.id] }),
      difficulty: clampDifficulty(prominent ? 1 : 2),
    });
  }
  return out;
}

// ---------------------------------------------------------------------------
// 2. "X fought on the side of Y." (true/false), for the forces not asked as a choice

export function forceSideTrueFalse(ctx: GeneratorContext, index: ForceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const { force, sides } of sideQuestionPlan(ctx, index)) {
    if (sides !== null) continue;
    const qid = questionId("force-side-true-false", [force.id]);
    const rng = rngFor(ctx, qid);
    // A Kurdish force is only ever stated to be on the government side (false), see sideQuestionPlan.
    const kurdish = force.side === "kurdish";
    const statementTrue = rng.int(0, 1) === 1 && !kurdish;
    // The false side is the other civil-war side: the tempting mistake.
    const wrongSide = opposite(force.side) ?? "government";
    const stated = statementTrue ? force.side : wrongSide;
    const prominent = isProminent(index, force);
    out.push({
      id: qid,
      category: "forces",
      type: "true-false",
      template: "force-side-true-false",
      prompt: trueOrFalsePrompt(`${inSentence(force)} fought on the side of ${sideInSentence(stated)}.`),
      answer: { value: statementTrue },
      explanation: statementTrue
        ? `True: ${inSentence(force)} fought on the side of ${sideInSentence(force.side)}. ${force.description}`
        : kurdish
          ? `False: ${inSentence(force)}, a Kurdish force, fought against the government, not for it. ${force.description}`
          : `False: ${inSentence(force)} fought on the side of ${sideInSentence(force.side)}, not ${sideInSentence(stated)}. ${force.description}`,
      sources: mergeCitations(force.citations),
      refs: refs({ forces: [force.id] }),
      difficulty: clampDifficulty(prominent ? 1 : 2),
    });
  }
  return out;
}
