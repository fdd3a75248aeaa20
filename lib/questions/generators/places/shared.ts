/**
 * What the places question kinds share: the place index, name matching that
 * keeps answers out of stems, wording, distractor choice, and the logic that
 * decides which places an event's (gapped) title could also fit. The honesty
 * rules are listed in index.ts.
 */
import type { LoadedPlace } from "../../../content/load";
import { type Citation, type Event } from "../../../content/schema";
import { compareDates, dateInterval } from "../../../content/dates";
import { normalizeName } from "../../../content/normalize-name";
import { greatCircleKm } from "../../geo";
import type { SeededRandom } from "../../random";
import type { MapPinQuestion } from "../../types";
import { cached } from "../memo";
import { byId, capitalize, mentionsAny, mergeCitations, namesOf, primaryPlace, subjectName, type GeneratorContext } from "../context";
import { eventSentence, quotedTitle } from "../event-wording";

export type PlaceKind = LoadedPlace["kind"];

export type Governorate = LoadedPlace["governorate"];

/** Groups of kinds that make plausible alternatives for each other. */
export type KindClass = "settlement" | "base" | "crossing" | "site" | "area" | "line";

export function kindClass(kind: PlaceKind): KindClass {
  switch (kind) {
    case "city":
    case "town":
    case "village":
      return "settlement";
    case "military-base":
    case "airbase":
      return "base";
    case "border-crossing":
      return "crossing";
    case "checkpoint":
    case "building":
    case "neighbourhood":
      return "site";
    case "region":
    case "country":
      return "area";
    case "highway":
    case "highway-point":
      return "line";
  }
}

/** A place "where?" can ask for by name: a town, a base or a crossing, not an area, a road or a building. */
export function isTownBaseOrCrossing(place: LoadedPlace): boolean {
  const cls = kindClass(place.kind);
  return cls === "settlement" || cls === "base" || cls === "crossing";
}

/** Map-pin radii (full, partial credit) by kind: bigger places forgive more. */
const PIN_RADII: Record<PlaceKind, [number, number] | null> = {
  city: [12, 40],
  town: [8, 30],
  village: [8, 30],
  "military-base": [8, 30],
  airbase: [8, 30],
  "border-crossing": [8, 30],
  checkpoint: [8, 30],
  building: [8, 30],
  neighbourhood: [8, 30],
  "highway-point": [10, 35],
  region: [25, 60],
  country: null,
  // A highway is a line, not a point: never pinned.
  highway: null,
};

/** Where a map pin for the place goes and how near counts: null when the place is not pinned (no position, or a line). */
export function pinAnswer(place: LoadedPlace): MapPinQuestion["answer"] | null {
  const radii = PIN_RADII[place.kind];
  if (!place.mapEligible || !place.coordinates || !radii) return null;
  return {
    lat: place.coordinates.lat,
    lon: place.coordinates.lon,
    fullCreditKm: radii[0],
    partialCreditKm: radii[1],
    placeName: place.name,
  };
}

// ---------------------------------------------------------------------------
// Shared indexes and helpers

export interface PlaceIndex {
  /** Places in id order. */
  places: LoadedPlace[];
  /** Events in id order. */
  events: Event[];
  /** Events naming each place, in id order. */
  eventsByPlace: Map<string, Event[]>;
  /** Places named by an event or listed by a study set: questions about them get a topic. */
  studied: Set<string>;
  /** Filled on first use by `ambiguityIndex`. */
  ambiguity?: AmbiguityIndex;
  /** The citations of the place note (or authored place) each place's description comes from. */
  descriptionSources: Map<string, Citation[]>;
}

export function buildIndex(ctx: GeneratorContext): PlaceIndex {
  const places = [...ctx.kb.places].sort(byId);
  const events = [...ctx.kb.events].sort(byId);
  const eventsByPlace = new Map<string, Event[]>();
  for (const event of events)
    for (const placeId of new Set(event.places)) eventsByPlace.set(placeId, [...(eventsByPlace.get(placeId) ?? []), event]);
  const studied = new Set<string>(eventsByPlace.keys());
  for (const set of ctx.kb.studySets) for (const placeId of set.places) studied.add(placeId);
  // A place's description comes from one document's note; its merged citations may all point elsewhere.
  const descriptionSources = new Map<string, Citation[]>();
  for (const place of places) {
    if (!place.description) continue;
    const notes = ctx.kb.placeNotes.filter((n) => n.place === place.id && n.description === place.description);
    descriptionSources.set(place.id, mergeCitations(...notes.map((n) => n.citations)));
  }
  return { places, events, eventsByPlace, studied, descriptionSources };
}

/** Great-circle distance in km, or null when either place has no coordinates. */
export function distanceKm(a: LoadedPlace, b: LoadedPlace): number | null {
  if (!a.coordinates || !b.coordinates) return null;
  return greatCircleKm(a.coordinates, b.coordinates);
}

/**
 * A place's citations: its own, its relations', and when it has none, those of
 * the first event (by id) that names it: many places are cited only that way.
 */
export function placeCitations(index: PlaceIndex, place: LoadedPlace): Citation[] {
  const own = mergeCitations(place.citations, ...place.relations.map((r) => r.citations));
  if (own.length > 0) return own;
  return mergeCitations(index.eventsByPlace.get(place.id)?.[0]?.citations ?? []);
}

/**
 * The citations behind a place's description (review P10: an explanation that
 * appends it must cite it): those of the note it comes from, else the place's
 * own (an authored place's description), else `placeCitations`. Empty when the
 * place has no description.
 */
export function descriptionCitations(index: PlaceIndex, place: LoadedPlace): Citation[] {
  if (!place.description) return [];
  const fromNotes = index.descriptionSources.get(place.id) ?? [];
  if (fromNotes.length > 0) return fromNotes;
  return place.citations.length > 0 ? mergeCitations(place.citations) : placeCitations(index, place);
}

/** "Bodies found at Idlib's prison" mentions "Idlib prison": drop possessive -'s before matching. */
export function withoutPossessives(text: string): string {
  return text.replace(/(\p{L})['’]s\b/gu, "$1");
}

/** "…claims 70% of Taftanaz; SOHR…": punctuation that `mentionsAny` keeps inside words. */
export function withoutPunctuation(text: string): string {
  return text.replace(/[^\p{L}\p{N}\s'’ʿʾ`-]/gu, " ");
}

const haystackCache = new Map<string, string[]>();

/** The padded, normalised forms of a text that name checks search in (cached: the same titles are searched often). */
export function haystacksOf(text: string): string[] {
  return cached(haystackCache, text, () => {
    const variants = [text, withoutPossessives(text), withoutPunctuation(withoutPossessives(text))];
    return [...new Set(variants.map((t) => ` ${normalizeName(t)} `))];
  });
}

const needleCache = new WeakMap<readonly string[], string[]>();

/** Padded normalised needles per list of names; lists from `placeNames` are reused, so this hits. */
export function needlesOf(names: readonly string[]): string[] {
  return cached(needleCache, names, () => names.map(normalizeName).filter((n) => n.length > 0).map((n) => ` ${n} `));
}

const placeNameCache = new WeakMap<LoadedPlace, string[]>();

/** `namesOf(place)`, built once per place so name checks can reuse their normalised forms. */
export function placeNames(place: LoadedPlace): string[] {
  return cached(placeNameCache, place, () => namesOf(place));
}

export function mentionsPlaceNames(text: string, names: readonly string[]): boolean {
  const haystacks = haystacksOf(text);
  return needlesOf(names).some((needle) => haystacks.some((h) => h.includes(needle)));
}

const revealingNamesCache = new WeakMap<GeneratorContext, Map<string, string[]>>();

/**
 * Every name whose mention would give a place away: its own names, the names
 * of places it is part of, and of settlements or regions its name contains.
 */
export function revealingNames(ctx: GeneratorContext, place: LoadedPlace): string[] {
  const byPlace = cached(revealingNamesCache, ctx, () => new Map<string, string[]>());
  return cached(byPlace, place.id, () => computeRevealingNames(ctx, place));
}

export function computeRevealingNames(ctx: GeneratorContext, place: LoadedPlace): string[] {
  const names = [...namesOf(place)];
  for (const r of place.relations) {
    const parent = r.kind === "part-of" ? ctx.placeById.get(r.place) : undefined;
    if (parent) names.push(...namesOf(parent));
  }
  for (const other of ctx.kb.places) {
    if (other.id === place.id) continue;
    const cls = kindClass(other.kind);
    if (cls !== "settlement" && cls !== "area") continue;
    if (mentionsAny(place.name, namesOf(other))) names.push(...namesOf(other));
  }
  return names;
}

export function reveals(ctx: GeneratorContext, text: string, place: LoadedPlace): boolean {
  return mentionsPlaceNames(text, revealingNames(ctx, place));
}

/** True when one place is part of the other, or a relation says they are near each other. */
export function closelyRelated(a: LoadedPlace, b: LoadedPlace): boolean {
  const links = (x: LoadedPlace, y: LoadedPlace) =>
    x.relations.some((r) => r.place === y.id && (r.kind === "part-of" || r.kind === "near" || r.kind === "on-highway"));
  return links(a, b) || links(b, a);
}

/**
 * Could someone argue the event happened at this place? It is one of the
 * event's places, contains or lies inside or near one, or the event's title or
 * summary mentions it.
 */
export function fitsEvent(ctx: GeneratorContext, event: Event, place: LoadedPlace): boolean {
  if (event.places.includes(place.id)) return true;
  for (const id of event.places) {
    const p = ctx.placeById.get(id);
    if (p && closelyRelated(p, place)) return true;
  }
  return mentionsPlaceNames(`${event.title}. ${event.summary}`, placeNames(place));
}

/** Do two places share a name or alias (after normalising spelling)? */
export function sharesName(a: LoadedPlace, b: LoadedPlace): boolean {
  const bNeedles = needlesOf(placeNames(b));
  return needlesOf(placeNames(a)).some((n) => bNeedles.includes(n));
}

/** The event's headline as matching premises show it: its title and (undisputed) date. */
export function eventLabel(event: Event): string {
  return quotedTitle(event);
}

/**
 * "On 21 December 2011, a student was killed at protests at the university.":
 * the scene a "where did this happen?" stem opens with, or null when the event
 * has no clause or the clause would name the place asked for.
 */
export function sceneHiding(ctx: GeneratorContext, event: Event, place: LoadedPlace): string | null {
  const scene = eventSentence(event);
  return scene && !reveals(ctx, scene, place) ? scene : null;
}

/** The same at the start of a sentence. */
export function subjectNameAtStart(place: LoadedPlace): string {
  const name = subjectName(place);
  return name.startsWith("the ") ? `The${name.slice(3)}` : name;
}

/**
 * "town", "village" or "city": the word the place's own description opens
 * with when it has one (kinds and descriptions sometimes disagree, and the
 * hint must not contradict the explanation), else the kind.
 */
export function settlementWord(place: LoadedPlace): string {
  const opening = (place.description ?? "").split(/\s+/).slice(0, 3).join(" ").toLowerCase();
  const described = opening.match(/\b(town|village|city)\b/)?.[1];
  return described ?? place.kind;
}

/** "the town of Saraqib", "the Taftanaz airbase", "the al-Ghab plain". */
export function placePhrase(place: LoadedPlace): string {
  if (subjectName(place) !== place.name) return subjectName(place);
  switch (place.kind) {
    case "city":
    case "town":
    case "village":
      return `the ${settlementWord(place)} of ${place.name}`;
    case "region":
      return `the ${place.name} area`;
    case "neighbourhood":
      return `the ${place.name} district`;
    default:
      return place.name;
  }
}

/** "a town in Idlib governorate", "an airbase in Idlib governorate". */
export function kindSentence(place: LoadedPlace): string {
  const kindWord: Record<PlaceKind, string> = {
    city: "a city",
    town: "a town",
    village: "a village",
    "military-base": "a military base",
    airbase: "an airbase",
    checkpoint: "a checkpoint",
    "border-crossing": "a border crossing",
    highway: "a highway",
    "highway-point": "a point on a highway",
    region: "an area",
    building: "a building",
    neighbourhood: "a district",
    country: "a country",
  };
  const where = place.governorate === "multiple" ? "crossing several governorates" : `in ${place.governorate} governorate`;
  return `${subjectNameAtStart(place)} is ${kindWord[place.kind]} ${where}.`;
}

/** "in Saraqib", "at the Taftanaz airbase". */
export function atPlace(place: LoadedPlace): string {
  return kindClass(place.kind) === "settlement" || kindClass(place.kind) === "area" ? `in ${place.name}` : `at ${placePhrase(place)}`;
}

/** Which dataset the gazetteer's point for a place comes from (content/data/README.md), or "". */
export function gazetteerOrigin(place: LoadedPlace): string {
  const c = place.coordinates;
  if (!c) return "";
  if (c.confidence === "approximate-by-description") return "placed from the documents' descriptions";
  if (c.confidence === "nearest-dataset-match") return "the GeoNames point of the town the road runs through";
  if (/OurAirports/.test(c.source)) return "OurAirports";
  if (/Humanitarian Information Unit|\bHIU\b/.test(c.source)) return "US State Department HIU";
  if (/^Wikipedia/.test(c.source)) return "encyclopedia coordinates";
  if (/GeoNames/.test(c.source)) return "GeoNames";
  return "";
}

/**
 * A note for a map position the documents only describe ("on the eastern edge of the town"): the pin is
 * approximate. Dataset positions need no note; students are not told about the project's datasets.
 */
export function mapPositionNote(place: LoadedPlace): string {
  if (place.coordinates?.confidence === "approximate-by-description")
    return `Its map position is approximate: the documents say roughly where it lies but give no coordinates.`;
  return "";
}

// ---------------------------------------------------------------------------
// What a place means in the unit (one sentence of context for explanations)

/** Words about the documents themselves, not the history: a description using them is not shown as is. */
const DOCUMENT_JARGON = /\b(?:summary box|infobox|excerpts?|the text|article|report spells|gazetteer)\b/i;

/** "(spelled Atareb in the text)", "; the Middle East Eye report spells it Talmans", ", per the summary box". */
const DOCUMENT_ASIDES = [
  /\s*\([^()]*\b(?:in the text|summary box|article|report)\b[^()]*\)/gi,
  /;[^;.]*\b(?:summary box|article|report spells|the text)\b[^;.]*(?=\.|$)/gi,
  /,?\s+(?:per|according to) the summary box(?=[.;,]|$)/gi,
];

/** Descriptions that open with a bare noun ("Town in southern Idlib…") take an article in a sentence. */
const BARE_OPENING = /^(Town|City|Coastal city|Army base|Army checkpoint|Building|Large prison complex|Place|Site)\b/;

/**
 * The place's description as a sentence about it ("Saraqib is a town seen as under government control…"),
 * without asides about the documents; null when it has none or it cannot be read as a sentence.
 */
export function descriptionSentence(place: LoadedPlace, subject = capitalize(subjectNameAtStart(place))): string | null {
  if (!place.description) return null;
  let text = place.description;
  for (const aside of DOCUMENT_ASIDES) text = text.replace(aside, "");
  text = text.trim();
  if (DOCUMENT_JARGON.test(text)) return null;
  if (!/[.!?]$/.test(text)) text = `${text}.`;
  const bare = text.match(BARE_OPENING);
  let phrase: string;
  if (bare) {
    const noun = bare[1]!.toLowerCase();
    const article = noun === "site" ? "the" : /^[aeiou]/.test(noun) ? "an" : "a";
    phrase = `${article} ${noun}${text.slice(bare[0].length)}`;
  } else if (/^(?:A|An|The)\s/.test(text)) {
    phrase = `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
  } else if (/^\p{Lu}[\p{L}'’]*['’]s\s/u.test(text)) {
    // "Syria's largest city…"
    phrase = text;
  } else {
    return null;
  }
  return `${subject} is ${phrase}`;
}

/** The place's events, earliest first (by the start of each event's date). */
export function eventsInDateOrder(index: PlaceIndex, place: LoadedPlace): Event[] {
  return [...(index.eventsByPlace.get(place.id) ?? [])].sort(
    (a, b) => dateInterval(a.date).start.localeCompare(dateInterval(b.date).start) || a.id.localeCompare(b.id),
  );
}

/**
 * One sentence on what the place means in the unit, for the end of an explanation: its description as a
 * sentence, else the first event there ("On 22 July 2012, rebels took Armanaz."), else null. Never
 * the bare "X is a village in Idlib governorate", which only repeats what the question showed.
 */
export function placeContext(
  index: PlaceIndex,
  place: LoadedPlace,
  options: { afterNamingIt?: boolean } = {},
): { sentence: string; citations: Citation[] } | null {
  // Right after a sentence about the place, "It is a town…" reads better than its name again.
  const described = descriptionSentence(place, options.afterNamingIt ? "It" : undefined);
  if (described) return { sentence: described, citations: descriptionCitations(index, place) };
  const first = eventsInDateOrder(index, place)[0];
  if (!first) return null;
  return { sentence: eventSentence(first), citations: mergeCitations(first.citations) };
}

/** How often the content comes back to a place: the events naming it. */
export function eventCount(index: PlaceIndex, place: LoadedPlace): number {
  return index.eventsByPlace.get(place.id)?.length ?? 0;
}

/** A settlement or facility outranks a point on a road; then cities, towns, facilities, villages, sites. */
const KIND_RANK: Record<PlaceKind, number> = {
  country: 0,
  city: 1,
  town: 2,
  "military-base": 3,
  airbase: 3,
  "border-crossing": 3,
  region: 3,
  village: 4,
  neighbourhood: 5,
  building: 5,
  checkpoint: 5,
  "highway-point": 6,
  highway: 7,
};

/**
 * Most prominent first: a highway point after everything else (it is "the M5 at Maarat al-Numan", a
 * town's shadow), then by how many events name the place, then by kind (a town over a village), then
 * by how many documents cite it.
 */
export function byProminence(index: PlaceIndex): (a: LoadedPlace, b: LoadedPlace) => number {
  const isPoint = (p: LoadedPlace) => (p.kind === "highway-point" ? 1 : 0);
  const cited = (p: LoadedPlace) => new Set(placeCitations(index, p).map((c) => c.doc)).size;
  return (a, b) =>
    isPoint(a) - isPoint(b) ||
    eventCount(index, b) - eventCount(index, a) ||
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    cited(b) - cited(a) ||
    a.id.localeCompare(b.id);
}

/**
 * Picks up to `n` candidates, preferring earlier tiers; each tier is shuffled
 * with the question's own randomness.
 */
export function pickTiered<T>(rng: SeededRandom, tiers: readonly (readonly T[])[], n: number): T[] {
  const out: T[] = [];
  const seen = new Set<T>();
  for (const tier of tiers) {
    for (const item of rng.shuffle(tier)) {
      if (out.length >= n) return out;
      if (seen.has(item)) continue;
      seen.add(item);
      out.push(item);
    }
  }
  return out;
}

/** Up to `n` candidates, dropping any whose names collide with one already chosen (or with the answers). */
export function distinctByName(candidates: readonly LoadedPlace[], taken: readonly LoadedPlace[], n: number): LoadedPlace[] {
  const out: LoadedPlace[] = [];
  for (const c of candidates) {
    if (out.length >= n) break;
    if (![...taken, ...out].some((t) => t.id === c.id || sharesName(t, c) || namedAfter(t, c) || namedAfter(c, t))) out.push(c);
  }
  return out;
}

/**
 * Whether `a`'s name holds `b`'s whole name: "Taftanaz airbase" and "Taftanaz". Offered together, a student
 * can keep or rule out the pair at once, so a place and its namesake are never options of one question.
 */
export function namedAfter(a: LoadedPlace, b: LoadedPlace): boolean {
  // Needles are padded with spaces (" taftanaz "), so `includes` matches whole words only.
  const bNeedles = needlesOf(placeNames(b)).filter((needle) => needle.trim().length >= 4);
  return needlesOf(placeNames(a)).some((needle) => bNeedles.some((inner) => needle !== inner && needle.includes(inner)));
}

/** Chooses `n` distractors in tiers, keeping option names distinct. */
export function chooseDistractors(
  rng: SeededRandom,
  tiers: readonly (readonly LoadedPlace[])[],
  answers: readonly LoadedPlace[],
  n: number,
): LoadedPlace[] {
  // Over-pick, then drop name clashes: order stays seeded and deterministic.
  const ordered = pickTiered(rng, tiers, Number.MAX_SAFE_INTEGER);
  return distinctByName(ordered, answers, n);
}


/** A place as a choice option, keyed by its id so option ids stay stable. */
export function placeOption(place: LoadedPlace): { key: string; text: string } {
  return { key: place.id, text: place.name };
}

/** Questions about places only need a place that belongs to some study set. */
export function hasTopic(index: PlaceIndex, placeIds: readonly string[]): boolean {
  return placeIds.some((id) => index.studied.has(id));
}

// ---------------------------------------------------------------------------
// Which places would make an event's (gapped) title true? (G3 of the fact review)

/**
 * Kinds of action a title can describe. A retaking is also a taking. Holding
 * a place is a state: "rebels hold ___" fits any town they took before (see
 * `ambiguousPlaces`), so it is also a taking.
 */
export const ACTION_CLASSES: readonly [string[], RegExp][] = [
  [["retake", "take"], /\b(re-?captur\w*|retak\w*|retook|regain\w*|(take|takes|took|taken|win|wins|won) back|return\w* to)\b/i],
  [["hold", "take"], /\b(hold|holds|holding|rebel-held|opposition-held|hands|controls|controlling|secure)\b|\b(?<!(take|takes|took|taken|full) )control\b/i],
  [["take"], /\b(take|takes|taking|took|taken|seiz\w*|captur\w*|overr[au]n\w*|control\w*|falls?|fell)\b/i],
  [["attack"], /\b(attack\w*|assault\w*|storm\w*|raid\w*|ambush\w*|push\w*|offensive|counter-attack\w*|strik\w*|hits?)\b/i],
  [["bombard"], /\b(shell\w*|bomb\w*|air strikes?|air raids?|jets?|blast|explosion|explosive\w*|ied|bulldozer)\b/i],
  [["kill"], /\b(kill\w*|die|dies|died|dead|death\w*|execut\w*)\b/i],
  [["defect"], /\b(defect\w*|desert\w*)\b/i],
  [["clash"], /\b(clash\w*|fight\w*|battle\w*)\b/i],
  // Besieging a place is a way of attacking it.
  [["siege", "attack"], /\b(sieg\w*|besieg\w*|blockade\w*)\b/i],
  [["repel"], /\b(repel\w*|beat back|beats back|halt\w*|stop\w*|block\w*|intercept\w*)\b/i],
  [["protest"], /\b(protest\w*)\b/i],
  [["destroy"], /\b(destroy\w*|wreck\w*|damag\w*|behead\w*|blows? up|blew up|shoots? down|shot down|brought down)\b/i],
  [["withdraw"], /\b(leave|leaves|left|withdr[ae]w\w*|pull\w*|move\w*)\b/i],
];

export const GAIN_SIDE: Partial<Record<Event["outcome"], string>> = {
  "rebel-gain": "rebels",
  "government-gain": "government",
  "kurdish-gain": "kurdish",
};

export interface EventAction {
  classes: Set<string>;
  /** Who gained, for gains; "any" otherwise. */
  side: string;
}

/** "Rebels hold…", "FSA controls…", "Army holds…", "…in opposition hands": the side a title names as acting or holding. */
export const REBEL_SUBJECT = /^(rebels?|fsa|free syrian army|opposition|al-nusra|islamist|kurdish|ypg)\b|\b(rebel|opposition)(-held| hands| control)\b/i;

export const GOVERNMENT_SUBJECT = /^(army|syrian army|government|troops|security forces|air force|jets?)\b/i;

/**
 * The action a title describes: its verb classes, and who acted (the side
 * that gained, or the side the title opens with, else "any"). A title with no
 * recognised verb has no classes: it is then only compared by its gapped title.
 */
export function actionOf(event: Event): EventAction {
  const classes = new Set<string>();
  for (const [names, pattern] of ACTION_CLASSES) if (pattern.test(event.title)) for (const n of names) classes.add(n);
  const opening = REBEL_SUBJECT.test(event.title) ? "rebels" : GOVERNMENT_SUBJECT.test(event.title) ? "government" : "any";
  return { classes, side: GAIN_SIDE[event.outcome] ?? opening };
}

/** Sides that cannot be told apart by a learner: some documents group the YPG with the rebels. */
export function sidesCompatible(a: string, b: string): boolean {
  const rebelish = (s: string) => s === "rebels" || s === "kurdish";
  return a === "any" || b === "any" || a === b || (rebelish(a) && rebelish(b));
}

export function sameAction(a: EventAction, b: EventAction): boolean {
  if (!sidesCompatible(a.side, b.side)) return false;
  return [...a.classes].some((c) => b.classes.has(c));
}

export const datesOf = (e: Event) => [e.date, ...e.alternativeDates.map((d) => d.date)];

/**
 * Could the two events have happened at the same time, as far as the dates
 * shown tell? "August 2012" and "11 August 2012" could; "8 July" and "9
 * July" could not (a premise's own day settles it); "by 31 August" could be
 * any time before. Any date a document gives counts. When one of them is
 * dated only to a span of months, events cited from the same section count
 * too: a document may list them together without dates (the 004 infobox's
 * rebel gains, one of them dated by the article's text).
 */
export function mayCoincide(a: Event, b: Event): boolean {
  // A disputed date is not shown, so it cannot tell the events apart.
  if (a.alternativeDates.length > 0 || b.alternativeDates.length > 0) return true;
  const sameSection = a.citations.some((c) => b.citations.some((d) => d.doc === c.doc && d.section === c.section));
  if (sameSection && (vaguelyDated(a) || vaguelyDated(b))) return true;
  return datesOf(a).some((da) => datesOf(b).some((db) => compareDates(da, db) === null));
}

/** Dated only to a span longer than a month ("10 February – 19 July 2012", "2012"). */
export function vaguelyDated(event: Event): boolean {
  const { start, end } = dateInterval(event.date);
  return (Date.parse(end) - Date.parse(start)) / 86_400_000 > 31;
}

/** Could `earlier` have happened before (or during) `later`? For "held" states, which follow a taking. */
export function mayPrecede(earlier: Event, later: Event): boolean {
  return datesOf(earlier).some((de) => datesOf(later).some((dl) => compareDates(de, dl) !== 1));
}

/** A title with every name that would give the place away replaced by "___". */
export function gapTitle(ctx: GeneratorContext, title: string, place: LoadedPlace): string {
  let gapped = title;
  for (const name of [...new Set(revealingNames(ctx, place))].sort((a, b) => b.length - a.length || a.localeCompare(b))) {
    for (let guard = 0; guard < 5; guard++) {
      const next = replaceName(gapped, name, "___");
      if (next === null) break;
      gapped = next;
    }
  }
  return gapped;
}

/** Words that end a noun phrase: an article followed by one of them does not belong to the gap ("the edge of ___"). */
export const FUNCTION_WORDS =
  "of|in|at|on|to|from|near|by|for|with|and|or|around|over|into|onto|through|toward|towards|across|after|before|behind|beside|between|inside|outside|under|against|as|than";

/** "the ___", "the besieged ___", "a ___": an article (and up to two descriptors) in front of the gap. */
export const ARTICLE_BEFORE_GAP = new RegExp(`\\b(?:the|an?)\\s+(?:(?!(?:${FUNCTION_WORDS})\\b)[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*\\s+){0,2}___`, "iu");

/** The same, for descriptors written in lower case only: what `tidyGap` may strip without losing a name. */
export const STRIPPABLE_ARTICLE_BEFORE_GAP = new RegExp(`\\b(?:the|an?)\\s+(?:(?!(?:${FUNCTION_WORDS})\\b)\\p{Ll}[\\p{L}'’-]*\\s+){0,2}___`, "giu");

/** A facility's own head noun after the gap ("___ air base", "___ airport"): part of the blanked name. */
export const FACILITY_HEAD_AFTER_GAP = /___(?:\s+(?:military\s+)?(?:air\s*base|airbase|air\s*port|airport|airfield|base|border\s+crossing|crossing))\b/gi;

/** "the ___ area" → "the area around ___": the place used as a modifier, rewritten so no article stands before the gap. */
export const ATTRIBUTIVE_GAP: Record<string, string> = { area: "around", attack: "on", siege: "of", checkpoint: "in", countryside: "of" };

export const ATTRIBUTIVE_GAP_PATTERN = new RegExp(`\\b(the|an?)\\s+___\\s+(${Object.keys(ATTRIBUTIVE_GAP).join("|")})\\b`, "gi");

/** Nouns that, right after the gap, show the place is used as a modifier: stripping the article would break the sentence. */
export const HEAD_NOUN_AFTER_GAP = /___\s+(?:area|attack|siege|checkpoints?|countryside|bases?|airports?|airbases?|air\s+bases?|crossings?|garrison|governorate|road|city|town|district|plain|front|province)\b/i;

/**
 * A gapped title whose grammar does not tell facilities from towns (review
 * P4): "FSA attacks the ___" becomes "FSA attacks ___", "Rebels attack the
 * besieged ___" becomes "Rebels attack ___", "___ air base" (for a base)
 * becomes "___", "the ___ area" becomes "the area around ___", "a ___
 * checkpoint" becomes "a checkpoint in ___". Null when an article would still
 * stand before the gap ("The 2012 ___ Governorate clashes"): such a title is
 * not shown with a gap.
 */
export function tidyGap(gapped: string, place: LoadedPlace): string | null {
  if (!gapped.includes("___")) return gapped;
  const cls = kindClass(place.kind);
  let text = gapped;
  if (cls === "base" || cls === "crossing") text = text.replace(FACILITY_HEAD_AFTER_GAP, "___");
  text = text.replace(ATTRIBUTIVE_GAP_PATTERN, (_all, article: string, noun: string) => {
    const lower = noun.toLowerCase();
    const definite = article.toLowerCase() === "the";
    const indefinite = /^[aeiou]/.test(lower) ? "an" : "a";
    const written = definite ? article : /^A/.test(article) ? indefinite.replace(/^a/, "A") : indefinite;
    return `${written} ${lower} ${ATTRIBUTIVE_GAP[lower]} ___`;
  });
  if (!HEAD_NOUN_AFTER_GAP.test(text)) text = text.replace(STRIPPABLE_ARTICLE_BEFORE_GAP, "___");
  text = text.replace(/\s{2,}/g, " ").trim();
  if (ARTICLE_BEFORE_GAP.test(text)) return null;
  return text;
}

/** The gapped title as premises and prompts show it (`tidyGap`), or null when it cannot be shown without a grammatical clue. */
export function shownGapTitle(ctx: GeneratorContext, title: string, place: LoadedPlace): string | null {
  return tidyGap(gapTitle(ctx, title, place), place);
}

/** Compares gapped titles: case, spelling and punctuation aside (the gap survives normalising). */
export function gapKeyOf(gappedTitle: string): string {
  return normalizeName(gappedTitle.replace(/_{3,}/g, " gapmark "));
}

export interface AmbiguityIndex {
  /** Normalised gapped title → the places that fill its gap in some event. */
  byGapKey: Map<string, Set<string>>;
  actions: Map<string, EventAction>;
  cache: Map<string, Set<string>>;
}

export function ambiguityIndex(ctx: GeneratorContext, index: PlaceIndex): AmbiguityIndex {
  if (index.ambiguity) return index.ambiguity;
  const byGapKey = new Map<string, Set<string>>();
  const actions = new Map<string, EventAction>();
  for (const event of index.events) {
    actions.set(event.id, actionOf(event));
    for (const placeId of event.places) {
      const place = ctx.placeById.get(placeId);
      if (!place) continue;
      // A place the title does not name leaves the title whole: it "fills" the ungapped title.
      const key = gapKeyOf(shownGapTitle(ctx, event.title, place) ?? gapTitle(ctx, event.title, place));
      byGapKey.set(key, (byGapKey.get(key) ?? new Set()).add(placeId));
    }
  }
  index.ambiguity = { byGapKey, actions, cache: new Map() };
  return index.ambiguity;
}

/**
 * Every place that would make the event's title, as shown (`gapped`: the
 * place's names blanked out, no date), true for some event in the knowledge
 * base: the event's own places, those of events with the same gapped title,
 * and those of events with the same kind of action by the same side at a
 * time the dates shown cannot tell apart (`mayCoincide`: "Army recaptures ___
 * (August 2012)" fits Ariha, retaken on 11 August, as well as Maarat
 * al-Numan), or, for a state ("rebels hold ___"), any earlier taking. When the shown title names a place tied to the key ("Army
 * tries to storm Salaheddine", a district of Aleppo), only events involving
 * that place count for the last rule; a mere reference point ("north of
 * Idlib") pins nothing. Places part of, near, or sharing a name with one of
 * those fit too.
 */
export function ambiguousPlaces(ctx: GeneratorContext, index: PlaceIndex, event: Event, gapped: string, key: LoadedPlace): Set<string> {
  const ambiguity = ambiguityIndex(ctx, index);
  const gapKey = gapKeyOf(gapped);
  const cacheKey = `${event.id}|${key.id}|${gapKey}`;
  const cached = ambiguity.cache.get(cacheKey);
  if (cached) return cached;
  const found = new Set<string>([...(ambiguity.byGapKey.get(gapKey) ?? []), ...event.places]);
  const action = ambiguity.actions.get(event.id)!;
  const named = index.places.filter((p) => p.id !== key.id && closelyRelated(p, key) && mentionsPlaceNames(gapped, placeNames(p)));
  const involvesNamed = (other: Event) =>
    named.length === 0 ||
    other.places.some((id) => {
      const p = ctx.placeById.get(id);
      return p !== undefined && named.some((n) => n.id === p.id || closelyRelated(n, p));
    });
  for (const other of index.events) {
    const otherAction = ambiguity.actions.get(other.id)!;
    if (other.places.length === 0 || !sameAction(action, otherAction) || !involvesNamed(other)) continue;
    // "___ is in rebel hands (June)" fits a town they took in May as well.
    const heldSince = action.classes.has("hold") && otherAction.classes.has("take") && mayPrecede(other, event);
    if (!heldSince && !mayCoincide(event, other)) continue;
    for (const id of other.places) found.add(id);
  }
  for (const id of [...found]) for (const related of relatedPlaceIds(ctx, index, id)) found.add(related);
  ambiguity.cache.set(cacheKey, found);
  return found;
}

/**
 * Another place, besides the key, that would also answer "where?" for this
 * event: a settlement, base or crossing (by default) not tied to the key.
 */
export function hasAmbiguousRival(
  ctx: GeneratorContext,
  index: PlaceIndex,
  located: LocatedEvent,
  matters: (rival: LoadedPlace) => boolean = isTownBaseOrCrossing,
): boolean {
  return [...ambiguousPlaces(ctx, index, located.event, located.gapped, located.place)].some((id) => {
    const other = ctx.placeById.get(id);
    if (!other || other.id === located.place.id || closelyRelated(other, located.place)) return false;
    return matters(other);
  });
}

// ---------------------------------------------------------------------------
// Events that happened some distance from their place ([27]/[61] of the review)

export const DISTANCE_WORDS = /\b\d+(?:[.,]\d+)?\s*(?:km|kilomet(?:re|er)s?)\b|\bkilomet(?:re|er)s\b/i;

export const OFFSET_PHRASE = "outside|near|south of|north of|east of|west of|on the road to";

const relatedCache = new WeakMap<PlaceIndex, Map<string, string[]>>();

/** Places part of, near or sharing a name with a place: computed once per place (an inner loop of every ambiguity check). */
export function relatedPlaceIds(ctx: GeneratorContext, index: PlaceIndex, placeId: string): string[] {
  const byPlace = cached(relatedCache, index, () => new Map<string, string[]>());
  return cached(byPlace, placeId, () => {
    const place = ctx.placeById.get(placeId);
    return place
      ? index.places.filter((p) => p.id !== placeId && (closelyRelated(place, p) || sharesName(place, p))).map((p) => p.id)
      : [];
  });
}

/** Text ending in an offset phrase ("… south of "), checked just before a mention of the place. */
export const ENDS_WITH_OFFSET = new RegExp(`(?:^|[^\\p{L}])(?:${OFFSET_PHRASE})\\s+$`, "iu");

/**
 * "Stopped 10 km south of the town", "an explosion near Maarat al-Numan": the
 * event happened some way from the place, so "it happened at X" is only
 * approximately true.
 */
export function happenedAwayFrom(event: Event, place: LoadedPlace): boolean {
  const text = `${event.title}. ${event.summary}`;
  if (DISTANCE_WORDS.test(text)) return true;
  const cls = kindClass(place.kind);
  const generic = cls === "base" ? ["base", "airbase", "airport", "camp"] : cls === "crossing" ? ["crossing"] : ["town", "city", "village"];
  return [...generic.map((g) => `the ${g}`), ...placeNames(place)].some((name) => {
    for (let from = 0; ; ) {
      const at = wholeWordIndex(text.slice(from), name);
      if (at === -1) return false;
      if (ENDS_WITH_OFFSET.test(text.slice(0, from + at))) return true;
      from += at + name.length;
    }
  });
}

// ---------------------------------------------------------------------------
// Where did it happen? (event-place-choice, event-place-typed, event-map-pin, matching)

export interface LocatedEvent {
  event: Event;
  place: LoadedPlace;
  /** How the event is shown: title and date, with the place's names left out where needed. */
  label: string;
  /** The shown title without its date (names of the place blanked out as ___ where needed). */
  gapped: string;
}

/**
 * The place a "where did this happen?" question asks for: the event's primary
 * place, or, when that is a building, district, checkpoint or highway point,
 * the town it belongs to (a museum is "in Maarat al-Numan", a stretch of the
 * M5 is "at Maarat al-Numan") when the event names that town too.
 */
export function askedPlace(ctx: GeneratorContext, event: Event): LoadedPlace | undefined {
  const primary = primaryPlace(ctx, event);
  if (!primary) return undefined;
  const cls = kindClass(primary.kind);
  if (cls !== "site" && cls !== "line") return primary;
  return event.places
    .map((id) => ctx.placeById.get(id))
    .find(
      (p): p is LoadedPlace =>
        p !== undefined &&
        kindClass(p.kind) === "settlement" &&
        (primary.relations.some((r) => r.kind === "part-of" && r.place === p.id) ||
          p.relations.some((r) => r.kind === "on-highway" && r.place === primary.id)),
    );
}

/**
 * Another place of the event that could equally be "where it happened": same
 * kind of place, not part of or near the asked one.
 */
export function hasRivalPlace(ctx: GeneratorContext, event: Event, place: LoadedPlace): boolean {
  return event.places.some((id) => {
    const other = ctx.placeById.get(id);
    return (
      other !== undefined &&
      other.id !== place.id &&
      kindClass(other.kind) === kindClass(place.kind) &&
      !closelyRelated(other, place)
    );
  });
}

/**
 * Does the event name a place that is part of the asked settlement (a
 * district or building of the city), among its places or in its title? Then
 * "the place" is ambiguous ("Sakhur" or "Aleppo"?), so the stem must ask for
 * the town or city explicitly.
 */
export function namesPartOf(ctx: GeneratorContext, event: Event, place: LoadedPlace): boolean {
  if (kindClass(place.kind) !== "settlement") return false;
  const isPart = (p: LoadedPlace) => p.relations.some((r) => r.kind === "part-of" && r.place === place.id);
  const inEvent = event.places.some((id) => {
    const p = ctx.placeById.get(id);
    return p !== undefined && isPart(p);
  });
  if (inEvent) return true;
  return ctx.kb.places.some((p) => isPart(p) && mentionsPlaceNames(event.title, placeNames(p)));
}

/** "town or city", or "village" for a village key: what a part-of stem asks for. */
export function settlementAsked(place: LoadedPlace): string {
  return place.kind === "village" ? "village" : "town or city";
}

/** Events with one settlement, base or crossing to ask for, which neither title nor date reveals. */
export function locatableEvents(ctx: GeneratorContext, index: PlaceIndex): LocatedEvent[] {
  const out: LocatedEvent[] = [];
  for (const event of index.events) {
    const place = askedPlace(ctx, event);
    if (!place || !isTownBaseOrCrossing(place)) continue;
    if (reveals(ctx, eventLabel(event), place) || hasRivalPlace(ctx, event, place)) continue;
    if (happenedAwayFrom(event, place)) continue;
    out.push({ event, place, label: eventLabel(event), gapped: event.title });
  }
  return out;
}

/** Plausible wrong answers to "where did this happen?": same kind of place, certainly not where it happened. */
export function eventPlaceCandidates(ctx: GeneratorContext, index: PlaceIndex, events: readonly Event[], answers: readonly LoadedPlace[]): LoadedPlace[] {
  const classes = new Set(answers.map((a) => kindClass(a.kind)));
  // Two border crossings are not enough alternatives: add settlements.
  if (classes.has("crossing")) classes.add("settlement");
  // Cheapest checks first: this runs for every place against every question.
  return index.places.filter((candidate) => {
    if (!classes.has(kindClass(candidate.kind))) return false;
    // Too close to an answer to be certainly wrong.
    const tooClose = answers.some((a) => {
      const d = distanceKm(a, candidate);
      return d !== null && d < 10;
    });
    if (tooClose) return false;
    if (answers.some((a) => a.id === candidate.id || closelyRelated(a, candidate) || sharesName(a, candidate))) return false;
    if (events.some((e) => fitsEvent(ctx, e, candidate))) return false;
    return !events.some((e) => mentionsPlaceNames(`${eventLabel(e)} ${eventSentence(e) ?? ""}`, placeNames(candidate)));
  });
}

/** The text with the first whole-word occurrence of `name` replaced, or null when it does not occur. */
export function replaceName(text: string, name: string, replacement: string): string | null {
  const at = wholeWordIndex(text, name);
  return at === -1 ? null : `${text.slice(0, at)}${replacement}${text.slice(at + name.length)}`;
}

export const LETTER = /\p{L}/u;

/**
 * Index of the first case-insensitive occurrence of `name` that is not part of
 * a longer word, or -1. A plain scan: compiling a Unicode regex per name and
 * title made bank builds several times slower.
 */
export function wholeWordIndex(text: string, name: string): number {
  if (name.length === 0) return -1;
  let haystack = text.toLowerCase();
  let needle = name.toLowerCase();
  // Lower-casing a few letters (İ) changes string length; then search the text as written.
  if (haystack.length !== text.length || needle.length !== name.length) [haystack, needle] = [text, name];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = at === 0 ? "" : text[at - 1]!;
    const after = text[at + needle.length] ?? "";
    if (!LETTER.test(before) && !LETTER.test(after)) return at;
  }
  return -1;
}
