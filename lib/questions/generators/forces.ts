/**
 * Forces questions: which side a force fought for, who attacked and who
 * defended in an event, and how units and commanders fit into larger forces.
 *
 * Honesty rule for "who did X" questions: the documents not mentioning a force
 * does not prove it was absent. So a distractor for "which force attacked…"
 * comes from the OPPOSING side (rebels vs government), or, at most two per
 * question, from the same side when that force was certainly elsewhere (see
 * `certainlyElsewhere`: all its events in another governorate, 40 km away or
 * more), so the question does not reduce to "which option is a rebel force".
 * A multiple-choice event question needs at least one such same-side
 * distractor, or it is skipped. A distractor never appears in the event at all
 * and is never a parent or child (transitively) of a correct answer, nor a
 * unit that may sit inside one unrecorded (see `mayBeNested`). Captures known only from one side's claim are asked
 * as claims ("Who claimed to have taken control of…", see `restsOnClaim`).
 * The generic sides ("rebels", "government") are never a subject or an
 * option: they are too vague. Foreign states are left out of the side
 * questions: Turkey backed the rebels and Russia the government, so "Russia
 * fought on the side of the government" would be marked false while true.
 *
 * Event titles name the side that acted ("Rebels take…", "Army retakes…"),
 * which with every distractor from the other side gives the key away. So the
 * event questions about who captured, held, attacked or took part (sections
 * 11–14 and 10) never show a title: their stems are built from the event's
 * place, date and outcome only, and name no force and no side (see
 * `neutralPlace` for which places a stem may name).
 */
import type { Event, Force, ForceRole, Side } from "../../content/schema";
import type { LoadedPlace } from "../../content/load";
import { addDays, dateInterval, formatDate, intervalsOverlap } from "../../content/dates";
import { normalizeName } from "../../content/normalize-name";
import type { SeededRandom } from "../random";
import {
  byId,
  clampDifficulty,
  escapeRegExp,
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

/**
 * Names that tell their side to anyone: the state's services ("Syrian Army", "Air Force Intelligence"),
 * the "Free Syrian Army", and the army's numbered units ("80th Army Brigade", "6th Division"). Asking which
 * side they fought for tests nothing (question-writing guide: no circular questions).
 */
const SIDE_IN_NAME = /\b(army|air force|free syrian|syrian arab|armed forces|intelligence|republican guard|security)\b|^\d+(st|nd|rd|th)\b/i;

/** Description words that make "a foreign state" a tempting wrong side. */
const FOREIGN_HINT = /\b(libyan?|turk(ey|ish)|russian?|foreign|volunteers?)\b/i;

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
const SIDE_REVEALING_WORDS: Readonly<Record<"rebels" | "government" | "kurdish", RegExp>> = {
  rebels:
    /\b(rebels?|opposition|insurgents?|FSA|free syrian army|nusra|jihadists?|islamists?|gunmen|armed men|militants?|fighters?|defectors?|defected|mujahideen|liberate|liberation|revolutionary)\b/i,
  government:
    /\b(army|armed forces|soldiers?|troops?|regime|government|pro-government|loyalists?|assad|shabiha|jets?|warplanes?|aircraft|helicopters?|air force|air strikes?|airstrikes?|airdrops?|bombard(s|ed|ing|ment)?|tanks?|artillery|armou?red|military|security forces|state media|garrison|barracks|bases?|air ?base|airbase|airport|airfield|checkpoints?|prison)\b/i,
  kurdish: /\b(kurds?|kurdish|ypg|pyd|peshmerga)\b/i,
};

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

/** Names that are a description, not a proper name: "the armoured regiment at Wadi Deif". */
const DESCRIPTIVE_NAME = /^[A-Z]\w* (regiment|battalion|brigade)\b/;

/** How a force reads inside a sentence: "the Free Syrian Army", "Col. Heitam Afasi", "Ahrar ash-Sham". */
export function inSentence(force: Force): string {
  if (kindClass(force) === "person") return labelOf(force);
  const takesArticle = TAKES_ARTICLE.test(force.name) || DESCRIPTIVE_NAME.test(force.name);
  if (/['’]s\b/.test(force.name) || !takesArticle) return force.name;
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
  /** The events each force appears in (any role, alleged ones too), by id. */
  eventsOf: Map<string, Event[]>;
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
  const eventsOf = new Map<string, Event[]>(ctx.kb.forces.map((f) => [f.id, []]));
  for (const event of [...ctx.kb.events].sort(byId)) {
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

function related(index: ForceIndex, a: string, b: string): boolean {
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
function mayBeNested(ctx: GeneratorContext, index: ForceIndex, a: Force, b: Force): boolean {
  if (related(index, a.id, b.id)) return true;
  const hangsUnder = (low: Force, high: Force): boolean =>
    low.parent !== undefined &&
    ctx.forceById.get(low.parent)?.kind !== "side" &&
    index.ancestors.get(high.id)!.has(low.parent) &&
    levelOf(low) < levelOf(high);
  return hangsUnder(a, b) || hangsUnder(b, a);
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
const ELSEWHERE_KM = 40;

/** Most same-side distractors in one question; the rest come from the other side. */
const MAX_ELSEWHERE_DISTRACTORS = 2;

/** Kinds of force present all over the country, whatever the documents place them. */
const NATIONWIDE_KINDS: ReadonlySet<Force["kind"]> = new Set<Force["kind"]>(["armed-forces", "coalition", "security-agency"]);

/**
 * Events told for a whole area ("The 2012 Aleppo Governorate clashes", pinned
 * on Aleppo city) say a force fought somewhere in that governorate, not at the
 * pinned place: their footprint is every place of the governorate.
 */
const AREA_WIDE_WORDS = /\b(governorate|province|countryside)\b/i;
const AREA_PLACE_KINDS: ReadonlySet<LoadedPlace["kind"]> = new Set<LoadedPlace["kind"]>(["region", "country", "highway"]);

/** Great-circle distance in km (haversine). */
function kmBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The events of the force and of every unit under it: a council was wherever its brigades were. */
function eventsWithUnits(index: ForceIndex, force: Force): Event[] {
  const ids = [force.id, ...[...(index.descendants.get(force.id) ?? [])].sort()];
  const seen = new Set<string>();
  return ids.flatMap((id) => index.eventsOf.get(id) ?? []).filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
}

/** The asked event's places, or null when one of them cannot be placed (then no same-side distractor is used). */
function locatedPlaces(ctx: GeneratorContext, event: Event): LoadedPlace[] | null {
  const places = event.places.map((id) => ctx.placeById.get(id));
  if (places.length === 0 || places.some((p) => !p || !p.coordinates || p.governorate === "multiple")) return null;
  return places as LoadedPlace[];
}

/** Is the place in another governorate than every asked place, and at least ELSEWHERE_KM from each? */
function farFrom(place: LoadedPlace, asked: readonly LoadedPlace[]): boolean {
  if (!place.coordinates || place.governorate === "multiple") return false;
  return asked.every(
    (a) => a.governorate !== place.governorate && a.coordinates !== null && kmBetween(a.coordinates, place.coordinates!) >= ELSEWHERE_KM,
  );
}

/** Names of the asked places, their governorates and every place in those governorates or near them. */
function namesOfArea(ctx: GeneratorContext, asked: readonly LoadedPlace[]): string[] {
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
function certainlyElsewhere(
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
function governoratesOf(ctx: GeneratorContext, index: ForceIndex, force: Force): string {
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

/** A question's wrong options: same-side forces that were certainly elsewhere, and forces of the other side. */
interface Distractors {
  elsewhere: Force[];
  opposing: Force[];
  opposingSide: Side;
}

function allDistractors(d: Distractors): Force[] {
  return [...d.elsewhere, ...d.opposing];
}

/**
 * Up to MAX_ELSEWHERE_DISTRACTORS same-side forces certainly elsewhere
 * (similar kind first), the rest from `opposingCandidates`. `exclude` rules out
 * further forces (those named in a title shown in the stem).
 */
function mixedDistractors(
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
function distractorNote(ctx: GeneratorContext, index: ForceIndex, d: Distractors, place: LoadedPlace | undefined): string {
  const where = place ? `around ${placeInSentence(place)}` : "in this fight";
  const parts = d.elsewhere.map((f) => `${inSentence(f)} ${wasOrWere([f])} active in ${governoratesOf(ctx, index, f)}, not ${where}`);
  if (d.opposing.length > 0) parts.push(`${listNames(d.opposing)} fought for ${sideInSentence(d.opposingSide)}`);
  return `${capitalise(parts.join("; "))}.`;
}

/** Citations for the wrong options' facts: where a same-side force was active comes from its own events. */
function distractorCitations(index: ForceIndex, d: Distractors) {
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
const CLAIM_WORD = String.raw`(?:claim(?:s|ed)?|announc(?:e|es|ed)|said (?:it|they) (?:had|has|have|now)|says it|say they)`;
const CAPTURE_WORD = String.raw`(?:tak(?:e|es|en|ing)|took|captur\w*|seiz\w*|control\w*|held|hold\w*|overr[au]n|won|win)`;

/** Does the event's gain rest on one side's claim or announcement? */
const restsOnClaimCache = new WeakMap<Event, boolean>();

function restsOnClaim(ctx: GeneratorContext, event: Event): boolean {
  let found = restsOnClaimCache.get(event);
  if (found === undefined) {
    found = computeRestsOnClaim(ctx, event);
    restsOnClaimCache.set(event, found);
  }
  return found;
}

function computeRestsOnClaim(ctx: GeneratorContext, event: Event): boolean {
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
interface EventCamps {
  attackSide: Side | null;
  defenceSide: Side | null;
  /** Non-side forces on the attacking side with an attack role. */
  attackers: { force: Force; role: ForceRole }[];
  /** Non-side forces on the defending side with a defence role. */
  defenders: { force: Force; role: ForceRole }[];
}

function eventCamps(ctx: GeneratorContext, event: Event): EventCamps | null {
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
const ATTACK_EVIDENCE =
  /\b(attack(s|ed|ing)?|assault(s|ed)?|storm(s|ed|ing)?|overr[au]n|raid(s|ed)?|seiz(e|es|ed|ing)|captur(e|es|ed|ing)|took|takes?|taken|retak(e|es|en)|retook|recaptur(e|es|ed)|besieg(e|es|ed|ing)|siege|shell(s|ed|ing)?|bomb(s|ed|ing)?|bombard(s|ed|ing|ment)?|air strikes?|offensive|ambush(es|ed)?|struck|strikes?|hit)\b/i;

/**
 * Does the event plainly say who attacked? Not for beaten-back attacks: when a
 * column is stopped or a counter-attack repelled, "the attackers" is arguable
 * (the reviewers read the rebels who halted a column as attackers too). Not for
 * events told only as clashes (see ATTACK_EVIDENCE).
 */
function attackerIsStated(event: Event): boolean {
  if (event.outcome === "attack-repelled" || event.forces.some((f) => f.role === "repelled")) return false;
  return ATTACK_EVIDENCE.test(`${event.title} ${event.summary}`);
}

/** The sides a text names or clearly implies: by SIDE_REVEALING_WORDS or by naming a force of that side. */
/** Per bank build: the same titles and stems are checked many times over. */
const sidesNamedCache = new WeakMap<GeneratorContext, Map<string, Set<Side>>>();

function sidesNamedIn(ctx: GeneratorContext, text: string): Set<Side> {
  let byText = sidesNamedCache.get(ctx);
  if (!byText) {
    byText = new Map();
    sidesNamedCache.set(ctx, byText);
  }
  let named = byText.get(text);
  if (!named) {
    named = computeSidesNamedIn(ctx, text);
    byText.set(text, named);
  }
  return named;
}

function computeSidesNamedIn(ctx: GeneratorContext, text: string): Set<Side> {
  const plain = plainWords(text);
  const named = new Set<Side>();
  for (const [side, words] of Object.entries(SIDE_REVEALING_WORDS) as [Side, RegExp][]) {
    if (words.test(plain)) named.add(side);
  }
  for (const force of ctx.kb.forces) if (mentionsAny(plain, namesOf(force))) named.add(force.side);
  return named;
}

/**
 * Does the text name or imply a civil-war camp? With the key from one camp and
 * every distractor from the other, naming either camp answers the question:
 * "Rebels attack…" tells who attacked and, by elimination, who defended.
 */
function givesCampAway(ctx: GeneratorContext, text: string): boolean {
  const named = sidesNamedIn(ctx, text);
  return named.has("rebels") || named.has("government");
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

function forceSideChoice(ctx: GeneratorContext, index: ForceIndex): QuestionDraft[] {
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

function forceSideTrueFalse(ctx: GeneratorContext, index: ForceIndex): QuestionDraft[] {
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
      prompt: `True or false: ${inSentence(force)} fought on the side of ${sideInSentence(stated)}.`,
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
function forceSideMatching(ctx: GeneratorContext): QuestionDraft[] {
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

// ---------------------------------------------------------------------------
// 4. Which of these was among the attackers? (multiple choice, select many)

/**
 * Distractors for a "who attacked / who defended" question shown with the
 * event's title: up to two same-side forces certainly elsewhere (see
 * `certainlyElsewhere`), the rest from the opposing side, of a similar kind,
 * not in the event at all, not related to a correct answer; none named in the
 * title.
 */
function titleDistractors(
  ctx: GeneratorContext,
  index: ForceIndex,
  rng: SeededRandom,
  event: Event,
  correct: readonly Force[],
  opposingSide: Side,
  count: number,
): Distractors {
  const inEvent = new Set(event.forces.map((f) => f.force));
  const candidates = ctx.kb.forces.filter(
    (f) =>
      f.side === opposingSide &&
      f.kind !== "side" &&
      kindClass(f) !== "person" &&
      !inEvent.has(f.id) &&
      !correct.some((k) => related(index, k.id, f.id)),
  );
  return mixedDistractors(ctx, index, rng, event, correct, opposingSide, candidates, count, (f) => textRevealsForce(event.title, f));
}

/**
 * Does the event rest on a claim its title does not show? Then a title
 * question would state the claim as fact; it is skipped (the neutral
 * templates word such stems as a claim instead).
 */
function hiddenClaim(ctx: GeneratorContext, event: Event): boolean {
  return restsOnClaim(ctx, event) && !new RegExp(`\\b${CLAIM_WORD}\\b`, "i").test(plainWords(event.title));
}

function eventActorChoice(ctx: GeneratorContext, index: ForceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const event of [...ctx.kb.events].sort(byId)) {
    const camps = eventCamps(ctx, event);
    if (!camps || camps.attackSide === null) continue;
    const correct = camps.attackers.map((a) => a.force).filter((f) => kindClass(f) !== "person");
    if (correct.length === 0) continue;
    if (correct.some((f) => textRevealsForce(event.title, f)) || hiddenClaim(ctx, event)) continue;
    // Opposing distractors come from the other civil-war side; Kurdish or foreign attackers have none for certain.
    const opposingSide = opposite(camps.attackSide);
    if (opposingSide === null || (camps.defenceSide !== null && camps.defenceSide !== opposingSide)) continue;

    const selectMany = correct.length >= 2;
    const qid = questionId("event-actor-choice", [event.id]);
    const rng = rngFor(ctx, qid);
    const wrong = titleDistractors(ctx, index, rng, event, correct, opposingSide, correct.length > 2 ? 2 : 3);
    const distractors = allDistractors(wrong);
    // At least one same-side force certainly elsewhere, or the question tests only the key's side (review 3, item 2).
    if (distractors.length < 2 || wrong.elsewhere.length === 0) continue;
    const prompt = selectMany
      ? `Which of these were among the attackers in ${eventLabel(event)}? Select all that apply.`
      : `Which of these was among the attackers in ${eventLabel(event)}?`;
    if (givesCampAway(ctx, prompt)) continue;
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
      explanation: `${capitalise(listNames(correct))} ${wasOrWere(correct)} on the attacking side. ${distractorNote(ctx, index, wrong, primaryPlace(ctx, event))} ${event.summary}`,
      sources: mergeCitations(event.citations, ...distractorCitations(index, wrong)),
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
    const selectMany = correct.length >= 2;
    const promptAt = (at: LoadedPlace | undefined): string => {
      const verb = defenceWording(
        entries.map((d) => d.role),
        at,
      );
      return selectMany
        ? `Which of these ${verb.replace(/^was /, "were ")} in ${eventLabel(event)}? Select all that apply.`
        : `Which force ${verb} in ${eventLabel(event)}?`;
    };
    // A place such as "the Wadi al-Deif military base" names the defenders' camp; then the stem leaves it out.
    const defended = defendedPlace(ctx, event, camps);
    const place = defended && !givesCampAway(ctx, promptAt(defended)) ? defended : undefined;
    const prompt = promptAt(place);
    if (correct.some((f) => textRevealsForce(prompt, f)) || givesCampAway(ctx, prompt) || hiddenClaim(ctx, event)) continue;

    const qid = questionId("event-defender-choice", [event.id]);
    const rng = rngFor(ctx, qid);
    const wrong = titleDistractors(ctx, index, rng, event, correct, camps.attackSide, correct.length > 2 ? 2 : 3);
    const distractors = allDistractors(wrong);
    // At least one same-side force certainly elsewhere, or the question tests only the key's side (review 3, item 2).
    if (distractors.length < 2 || wrong.elsewhere.length === 0) continue;
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
      explanation: `${capitalise(listNames(correct))} ${wasOrWere(correct)} on the defending side. ${distractorNote(ctx, index, wrong, place ?? primaryPlace(ctx, event))} ${event.summary}`,
      sources: mergeCitations(event.citations, ...distractorCitations(index, wrong)),
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

/**
 * Summary words saying that others than one named group did it ("rebels",
 * "other battalions", "fighters"): then "the group that carried out the
 * attack" has more than one answer.
 */
const OTHER_ATTACKERS = /\b(rebels?|opposition|insurgents?|fighters|gunmen|armed men|militants|attackers|other (rebel )?(battalions|brigades|groups|units|factions))\b/i;

function eventActorTyped(ctx: GeneratorContext): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const event of [...ctx.kb.events].sort(byId)) {
    const camps = eventCamps(ctx, event);
    if (!camps || hiddenClaim(ctx, event)) continue;
    // The named group must be the event's only attack-role entry: no generic side
    // ("rebels"), no second group, no alleged one, and the summary credits no one else.
    const attackEntries = event.forces.filter((f) => ATTACK_ROLES.has(f.role));
    if (attackEntries.length !== 1 || attackEntries[0]!.alleged || OTHER_ATTACKERS.test(event.summary)) continue;
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

/** Unit kinds a typed stem can name ("Name the division…"), so only one answer fits. */
const NAMED_PARENT_KINDS: ReadonlySet<Force["kind"]> = new Set<Force["kind"]>(["division", "brigade", "regiment"]);

/**
 * 9b. The same fact typed. "Part of" is transitive, so a typed answer must
 * accept every force the unit sits under: the stem names the parent's kind
 * ("Name the division…") when the unit has only one ancestor of that kind;
 * otherwise it asks for "the larger force" and accepts every named ancestor
 * (a regiment of the Syrian Army was also part of the Syrian Armed Forces).
 */
function forceParentTyped(ctx: GeneratorContext, index: ForceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const unit of [...ctx.kb.forces].sort(byId)) {
    if (!UNIT_KINDS.has(unit.kind) || !unit.parent) continue;
    const parent = ctx.forceById.get(unit.parent);
    if (!parent || parent.kind === "side" || sharesDistinctiveWord(unit, parent)) continue;
    const ancestors = [...index.ancestors.get(unit.id)!]
      .map((id) => ctx.forceById.get(id))
      .filter((f): f is Force => f !== undefined && f.kind !== "side");
    // "Part of the Syrian Armed Forces" leaves the branch open: "the Syrian Army" might be true too.
    const chain = index.ancestors.get(unit.id)!;
    const openBranch = [...index.descendants.get(parent.id)!].some(
      (id) => ctx.forceById.get(id)?.kind === "armed-forces" && !chain.has(id),
    );
    if (openBranch) continue;
    const sameKind = ancestors.filter((f) => f.kind === parent.kind);
    const byKind = NAMED_PARENT_KINDS.has(parent.kind) && sameKind.length === 1;
    const accepted = byKind ? [parent] : ancestors;
    const prompt = `Name the ${byKind ? parent.kind : "larger force"} that ${inSentence(unit)} ${wasOrWere([unit])} part of.`;
    const accept = [...new Set(accepted.flatMap(namesOf))];
    if (mentionsAny(plainWords(prompt), accept) || accepted.some((f) => textRevealsForce(prompt, f))) continue;
    const higher = accepted.filter((f) => f.id !== parent.id);
    const alsoAccepted = higher.length > 0 ? ` Forces higher up the chain, such as ${listNames(higher)}, are accepted too.` : "";
    const qid = questionId("force-parent-typed", [unit.id]);
    out.push({
      id: qid,
      category: "forces",
      type: "typed",
      template: "force-parent-typed",
      prompt,
      answer: { text: parent.name },
      accept,
      explanation: `${startOfSentence(unit)} ${wasOrWere([unit])} part of ${inSentence(parent)}.${alsoAccepted} ${unit.description}`,
      sources: mergeCitations(unit.citations),
      refs: refs({ forces: [unit.id, parent.id] }),
      difficulty: 3,
    });
  }
  return out;
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
const NEUTRAL_PLACE_KINDS: ReadonlySet<LoadedPlace["kind"]> = new Set<LoadedPlace["kind"]>([
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
const CAPTURE_WINDOW_DAYS = 60;
const FIGHT_WINDOW_DAYS = 14;

/** Defence roles that mean a fight took place, unlike "held", which a situation report also uses. */
const FIGHTING_DEFENCE_ROLES: ReadonlySet<ForceRole> = new Set<ForceRole>(["defender", "besieged", "repelled"]);

/** Roles that show a force held the ground: a defence role, or leaving it ("withdrew"). */
const HOLDING_ROLES: ReadonlySet<ForceRole> = new Set<ForceRole>(["defender", "held", "besieged", "withdrew"]);

/** The side an outcome says gained ground. */
function gainingSide(event: Event): Side | null {
  return event.outcome === "rebel-gain" ? "rebels" : event.outcome === "government-gain" ? "government" : null;
}

/**
 * The place a neutral stem names: the event's main place, when it is a
 * settlement, district or crossing whose name gives no camp away. Null
 * otherwise (the question is skipped).
 */
function neutralPlace(ctx: GeneratorContext, event: Event): LoadedPlace | null {
  const place = primaryPlace(ctx, event);
  if (!place || !NEUTRAL_PLACE_KINDS.has(place.kind)) return null;
  return sidesNamedIn(ctx, place.name).size === 0 ? place : null;
}

/**
 * Does the event also list a base, checkpoint or building? Then "who took the
 * town" is unsafe: the fight may have been for that position ("Rebels overrun
 * an army base near Darat Izza" is not the capture of Darat Izza).
 */
function listsPosition(ctx: GeneratorContext, event: Event): boolean {
  return event.places.some((id) => {
    const place = ctx.placeById.get(id);
    return place !== undefined && POSITION_KINDS.has(place.kind) && !NEUTRAL_PLACE_KINDS.has(place.kind);
  });
}

/**
 * Other events at the place whose dates come within `windowDays` of this
 * one's. A "by" date may lie anywhere before its day, so its own start is
 * moved back by the window as well as the nominal month start.
 */
const sortedEvents = new WeakMap<GeneratorContext, Event[]>();

/** The knowledge base's events in id order, sorted once per bank build. */
function eventsById(ctx: GeneratorContext): Event[] {
  let events = sortedEvents.get(ctx);
  if (!events) {
    events = [...ctx.kb.events].sort(byId);
    sortedEvents.set(ctx, events);
  }
  return events;
}

function eventsNearby(ctx: GeneratorContext, event: Event, placeId: string, windowDays: number): Event[] {
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
function campConflict(ctx: GeneratorContext, nearby: readonly Event[], side: Side, camp: "attacking" | "defending"): boolean {
  return nearby.some((e) => {
    const sideOf = (id: string) => ctx.forceById.get(id)?.side;
    const own = e.forces.filter((f) => sideOf(f.force) === side);
    if (camp === "defending") return own.some((f) => ATTACK_ROLES.has(f.role));
    const attacked = e.forces.some((f) => ATTACK_ROLES.has(f.role) && sideOf(f.force) !== side);
    return own.some((f) => FIGHTING_DEFENCE_ROLES.has(f.role) || (attacked && HOLDING_ROLES.has(f.role)));
  });
}

/** Does a nearby event record a capture by another force than `captors` (a same-side generic "rebels" aside)? */
function otherCaptureNearby(ctx: GeneratorContext, nearby: readonly Event[], side: Side, captors: readonly Force[]): boolean {
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
function stemIsNeutral(ctx: GeneratorContext, prompt: string, named: readonly Force[] = []): boolean {
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
function placeDate(place: LoadedPlace, event: Event): string {
  return `${placeInSentence(place)} (${formatDate(event.date)})`;
}

/** Forces whose own names echo the place: as options they would point at the answer. */
function echoesPlace(force: Force, place: LoadedPlace): boolean {
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
function neutralDistractors(
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
  const candidates = sameSideOnly
    ? []
    : ctx.kb.forces.filter(
        (f) =>
          f.side === opposingSide &&
          f.kind !== "side" &&
          kindClass(f) !== "person" &&
          !involved.has(f.id) &&
          !correct.some((k) => related(index, k.id, f.id)),
      );
  return mixedDistractors(ctx, index, rng, event, correct, opposingSide, candidates, count, (f) => involved.has(f.id) || echoesPlace(f, place));
}

/**
 * Did the side take the place? Only a capture role says so: "rebel-gain" with
 * attackers alone may mean ground won around it ("overran several checkpoints
 * on the western side" of Idlib city).
 */
function wasTaken(ctx: GeneratorContext, event: Event, side: Side): boolean {
  return event.forces.some(
    (f) => !f.alleged && (f.role === "captured" || f.role === "retook") && ctx.forceById.get(f.force)?.side === side,
  );
}

/**
 * A capture told neutrally: the named forces that took the place, the side
 * that gained it, and where. Null unless the documents plainly name who took
 * a settlement or crossing, and no other capture at that place within the
 * window could be confused with it.
 */
interface Capture {
  event: Event;
  place: LoadedPlace;
  side: Side;
  captors: Force[];
}

function captureOf(ctx: GeneratorContext, event: Event): Capture | null {
  const side = gainingSide(event);
  const camps = eventCamps(ctx, event);
  if (side === null || !camps || camps.attackSide !== side) return null;
  const place = neutralPlace(ctx, event);
  if (!place || listsPosition(ctx, event)) return null;
  // "Who took control of Deir Sharqi (by 28 January 2020)?": a "by" date reaches back without
  // limit, and the other side may well have taken the place at some earlier time.
  if (dateInterval(event.date).openStart) return null;
  const entries = event.forces.filter((f) => f.role === "captured" || f.role === "retook");
  // An alleged captor, or a captor of the other side, leaves "who took it" open.
  if (entries.some((f) => f.alleged || ctx.forceById.get(f.force)?.side !== side)) return null;
  const captors = dedupeForces(
    entries
      .map((f) => ({ force: ctx.forceById.get(f.force)! }))
      .filter(({ force }) => force.kind !== "side" && kindClass(force) !== "person"),
  ).map((e) => e.force);
  if (captors.length === 0 || captors.some((f) => echoesPlace(f, place))) return null;
  // Another capture nearby, by any other named force or by the other side, makes the stem fit two stories.
  if (otherCaptureNearby(ctx, eventsNearby(ctx, event, place.id, CAPTURE_WINDOW_DAYS), side, captors)) return null;
  return { event, place, side, captors };
}

/** "took", or "claimed to have taken" when the capture rests on a claim (review P7). */
function tookControl(ctx: GeneratorContext, event: Event): string {
  return restsOnClaim(ctx, event) ? "claimed to have taken" : "took";
}

function capturesOf(ctx: GeneratorContext): Capture[] {
  return [...ctx.kb.events]
    .sort(byId)
    .map((e) => captureOf(ctx, e))
    .filter((c): c is Capture => c !== null);
}

// ---------------------------------------------------------------------------
// 10. "In the fighting around P (date), X was on the attacking/defending side." (true/false)

function eventSidesTrueFalse(ctx: GeneratorContext): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  const prompts = new Set<string>();
  for (const event of [...ctx.kb.events].sort(byId)) {
    const camps = eventCamps(ctx, event);
    // Both camps must exist, or "the defending side" would mean nothing.
    if (!camps || camps.attackSide === null || camps.defenceSide === null) continue;
    const place = neutralPlace(ctx, event);
    if (!place) continue;
    const claimed = restsOnClaim(ctx, event);
    // Another fight nearby with the camps swapped (the army attacking where it had defended) makes the stem arguable.
    const nearby = eventsNearby(ctx, event, place.id, FIGHT_WINDOW_DAYS);
    if (campConflict(ctx, nearby, camps.attackSide, "attacking") || campConflict(ctx, nearby, camps.defenceSide, "defending")) continue;
    const asked = [
      ...camps.attackers.map((a) => ({ force: a.force, camp: "attacking" as const })),
      ...camps.defenders.map((d) => ({ force: d.force, camp: "defending" as const })),
    ].filter((a) => kindClass(a.force) !== "person");
    for (const { force, camp } of asked) {
      const qid = questionId("event-sides-true-false", [event.id, force.id]);
      const rng = rngFor(ctx, qid);
      const statementTrue = rng.int(0, 1) === 1;
      const otherCamp = camp === "attacking" ? "defending" : "attacking";
      const stated = statementTrue ? camp : otherCamp;
      // A fight known only from one side's claim is asked as that claim (review P7), without saying whose.
      const fighting = claimed
        ? `according to one side's claim about the fighting around ${placeDate(place, event)}`
        : `in the fighting around ${placeDate(place, event)}`;
      const prompt = `True or false: ${fighting}, ${inSentence(force)} ${wasOrWere([force])} on the ${stated} side.`;
      // The stem names its force (and so its side) by design; nothing else in it may name a camp.
      if (!stemIsNeutral(ctx, prompt, [force]) || prompts.has(prompt)) continue;
      prompts.add(prompt);
      out.push({
        id: qid,
        category: "forces",
        type: "true-false",
        template: "event-sides-true-false",
        prompt,
        answer: { value: statementTrue },
        explanation: `${statementTrue ? "True" : "False"}: ${claimed ? "by the claim, " : ""}${inSentence(force)} ${wasOrWere([force])} on the ${camp} side around ${placeInSentence(place)}. ${event.summary}`,
        sources: mergeCitations(event.citations),
        refs: refs({ events: [event.id], places: [place.id], forces: [force.id] }),
        difficulty: clampDifficulty(kindClass(force) === "umbrella" ? 1 : 2),
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// 11. Who took control of the place? (multiple choice)

function placeCaptorChoice(ctx: GeneratorContext, index: ForceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  const prompts = new Set<string>();
  for (const { event, place, side, captors } of capturesOf(ctx)) {
    const opposingSide = opposite(side)!;
    const selectMany = captors.length >= 2;
    const qid = questionId("place-captor-choice", [event.id]);
    const rng = rngFor(ctx, qid);
    const wrong = neutralDistractors(ctx, index, rng, event, place, captors, opposingSide, captors.length > 2 ? 2 : 3);
    const distractors = allDistractors(wrong);
    // At least one same-side force certainly elsewhere, or the question tests only the key's side (review 3, item 2).
    if (distractors.length < 2 || wrong.elsewhere.length === 0) continue;
    const took = tookControl(ctx, event);
    const prompt = `Who ${took} control of ${placeDate(place, event)}?${selectMany ? " Select all that apply." : ""}`;
    if (!stemIsNeutral(ctx, prompt) || prompts.has(prompt)) continue;
    prompts.add(prompt);
    const options = makeOptions(
      qid,
      rng.shuffle([...captors, ...distractors].map((f) => ({ key: f.id, text: f.name }))),
    );
    out.push({
      id: qid,
      category: "forces",
      type: "multiple-choice",
      template: "place-captor-choice",
      prompt,
      selectMany,
      options,
      answer: { correct: captors.map((f) => optionId(qid, f.id)) },
      explanation: `${capitalise(listNames(captors))} ${took} control of ${placeInSentence(place)}. ${distractorNote(ctx, index, wrong, place)} ${event.summary}`,
      sources: mergeCitations(event.citations, ...distractorCitations(index, wrong)),
      refs: refs({ events: [event.id], places: [place.id], forces: captors.map((f) => f.id) }),
      difficulty: clampDifficulty(selectMany ? 3 : kindClass(captors[0]!) === "umbrella" ? 1 : 2),
    });
  }
  return out;
}

// ---------------------------------------------------------------------------
// 12. "X took control of P (date)." (true/false)

function placeCaptorTrueFalse(ctx: GeneratorContext, index: ForceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const { event, place, side, captors } of capturesOf(ctx)) {
    const opposingSide = opposite(side)!;
    const took = tookControl(ctx, event);
    for (const captor of captors) {
      const qid = questionId("place-captor-true-false", [event.id, captor.id]);
      const rng = rngFor(ctx, qid);
      // The false statement names a same-side force that was certainly elsewhere: a force of the
      // other side would make it trivially false (review P3), and any other same-side force might
      // have been there unrecorded. With none, the true statement is asked.
      const wrongSet =
        rng.int(0, 1) === 1 ? undefined : neutralDistractors(ctx, index, rng, event, place, captors, opposingSide, 1, true);
      const wrong = wrongSet?.elsewhere[0];
      const stated = wrong ?? captor;
      const prompt = `True or false: ${inSentence(stated)} ${took} control of ${placeDate(place, event)}.`;
      if (!stemIsNeutral(ctx, prompt, [stated])) continue;
      const takers = `${listNames(captors)} ${took} control of ${placeInSentence(place)}`;
      out.push({
        id: qid,
        category: "forces",
        type: "true-false",
        template: "place-captor-true-false",
        prompt,
        answer: { value: wrong === undefined },
        explanation:
          wrong === undefined
            ? `True: ${takers}. ${event.summary}`
            : `False: ${takers}. ${distractorNote(ctx, index, wrongSet!, place)} ${event.summary}`,
        sources: mergeCitations(event.citations, ...(wrongSet ? distractorCitations(index, wrongSet) : [])),
        refs: refs({ events: [event.id], places: [place.id], forces: [captor.id] }),
        difficulty: clampDifficulty(kindClass(captor) === "umbrella" ? 1 : 2),
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// 13. Which force was holding the place when it was captured? (multiple choice)

/**
 * Only places that were taken: then the defenders certainly held the place
 * itself ("Rebels intercept troops on the edge of Khan Shaykhun" does not
 * mean the army held Khan Shaykhun). The holders are the named forces the
 * documents give a defence role or a withdrawal there.
 */
function placeHolderChoice(ctx: GeneratorContext, index: ForceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  const prompts = new Set<string>();
  for (const event of [...ctx.kb.events].sort(byId)) {
    const side = gainingSide(event);
    const camps = eventCamps(ctx, event);
    if (side === null || !camps || camps.attackSide !== side) continue;
    const holdingSide = opposite(side)!;
    if (camps.defenceSide !== null && camps.defenceSide !== holdingSide) continue;
    const place = neutralPlace(ctx, event);
    if (!place || listsPosition(ctx, event)) continue;
    if (!wasTaken(ctx, event, side)) continue;
    const holders = dedupeForces(
      event.forces
        .filter((f) => !f.alleged && HOLDING_ROLES.has(f.role))
        .map((f) => ({ force: ctx.forceById.get(f.force)! }))
        .filter(({ force }) => force.side === holdingSide && force.kind !== "side" && kindClass(force) !== "person"),
    ).map((e) => e.force);
    if (holders.length === 0 || holders.some((f) => echoesPlace(f, place))) continue;
    // The place changing hands, or the holders attacking it, within the window would fit a second story.
    const nearby = eventsNearby(ctx, event, place.id, FIGHT_WINDOW_DAYS);
    if (campConflict(ctx, nearby, side, "attacking") || campConflict(ctx, nearby, holdingSide, "defending")) continue;
    const selectMany = holders.length >= 2;
    const qid = questionId("place-holder-choice", [event.id]);
    const rng = rngFor(ctx, qid);
    const wrong = neutralDistractors(ctx, index, rng, event, place, holders, side, holders.length > 2 ? 2 : 3);
    const distractors = allDistractors(wrong);
    // At least one same-side force certainly elsewhere, or the question tests only the key's side (review 3, item 2).
    if (distractors.length < 2 || wrong.elsewhere.length === 0) continue;
    // A capture known only from the captors' claim is asked as a claim (review P7).
    const claimed = restsOnClaim(ctx, event);
    const when = claimed ? `before its claimed capture (${formatDate(event.date)})` : `when it was captured (${formatDate(event.date)})`;
    const prompt = selectMany
      ? `Which of these were holding ${placeInSentence(place)} ${when}? Select all that apply.`
      : `Which force was holding ${placeInSentence(place)} ${when}?`;
    if (!stemIsNeutral(ctx, prompt) || prompts.has(prompt)) continue;
    prompts.add(prompt);
    const options = makeOptions(
      qid,
      rng.shuffle([...holders, ...distractors].map((f) => ({ key: f.id, text: f.name }))),
    );
    out.push({
      id: qid,
      category: "forces",
      type: "multiple-choice",
      template: "place-holder-choice",
      prompt,
      selectMany,
      options,
      answer: { correct: holders.map((f) => optionId(qid, f.id)) },
      explanation: `${capitalise(listNames(holders))} held ${placeInSentence(place)} until ${sideInSentence(side)} ${claimed ? "claimed to have taken" : "took"} it. ${distractorNote(ctx, index, wrong, place)} ${event.summary}`,
      sources: mergeCitations(event.citations, ...distractorCitations(index, wrong)),
      refs: refs({ events: [event.id], places: [place.id], forces: holders.map((f) => f.id) }),
      difficulty: clampDifficulty(selectMany ? 3 : kindClass(holders[0]!) === "umbrella" ? 1 : 2),
    });
  }
  return out;
}

// ---------------------------------------------------------------------------
// 14. Which groups took part in the operation? (multiple choice, select many)

/** Most named participants offered at once: the rest of the options are distractors. */
const MAX_PARTICIPANT_OPTIONS = 3;

/**
 * "The offensive that took P": naming the outcome, not the side, tells which
 * camp is meant, so no force of the other camp (which may have counter-attacked
 * in the same days) can be read as taking part in it.
 */
function operationParticipantsChoice(ctx: GeneratorContext, index: ForceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  const prompts = new Set<string>();
  for (const event of [...ctx.kb.events].sort(byId)) {
    const side = gainingSide(event);
    const camps = eventCamps(ctx, event);
    if (side === null || !camps || camps.attackSide !== side) continue;
    const opposingSide = opposite(side)!;
    if (camps.defenceSide !== null && camps.defenceSide !== opposingSide) continue;
    const place = neutralPlace(ctx, event);
    if (!place || listsPosition(ctx, event) || !wasTaken(ctx, event, side)) continue;
    // The attack roles of the camp, plus forces of that side the documents say took part.
    const participants = dedupeForces([
      ...camps.attackers,
      ...event.forces
        .filter((f) => !f.alleged && f.role === "took-part")
        .map((f) => ({ force: ctx.forceById.get(f.force)! }))
        .filter(({ force }) => force.side === side && force.kind !== "side"),
    ])
      .map((e) => e.force)
      .filter((f) => kindClass(f) !== "person");
    if (participants.length < 2) continue;
    // The other side's counter-attacks in the same days do not matter (they were not part of the
    // offensive that took the place); another capture nearby would fit the stem too.
    if (otherCaptureNearby(ctx, eventsNearby(ctx, event, place.id, FIGHT_WINDOW_DAYS), side, participants)) continue;
    const qid = questionId("operation-participants-choice", [event.id]);
    const rng = rngFor(ctx, qid);
    // Forces named after the place would point at themselves; a true participant may be left out of the options.
    const offered = rng.sample(
      participants.filter((f) => !echoesPlace(f, place)),
      MAX_PARTICIPANT_OPTIONS,
    );
    if (offered.length < 2) continue;
    const wrong = neutralDistractors(ctx, index, rng, event, place, participants, opposingSide, 2);
    const distractors = allDistractors(wrong);
    // At least one same-side force certainly elsewhere, or the question tests only the key's side (review 3, item 2).
    if (distractors.length < 2 || wrong.elsewhere.length === 0) continue;
    const interval = dateInterval(event.date);
    const operation = interval.start !== interval.end || /\boffensive\b/i.test(event.summary) ? "offensive" : "attack";
    // A capture known only from the captors' claim is asked as a claim (review P7).
    const tookIt = restsOnClaim(ctx, event) ? "claimed to have taken" : "that took";
    const prompt = `Which of these took part in the ${operation} ${tookIt} ${placeDate(place, event)}? Select all that apply.`;
    if (!stemIsNeutral(ctx, prompt) || prompts.has(prompt)) continue;
    prompts.add(prompt);
    const options = makeOptions(
      qid,
      rng.shuffle([...offered, ...distractors].map((f) => ({ key: f.id, text: f.name }))),
    );
    out.push({
      id: qid,
      category: "forces",
      type: "multiple-choice",
      template: "operation-participants-choice",
      prompt,
      selectMany: true,
      options,
      answer: { correct: offered.map((f) => optionId(qid, f.id)) },
      explanation: `${capitalise(listNames(participants))} took part in the ${operation} ${tookIt} ${placeInSentence(place)}. ${distractorNote(ctx, index, wrong, place)} ${event.summary}`,
      sources: mergeCitations(event.citations, ...distractorCitations(index, wrong)),
      refs: refs({ events: [event.id], places: [place.id], forces: offered.map((f) => f.id) }),
      difficulty: 3,
    });
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
    ...forceParentTyped(ctx, index),
    ...eventSidesTrueFalse(ctx),
    ...placeCaptorChoice(ctx, index),
    ...placeCaptorTrueFalse(ctx, index),
    ...placeHolderChoice(ctx, index),
    ...operationParticipantsChoice(ctx, index),
  ];
  return all.filter((q) => reachableByStudySets(ctx, q));
}
