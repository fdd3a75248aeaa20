/**
 * force-parent-choice and force-parent-typed: which larger force a unit belonged to. Each unit is asked once:
 * typed when the stem can name the parent's kind and so has one answer ("Name the division that the 46th Army
 * Regiment was part of."), or when a government unit's "larger force" can accept every force above it; as a
 * choice otherwise.
 *
 * Only units the documents' running text brings up: a unit known only from a summary box's order of battle
 * is a detail, not the unit's story (review 4, item 4). And never "part of the Free Syrian Army" as a choice:
 * the rebels' umbrella is every 2012 rebel unit's obvious guess (review 4, item 3: all ten such questions
 * had the same key).
 */
import type { Force } from "../../../content/schema";
import { byId, clampDifficulty, mentionsAny, mergeCitations, namesOf, questionId, refs, rngFor, type GeneratorContext, type QuestionDraft } from "../context";
import { FORMATION_LEVEL, ForceIndex, forceChoice, inSentence, kindClass, levelOf, listNames, otherGroups, pickDistractors, plainWords, sharesDistinctiveWord, startOfSentence, textRevealsForce, wasOrWere, yearsOverlap } from "./shared";

// ---------------------------------------------------------------------------
// 9. Which larger force was a unit part of? (multiple choice)

const UNIT_KINDS: ReadonlySet<Force["kind"]> = new Set<Force["kind"]>(["brigade", "battalion", "regiment", "division", "squadron"]);

/** Is the force cited from some document's running text, not only from a summary box? */
function citedInNarrative(force: Force): boolean {
  return force.citations.some((c) => c.section !== "infobox");
}

/** Each unit (by id) the running text brings up, with the named force it was directly part of. */
function unitsWithParents(ctx: GeneratorContext): { unit: Force; parent: Force }[] {
  const out: { unit: Force; parent: Force }[] = [];
  for (const unit of [...ctx.kb.forces].sort(byId)) {
    if (!UNIT_KINDS.has(unit.kind) || !unit.parent || !citedInNarrative(unit)) continue;
    const parent = ctx.forceById.get(unit.parent);
    if (parent && parent.kind !== "side") out.push({ unit, parent });
  }
  return out;
}

/** Kinds of force that can have units under them and so can be offered as a parent: an army, a front, a council. */
const PARENT_KINDS: ReadonlySet<Force["kind"]> = new Set<Force["kind"]>([
  "armed-forces", "coalition", "group", "military-council", "division", "brigade", "regiment",
]);

/**
 * Can the force be offered as a wrong parent? It must be a real organisation that can hold units: a kind that
 * can (never a clan militia or an intelligence agency for an armoured brigade), a proper name rather than a
 * description ("Jamal Marouf's rebels" only says whom Marouf led), and an actor in at least one event. And no
 * other force may share a distinctive word of its names: "Damascus Falcons" and "Sham Falcons" (Suqour
 * al-Sham; Sham is Damascus) may be one group, which the documents do not settle.
 */
function couldBeParent(ctx: GeneratorContext, index: ForceIndex, force: Force): boolean {
  if (!PARENT_KINDS.has(force.kind)) return false;
  if (/['’]s\b/.test(force.name) || (index.eventCount.get(force.id) ?? 0) === 0) return false;
  return !ctx.kb.forces.some((other) => other.id !== force.id && other.kind !== "side" && kindClass(other) !== "person" && sharesDistinctiveWord(force, other));
}

export function forceParentChoice(ctx: GeneratorContext, index: ForceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const { unit, parent } of unitsWithParents(ctx)) {
    // "Part of the Free Syrian Army" is the guess anyone makes for a rebel unit: it tests nothing.
    if (parent.kind === "coalition" && parent.side === "rebels") continue;
    const prompt = `${startOfSentence(unit)} was part of which larger force?`;
    if (sharesDistinctiveWord(unit, parent) || textRevealsForce(prompt, parent)) continue;
    // Asked typed instead: the same fact twice would be one claim asked twice.
    if (typedStem(ctx, index, unit, parent)) continue;
    const qid = questionId("force-parent-choice", [unit.id]);
    const rng = rngFor(ctx, qid);
    // Ancestors ("part of" is transitive) and descendants of the parent could be true; never offered.
    // Only forces that could contain the unit (a brigade is not inside a brigade); a formation's
    // unit gets formations only. Anything that fought beside the unit is left out: a council
    // "uniting rebel groups" might well have included it.
    const minLevel = levelOf(parent) === FORMATION_LEVEL ? FORMATION_LEVEL : levelOf(unit) + 1;
    const candidates = otherGroups(ctx, index, parent, unit).filter((f) => levelOf(f) >= minLevel && couldBeParent(ctx, index, f));
    const years = index.years.get(unit.id)!;
    // Same kind as the true parent first; militias and agencies rarely contain army units.
    const tier = (f: Force): number =>
      (f.kind === parent.kind ? 0 : levelOf(f) === levelOf(parent) ? 1 : 2) + (yearsOverlap(index, f.id, years) ? 0 : 3);
    const distractors = pickDistractors(rng, candidates, [parent], [parent, unit], tier, 3);
    if (distractors.length < 3) continue;
    out.push(
      forceChoice(qid, rng, [parent], distractors, {
        template: "force-parent-choice",
        prompt,
        explanation: `${startOfSentence(unit)} ${wasOrWere([unit])} part of ${inSentence(parent)}. ${unit.description}`,
        sources: mergeCitations(unit.citations),
        refs: refs({ forces: [unit.id, parent.id] }),
        difficulty: clampDifficulty(kindClass(parent) === "unit" ? 3 : 2),
      }),
    );
  }
  return out;
}

/** Unit kinds a typed stem can name ("Name the division…"), so only one answer fits. */
const NAMED_PARENT_KINDS: ReadonlySet<Force["kind"]> = new Set<Force["kind"]>(["division", "brigade", "regiment"]);

/**
 * 9b. The same fact typed. "Part of" is transitive, so a typed answer must accept every force the unit sits
 * under: the stem names the parent's kind ("Name the division…") when the unit has only one ancestor of that
 * kind; otherwise it asks for "the larger force" and accepts every named ancestor (a regiment of the Syrian
 * Army was also part of the Syrian Armed Forces). A rebel unit's "larger force" is asked as a choice instead:
 * typed, "the Free Syrian Army" would be the guess that nearly always fits. Null when not asked typed.
 */
function typedStem(
  ctx: GeneratorContext,
  index: ForceIndex,
  unit: Force,
  parent: Force,
): { prompt: string; accept: string[]; higher: Force[] } | null {
  if (sharesDistinctiveWord(unit, parent)) return null;
  const ancestors = [...index.ancestors.get(unit.id)!]
    .map((id) => ctx.forceById.get(id))
    .filter((f): f is Force => f !== undefined && f.kind !== "side");
  // "Part of the Syrian Armed Forces" leaves the branch open: "the Syrian Army" might be true too.
  const chain = index.ancestors.get(unit.id)!;
  const openBranch = [...index.descendants.get(parent.id)!].some(
    (id) => ctx.forceById.get(id)?.kind === "armed-forces" && !chain.has(id),
  );
  if (openBranch) return null;
  const byKind = NAMED_PARENT_KINDS.has(parent.kind) && ancestors.filter((f) => f.kind === parent.kind).length === 1;
  if (!byKind && unit.side !== "government") return null;
  const accepted = byKind ? [parent] : ancestors;
  const prompt = `Name the ${byKind ? parent.kind : "larger force"} that ${inSentence(unit)} ${wasOrWere([unit])} part of.`;
  const accept = [...new Set(accepted.flatMap(acceptedForms))];
  if (mentionsAny(plainWords(prompt), accept) || accepted.some((f) => textRevealsForce(prompt, f))) return null;
  return { prompt, accept, higher: accepted.filter((f) => f.id !== parent.id) };
}

const ORDINAL_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
const ORDINAL_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const ORDINAL_TENS = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

/** "sixth", "forty-sixth", "eightieth" for 1–99; null beyond (the "111th" is not written out). */
export function ordinalWords(n: number): string | null {
  if (!Number.isInteger(n) || n < 1 || n > 99) return null;
  if (n < 10) return ORDINAL_UNITS[n]!;
  if (n < 20) return ORDINAL_TEENS[n - 10]!;
  const tens = Math.floor(n / 10);
  return n % 10 === 0 ? ORDINAL_TENS[tens]! : `${TENS[tens]}-${ORDINAL_UNITS[n % 10]}`;
}

/**
 * What a student may type for a force: its names, a numbered unit's number in words ("Sixth Division" for the
 * "6th Division"), and a national force without "Syrian" ("the army", "the air force"), since the stem is about
 * Syria's own forces anyway (review 4, item 4). Aliases the content lacks are the content's to add.
 */
export function acceptedForms(force: Force): string[] {
  const forms = namesOf(force);
  const spelled = forms.flatMap((name) => {
    const match = /^(\d+)(?:st|nd|rd|th)\b(.*)$/i.exec(name);
    const words = match ? ordinalWords(Number(match[1])) : null;
    return words ? [`${words.charAt(0).toUpperCase()}${words.slice(1)}${match![2]}`] : [];
  });
  const unprefixed = force.kind === "armed-forces" && /^Syrian /.test(force.name) ? [force.name.replace(/^Syrian /, "")] : [];
  return [...new Set([...forms, ...spelled, ...unprefixed])];
}

function alsoAccepted(higher: readonly Force[]): string {
  return higher.length > 0 ? ` Forces higher up the chain, such as ${listNames(higher)}, are accepted too.` : "";
}

export function forceParentTyped(ctx: GeneratorContext, index: ForceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const { unit, parent } of unitsWithParents(ctx)) {
    const stem = typedStem(ctx, index, unit, parent);
    if (!stem) continue;
    const qid = questionId("force-parent-typed", [unit.id]);
    out.push({
      id: qid,
      category: "forces",
      type: "typed",
      template: "force-parent-typed",
      prompt: stem.prompt,
      answer: { text: parent.name },
      accept: stem.accept,
      explanation: `${startOfSentence(unit)} ${wasOrWere([unit])} part of ${inSentence(parent)}.${alsoAccepted(stem.higher)} ${unit.description}`,
      sources: mergeCitations(unit.citations),
      refs: refs({ forces: [unit.id, parent.id] }),
      difficulty: 3,
    });
  }
  return out;
}
