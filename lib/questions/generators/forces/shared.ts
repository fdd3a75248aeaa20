/**
 * What the forces question kinds share: the force index, how forces are named
 * in a sentence, which forces may be asked about, and the checks that keep a
 * wrong option from being arguably right (a same-side force only when it was
 * certainly elsewhere). The honesty rules are listed in index.ts.
 */
import type { Event, Force, ForceRole, Side } from "../../../content/schema";
import type { LoadedPlace } from "../../../content/load";
import { addDays, dateInterval, formatDate, intervalsOverlap } from "../../../content/dates";
import { normalizeName } from "../../../content/normalize-name";
import type { SeededRandom } from "../../random";
import { cached } from "../memo";
import { listInSentence } from "../../../text/list-in-sentence";
import type { Difficulty } from "../../types";
import { byId, choiceQuestion, clampDifficulty, escapeRegExp, mentionsAny, mergeCitations, namesOf, primaryPlace, questionId, sideInSentence, type GeneratorContext, type QuestionDraft, type QuestionParts } from "../context";

// ---------------------------------------------------------------------------
// Shared facts about forces

/** Roles that put a force in the attacking camp of an event. */
export const ATTACK_ROLES: ReadonlySet<ForceRole> = new Set<ForceRole>(["attacker", "captured", "retook", "besieger"]);

/** Roles that put a force in the defending camp ("repelled" = it beat the attack back). */
export const DEFENCE_ROLES: ReadonlySet<ForceRole> = new Set<ForceRole>(["defender", "held", "besieged", "repelled"]);

/**
 * Words in an event title (or a stem) that name or clearly imply one camp of
 * the civil war. Why: attack and defence distractors must come from the
 * opposing camp (the documents not naming a force does not prove it was
 * absent), so every option but the key belongs to the other camp. A title
 * that says "Army breaks…", "Rebels attack…", "Jets bomb…" or "…the army base"
 * then gives the key away: the learner only has to pick the one option from
 * the camp the title names, or from the camp opposite the one it names as the
 * target. Such questions are skipped. Bases, airports, checkpoints and
 * garrisons count for the government: in these documents only the government
 * holds them and only it flies aircraft. Force names (e.g. "Damascus Falcons")
 * are checked separately, from the knowledge base.
 */
export const SIDE_REVEALING_WORDS: Readonly<Record<"rebels" | "government" | "kurdish", RegExp>> = {
  rebels:
    /\b(rebels?|opposition|insurgents?|FSA|free syrian army|nusra|jihadists?|islamists?|gunmen|armed men|militants?|fighters?|defectors?|defected|mujahideen|liberate|liberation|revolutionary)\b/i,
  government:
    /\b(army|armed forces|soldiers?|troops?|regime|government|pro-government|loyalists?|assad|shabiha|jets?|warplanes?|aircraft|helicopters?|air force|air strikes?|airstrikes?|airdrops?|bombard(s|ed|ing|ment)?|tanks?|artillery|armou?red|military|security forces|state media|garrison|barracks|bases?|air ?base|airbase|airport|airfield|checkpoints?|prison)\b/i,
  kurdish: /\b(kurds?|kurdish|ypg|pyd|peshmerga)\b/i,
};

export type KindClass = "umbrella" | "group" | "unit" | "person";

export function kindClass(force: Force): KindClass | null {
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
export const NEIGHBOUR_CLASS: Record<KindClass, KindClass[]> = {
  umbrella: ["group"],
  group: ["umbrella", "unit"],
  unit: ["group"],
  person: [],
};

/** Words too common in force names to tell two forces apart. */
export const GENERIC_WORDS = new Set([
  "army", "armed", "forces", "force", "brigade", "brigades", "battalion", "regiment", "division", "squadron",
  "group", "front", "council", "military", "syrian", "syria", "free", "units", "unit", "the", "of", "and",
  "sham", "islamic", "islamiya", "mechanised", "mechanized", "armoured", "armored",
]);

const distinctiveWordCache = new WeakMap<Force, Set<string>>();

/** The distinctive words of a force's names: "Mahdi al-Harati's brigade" → {mahdi, harati}. */
export function distinctiveWords(force: Force): Set<string> {
  return cached(distinctiveWordCache, force, () => {
    const words = new Set<string>();
    for (const name of namesOf(force)) {
      for (const word of normalizeName(name.replace(/['’]s\b/g, "")).split(" ")) {
        if (word.length > 2 && !GENERIC_WORDS.has(word)) words.add(word);
      }
    }
    return words;
  });
}

export function sharesDistinctiveWord(a: Force, b: Force): boolean {
  const wordsB = distinctiveWords(b);
  return [...distinctiveWords(a)].some((w) => wordsB.has(w));
}

/** Quotes and punctuation around words would hide them from whole-word matching. */
export function plainWords(text: string): string {
  return text.replace(/[“”"«»:;!?[\]{}/|]/g, " ");
}

/** Does the text name the force, directly or by one of its distinctive words ("Harati's brigade")? */
export function textRevealsForce(text: string, force: Force): boolean {
  const plain = plainWords(text);
  if (mentionsAny(plain, namesOf(force))) return true;
  const words = ` ${normalizeName(plain.replace(/['’]s\b/g, ""))} `;
  return [...distinctiveWords(force)].some((w) => words.includes(` ${w} `));
}

/** How high a force sits: umbrella and group formations above divisions, above brigades, above the rest. */
export const UNIT_LEVEL: Partial<Record<Force["kind"], number>> = { division: 3, brigade: 2, regiment: 1, battalion: 1, squadron: 1 };

export const FORMATION_LEVEL = 4;

export function levelOf(force: Force): number {
  const cls = kindClass(force);
  if (cls === "umbrella" || cls === "group") return FORMATION_LEVEL;
  return UNIT_LEVEL[force.kind] ?? 0;
}

export function sameName(a: Force, b: Force): boolean {
  const namesA = new Set(namesOf(a).map(normalizeName));
  return namesOf(b).some((n) => namesA.has(normalizeName(n)));
}

/** "Col. Heitam Afasi", or just the name when there is no rank. */
export function labelOf(force: Force): string {
  return force.rank ? `${force.rank} ${force.name}` : force.name;
}

/** Names that are plural nouns in English: "the Shabiha were", "the Syrian Armed Forces were". */
const PLURAL_NAME = /(Forces|Units|Agencies|militias|Falcons|^Shabiha)$/;

/** Name endings that read as a common noun and take "the": "the Syrian Army", "the 6th Division". */
export const TAKES_ARTICLE = /\b(Army|Forces|Force|Front|Brigade|Battalion|battalion|Division|Regiment|regiment|Squadron|Council|Guard|Units|Agencies|militias|intelligence|Falcons|^Shabiha|\))$/;

/** Leading words that are ordinary nouns, lower-cased after "the": "the armoured regiment at Wadi Deif". */
export const COMMON_FIRST_WORD = /^(Armoured|Military|Air|Council)\b/;

/** Names that are a description, not a proper name: "the armoured regiment at Wadi Deif". */
export const DESCRIPTIVE_NAME = /^[A-Z]\w* (regiment|battalion|brigade)\b/;

/** How a force reads inside a sentence: "the Free Syrian Army", "Col. Heitam Afasi", "Ahrar ash-Sham". */
export function inSentence(force: Force): string {
  if (kindClass(force) === "person") return labelOf(force);
  const takesArticle = TAKES_ARTICLE.test(force.name) || DESCRIPTIVE_NAME.test(force.name);
  // A person's possessive takes no article ("Jamal Marouf's rebels"); "the People's Protection Units" does.
  const personsPossessive = /['’]s\b/.test(force.name) && !/^People['’]s\b/.test(force.name);
  if (personsPossessive || !takesArticle) return force.name;
  // "the al-Nusra Front", not "the Al-Nusra Front".
  const lowerFirst = COMMON_FIRST_WORD.test(force.name) || /^Al-/.test(force.name);
  const name = lowerFirst ? force.name.charAt(0).toLowerCase() + force.name.slice(1) : force.name;
  // "Council of clerics (Maarat al-Numan)": the heading's bracketed place reads as "in Maarat al-Numan" in a sentence.
  return `the ${name.replace(/ \(([^)]+)\)$/, " in $1")}`;
}

/** "was" or "were", agreeing with one or more forces ("the Syrian Armed Forces were"). */
export function wasOrWere(forces: readonly Force[]): string {
  return forces.length > 1 || forces.some((f) => PLURAL_NAME.test(f.name)) ? "were" : "was";
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The same at the start of a sentence. */
export function startOfSentence(force: Force): string {
  return capitalise(inSentence(force));
}

export function listNames(forces: readonly Force[]): string {
  return listInSentence(forces.map(inSentence));
}

export function yearsOfInterval(start: string, end: string): number[] {
  const years: number[] = [];
  for (let y = Number(start.slice(0, 4)); y <= Number(end.slice(0, 4)); y++) years.push(y);
  return years;
}

/** Indexes computed once per run: family trees, activity years, event counts. */
export interface ForceIndex {
  ancestors: Map<string, Set<string>>;
  descendants: Map<string, Set<string>>;
  /** Years a force is active in: its events' years, or its sources' periods when it has no event. */
  years: Map<string, Set<number>>;
  eventCount: Map<string, number>;
  /** Forces that appear in at least one event together with the key force. */
  sharesEvent: Map<string, Set<string>>;
  /** The events each force appears in (any role, alleged ones too), by id. */
  eventsOf: Map<string, Event[]>;
}

export function buildIndex(ctx: GeneratorContext): ForceIndex {
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
  const eventsOf = new Map<string, Event[]>(ctx.kb.forces.map((f) => [f.id, []]));
  for (const event of eventsById(ctx)) {
    const interval = dateInterval(event.date);
    const ids = [...new Set(event.forces.map((f) => f.force))];
    for (const force of ids) {
      for (const y of yearsOfInterval(interval.start, interval.end)) years.get(force)?.add(y);
      eventCount.set(force, (eventCount.get(force) ?? 0) + 1);
      for (const other of ids) if (other !== force) sharesEvent.get(force)?.add(other);
      eventsOf.get(force)?.push(event);
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
  return { ancestors, descendants, years, eventCount, sharesEvent, eventsOf };
}

export function related(index: ForceIndex, a: string, b: string): boolean {
  return a === b || index.ancestors.get(a)!.has(b) || index.descendants.get(a)!.has(b);
}

/**
 * Could one force sit inside the other without the knowledge base saying so?
 * True when they are related, or when the lower-level one hangs directly off
 * a named force above the other: the 17th Armoured Brigade, filed only under
 * the Syrian Armed Forces, may well be part of the Syrian Army (review 3,
 * item 3). The generic sides ("rebels") do not count as such a parent: a
 * brigade filed only under the rebels is not thereby part of the FSA.
 */
export function mayBeNested(ctx: GeneratorContext, index: ForceIndex, a: Force, b: Force): boolean {
  if (related(index, a.id, b.id)) return true;
  const hangsUnder = (low: Force, high: Force): boolean =>
    low.parent !== undefined &&
    ctx.forceById.get(low.parent)?.kind !== "side" &&
    index.ancestors.get(high.id)!.has(low.parent) &&
    levelOf(low) < levelOf(high);
  return hangsUnder(a, b) || hangsUnder(b, a);
}

export function yearsOverlap(index: ForceIndex, forceId: string, years: ReadonlySet<number>): boolean {
  return [...index.years.get(forceId)!].some((y) => years.has(y));
}

export function eventYears(event: Event): Set<number> {
  const i = dateInterval(event.date);
  return new Set(yearsOfInterval(i.start, i.end));
}

/**
 * Up to `count` distractors from `candidates`, best tier first (tier from
 * `tierOf`, lower is better), shuffled within a tier by the question's rng.
 * Never a correct answer, its alias, or a force sharing a distinctive word with
 * anything in `unlike`; option texts stay unique.
 */
export function pickDistractors(
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
export function similarKindTier(index: ForceIndex, like: readonly Force[], years: ReadonlySet<number>) {
  const classes = new Set(like.map(kindClass));
  const neighbours = new Set(like.flatMap((f) => NEIGHBOUR_CLASS[kindClass(f) ?? "person"]));
  return (candidate: Force): number => {
    const cls = kindClass(candidate);
    const kindTier = classes.has(cls) ? 0 : cls !== null && neighbours.has(cls) ? 1 : 2;
    return kindTier + (yearsOverlap(index, candidate.id, years) ? 0 : 3);
  };
}

/** The other side of the civil war; Kurdish and foreign forces have no certain opposite here. */
export function opposite(side: Side): Side | null {
  return side === "rebels" ? "government" : side === "government" ? "rebels" : null;
}

// ---------------------------------------------------------------------------
// Same-side distractors that were certainly elsewhere

/**
 * With every distractor from the other side, "who took X" reduces to "which
 * option is a rebel force" (review P3). A same-side force is still only a fair
 * distractor when it was certainly not there: the documents not naming it at X
 * proves nothing on its own. So it must be placed, by every event it (or a unit
 * under it) appears in, in another governorate than every place of the asked
 * event and at least ELSEWHERE_KM from each; a force with no event, or with an
 * event we cannot place (no place, an unlocated place, a place spanning several
 * governorates), is never one. Its name and description must not point at the
 * asked area either ("Idlib Revolutionary Military Council" for an Idlib town).
 * Nationwide bodies (the armed forces, the FSA as a whole, the intelligence
 * agencies) are never one: that the documents meet them in one area says
 * nothing about where else they were.
 */
export const ELSEWHERE_KM = 40;

/** Most same-side distractors in one question; the rest come from the other side. */
export const MAX_ELSEWHERE_DISTRACTORS = 2;

/** Kinds of force present all over the country, whatever the documents place them. */
export const NATIONWIDE_KINDS: ReadonlySet<Force["kind"]> = new Set<Force["kind"]>(["armed-forces", "coalition", "security-agency"]);

/**
 * Events told for a whole area ("The 2012 Aleppo Governorate clashes", pinned
 * on Aleppo city) say a force fought somewhere in that governorate, not at the
 * pinned place: their footprint is every place of the governorate.
 */
export const AREA_WIDE_WORDS = /\b(governorate|province|countryside)\b/i;

export const AREA_PLACE_KINDS: ReadonlySet<LoadedPlace["kind"]> = new Set<LoadedPlace["kind"]>(["region", "country", "highway"]);

/** Great-circle distance in km (haversine). */
export function kmBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The events of the force and of every unit under it: a council was wherever its brigades were. */
export function eventsWithUnits(index: ForceIndex, force: Force): Event[] {
  const ids = [force.id, ...[...(index.descendants.get(force.id) ?? [])].sort()];
  const seen = new Set<string>();
  return ids.flatMap((id) => index.eventsOf.get(id) ?? []).filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
}

/** The asked event's places, or null when one of them cannot be placed (then no same-side distractor is used). */
export function locatedPlaces(ctx: GeneratorContext, event: Event): LoadedPlace[] | null {
  const places = event.places.map((id) => ctx.placeById.get(id));
  if (places.length === 0 || places.some((p) => !p || !p.coordinates || p.governorate === "multiple")) return null;
  return places as LoadedPlace[];
}

/** Is the place in another governorate than every asked place, and at least ELSEWHERE_KM from each? */
export function farFrom(place: LoadedPlace, asked: readonly LoadedPlace[]): boolean {
  if (!place.coordinates || place.governorate === "multiple") return false;
  return asked.every(
    (a) => a.governorate !== place.governorate && a.coordinates !== null && kmBetween(a.coordinates, place.coordinates!) >= ELSEWHERE_KM,
  );
}

/** Names of the asked places, their governorates and every place in those governorates or near them. */
export function namesOfArea(ctx: GeneratorContext, asked: readonly LoadedPlace[]): string[] {
  const governorates = new Set(asked.map((a) => a.governorate));
  const area = ctx.kb.places.filter(
    (p) =>
      asked.some((a) => a.id === p.id) ||
      governorates.has(p.governorate) ||
      (p.coordinates !== null && asked.some((a) => kmBetween(a.coordinates!, p.coordinates!) < ELSEWHERE_KM)),
  );
  return [...governorates, ...area.flatMap(namesOf)];
}

/**
 * Was the force certainly elsewhere than the asked places? See the section
 * comment: every event of it and its units lies in another governorate and at
 * least ELSEWHERE_KM away, it has at least one such event, and its name,
 * aliases and description name neither the asked area nor its governorate.
 */
export function certainlyElsewhere(
  ctx: GeneratorContext,
  index: ForceIndex,
  force: Force,
  asked: readonly LoadedPlace[],
  areaNames: readonly string[] = namesOfArea(ctx, asked),
): boolean {
  if (asked.length === 0 || asked.some((a) => !a.coordinates || a.governorate === "multiple")) return false;
  if (NATIONWIDE_KINDS.has(force.kind)) return false;
  const events = eventsWithUnits(index, force);
  if (events.length === 0) return false;
  for (const event of events) {
    const places = event.places.map((id) => ctx.placeById.get(id));
    if (places.length === 0 || places.some((p) => !p || !farFrom(p, asked))) return false;
    const areaWide =
      AREA_WIDE_WORDS.test(`${event.title} ${event.summary}`) || places.some((p) => AREA_PLACE_KINDS.has(p!.kind));
    if (areaWide) {
      // Every located place of the governorate must be far enough; unlocated ones are in another governorate anyway.
      const governorates = new Set(places.map((p) => p!.governorate));
      const area = ctx.kb.places.filter((p) => governorates.has(p.governorate) && p.coordinates !== null);
      if (area.some((p) => !farFrom(p, asked))) return false;
    }
  }
  const text = plainWords([force.name, ...force.aliases, force.description].join(". "));
  return !mentionsAny(text, areaNames);
}

/**
 * The same check from outside (for tests): was the force certainly elsewhere
 * than the given places? False when a place is unknown or cannot be placed.
 */
export function isCertainlyElsewhere(ctx: GeneratorContext, force: Force, placeIds: readonly string[]): boolean {
  const places = placeIds.map((id) => ctx.placeById.get(id));
  if (places.some((p) => p === undefined)) return false;
  return certainlyElsewhere(ctx, buildIndex(ctx), force, places as LoadedPlace[]);
}

/** "Aleppo Governorate", "the Aleppo and Hama governorates": where a certainly-elsewhere force was active. */
export function governoratesOf(ctx: GeneratorContext, index: ForceIndex, force: Force): string {
  const names = [
    ...new Set(
      eventsWithUnits(index, force).flatMap((e) => e.places.map((id) => ctx.placeById.get(id)?.governorate ?? "")),
    ),
  ]
    .filter((g) => g !== "")
    .sort();
  if (names.length === 1) return `${names[0]} Governorate`;
  return `the ${names.slice(0, -1).join(", ")} and ${names[names.length - 1]} governorates`;
}

/**
 * Names that say which camp a force fought in: "the Free Syrian Army" offered as the defender of an army base
 * is circular, wrong by its name alone (question-writing guide; review 4, item 7).
 */
export const NAME_TELLS_CAMP = /\b(free|syrian (arab )?army|armed forces|air force|revolutionary|martyrs?|liberation|rebels?|opposition|government)\b/i;

/**
 * Forces of the opposing side a wrong option may come from: named forces (not
 * people), none of them in `present`, none above or below a correct answer.
 */
export function opposingCandidates(
  ctx: GeneratorContext,
  index: ForceIndex,
  opposingSide: Side,
  correct: readonly Force[],
  present: ReadonlySet<string>,
): Force[] {
  return ctx.kb.forces.filter(
    (f) =>
      f.side === opposingSide &&
      f.kind !== "side" &&
      !NAME_TELLS_CAMP.test(f.name) &&
      kindClass(f) !== "person" &&
      !present.has(f.id) &&
      !correct.some((k) => related(index, k.id, f.id)),
  );
}

/** A question's wrong options: same-side forces that were certainly elsewhere, and forces of the other side. */
export interface Distractors {
  elsewhere: Force[];
  opposing: Force[];
  opposingSide: Side;
}

export function allDistractors(d: Distractors): Force[] {
  return [...d.elsewhere, ...d.opposing];
}

/**
 * Enough wrong options for an event choice question: two at least, and at
 * least one same-side force certainly elsewhere, or the question tests only
 * the key's side (review 3, item 2).
 */
export function enoughDistractors(d: Distractors): boolean {
  return allDistractors(d).length >= 2 && d.elsewhere.length > 0;
}

/** Several keys make a question hard; one umbrella force (an army, a coalition) is the easiest to recall. */
export function keysDifficulty(correct: readonly Force[]): Difficulty {
  return clampDifficulty(correct.length > 1 ? 3 : kindClass(correct[0]!) === "umbrella" ? 1 : 2);
}

/** A multiple-choice question with forces as options, keyed by force id so option ids stay stable. */
export function forceChoice(qid: string, rng: SeededRandom, correct: readonly Force[], wrong: readonly Force[], parts: QuestionParts): QuestionDraft {
  const asOption = (force: Force) => ({ key: force.id, text: force.name });
  return choiceQuestion(qid, rng, "forces", correct.map(asOption), wrong.map(asOption), parts);
}

/**
 * A typed question whose answer is a force: its name, and every other name it goes by accepted. Its id comes
 * from the template and the facts it asks about.
 */
export function forceTyped(parts: QuestionParts & { factKeys: readonly string[]; answer: Force }): QuestionDraft {
  const force = parts.answer;
  return {
    id: questionId(parts.template, parts.factKeys),
    category: "forces",
    type: "typed",
    template: parts.template,
    prompt: parts.prompt,
    answer: { text: force.name },
    accept: namesOf(force),
    explanation: parts.explanation,
    sources: parts.sources,
    refs: parts.refs,
    difficulty: parts.difficulty,
  };
}

/**
 * Up to MAX_ELSEWHERE_DISTRACTORS same-side forces certainly elsewhere
 * (similar kind first), the rest from `opposingCandidates`. `exclude` rules out
 * further forces (those named in a title shown in the stem).
 */
export function mixedDistractors(
  ctx: GeneratorContext,
  index: ForceIndex,
  rng: SeededRandom,
  event: Event,
  correct: readonly Force[],
  opposingSide: Side,
  opposingCandidates: readonly Force[],
  count: number,
  exclude: (force: Force) => boolean = () => false,
): Distractors {
  const keySide = correct[0]!.side;
  const tier = similarKindTier(index, correct, eventYears(event));
  const asked = locatedPlaces(ctx, event);
  const inEvent = new Set(event.forces.map((f) => f.force));
  // Named forces of the event (the generic sides aside): a unit of one, or a force above one, may have been there too.
  const eventForces = [...inEvent]
    .map((id) => ctx.forceById.get(id))
    .filter((f): f is Force => f !== undefined && f.kind !== "side");
  const areaNames = asked ? namesOfArea(ctx, asked) : [];
  const sameSide = asked
    ? ctx.kb.forces.filter(
        (f) =>
          f.side === keySide &&
          f.kind !== "side" &&
          kindClass(f) !== "person" &&
          !inEvent.has(f.id) &&
          // Never a force above or below a key (review 3, items 3–4): the documents naming "the Syrian
          // Army" at a place cannot rule out its 17th Armoured Brigade, nor the FSA its Aleppo council.
          !correct.some((k) => mayBeNested(ctx, index, k, f)) &&
          !eventForces.some((e) => mayBeNested(ctx, index, e, f)) &&
          !exclude(f) &&
          certainlyElsewhere(ctx, index, f, asked, areaNames),
      )
    : [];
  const elsewhere = pickDistractors(rng, sameSide, correct, correct, tier, Math.min(MAX_ELSEWHERE_DISTRACTORS, count));
  const opposing = pickDistractors(
    rng,
    opposingCandidates.filter((f) => !exclude(f)),
    [...correct, ...elsewhere],
    correct,
    tier,
    count - elsewhere.length,
  );
  return { elsewhere, opposing, opposingSide };
}

/**
 * Why the wrong options are wrong, without calling them "the attackers' side":
 * "the Darat Izza Brigade was active in Aleppo Governorate, not around Salqin;
 * the Shabiha fought for the government."
 */
export function distractorNote(ctx: GeneratorContext, index: ForceIndex, d: Distractors, place: LoadedPlace | undefined): string {
  const where = place ? `around ${placeInSentence(place)}` : "in this fight";
  const parts = d.elsewhere.map((f) => `${inSentence(f)} ${wasOrWere([f])} active in ${governoratesOf(ctx, index, f)}, not ${where}`);
  if (d.opposing.length > 0) parts.push(`${listNames(d.opposing)} fought for ${sideInSentence(d.opposingSide)}`);
  return `${capitalise(parts.join("; "))}.`;
}

/**
 * The feedback of an event choice question: the keys' sentence, why the wrong options are wrong, the event's
 * summary; cited from the event and from the wrong options' own facts.
 */
export function eventChoiceFeedback(
  ctx: GeneratorContext,
  index: ForceIndex,
  event: Event,
  wrong: Distractors,
  place: LoadedPlace | undefined,
  keysSentence: string,
): Pick<QuestionParts, "explanation" | "sources"> {
  return {
    explanation: `${keysSentence} ${distractorNote(ctx, index, wrong, place)} ${event.summary}`,
    sources: mergeCitations(event.citations, ...distractorCitations(index, wrong)),
  };
}

/** One generator's stem filter: a stem passes when it is neutral (stemIsNeutral) and not asked already. */
export function freshNeutralStems(ctx: GeneratorContext): (prompt: string) => boolean {
  const asked = new Set<string>();
  return (prompt) => {
    if (!stemIsNeutral(ctx, prompt) || asked.has(prompt)) return false;
    asked.add(prompt);
    return true;
  };
}

/** Citations for the wrong options' facts: where a same-side force was active comes from its own events. */
export function distractorCitations(index: ForceIndex, d: Distractors) {
  return d.elsewhere.flatMap((f) => [f.citations, ...eventsWithUnits(index, f).map((e) => e.citations)]);
}

// ---------------------------------------------------------------------------
// Claims

/**
 * Words saying one side claimed or announced a gain. Why (review P7): "Who took
 * control of Salqin?" states as fact what the source reports only as the FSA's
 * claim. Such stems say "claimed to have taken", and the explanations keep the
 * hedge. In a summary the claim word must come within a few words of a capture
 * word or the event's place ("The FSA claimed Salqin"), so a claim about
 * something else ("claimed 17 tanks destroyed") does not count.
 */
export const CLAIM_WORD = String.raw`(?:claim(?:s|ed)?|announc(?:e|es|ed)|said (?:it|they) (?:had|has|have|now)|says it|say they)`;

export const CAPTURE_WORD = String.raw`(?:tak(?:e|es|en|ing)|took|captur\w*|seiz\w*|control\w*|held|hold\w*|overr[au]n|won|win)`;

const restsOnClaimCache = new WeakMap<Event, boolean>();

/** Does the event's gain rest on one side's claim or announcement? */
export function restsOnClaim(ctx: GeneratorContext, event: Event): boolean {
  return cached(restsOnClaimCache, event, () => computeRestsOnClaim(ctx, event));
}

export function computeRestsOnClaim(ctx: GeneratorContext, event: Event): boolean {
  if (event.outcome === "announcement") return true;
  if (new RegExp(`\\b${CLAIM_WORD}\\b`, "i").test(plainWords(event.title))) return true;
  const placeNames = event.places.flatMap((id) => {
    const place = ctx.placeById.get(id);
    return place ? namesOf(place).map(escapeRegExp) : [];
  });
  const target = [CAPTURE_WORD, ...placeNames].join("|");
  return new RegExp(`\\b${CLAIM_WORD}(?:\\s+\\S+){0,4}?\\s+(?:${target})(?!\\w)`, "i").test(plainWords(event.summary));
}

/**
 * The two camps of an event, worked out per side: a side is attacking when its
 * forces only have attack roles, defending when they only have defence roles.
 * A side with both (the air force bombing attackers of a besieged base) counts
 * as the opposite of the other camp, and its forces whose own role contradicts
 * that camp are left out of both lists. Alleged roles are ignored. Null when
 * the camps are unclear, including when the documents do not plainly say who
 * attacked (see `attackerIsStated`).
 */
export interface EventCamps {
  attackSide: Side | null;
  defenceSide: Side | null;
  /** Non-side forces on the attacking side with an attack role. */
  attackers: { force: Force; role: ForceRole }[];
  /** Non-side forces on the defending side with a defence role. */
  defenders: { force: Force; role: ForceRole }[];
}

export function eventCamps(ctx: GeneratorContext, event: Event): EventCamps | null {
  if (!attackerIsStated(event)) return null;
  const attackBySide = new Set<Side>();
  const defenceBySide = new Set<Side>();
  for (const { force: id, role, alleged } of event.forces) {
    // An alleged role ("said to be from al-Nusra") is never asked, nor used to place a camp.
    if (alleged) continue;
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
  for (const { force: id, role, alleged } of event.forces) {
    const force = ctx.forceById.get(id);
    if (alleged || !force || force.kind === "side" || seen.has(`${id}:${role}`)) continue;
    seen.add(`${id}:${role}`);
    if (ATTACK_ROLES.has(role) && force.side === attackSide) attackers.push({ force, role });
    if (DEFENCE_ROLES.has(role) && force.side === defenceSide) defenders.push({ force, role });
  }
  return { attackSide, defenceSide, attackers: dedupeForces(attackers), defenders: dedupeForces(defenders) };
}

/**
 * Words showing that one side attacked. "Clashes", "fighting between" or
 * "battle" alone do not say who attacked, so an event described only that way
 * has no stated attacker (its attacker/defender roles would be our inference).
 */
export const ATTACK_EVIDENCE =
  /\b(attack(s|ed|ing)?|assault(s|ed)?|storm(s|ed|ing)?|overr[au]n|raid(s|ed)?|seiz(e|es|ed|ing)|captur(e|es|ed|ing)|took|takes?|taken|retak(e|es|en)|retook|recaptur(e|es|ed)|besieg(e|es|ed|ing)|siege|shell(s|ed|ing)?|bomb(s|ed|ing)?|bombard(s|ed|ing|ment)?|air strikes?|offensive|ambush(es|ed)?|struck|strikes?|hit)\b/i;

/**
 * Does the event plainly say who attacked? Not for beaten-back attacks: when a
 * column is stopped or a counter-attack repelled, "the attackers" is arguable
 * (the reviewers read the rebels who halted a column as attackers too). Not for
 * events told only as clashes (see ATTACK_EVIDENCE).
 */
export function attackerIsStated(event: Event): boolean {
  if (event.outcome === "attack-repelled" || event.forces.some((f) => f.role === "repelled")) return false;
  return ATTACK_EVIDENCE.test(`${event.title} ${event.summary}`);
}

/** Per bank build: the same titles and stems are checked many times over. */
const sidesNamedCache = new WeakMap<GeneratorContext, Map<string, Set<Side>>>();

/** The sides a text names or clearly implies: by SIDE_REVEALING_WORDS or by naming a force of that side. */
export function sidesNamedIn(ctx: GeneratorContext, text: string): Set<Side> {
  const byText = cached(sidesNamedCache, ctx, () => new Map<string, Set<Side>>());
  return cached(byText, text, () => computeSidesNamedIn(ctx, text));
}

export function computeSidesNamedIn(ctx: GeneratorContext, text: string): Set<Side> {
  const plain = plainWords(text);
  const named = new Set<Side>();
  for (const [side, words] of Object.entries(SIDE_REVEALING_WORDS) as [Side, RegExp][]) {
    if (words.test(plain)) named.add(side);
  }
  for (const force of ctx.kb.forces) if (mentionsAny(plain, namesOf(force))) named.add(force.side);
  return named;
}

/** One entry per force (a force listed twice keeps its first role). */
export function dedupeForces<T extends { force: Force }>(entries: T[]): T[] {
  const seen = new Set<string>();
  return entries.filter((e) => (seen.has(e.force.id) ? false : (seen.add(e.force.id), true)));
}

// ---------------------------------------------------------------------------
// 5. Which force defended the place? (multiple choice)

/** "the army base near Darat Izza", "the Taftanaz airbase", "Azmarin". */
export function placeInSentence(place: LoadedPlace): string {
  if (!POSITION_KINDS.has(place.kind)) return place.name;
  const name = /^(Army|Military|Police|University)\b/.test(place.name)
    ? place.name.charAt(0).toLowerCase() + place.name.slice(1)
    : place.name;
  return `the ${name}`;
}

/** Place kinds that are themselves a defended position. */
export const POSITION_KINDS: ReadonlySet<LoadedPlace["kind"]> = new Set<LoadedPlace["kind"]>([
  "military-base", "airbase", "checkpoint", "border-crossing", "building",
]);

/** Group-level forces: the kinds a commander can belong to. */
export const GROUP_KINDS: ReadonlySet<Force["kind"]> = new Set<Force["kind"]>([
  "armed-forces", "coalition", "group", "military-council", "militia", "security-agency",
  "brigade", "battalion", "regiment", "division", "squadron",
]);

/**
 * Wrong answers for "which group was the member part of?": groups of the true
 * group's side, related to neither the group nor the member, and never in an
 * event beside the member (the documents cannot rule out that it belonged to
 * one it fought beside).
 */
export function otherGroups(ctx: GeneratorContext, index: ForceIndex, group: Force, member: Force): Force[] {
  return ctx.kb.forces.filter(
    (f) =>
      f.side === group.side &&
      GROUP_KINDS.has(f.kind) &&
      !related(index, group.id, f.id) &&
      !related(index, member.id, f.id) &&
      !index.sharesEvent.get(member.id)!.has(f.id),
  );
}

// ---------------------------------------------------------------------------
// Neutral stems: an event told by its place, date and outcome only

/**
 * Place kinds a neutral stem may name: settlements, city districts and border
 * crossings. Bases, airbases, checkpoints and buildings (a prison, a police
 * school, an intelligence office) are never named, not even in "Who took
 * control of…?". A base name only says it was a base, not who took it, but in
 * these documents only the government ever holds a base and only the rebels
 * ever take one, so with every distractor from the other side "Who took control
 * of the Taftanaz airbase?" is answered by picking the one rebel option: the
 * same give-away as a title (SIDE_REVEALING_WORDS counts bases for the
 * government for the same reason).
 */
export const NEUTRAL_PLACE_KINDS: ReadonlySet<LoadedPlace["kind"]> = new Set<LoadedPlace["kind"]>([
  "city", "town", "village", "neighbourhood", "border-crossing",
]);

/**
 * Days either side of an event in which another event at the same place could
 * be taken for it. Captures get the wide window: "Who took control of Azaz
 * (July 2012)?" must not fit a second capture of Azaz a few weeks away, as
 * the documents' dates are often loose ("by 22 July", "August"). The other
 * neutral stems ask about one fight on the day they give; a fight at the same
 * place in the days around it (Ariha retaken on 11 August, the rebels back on
 * the 13th) must still not fit, while one a month away is plainly another.
 */
export const CAPTURE_WINDOW_DAYS = 60;

export const FIGHT_WINDOW_DAYS = 14;

/** Defence roles that mean a fight took place, unlike "held", which a situation report also uses. */
export const FIGHTING_DEFENCE_ROLES: ReadonlySet<ForceRole> = new Set<ForceRole>(["defender", "besieged", "repelled"]);

/** Roles that show a force held the ground: a defence role, or leaving it ("withdrew"). */
export const HOLDING_ROLES: ReadonlySet<ForceRole> = new Set<ForceRole>(["defender", "held", "besieged", "withdrew"]);

/** The side an outcome says gained ground. */
export function gainingSide(event: Event): Side | null {
  return event.outcome === "rebel-gain" ? "rebels" : event.outcome === "government-gain" ? "government" : null;
}

/** A gain a neutral stem can ask about: who gained it, the event's camps, and the place the stem names. */
export interface NeutralGain {
  side: Side;
  /** The civil-war side opposite the one that gained. */
  opposingSide: Side;
  camps: EventCamps;
  place: LoadedPlace;
}

/**
 * The event's gain, when a neutral stem can ask about it: the side that gained
 * ground was the attacking camp, and the stem can name the place (see
 * `neutralPlace`) with no base or checkpoint beside it that the fight may
 * have been for (see `listsPosition`). Null otherwise.
 */
export function neutralGain(ctx: GeneratorContext, event: Event): NeutralGain | null {
  const side = gainingSide(event);
  const camps = eventCamps(ctx, event);
  if (side === null || !camps || camps.attackSide !== side) return null;
  const place = neutralPlace(ctx, event);
  if (!place || listsPosition(ctx, event)) return null;
  return { side, opposingSide: opposite(side)!, camps, place };
}

/**
 * A neutral gain in which the side took the place (see `wasTaken`) from the
 * other civil-war side: any named defenders were of that side.
 */
export function takenFromOpposingSide(ctx: GeneratorContext, event: Event): NeutralGain | null {
  const gain = neutralGain(ctx, event);
  if (!gain || (gain.camps.defenceSide !== null && gain.camps.defenceSide !== gain.opposingSide)) return null;
  return wasTaken(ctx, event, gain.side) ? gain : null;
}

/** Every event (by id) that is a gain taken from the other civil-war side (see takenFromOpposingSide), with it. */
export function gainsFromOpposingSide(ctx: GeneratorContext): (NeutralGain & { event: Event })[] {
  return eventsById(ctx).flatMap((event) => {
    const gain = takenFromOpposingSide(ctx, event);
    return gain ? [{ ...gain, event }] : [];
  });
}

/**
 * The place a neutral stem names: the event's main place, when it is a
 * settlement, district or crossing whose name gives no camp away. Null
 * otherwise (the question is skipped).
 */
export function neutralPlace(ctx: GeneratorContext, event: Event): LoadedPlace | null {
  const place = primaryPlace(ctx, event);
  if (!place || !NEUTRAL_PLACE_KINDS.has(place.kind)) return null;
  return sidesNamedIn(ctx, place.name).size === 0 ? place : null;
}

/**
 * Does the event also list a base, checkpoint or building? Then "who took the
 * town" is unsafe: the fight may have been for that position ("Rebels overrun
 * an army base near Darat Izza" is not the capture of Darat Izza).
 */
export function listsPosition(ctx: GeneratorContext, event: Event): boolean {
  return event.places.some((id) => {
    const place = ctx.placeById.get(id);
    return place !== undefined && POSITION_KINDS.has(place.kind) && !NEUTRAL_PLACE_KINDS.has(place.kind);
  });
}

const sortedEvents = new WeakMap<GeneratorContext, Event[]>();

/** The knowledge base's events in id order, sorted once per bank build. */
export function eventsById(ctx: GeneratorContext): Event[] {
  return cached(sortedEvents, ctx, () => [...ctx.kb.events].sort(byId));
}

/**
 * Other events at the place whose dates come within `windowDays` of this
 * one's. A "by" date may lie anywhere before its day, so its own start is
 * moved back by the window as well as the nominal month start.
 */
export function eventsNearby(ctx: GeneratorContext, event: Event, placeId: string, windowDays: number): Event[] {
  const own = dateInterval(event.date);
  const widened = { start: addDays(own.start, own.openStart ? -2 * windowDays : -windowDays), end: addDays(own.end, windowDays) };
  return eventsById(ctx).filter(
    (e) => e.id !== event.id && e.places.includes(placeId) && intervalsOverlap(widened, dateInterval(e.date)),
  );
}

/**
 * Does a nearby event put the side in the other camp at that place? Alleged
 * roles count here: doubt is reason enough to skip. "Attacking" conflicts with
 * defending or holding ground while someone attacked; merely holding a town
 * in a situation report is no fight ("Darat Izza is a rebel-held town" beside
 * the rebels' attack on the base near it). "Defending" conflicts with any
 * attack role.
 */
export function campConflict(ctx: GeneratorContext, nearby: readonly Event[], side: Side, camp: "attacking" | "defending"): boolean {
  return nearby.some((e) => {
    const sideOf = (id: string) => ctx.forceById.get(id)?.side;
    const own = e.forces.filter((f) => sideOf(f.force) === side);
    if (camp === "defending") return own.some((f) => ATTACK_ROLES.has(f.role));
    const attacked = e.forces.some((f) => ATTACK_ROLES.has(f.role) && sideOf(f.force) !== side);
    return own.some((f) => FIGHTING_DEFENCE_ROLES.has(f.role) || (attacked && HOLDING_ROLES.has(f.role)));
  });
}

/** Does a nearby event record a capture by another force than `captors` (a same-side generic "rebels" aside)? */
export function otherCaptureNearby(ctx: GeneratorContext, nearby: readonly Event[], side: Side, captors: readonly Force[]): boolean {
  const keyIds = new Set(captors.map((f) => f.id));
  return nearby.some((e) => {
    const gain = gainingSide(e);
    return e.forces.some((f) => {
      const capturing = f.role === "captured" || f.role === "retook" || (gain !== null && ATTACK_ROLES.has(f.role));
      if (!capturing || keyIds.has(f.force)) return false;
      const force = ctx.forceById.get(f.force);
      return !force || force.side !== side || force.kind !== "side";
    });
  });
}

/**
 * Is the stem free of every force name and side word, apart from the forces
 * it is meant to name (the subject of a true/false statement)?
 */
export function stemIsNeutral(ctx: GeneratorContext, prompt: string, named: readonly Force[] = []): boolean {
  let rest = plainWords(prompt);
  for (const force of named) {
    for (const name of [...namesOf(force)].sort((a, b) => b.length - a.length)) {
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      rest = rest.replace(new RegExp(`(?<!\\w)${escaped}(?!\\w)`, "gi"), " ");
    }
  }
  return sidesNamedIn(ctx, rest).size === 0;
}

/** "Azmarin (14 October 2012)", "the Bab al-Salam border crossing (by 22 July 2012)": how a neutral stem names the event. */
export function placeDate(place: LoadedPlace, event: Event): string {
  return `${placeInSentence(place)} (${formatDate(event.date)})`;
}

/** Forces whose own names echo the place: as options they would point at the answer. */
export function echoesPlace(force: Force, place: LoadedPlace): boolean {
  return namesOf(force).some((n) => mentionsAny(plainWords(n), namesOf(place)));
}

/**
 * Distractors for a neutral stem: up to two same-side forces certainly
 * elsewhere (see `certainlyElsewhere`), the rest forces of the opposing side
 * that play no part in the event or in any event at the same place within the
 * window (so none of them could fit a nearby story). No option's name echoes
 * the place ("Darat Izza Brigade" for Darat Izza). With `sameSideOnly`, only
 * the certainly-elsewhere ones (for a false true/false statement).
 */
export function neutralDistractors(
  ctx: GeneratorContext,
  index: ForceIndex,
  rng: SeededRandom,
  event: Event,
  place: LoadedPlace,
  correct: readonly Force[],
  opposingSide: Side,
  count: number,
  sameSideOnly = false,
): Distractors {
  const nearby = eventsNearby(ctx, event, place.id, CAPTURE_WINDOW_DAYS);
  const involved = new Set([event, ...nearby].flatMap((e) => e.forces.map((f) => f.force)));
  const candidates = sameSideOnly ? [] : opposingCandidates(ctx, index, opposingSide, correct, involved);
  return mixedDistractors(ctx, index, rng, event, correct, opposingSide, candidates, count, (f) => involved.has(f.id) || echoesPlace(f, place));
}

/**
 * Did the side take the place? Only a capture role says so: "rebel-gain" with
 * attackers alone may mean ground won around it ("overran several checkpoints
 * on the western side" of Idlib city).
 */
export function wasTaken(ctx: GeneratorContext, event: Event, side: Side): boolean {
  return event.forces.some(
    (f) => !f.alleged && (f.role === "captured" || f.role === "retook") && ctx.forceById.get(f.force)?.side === side,
  );
}

/**
 * Study sets reach a question about forces alone through an event that
 * involves one of its forces, or through a set's own `forces` list. A force
 * that is in neither (e.g. units only named in an order-of-battle box) would
 * make a question no student is ever shown, so such questions are held back
 * until a study set lists the force.
 */
export function reachableByStudySets(ctx: GeneratorContext, question: QuestionDraft): boolean {
  if (question.refs.events.length > 0) return true;
  return question.refs.forces.some(
    (id) => ctx.kb.events.some((e) => e.forces.some((f) => f.force === id)) || ctx.kb.studySets.some((s) => s.forces.includes(id)),
  );
}
