/**
 * Forces questions: which side a force fought for, who attacked and who
 * defended in an event, and how units and commanders fit into larger forces.
 *
 * Honesty rule for "who did X" questions: the documents not mentioning a force
 * does not prove it was absent. So a distractor for "which force attacked…"
 * comes from the OPPOSING side (rebels vs government), never appears in the
 * event at all, and is never a parent or child (transitively) of a correct
 * answer. The generic sides ("rebels", "government") are never a subject or an
 * option: they are too vague. Foreign states are left out of the side
 * questions: Turkey backed the rebels and Russia the government, so "Russia
 * fought on the side of the government" would be marked false while true.
 */
import type { Event, Force, ForceRole, Side } from "../../content/schema";
import type { LoadedPlace } from "../../content/load";
import { dateInterval, formatDate } from "../../content/dates";
import { normalizeName } from "../../content/normalize-name";
import type { SeededRandom } from "../random";
import {
  byId,
  clampDifficulty,
  makeOptions,
  mentionsAny,
  mergeCitations,
  namesOf,
  optionId,
  primaryPlace,
  questionId,
  refs,
  rngFor,
  SIDE_LABELS,
  sideInSentence,
  type GeneratorContext,
  type QuestionDraft,
} from "./context";

// ---------------------------------------------------------------------------
// Shared facts about forces

/** Roles that put a force in the attacking camp of an event. */
const ATTACK_ROLES: ReadonlySet<ForceRole> = new Set<ForceRole>(["attacker", "captured", "retook", "besieger"]);
/** Roles that put a force in the defending camp ("repelled" = it beat the attack back). */
const DEFENCE_ROLES: ReadonlySet<ForceRole> = new Set<ForceRole>(["defender", "held", "besieged", "repelled"]);

/** The sides a side question offers; foreign forces are not asked (see the file comment). */
const ASKABLE_SIDES: readonly Side[] = ["rebels", "government", "kurdish"];

/** Words in a name that would give the side away. */
const SIDE_WORDS = ["rebel", "rebels", "government", "opposition"];

/** Description words that make "a foreign state" a tempting wrong side. */
const FOREIGN_HINT = /\b(libyan?|turk(ey|ish)|russian?|foreign|volunteers?)\b/i;

type KindClass = "umbrella" | "group" | "unit" | "person";

function kindClass(force: Force): KindClass | null {
  switch (force.kind) {
    case "side":
      return null;
    case "armed-forces":
    case "coalition":
      return "umbrella";
    case "group":
    case "military-council":
    case "militia":
    case "security-agency":
      return "group";
    case "brigade":
    case "battalion":
    case "regiment":
    case "division":
    case "squadron":
      return "unit";
    case "commander":
    case "official":
      return "person";
  }
}

/** Next class over, used when the same class runs out of distractors. */
const NEIGHBOUR_CLASS: Record<KindClass, KindClass[]> = {
  umbrella: ["group"],
  group: ["umbrella", "unit"],
  unit: ["group"],
  person: [],
};

/** Words too common in force names to tell two forces apart. */
const GENERIC_WORDS = new Set([
  "army", "armed", "forces", "force", "brigade", "brigades", "battalion", "regiment", "division", "squadron",
  "group", "front", "council", "military", "syrian", "syria", "free", "units", "unit", "the", "of", "and",
  "sham", "islamic", "islamiya", "mechanised", "mechanized", "armoured", "armored",
]);

/** The distinctive words of a force's names: "Mahdi al-Harati's brigade" → {mahdi, harati}. */
const distinctiveWordCache = new WeakMap<Force, Set<string>>();

function distinctiveWords(force: Force): Set<string> {
  const cached = distinctiveWordCache.get(force);
  if (cached) return cached;
  const words = new Set<string>();
  for (const name of namesOf(force)) {
    for (const word of normalizeName(name.replace(/['’]s\b/g, "")).split(" ")) {
      if (word.length > 2 && !GENERIC_WORDS.has(word)) words.add(word);
    }
  }
  distinctiveWordCache.set(force, words);
  return words;
}

function sharesDistinctiveWord(a: Force, b: Force): boolean {
  const wordsB = distinctiveWords(b);
  return [...distinctiveWords(a)].some((w) => wordsB.has(w));
}

/** Quotes and punctuation around words would hide them from whole-word matching. */
function plainWords(text: string): string {
  return text.replace(/[“”"«»:;!?[\]{}/|]/g, " ");
}

/** Does the text name the force, directly or by one of its distinctive words ("Harati's brigade")? */
function textRevealsForce(text: string, force: Force): boolean {
  const plain = plainWords(text);
  if (mentionsAny(plain, namesOf(force))) return true;
  const words = ` ${normalizeName(plain.replace(/['’]s\b/g, ""))} `;
  return [...distinctiveWords(force)].some((w) => words.includes(` ${w} `));
}

/** How high a force sits: umbrella and group formations above divisions, above brigades, above the rest. */
const UNIT_LEVEL: Partial<Record<Force["kind"], number>> = { division: 3, brigade: 2, regiment: 1, battalion: 1, squadron: 1 };
const FORMATION_LEVEL = 4;

function levelOf(force: Force): number {
  const cls = kindClass(force);
  if (cls === "umbrella" || cls === "group") return FORMATION_LEVEL;
  return UNIT_LEVEL[force.kind] ?? 0;
}

function sameName(a: Force, b: Force): boolean {
  const namesA = new Set(namesOf(a).map(normalizeName));
  return namesOf(b).some((n) => namesA.has(normalizeName(n)));
}

/** "Col. Heitam Afasi", or just the name when there is no rank. */
function labelOf(force: Force): string {
  return force.rank ? `${force.rank} ${force.name}` : force.name;
}

/** Name endings that read as a common noun and take "the": "the Syrian Army", "the 6th Division". */
const TAKES_ARTICLE = /\b(Army|Forces|Force|Front|Brigade|Battalion|battalion|Division|Regiment|regiment|Squadron|Council|Guard|Units|Agencies|militias|intelligence|\))$/;
/** Leading words that are ordinary nouns, lower-cased after "the": "the armoured regiment at Wadi Deif". */
const COMMON_FIRST_WORD = /^(Armoured|Military|Air|Council)\b/;

/** How a force reads inside a sentence: "the Free Syrian Army", "Col. Heitam Afasi", "Ahrar ash-Sham". */
function inSentence(force: Force): string {
  if (kindClass(force) === "person") return labelOf(force);
  if (/['’]s\b/.test(force.name) || !TAKES_ARTICLE.test(force.name)) return force.name;
  // "the al-Nusra Front", not "the Al-Nusra Front".
  const lowerFirst = COMMON_FIRST_WORD.test(force.name) || /^Al-/.test(force.name);
  const name = lowerFirst ? force.name.charAt(0).toLowerCase() + force.name.slice(1) : force.name;
  return `the ${name}`;
}

/** "was" or "were", agreeing with one or more forces ("the Syrian Armed Forces were"). */
function wasOrWere(forces: readonly Force[]): string {
  return forces.length > 1 || forces.some((f) => /(Forces|Units|Agencies|militias)$/.test(f.name)) ? "were" : "was";
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The same at the start of a sentence. */
function startOfSentence(force: Force): string {
  return capitalise(inSentence(force));
}

function listNames(forces: readonly Force[]): string {
  const names = forces.map(inSentence);
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

function yearsOfInterval(start: string, end: string): number[] {
  const years: number[] = [];
  for (let y = Number(start.slice(0, 4)); y <= Number(end.slice(0, 4)); y++) years.push(y);
  return years;
}

/** Indexes computed once per run: family trees, activity years, event counts. */
interface ForceIndex {
  ancestors: Map<string, Set<string>>;
  descendants: Map<string, Set<string>>;
  /** Years a force is active in: its events' years, or its sources' periods when it has no event. */
  years: Map<string, Set<number>>;
  eventCount: Map<string, number>;
  /** Forces that appear in at least one event together with the key force. */
  sharesEvent: Map<string, Set<string>>;
}

function buildIndex(ctx: GeneratorContext): ForceIndex {
  const ancestors = new Map<string, Set<string>>();
  for (const force of ctx.kb.forces) {
    const chain = new Set<string>();
    let parentId = force.parent;
    // The validator rejects parent loops; the size guard only protects against bad input.
    while (parentId && !chain.has(parentId) && chain.size < 50) {
      chain.add(parentId);
      parentId = ctx.forceById.get(parentId)?.parent;
    }
    ancestors.set(force.id, chain);
  }
  const descendants = new Map<string, Set<string>>(ctx.kb.forces.map((f) => [f.id, new Set<string>()]));
  for (const [id, chain] of ancestors) for (const a of chain) descendants.get(a)?.add(id);

  const years = new Map<string, Set<number>>(ctx.kb.forces.map((f) => [f.id, new Set<number>()]));
  const eventCount = new Map<string, number>();
  const sharesEvent = new Map<string, Set<string>>(ctx.kb.forces.map((f) => [f.id, new Set<string>()]));
  for (const event of ctx.kb.events) {
    const interval = dateInterval(event.date);
    const ids = [...new Set(event.forces.map((f) => f.force))];
    for (const force of ids) {
      for (const y of yearsOfInterval(interval.start, interval.end)) years.get(force)?.add(y);
      eventCount.set(force, (eventCount.get(force) ?? 0) + 1);
      for (const other of ids) if (other !== force) sharesEvent.get(force)?.add(other);
    }
  }
  for (const force of ctx.kb.forces) {
    const set = years.get(force.id)!;
    if (set.size > 0) continue;
    for (const c of force.citations) {
      const source = ctx.sourceByFile.get(c.doc);
      if (source) for (const y of yearsOfInterval(source.period.start, source.period.end)) set.add(y);
    }
  }
  return { ancestors, descendants, years, eventCount, sharesEvent };
}

function related(index: ForceIndex, a: string, b: string): boolean {
  return a === b || index.ancestors.get(a)!.has(b) || index.descendants.get(a)!.has(b);
}

function yearsOverlap(index: ForceIndex, forceId: string, years: ReadonlySet<number>): boolean {
  return [...index.years.get(forceId)!].some((y) => years.has(y));
}

function eventYears(event: Event): Set<number> {
  const i = dateInterval(event.date);
  return new Set(yearsOfInterval(i.start, i.end));
}

/**
 * Up to `count` distractors from `candidates`, best tier first (tier from
 * `tierOf`, lower is better), shuffled within a tier by the question's rng.
 * Never a correct answer, its alias, or a force sharing a distinctive word with
 * anything in `unlike`; option texts stay unique.
 */
function pickDistractors(
  rng: SeededRandom,
  candidates: readonly Force[],
  correct: readonly Force[],
  unlike: readonly Force[],
  tierOf: (force: Force) => number,
  count: number,
): Force[] {
  const usable = candidates.filter(
    (c) =>
      !correct.some((k) => k.id === c.id || sameName(k, c)) &&
      !unlike.some((u) => u.id === c.id || sharesDistinctiveWord(u, c)),
  );
  const tiers = new Map<number, Force[]>();
  for (const c of [...usable].sort(byId)) tiers.set(tierOf(c), [...(tiers.get(tierOf(c)) ?? []), c]);
  const texts = new Set(correct.map((k) => k.name.toLowerCase()));
  const out: Force[] = [];
  for (const tier of [...tiers.keys()].sort((a, b) => a - b)) {
    for (const c of rng.shuffle(tiers.get(tier)!)) {
      if (out.length >= count) return out;
      if (texts.has(c.name.toLowerCase())) continue;
      texts.add(c.name.toLowerCase());
      out.push(c);
    }
  }
  return out;
}

/** Tier for "similar kind, same period": same class first, then a neighbouring class; other years later. */
function similarKindTier(index: ForceIndex, like: readonly Force[], years: ReadonlySet<number>) {
  const classes = new Set(like.map(kindClass));
  const neighbours = new Set(like.flatMap((f) => NEIGHBOUR_CLASS[kindClass(f) ?? "person"]));
  return (candidate: Force): number => {
    const cls = kindClass(candidate);
    const kindTier = classes.has(cls) ? 0 : cls !== null && neighbours.has(cls) ? 1 : 2;
    return kindTier + (yearsOverlap(index, candidate.id, years) ? 0 : 3);
  };
}

/** The other side of the civil war; Kurdish and foreign forces have no certain opposite here. */
function opposite(side: Side): Side | null {
  return side === "rebels" ? "government" : side === "government" ? "rebels" : null;
}

/**
 * The two camps of an event, worked out per side: a side is attacking when its
 * forces only have attack roles, defending when they only have defence roles.
 * A side with both (the air force bombing attackers of a besieged base) counts
 * as the opposite of the other camp, and its forces whose own role contradicts
 * that camp are left out of both lists. Null when the camps are unclear.
 */
interface EventCamps {
  attackSide: Side | null;
  defenceSide: Side | null;
  /** Non-side forces on the attacking side with an attack role. */
  attackers: { force: Force; role: ForceRole }[];
  /** Non-side forces on the defending side with a defence role. */
  defenders: { force: Force; role: ForceRole }[];
}

function eventCamps(ctx: GeneratorContext, event: Event): EventCamps | null {
  const attackBySide = new Set<Side>();
  const defenceBySide = new Set<Side>();
  for (const { force: id, role } of event.forces) {
    const force = ctx.forceById.get(id);
    if (!force) continue;
    if (ATTACK_ROLES.has(role)) attackBySide.add(force.side);
    if (DEFENCE_ROLES.has(role)) defenceBySide.add(force.side);
  }
  const pureAttack = [...attackBySide].filter((s) => !defenceBySide.has(s));
  const pureDefence = [...defenceBySide].filter((s) => !attackBySide.has(s));
  const mixed = [...attackBySide].filter((s) => defenceBySide.has(s));
  let attackSides = pureAttack;
  let defenceSides = pureDefence;
  if (mixed.length > 0) {
    if (mixed.length > 1) return null;
    if (pureAttack.length > 0 && pureDefence.length === 0) defenceSides = mixed;
    else if (pureDefence.length > 0 && pureAttack.length === 0) attackSides = mixed;
    else return null;
  }
  if (attackSides.length > 1 || defenceSides.length > 1) return null;
  const attackSide = attackSides[0] ?? null;
  const defenceSide = defenceSides[0] ?? null;
  if (attackSide === null && defenceSide === null) return null;

  const attackers: EventCamps["attackers"] = [];
  const defenders: EventCamps["defenders"] = [];
  const seen = new Set<string>();
  for (const { force: id, role } of event.forces) {
    const force = ctx.forceById.get(id);
    if (!force || force.kind === "side" || seen.has(`${id}:${role}`)) continue;
    seen.add(`${id}:${role}`);
    if (ATTACK_ROLES.has(role) && force.side === attackSide) attackers.push({ force, role });
    if (DEFENCE_ROLES.has(role) && force.side === defenceSide) defenders.push({ force, role });
  }
  return { attackSide, defenceSide, attackers: dedupeForces(attackers), defenders: dedupeForces(defenders) };
}

/** One entry per force (a force listed twice keeps its first role). */
function dedupeForces<T extends { force: Force }>(entries: T[]): T[] {
  const seen = new Set<string>();
  return entries.filter((e) => (seen.has(e.force.id) ? false : (seen.add(e.force.id), true)));
}

/** “Title” (date); the date is left out when the title already carries it. */
function eventLabel(event: Event): string {
  const date = formatDate(event.date);
  return event.title.includes(date) ? `“${event.title}”` : `“${event.title}” (${date})`;
}

/** A headline force: the armed forces, or one the documents bring up again and again. */
function isProminent(index: ForceIndex, force: Force): boolean {
  return force.kind === "armed-forces" || (index.eventCount.get(force.id) ?? 0) >= 5;
}

/** Forces a side question may be about: named, on a civil-war side, not given away by the name. */
function sideSubjects(ctx: GeneratorContext): Force[] {
  return [...ctx.kb.forces]
    .sort(byId)
    .filter((f) => f.kind !== "side" && ASKABLE_SIDES.includes(f.side) && !mentionsAny(labelOf(f), SIDE_WORDS));
}

// ---------------------------------------------------------------------------
// 1. Which side did X fight for? (multiple choice of side labels)

function forceSideChoice(ctx: GeneratorContext, index: ForceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const force of sideSubjects(ctx)) {
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

function forceSideTrueFalse(ctx: GeneratorContext, index: ForceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const force of sideSubjects(ctx)) {
    const qid = questionId("force-side-true-false", [force.id]);
    const rng = rngFor(ctx, qid);
    const statementTrue = rng.int(0, 1) === 1;
    // The false side is the other civil-war side: the tempting mistake.
    const wrongSide = opposite(force.side) ?? rng.pick<Side>(["rebels", "government"]);
    const stated = statementTrue ? force.side : wrongSide;
    const prominent = isProminent(index, force);
    out.push({
      id: qid,
      category: "forces",
      type: "true-false",
      template: "force-side-true-false",
      prompt: `True or false: ${inSentence(force)} fought on the side of ${sideInSentence(stated)}.`,
      answer: { value: statementTrue },
      explanation: statementTrue
        ? `True: ${inSentence(force)} fought on the side of ${sideInSentence(force.side)}. ${force.description}`
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
function forceSideMatching(ctx: GeneratorContext): QuestionDraft[] {
  const subjects = sideSubjects(ctx);
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

// ---------------------------------------------------------------------------
// 4. Which of these was among the attackers? (multiple choice, select many)

/**
 * Distractors for a "who attacked / who defended" question: forces of the
 * opposing side, of a similar kind, not in the event at all, not related to a
 * correct answer, and not named in the event title.
 */
function opposingDistractors(
  ctx: GeneratorContext,
  index: ForceIndex,
  rng: SeededRandom,
  event: Event,
  correct: readonly Force[],
  opposingSide: Side,
  count: number,
): Force[] {
  const inEvent = new Set(event.forces.map((f) => f.force));
  const candidates = ctx.kb.forces.filter(
    (f) =>
      f.side === opposingSide &&
      f.kind !== "side" &&
      kindClass(f) !== "person" &&
      !inEvent.has(f.id) &&
      !correct.some((k) => related(index, k.id, f.id)) &&
      !textRevealsForce(event.title, f),
  );
  return pickDistractors(rng, candidates, correct, correct, similarKindTier(index, correct, eventYears(event)), count);
}

function eventActorChoice(ctx: GeneratorContext, index: ForceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const event of [...ctx.kb.events].sort(byId)) {
    const camps = eventCamps(ctx, event);
    if (!camps || camps.attackSide === null) continue;
    const correct = camps.attackers.map((a) => a.force).filter((f) => kindClass(f) !== "person");
    if (correct.length === 0) continue;
    if (correct.some((f) => textRevealsForce(event.title, f))) continue;
    // Distractors come from the other civil-war side; Kurdish or foreign attackers have none for certain.
    const opposingSide = opposite(camps.attackSide);
    if (opposingSide === null || (camps.defenceSide !== null && camps.defenceSide !== opposingSide)) continue;

    const selectMany = correct.length >= 2;
    const qid = questionId("event-actor-choice", [event.id]);
    const rng = rngFor(ctx, qid);
    const distractors = opposingDistractors(ctx, index, rng, event, correct, opposingSide, correct.length > 2 ? 2 : 3);
    if (distractors.length < 2) continue;
    const prompt = selectMany
      ? `Which of these were among the attackers in ${eventLabel(event)}? Select all that apply.`
      : `Which of these was among the attackers in ${eventLabel(event)}?`;
    const options = makeOptions(
      qid,
      rng.shuffle([...correct, ...distractors].map((f) => ({ key: f.id, text: f.name }))),
    );
    out.push({
      id: qid,
      category: "forces",
      type: "multiple-choice",
      template: "event-actor-choice",
      prompt,
      selectMany,
      options,
      answer: { correct: correct.map((f) => optionId(qid, f.id)) },
      explanation: `${capitalise(listNames(correct))} ${wasOrWere(correct)} on the attacking side; the other options fought for ${sideInSentence(opposingSide)}. ${event.summary}`,
      sources: mergeCitations(event.citations),
      refs: refs({ events: [event.id], forces: correct.map((f) => f.id) }),
      difficulty: clampDifficulty(selectMany ? 3 : kindClass(correct[0]!) === "umbrella" ? 1 : 2),
    });
  }
  return out;
}

// ---------------------------------------------------------------------------
// 5. Which force defended the place? (multiple choice)

/** "the army base near Darat Izza", "the Taftanaz airbase", "Azmarin". */
function placeInSentence(place: LoadedPlace): string {
  if (!POSITION_KINDS.has(place.kind)) return place.name;
  const name = /^(Army|Military|Police|University)\b/.test(place.name)
    ? place.name.charAt(0).toLowerCase() + place.name.slice(1)
    : place.name;
  return `the ${name}`;
}

/** What the defenders did, for the stem; one wording per role, a neutral one when roles differ. */
function defenceWording(roles: readonly ForceRole[], place: LoadedPlace | undefined): string {
  const at = place ? ` ${placeInSentence(place)}` : "";
  const only = new Set(roles).size === 1 ? roles[0] : undefined;
  switch (only) {
    case "defender":
      return place ? `defended${at}` : "was on the defending side";
    case "besieged":
      return place ? `was under siege at${at}` : "was under siege";
    case "held":
      return place ? `held positions at${at}` : "held positions";
    case "repelled":
      return place ? `beat back the attack at${at}` : "beat back the attack";
    default:
      return place ? `was on the defending side at${at}` : "was on the defending side";
  }
}

/** Place kinds that are themselves a defended position. */
const POSITION_KINDS: ReadonlySet<LoadedPlace["kind"]> = new Set<LoadedPlace["kind"]>([
  "military-base", "airbase", "checkpoint", "border-crossing", "building",
]);

/**
 * The place the defenders certainly defended: the event's first base,
 * checkpoint or crossing, else its main place when the attackers took it.
 * Otherwise none: "Rebels intercept troops on the edge of Khan Shaykhun" does
 * not mean the army defended Khan Shaykhun.
 */
function defendedPlace(ctx: GeneratorContext, event: Event, camps: EventCamps): LoadedPlace | undefined {
  const position = event.places.map((id) => ctx.placeById.get(id)).find((p) => p && POSITION_KINDS.has(p.kind));
  if (position) return position;
  const place = primaryPlace(ctx, event);
  if (!place) return undefined;
  const tookIt =
    (event.outcome === "rebel-gain" || event.outcome === "government-gain") &&
    event.forces.some((f) => (f.role === "captured" || f.role === "retook") && ctx.forceById.get(f.force)?.side === camps.attackSide);
  return tookIt ? place : undefined;
}

function eventDefenderChoice(ctx: GeneratorContext, index: ForceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const event of [...ctx.kb.events].sort(byId)) {
    const camps = eventCamps(ctx, event);
    // "Defended" needs an attacker: a side merely holding ground is not asked here.
    if (!camps || camps.attackSide === null || camps.defenceSide === null) continue;
    if (opposite(camps.defenceSide) !== camps.attackSide) continue;
    const entries = camps.defenders.filter((d) => kindClass(d.force) !== "person");
    const correct = entries.map((d) => d.force);
    if (correct.length === 0) continue;
    const place = defendedPlace(ctx, event, camps);
    const selectMany = correct.length >= 2;
    const verb = defenceWording(
      entries.map((d) => d.role),
      place,
    );
    const prompt = selectMany
      ? `Which of these ${verb.replace(/^was /, "were ")} in ${eventLabel(event)}? Select all that apply.`
      : `Which force ${verb} in ${eventLabel(event)}?`;
    if (correct.some((f) => textRevealsForce(prompt, f))) continue;

    const qid = questionId("event-defender-choice", [event.id]);
    const rng = rngFor(ctx, qid);
    const distractors = opposingDistractors(ctx, index, rng, event, correct, camps.attackSide, correct.length > 2 ? 2 : 3);
    if (distractors.length < 2) continue;
    const options = makeOptions(
      qid,
      rng.shuffle([...correct, ...distractors].map((f) => ({ key: f.id, text: f.name }))),
    );
    out.push({
      id: qid,
      category: "forces",
      type: "multiple-choice",
      template: "event-defender-choice",
      prompt,
      selectMany,
      options,
      answer: { correct: correct.map((f) => optionId(qid, f.id)) },
      explanation: `${capitalise(listNames(correct))} ${wasOrWere(correct)} on the defending side; the other options fought for ${sideInSentence(camps.attackSide)}, the attackers' side. ${event.summary}`,
      sources: mergeCitations(event.citations),
      refs: refs({ events: [event.id], places: place ? [place.id] : [], forces: correct.map((f) => f.id) }),
      difficulty: clampDifficulty(selectMany ? 3 : kindClass(correct[0]!) === "umbrella" ? 1 : 2),
    });
  }
  return out;
}

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

/** Group-level forces: the kinds a commander can belong to. */
const GROUP_KINDS: ReadonlySet<Force["kind"]> = new Set<Force["kind"]>([
  "armed-forces", "coalition", "group", "military-council", "militia", "security-agency",
  "brigade", "battalion", "regiment", "division", "squadron",
]);

function commanderGroupChoice(ctx: GeneratorContext, index: ForceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const { person, group } of commandersWithGroup(ctx)) {
    // A state leader is not asked as a choice: there are too few states to choose from.
    if (person.kind === "official") continue;
    const qid = questionId("commander-group-choice", [person.id]);
    const rng = rngFor(ctx, qid);
    // A group that fought beside the commander is left out: the documents cannot rule it out.
    const candidates = ctx.kb.forces.filter(
      (f) =>
        f.side === group.side &&
        GROUP_KINDS.has(f.kind) &&
        !related(index, group.id, f.id) &&
        !related(index, person.id, f.id) &&
        !index.sharesEvent.get(person.id)!.has(f.id),
    );
    const years = index.years.get(person.id)!;
    const tier = (f: Force): number =>
      (levelOf(f) === levelOf(group) ? 0 : 1) + (yearsOverlap(index, f.id, years) ? 0 : 2);
    const distractors = pickDistractors(rng, candidates, [group], [group, person], tier, 3);
    if (distractors.length < 3) continue;
    const prompt = `Which group did ${labelOf(person)} lead or belong to?`;
    if (textRevealsForce(prompt, group)) continue;
    const options = makeOptions(
      qid,
      rng.shuffle([group, ...distractors].map((f) => ({ key: f.id, text: f.name }))),
    );
    out.push({
      id: qid,
      category: "forces",
      type: "multiple-choice",
      template: "commander-group-choice",
      prompt,
      selectMany: false,
      options,
      answer: { correct: [optionId(qid, group.id)] },
      explanation: `${labelOf(person)} belonged to ${inSentence(group)}. ${person.description}`,
      sources: mergeCitations(person.citations),
      refs: refs({ forces: [person.id, group.id] }),
      difficulty: 2,
    });
  }
  return out;
}

function commanderTyped(ctx: GeneratorContext): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const { person, group } of commandersWithGroup(ctx)) {
    const isStateLeader = person.kind === "official" && group.kind === "armed-forces" && group.side === "foreign";
    const prompt = isStateLeader
      ? `${labelOf(person)} led which country? Type its name.`
      : `Name the group that ${labelOf(person)} led or belonged to.`;
    if (textRevealsForce(prompt, group)) continue;
    const qid = questionId("commander-typed", [person.id]);
    out.push({
      id: qid,
      category: "forces",
      type: "typed",
      template: "commander-typed",
      prompt,
      answer: { text: group.name },
      accept: namesOf(group),
      explanation: `${labelOf(person)} ${isStateLeader ? "led" : "belonged to"} ${inSentence(group)}. ${person.description}`,
      sources: mergeCitations(person.citations),
      refs: refs({ forces: [person.id, group.id] }),
      difficulty: isStateLeader ? 1 : 3,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------
// 8. Name the group that attacked (typed)

/** Named organisations a student can type: not the army umbrellas, not people. */
const NAMED_GROUP_KINDS: ReadonlySet<Force["kind"]> = new Set<Force["kind"]>([
  "coalition", "group", "military-council", "militia", "brigade", "battalion",
]);

const TYPED_ACTION: Partial<Record<ForceRole, string>> = {
  attacker: "carried out the attack in",
  captured: "made the capture in",
  retook: "retook the ground in",
};

function eventActorTyped(ctx: GeneratorContext): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const event of [...ctx.kb.events].sort(byId)) {
    const camps = eventCamps(ctx, event);
    if (!camps) continue;
    const actors = camps.attackers.filter((a) => TYPED_ACTION[a.role] !== undefined);
    if (actors.length !== 1 || camps.attackers.length !== 1) continue;
    const { force, role } = actors[0]!;
    if (!NAMED_GROUP_KINDS.has(force.kind)) continue;
    const prompt = `Name the group that ${TYPED_ACTION[role]!} ${eventLabel(event)}.`;
    if (textRevealsForce(prompt, force)) continue;
    const qid = questionId("event-actor-typed", [event.id]);
    out.push({
      id: qid,
      category: "forces",
      type: "typed",
      template: "event-actor-typed",
      prompt,
      answer: { text: force.name },
      accept: namesOf(force),
      explanation: `${startOfSentence(force)} ${TYPED_ACTION[role]!.replace(/ in$/, "")}. ${event.summary}`,
      sources: mergeCitations(event.citations),
      refs: refs({ events: [event.id], forces: [force.id] }),
      difficulty: clampDifficulty(kindClass(force) === "umbrella" ? 2 : 3),
    });
  }
  return out;
}

// ---------------------------------------------------------------------------
// 9. Which larger force was a unit part of? (multiple choice)

const UNIT_KINDS: ReadonlySet<Force["kind"]> = new Set<Force["kind"]>(["brigade", "battalion", "regiment", "division", "squadron"]);

/** Formations that are not a chain of command (militias, agencies, councils). */
const LOOSE_FORMATIONS: ReadonlySet<Force["kind"]> = new Set<Force["kind"]>(["militia", "security-agency", "military-council"]);

function forceParentChoice(ctx: GeneratorContext, index: ForceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const unit of [...ctx.kb.forces].sort(byId)) {
    if (!UNIT_KINDS.has(unit.kind) || !unit.parent) continue;
    const parent = ctx.forceById.get(unit.parent);
    if (!parent || parent.kind === "side") continue;
    const prompt = `${startOfSentence(unit)} was part of which larger force?`;
    if (sharesDistinctiveWord(unit, parent) || textRevealsForce(prompt, parent)) continue;
    const qid = questionId("force-parent-choice", [unit.id]);
    const rng = rngFor(ctx, qid);
    // Ancestors ("part of" is transitive) and descendants of the parent could be true; never offered.
    // Only forces that could contain the unit (a brigade is not inside a brigade); a formation's
    // unit gets formations only. Anything that fought beside the unit is left out: a council
    // "uniting rebel groups" might well have included it.
    const minLevel = levelOf(parent) === FORMATION_LEVEL ? FORMATION_LEVEL : levelOf(unit) + 1;
    const candidates = ctx.kb.forces.filter(
      (f) =>
        f.side === parent.side &&
        GROUP_KINDS.has(f.kind) &&
        levelOf(f) >= minLevel &&
        !related(index, parent.id, f.id) &&
        !related(index, unit.id, f.id) &&
        !index.sharesEvent.get(unit.id)!.has(f.id),
    );
    const years = index.years.get(unit.id)!;
    // Same kind as the true parent first; militias and agencies rarely contain army units.
    const tier = (f: Force): number =>
      (f.kind === parent.kind ? 0 : levelOf(f) === levelOf(parent) ? 1 : 2) +
      (LOOSE_FORMATIONS.has(f.kind) && !LOOSE_FORMATIONS.has(parent.kind) ? 1 : 0) +
      (yearsOverlap(index, f.id, years) ? 0 : 3);
    const distractors = pickDistractors(rng, candidates, [parent], [parent, unit], tier, 3);
    if (distractors.length < 3) continue;
    const options = makeOptions(
      qid,
      rng.shuffle([parent, ...distractors].map((f) => ({ key: f.id, text: f.name }))),
    );
    out.push({
      id: qid,
      category: "forces",
      type: "multiple-choice",
      template: "force-parent-choice",
      prompt,
      selectMany: false,
      options,
      answer: { correct: [optionId(qid, parent.id)] },
      explanation: `${startOfSentence(unit)} ${wasOrWere([unit])} part of ${inSentence(parent)}. ${unit.description}`,
      sources: mergeCitations(unit.citations),
      refs: refs({ forces: [unit.id, parent.id] }),
      difficulty: clampDifficulty(kindClass(parent) === "unit" ? 3 : 2),
    });
  }
  return out;
}

// ---------------------------------------------------------------------------
// 10. "In event E, X fought on the attacking/defending side." (true/false)

function eventSidesTrueFalse(ctx: GeneratorContext): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const event of [...ctx.kb.events].sort(byId)) {
    const camps = eventCamps(ctx, event);
    // Both camps must exist, or "the defending side" would mean nothing.
    if (!camps || camps.attackSide === null || camps.defenceSide === null) continue;
    const asked = [
      ...camps.attackers.map((a) => ({ force: a.force, camp: "attacking" as const })),
      ...camps.defenders.map((d) => ({ force: d.force, camp: "defending" as const })),
    ].filter((a) => kindClass(a.force) !== "person" && !textRevealsForce(event.title, a.force));
    for (const { force, camp } of asked) {
      const qid = questionId("event-sides-true-false", [event.id, force.id]);
      const rng = rngFor(ctx, qid);
      const statementTrue = rng.int(0, 1) === 1;
      const otherCamp = camp === "attacking" ? "defending" : "attacking";
      const stated = statementTrue ? camp : otherCamp;
      out.push({
        id: qid,
        category: "forces",
        type: "true-false",
        template: "event-sides-true-false",
        prompt: `True or false: in ${eventLabel(event)}, ${inSentence(force)} fought on the ${stated} side.`,
        answer: { value: statementTrue },
        explanation: `${statementTrue ? "True" : "False"}: ${inSentence(force)} ${wasOrWere([force])} on the ${camp} side. ${event.summary}`,
        sources: mergeCitations(event.citations),
        refs: refs({ events: [event.id], forces: [force.id] }),
        difficulty: clampDifficulty(kindClass(force) === "umbrella" ? 1 : 2),
      });
    }
  }
  return out;
}

/**
 * Study sets reach a question about forces alone through an event that
 * involves one of its forces, or through a set's own `forces` list. A force
 * that is in neither (e.g. units only named in an order-of-battle box) would
 * make a question no student is ever shown, so such questions are held back
 * until a study set lists the force.
 */
function reachableByStudySets(ctx: GeneratorContext, question: QuestionDraft): boolean {
  if (question.refs.events.length > 0) return true;
  return question.refs.forces.some(
    (id) => ctx.kb.events.some((e) => e.forces.some((f) => f.force === id)) || ctx.kb.studySets.some((s) => s.forces.includes(id)),
  );
}

export function generateForceQuestions(ctx: GeneratorContext): QuestionDraft[] {
  const index = buildIndex(ctx);
  const all = [
    ...forceSideChoice(ctx, index),
    ...forceSideTrueFalse(ctx, index),
    ...forceSideMatching(ctx),
    ...eventActorChoice(ctx, index),
    ...eventDefenderChoice(ctx, index),
    ...commanderGroupChoice(ctx, index),
    ...commanderTyped(ctx),
    ...eventActorTyped(ctx),
    ...forceParentChoice(ctx, index),
    ...eventSidesTrueFalse(ctx),
  ];
  return all.filter((q) => reachableByStudySets(ctx, q));
}
