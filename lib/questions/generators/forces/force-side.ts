/**
 * force-side-choice, force-side-true-false and force-side-matching: which side a
 * group, unit or commander fought for, never for a name that tells its side.
 */
import type { Force, Side } from "../../../content/schema";
import { byId, clampDifficulty, makeOptions, mentionsAny, mergeCitations, optionId, questionId, refs, rngFor, SIDE_LABELS, sideInSentence, trueOrFalsePrompt, type GeneratorContext, type QuestionDraft } from "../context";
import { ForceIndex, inSentence, kindClass, labelOf, opposite, startOfSentence } from "./shared";

/** The sides a side question offers; foreign forces are not asked (see the file comment). */
const ASKABLE_SIDES: readonly Side[] = ["rebels", "government", "kurdish"];

/** Words in a name that would give the side away. */
const SIDE_WORDS = ["rebel", "rebels", "government", "opposition"];

/**
 * Names that tell their side to anyone: the state's services ("Syrian Army", "Air Force Intelligence"),
 * the "Free Syrian Army", and the army's numbered units ("80th Army Brigade", "6th Division"). Asking which
 * side they fought for tests nothing (question-writing guide: no circular questions).
 */
const SIDE_IN_NAME = /\b(army|air force|free syrian|syrian arab|armed forces|intelligence|republican guard|security)\b|^\d+(st|nd|rd|th)\b/i;

/** Description words that make "a foreign state" a tempting wrong side. */
const FOREIGN_HINT = /\b(libyan?|turk(ey|ish)|russian?|foreign|volunteers?)\b/i;

/** A headline force: the armed forces, or one the documents bring up again and again. */
function isProminent(index: ForceIndex, force: Force): boolean {
  return force.kind === "armed-forces" || (index.eventCount.get(force.id) ?? 0) >= 5;
}

/**
 * Descriptions that call a force "militant(s)". Why: the 2020 article keeps
 * the "militants" (Hayat Tahrir al-Sham) apart from the "allied rebels", so
 * keying such a force to "the rebels" puts a label on it the source does not use.
 */
const MILITANT_DESCRIPTION = /\bmilitants?\b/i;

/** Forces a side question may be about: named, on a civil-war side, not given away by the name. */
function sideSubjects(ctx: GeneratorContext): Force[] {
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
        !MILITANT_DESCRIPTION.test(f.description),
    );
}

/**
 * Subjects for the three-way side questions (choice, matching). Kurdish forces
 * are left out: the source lists the YPG in the same combatant column as the
 * rebels, against the government, so "the rebels" would be a defensible answer
 * beside "Kurdish forces" (which also nearly restates the name). They are only
 * asked as "X fought on the government side" (false), see forceSideTrueFalse.
 */
function threeWaySideSubjects(ctx: GeneratorContext): Force[] {
  return sideSubjects(ctx).filter((f) => f.side !== "kurdish");
}

// ---------------------------------------------------------------------------
// 1. Which side did X fight for? (multiple choice of side labels)

export function forceSideChoice(ctx: GeneratorContext, index: ForceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const force of threeWaySideSubjects(ctx)) {
    const qid = questionId("force-side-choice", [force.id]);
    const rng = rngFor(ctx, qid);
    const prompt = `Which side did ${inSentence(force)} fight for?`;
    const sides: Side[] = [...ASKABLE_SIDES];
    // "A foreign state" only where it tempts: a force described with foreign links.
    if (FOREIGN_HINT.test(force.description)) sides.push("foreign");
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
// 2. "X fought on the side of Y." (true/false)

export function forceSideTrueFalse(ctx: GeneratorContext, index: ForceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const force of sideSubjects(ctx)) {
    const qid = questionId("force-side-true-false", [force.id]);
    const rng = rngFor(ctx, qid);
    // A Kurdish force is only ever stated to be on the government side (false):
    // whether it was "with the rebels" the source leaves open (see threeWaySideSubjects).
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

// ---------------------------------------------------------------------------
// 3. Match four forces to their sides (matching)

/**
 * Groups of four taken with a stride through the id-sorted list (group g gets
 * items g, g+G, g+2G, g+3G), so neighbours in the alphabet (often one
 * family, e.g. the numbered government units) land in different groups.
 * A group needs at least two different sides, else it is skipped.
 */
export function forceSideMatching(ctx: GeneratorContext): QuestionDraft[] {
  const subjects = threeWaySideSubjects(ctx);
  const groupCount = Math.floor(subjects.length / 4);
  const sideOptions = ASKABLE_SIDES.map((s) => ({ key: `side:${s}`, text: SIDE_LABELS[s] }));
  const out: QuestionDraft[] = [];
  for (let g = 0; g < groupCount; g++) {
    const group = [0, 1, 2, 3].map((k) => subjects[g + k * groupCount]!);
    if (new Set(group.map((f) => f.side)).size < 2) continue;
    const factKeys = group.map((f) => f.id).sort();
    const qid = questionId("force-side-matching", factKeys);
    const rng = rngFor(ctx, qid);
    const premises = makeOptions(
      qid,
      group.map((f) => ({ key: f.id, text: labelOf(f) })),
    );
    const pairs: Record<string, string> = {};
    group.forEach((f, i) => {
      pairs[premises[i]!.id] = optionId(qid, `side:${f.side}`);
    });
    out.push({
      id: qid,
      category: "forces",
      type: "matching",
      template: "force-side-matching",
      prompt: "Match each force to the side it fought for. A side may be used more than once.",
      premises: rng.shuffle(premises),
      options: makeOptions(qid, sideOptions),
      answer: { pairs },
      explanation: group.map((f) => `${startOfSentence(f)}: ${sideInSentence(f.side)}.`).join(" "),
      sources: mergeCitations(...group.map((f) => f.citations)),
      refs: refs({ forces: factKeys }),
      difficulty: 2,
    });
  }
  return out;
}
