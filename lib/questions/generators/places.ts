/**
 * Places questions: where events happened, where places are (map pins,
 * governorates, directions, highways, border crossings) and what lies near
 * what.
 *
 * Honesty rules:
 * - "Where did this happen?" questions are asked only when neither the event's
 *   title nor its date gives the place away (its own names, the place it is
 *   part of, or a town its name contains: "Taftanaz" gives away "Taftanaz airbase").
 * - A distractor is never one of the event's places, never contains or lies
 *   inside the answer, is not mentioned in the event, and (when both have
 *   coordinates) lies at least 10 km from the answer.
 * - Geometric claims made only by distractors ("not east of", "not on the M5",
 *   "far from") are checked against gazetteer coordinates with wide margins;
 *   claims made by correct answers always come from cited relations.
 * - A question about places alone is kept only when one of its places is
 *   named by an event or listed by a study set, so it belongs to a topic.
 */
import { geoDistance, geoInterpolate } from "d3-geo";
import type { LoadedPlace } from "../../content/load";
import type { Citation, Event } from "../../content/schema";
import { dateSortKey, formatDate } from "../../content/dates";
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
  type GeneratorContext,
  type QuestionDraft,
} from "./context";

const EARTH_RADIUS_KM = 6371;

type PlaceKind = LoadedPlace["kind"];
type Governorate = LoadedPlace["governorate"];
type Direction = "north" | "south" | "east" | "west";
type DirectionRelation = "north-of" | "south-of" | "east-of" | "west-of";

/** Groups of kinds that make plausible alternatives for each other. */
type KindClass = "settlement" | "base" | "crossing" | "site" | "area" | "line";

function kindClass(kind: PlaceKind): KindClass {
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

/** Governorates that share a border, used for plausible false statements. */
const NEIGHBOURING_GOVERNORATES: Partial<Record<Governorate, Governorate[]>> = {
  Idlib: ["Aleppo", "Hama", "Latakia"],
  Aleppo: ["Idlib", "Raqqa", "Hama"],
  Hama: ["Idlib", "Homs", "Latakia", "Aleppo"],
  Latakia: ["Idlib", "Hama"],
  Damascus: ["Rif Dimashq"],
  Homs: ["Hama", "Rif Dimashq"],
  Raqqa: ["Aleppo", "Hama"],
  "Rif Dimashq": ["Damascus", "Homs"],
};

/** Governorates offered as options after the ones the content uses. */
const EXTRA_GOVERNORATES: Governorate[] = ["Raqqa", "Homs", "Latakia", "Hama", "Aleppo", "Idlib"];

const DIRECTION_OF: Record<DirectionRelation, Direction> = {
  "north-of": "north",
  "south-of": "south",
  "east-of": "east",
  "west-of": "west",
};
const OPPOSITE: Record<Direction, Direction> = { north: "south", south: "north", east: "west", west: "east" };
const DIRECTIONS: Direction[] = ["north", "south", "east", "west"];

/** How far (degrees) a distractor must lie on the wrong side to be "clearly not" in a direction. */
const CLEAR_MARGIN_DEG = 0.05;

// ---------------------------------------------------------------------------
// Shared indexes and helpers

interface PlaceIndex {
  /** Places in id order. */
  places: LoadedPlace[];
  /** Events in id order. */
  events: Event[];
  /** Events naming each place, in id order. */
  eventsByPlace: Map<string, Event[]>;
  /** Places named by an event or listed by a study set: questions about them get a topic. */
  studied: Set<string>;
}

function buildIndex(ctx: GeneratorContext): PlaceIndex {
  const places = [...ctx.kb.places].sort(byId);
  const events = [...ctx.kb.events].sort(byId);
  const eventsByPlace = new Map<string, Event[]>();
  for (const event of events)
    for (const placeId of new Set(event.places)) eventsByPlace.set(placeId, [...(eventsByPlace.get(placeId) ?? []), event]);
  const studied = new Set<string>(eventsByPlace.keys());
  for (const set of ctx.kb.studySets) for (const placeId of set.places) studied.add(placeId);
  return { places, events, eventsByPlace, studied };
}

/** Great-circle distance in km, or null when either place has no coordinates. */
function distanceKm(a: LoadedPlace, b: LoadedPlace): number | null {
  if (!a.coordinates || !b.coordinates) return null;
  return geoDistance([a.coordinates.lon, a.coordinates.lat], [b.coordinates.lon, b.coordinates.lat]) * EARTH_RADIUS_KM;
}

/**
 * A place's citations: its own, its relations', and when it has none, those of
 * the first event (by id) that names it: many places are cited only that way.
 */
function placeCitations(index: PlaceIndex, place: LoadedPlace): Citation[] {
  const own = mergeCitations(place.citations, ...place.relations.map((r) => r.citations));
  if (own.length > 0) return own;
  return mergeCitations(index.eventsByPlace.get(place.id)?.[0]?.citations ?? []);
}

/** "Bodies found at Idlib's prison" mentions "Idlib prison": drop possessive -'s before matching. */
function withoutPossessives(text: string): string {
  return text.replace(/(\p{L})['’]s\b/gu, "$1");
}

/** `normalizeName` is called for the same few hundred strings many times: remember its results. */
const normalizedCache = new Map<string, string>();

function normalized(text: string): string {
  let value = normalizedCache.get(text);
  if (value === undefined) {
    value = normalizeName(text);
    normalizedCache.set(text, value);
  }
  return value;
}

/** Same rule as `mentionsAny` (whole words after normalising), with cached normalisation. */
function mentions(text: string, names: readonly string[]): boolean {
  const haystack = ` ${normalized(text)} `;
  return names.some((name) => {
    const needle = normalized(name);
    return needle.length > 0 && haystack.includes(` ${needle} `);
  });
}

/** "…claims 70% of Taftanaz; SOHR…": punctuation that `mentionsAny` keeps inside words. */
function withoutPunctuation(text: string): string {
  return text.replace(/[^\p{L}\p{N}\s'’ʿʾ`-]/gu, " ");
}

/** The padded, normalised forms of a text that name checks search in (cached: the same titles are searched often). */
const haystackCache = new Map<string, string[]>();

function haystacksOf(text: string): string[] {
  let found = haystackCache.get(text);
  if (!found) {
    const variants = [text, withoutPossessives(text), withoutPunctuation(withoutPossessives(text))];
    found = [...new Set(variants.map((t) => ` ${normalized(t)} `))];
    haystackCache.set(text, found);
  }
  return found;
}

/** Padded normalised needles per list of names; lists from `placeNames` are reused, so this hits. */
const needleCache = new WeakMap<readonly string[], string[]>();

function needlesOf(names: readonly string[]): string[] {
  let needles = needleCache.get(names);
  if (!needles) {
    needles = names.map(normalized).filter((n) => n.length > 0).map((n) => ` ${n} `);
    needleCache.set(names, needles);
  }
  return needles;
}

/** `namesOf(place)`, built once per place so name checks can reuse their normalised forms. */
const placeNameCache = new WeakMap<LoadedPlace, string[]>();

function placeNames(place: LoadedPlace): string[] {
  let names = placeNameCache.get(place);
  if (!names) {
    names = namesOf(place);
    placeNameCache.set(place, names);
  }
  return names;
}

function mentionsPlaceNames(text: string, names: readonly string[]): boolean {
  const haystacks = haystacksOf(text);
  return needlesOf(names).some((needle) => haystacks.some((h) => h.includes(needle)));
}

/**
 * Every name whose mention would give a place away: its own names, the names
 * of places it is part of, and of settlements or regions its name contains.
 */
const revealingNamesCache = new WeakMap<GeneratorContext, Map<string, string[]>>();

function revealingNames(ctx: GeneratorContext, place: LoadedPlace): string[] {
  let byPlace = revealingNamesCache.get(ctx);
  if (!byPlace) {
    byPlace = new Map();
    revealingNamesCache.set(ctx, byPlace);
  }
  const cached = byPlace.get(place.id);
  if (cached) return cached;
  const names = computeRevealingNames(ctx, place);
  byPlace.set(place.id, names);
  return names;
}

function computeRevealingNames(ctx: GeneratorContext, place: LoadedPlace): string[] {
  const names = [...namesOf(place)];
  for (const r of place.relations) {
    const parent = r.kind === "part-of" ? ctx.placeById.get(r.place) : undefined;
    if (parent) names.push(...namesOf(parent));
  }
  for (const other of ctx.kb.places) {
    if (other.id === place.id) continue;
    const cls = kindClass(other.kind);
    if (cls !== "settlement" && cls !== "area") continue;
    if (mentions(place.name, namesOf(other))) names.push(...namesOf(other));
  }
  return names;
}

function reveals(ctx: GeneratorContext, text: string, place: LoadedPlace): boolean {
  return mentionsPlaceNames(text, revealingNames(ctx, place));
}

/** True when one place is part of the other, or a relation says they are near each other. */
function closelyRelated(a: LoadedPlace, b: LoadedPlace): boolean {
  const links = (x: LoadedPlace, y: LoadedPlace) =>
    x.relations.some((r) => r.place === y.id && (r.kind === "part-of" || r.kind === "near" || r.kind === "on-highway"));
  return links(a, b) || links(b, a);
}

/**
 * Could someone argue the event happened at this place? It is one of the
 * event's places, contains or lies inside or near one, or the event's title or
 * summary mentions it.
 */
function fitsEvent(ctx: GeneratorContext, event: Event, place: LoadedPlace): boolean {
  if (event.places.includes(place.id)) return true;
  for (const id of event.places) {
    const p = ctx.placeById.get(id);
    if (p && closelyRelated(p, place)) return true;
  }
  return mentionsPlaceNames(`${event.title}. ${event.summary}`, placeNames(place));
}

/** Do two places share a name or alias (after normalising spelling)? */
function sharesName(a: LoadedPlace, b: LoadedPlace): boolean {
  const bNeedles = needlesOf(placeNames(b));
  return needlesOf(placeNames(a)).some((n) => bNeedles.includes(n));
}

/** The event as it appears in stems and premises: its title and (undisputed) date. */
function eventLabel(event: Event): string {
  // A date the documents dispute is not presented as fact.
  return event.alternativeDates.length > 0 ? event.title : `${event.title} (${formatDate(event.date)})`;
}

/** Names that read as common nouns ("Taftanaz airbase") take "the" inside a sentence. */
const COMMON_NOUN_NAME = /\b(airbase|base|crossing|plain|highway|junction|center|centre|museum|prison|checkpoint|building|university)\b/i;

/** "Saraqib", "the Taftanaz airbase": a place's name as it reads inside a sentence. */
function subjectName(place: LoadedPlace): string {
  return COMMON_NOUN_NAME.test(place.name) ? `the ${place.name}` : place.name;
}

/** The same at the start of a sentence. */
function subjectNameAtStart(place: LoadedPlace): string {
  const name = subjectName(place);
  return name.startsWith("the ") ? `The${name.slice(3)}` : name;
}

/**
 * "town", "village" or "city": the word the place's own description opens
 * with when it has one (kinds and descriptions sometimes disagree, and the
 * hint must not contradict the explanation), else the kind.
 */
function settlementWord(place: LoadedPlace): string {
  const opening = (place.description ?? "").split(/\s+/).slice(0, 3).join(" ").toLowerCase();
  const described = opening.match(/\b(town|village|city)\b/)?.[1];
  return described ?? place.kind;
}

/** "the town of Saraqib", "the Taftanaz airbase", "the al-Ghab plain". */
function placePhrase(place: LoadedPlace): string {
  if (COMMON_NOUN_NAME.test(place.name)) return subjectName(place);
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
function kindSentence(place: LoadedPlace): string {
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
function atPlace(place: LoadedPlace): string {
  return kindClass(place.kind) === "settlement" || kindClass(place.kind) === "area" ? `in ${place.name}` : `at ${placePhrase(place)}`;
}

function governorateLabel(governorate: Governorate): string {
  return `${governorate} governorate`;
}

/**
 * Picks up to `n` candidates, preferring earlier tiers; each tier is shuffled
 * with the question's own randomness.
 */
function pickTiered<T>(rng: SeededRandom, tiers: readonly (readonly T[])[], n: number): T[] {
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
function distinctByName(candidates: readonly LoadedPlace[], taken: readonly LoadedPlace[], n: number): LoadedPlace[] {
  const out: LoadedPlace[] = [];
  for (const c of candidates) {
    if (out.length >= n) break;
    if (![...taken, ...out].some((t) => t.id === c.id || sharesName(t, c))) out.push(c);
  }
  return out;
}

/** Chooses `n` distractors in tiers, keeping option names distinct. */
function chooseDistractors(
  rng: SeededRandom,
  tiers: readonly (readonly LoadedPlace[])[],
  answers: readonly LoadedPlace[],
  n: number,
): LoadedPlace[] {
  // Over-pick, then drop name clashes: order stays seeded and deterministic.
  const ordered = pickTiered(rng, tiers, Number.MAX_SAFE_INTEGER);
  return distinctByName(ordered, answers, n);
}

/** A multiple-choice question with place options; the key is built from fact ids. */
function placeChoice(
  qid: string,
  rng: SeededRandom,
  correct: readonly { key: string; text: string }[],
  wrong: readonly { key: string; text: string }[],
): { options: ReturnType<typeof makeOptions>; correct: string[] } {
  const options = makeOptions(qid, rng.shuffle([...correct, ...wrong]));
  return { options, correct: correct.map((c) => optionId(qid, c.key)) };
}

/** Questions about places only need a place that belongs to some study set. */
function hasTopic(index: PlaceIndex, placeIds: readonly string[]): boolean {
  return placeIds.some((id) => index.studied.has(id));
}

// ---------------------------------------------------------------------------
// Where did it happen? (event-place-choice, event-place-typed, event-map-pin, matching)

interface LocatedEvent {
  event: Event;
  place: LoadedPlace;
  /** How the event is shown: title and date, with the place's names left out where needed. */
  label: string;
}

/**
 * The place a "where did this happen?" question asks for: the event's primary
 * place, or, when that is a building, district, checkpoint or highway point,
 * the town it belongs to (a museum is "in Maarat al-Numan", a stretch of the
 * M5 is "at Maarat al-Numan") when the event names that town too.
 */
function askedPlace(ctx: GeneratorContext, event: Event): LoadedPlace | undefined {
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
function hasRivalPlace(ctx: GeneratorContext, event: Event, place: LoadedPlace): boolean {
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

/** Events with one settlement, base or crossing to ask for, which neither title nor date reveals. */
function locatableEvents(ctx: GeneratorContext, index: PlaceIndex): LocatedEvent[] {
  const out: LocatedEvent[] = [];
  for (const event of index.events) {
    const place = askedPlace(ctx, event);
    if (!place) continue;
    const cls = kindClass(place.kind);
    if (cls !== "settlement" && cls !== "base" && cls !== "crossing") continue;
    if (reveals(ctx, eventLabel(event), place) || hasRivalPlace(ctx, event, place)) continue;
    out.push({ event, place, label: eventLabel(event) });
  }
  return out;
}

/** Plausible wrong answers to "where did this happen?": same kind of place, certainly not where it happened. */
function eventPlaceCandidates(ctx: GeneratorContext, index: PlaceIndex, events: readonly Event[], answers: readonly LoadedPlace[]): LoadedPlace[] {
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
    return !events.some((e) => mentionsPlaceNames(eventLabel(e), placeNames(candidate)));
  });
}

function eventPlaceChoice(ctx: GeneratorContext, index: PlaceIndex, located: readonly LocatedEvent[]): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const { event, place } of located) {
    const qid = questionId("event-place-choice", [event.id]);
    const rng = rngFor(ctx, qid);
    const candidates = eventPlaceCandidates(ctx, index, [event], [place]);
    const sameClass = candidates.filter((c) => kindClass(c.kind) === kindClass(place.kind));
    const tiers = [
      sameClass.filter((c) => c.governorate === place.governorate && c.kind === place.kind),
      sameClass.filter((c) => c.governorate === place.governorate),
      sameClass,
      candidates.filter((c) => c.governorate === place.governorate),
      candidates,
    ];
    const distractors = chooseDistractors(rng, tiers, [place], 3);
    if (distractors.length < 3) continue;
    const { options, correct } = placeChoice(
      qid,
      rng,
      [{ key: place.id, text: place.name }],
      distractors.map((d) => ({ key: d.id, text: d.name })),
    );
    out.push({
      id: qid,
      category: "places",
      type: "multiple-choice",
      template: "event-place-choice",
      prompt: `Where did this happen? ${eventLabel(event)}`,
      selectMany: false,
      options,
      answer: { correct },
      explanation: `This happened ${atPlace(place)}. ${event.summary}`,
      sources: mergeCitations(event.citations, placeCitations(index, place)),
      refs: refs({ events: [event.id], places: [place.id] }),
      difficulty: clampDifficulty(place.kind === "city" ? 1 : place.kind === "village" || kindClass(place.kind) === "site" ? 3 : 2),
    });
  }
  return out;
}

function eventPlaceTyped(ctx: GeneratorContext, index: PlaceIndex, located: readonly LocatedEvent[]): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const { event, place } of located) {
    const cls = kindClass(place.kind);
    if (cls !== "settlement" && cls !== "base" && cls !== "crossing") continue;
    // "Type the place" needs one answer: no second town, base or crossing in the event.
    const rivals = event.places
      .filter((id) => id !== place.id)
      .map((id) => ctx.placeById.get(id))
      .filter((p): p is LoadedPlace => p !== undefined)
      .filter((p) => ["settlement", "base", "crossing"].includes(kindClass(p.kind)));
    if (rivals.length > 0) continue;
    const qid = questionId("event-place-typed", [event.id]);
    const prompt = `Type the name of the place: ${eventLabel(event)}`;
    const accept = namesOf(place);
    if (mentionsAny(prompt, accept)) continue;
    out.push({
      id: qid,
      category: "places",
      type: "typed",
      template: "event-place-typed",
      prompt,
      answer: { text: place.name },
      accept,
      explanation: `This happened ${atPlace(place)}. ${event.summary}`,
      sources: mergeCitations(event.citations, placeCitations(index, place)),
      refs: refs({ events: [event.id], places: [place.id] }),
      difficulty: clampDifficulty(place.kind === "city" ? 2 : 3),
    });
  }
  return out;
}

function eventMapPin(ctx: GeneratorContext, index: PlaceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const event of index.events) {
    const place = askedPlace(ctx, event);
    if (!place || !place.mapEligible || !place.coordinates) continue;
    const radii = PIN_RADII[place.kind];
    if (!radii) continue;
    const prompt = `On the map, mark where this happened: ${eventLabel(event)}`;
    if (reveals(ctx, prompt, place)) continue;
    // Every other point-like place of the event must fall inside the partial-credit circle.
    const spread = event.places
      .map((id) => ctx.placeById.get(id))
      .filter((p): p is LoadedPlace => p !== undefined && kindClass(p.kind) !== "line" && kindClass(p.kind) !== "area")
      .some((p) => (distanceKm(place, p) ?? 0) > radii[1]);
    if (spread) continue;
    const qid = questionId("event-map-pin", [event.id]);
    const approximate = place.coordinates.confidence === "approximate-by-description" ? " Its position on the map is approximate." : "";
    out.push({
      id: qid,
      category: "places",
      type: "map-pin",
      template: "event-map-pin",
      prompt,
      answer: {
        lat: place.coordinates.lat,
        lon: place.coordinates.lon,
        fullCreditKm: radii[0],
        partialCreditKm: radii[1],
        placeName: place.name,
      },
      explanation: `This happened ${atPlace(place)}.${approximate} ${event.summary}`,
      sources: mergeCitations(event.citations, placeCitations(index, place)),
      refs: refs({ events: [event.id], places: [place.id] }),
      difficulty: clampDifficulty(place.kind === "city" ? 2 : 3),
    });
  }
  return out;
}

/**
 * Events for matching: the title with every name that would give the place
 * away replaced by a gap ("Rebels take control of ___"). Another place of the
 * same kind is allowed only when the title names it (then it is not the gap).
 */
function gappedEvents(ctx: GeneratorContext, index: PlaceIndex): LocatedEvent[] {
  const out: LocatedEvent[] = [];
  for (const event of index.events) {
    const place = askedPlace(ctx, event);
    if (!place) continue;
    const cls = kindClass(place.kind);
    if (cls !== "settlement" && cls !== "base" && cls !== "crossing") continue;
    let title = event.title;
    for (const name of [...new Set(revealingNames(ctx, place))].sort((a, b) => b.length - a.length || a.localeCompare(b))) {
      for (let guard = 0; guard < 5; guard++) {
        const next = replaceName(title, name, "___");
        if (next === null) break;
        title = next;
      }
    }
    const date = formatDate(event.date);
    const label = event.alternativeDates.length > 0 || title.includes(date) ? title : `${title} (${date})`;
    if (reveals(ctx, label, place)) continue;
    const unnamedRival = event.places.some((id) => {
      const other = ctx.placeById.get(id);
      return (
        other !== undefined &&
        other.id !== place.id &&
        kindClass(other.kind) === cls &&
        !closelyRelated(other, place) &&
        !mentionsPlaceNames(label, placeNames(other))
      );
    });
    if (unnamedRival) continue;
    out.push({ event, place, label });
  }
  return out;
}

/**
 * Groups of four events from one month study set (or, failing that, one
 * document), in date order, whose places are distinct and cannot be swapped.
 * Each event is used once.
 */
function matchingGroups(ctx: GeneratorContext, located: readonly LocatedEvent[]): LocatedEvent[][] {
  const byEvent = new Map(located.map((l) => [l.event.id, l]));
  const inDateOrder = (a: LocatedEvent, b: LocatedEvent) =>
    dateSortKey(a.event.date).localeCompare(dateSortKey(b.event.date)) || byId(a.event, b.event);
  const pools: LocatedEvent[][] = [];
  for (const set of [...ctx.kb.studySets].sort(byId))
    if (set.group === "month") pools.push(set.events.map((id) => byEvent.get(id)).filter((l): l is LocatedEvent => l !== undefined));
  for (const source of [...ctx.kb.sources].sort((a, b) => a.file.localeCompare(b.file)))
    pools.push(located.filter((l) => l.event.citations.some((c) => c.doc === source.file)));

  const used = new Set<string>();
  const groups: LocatedEvent[][] = [];
  for (const pool of pools) {
    const remaining = pool.filter((l) => !used.has(l.event.id)).sort(inDateOrder);
    while (remaining.length >= 4) {
      const group: LocatedEvent[] = [];
      for (let i = 0; i < remaining.length && group.length < 4; ) {
        const candidate = remaining[i]!;
        const clash = group.some(
          (g) =>
            g.place.id === candidate.place.id ||
            normalizeName(g.label) === normalizeName(candidate.label) ||
            sharesName(g.place, candidate.place) ||
            fitsEvent(ctx, g.event, candidate.place) ||
            fitsEvent(ctx, candidate.event, g.place),
        );
        if (clash) {
          i++;
          continue;
        }
        group.push(...remaining.splice(i, 1));
      }
      if (group.length < 4) break;
      for (const g of group) used.add(g.event.id);
      groups.push(group);
    }
  }
  return groups;
}

function eventPlaceMatching(ctx: GeneratorContext, index: PlaceIndex, located: readonly LocatedEvent[]): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const group of matchingGroups(ctx, located)) {
    const factKeys = group.map((g) => g.event.id).sort();
    const qid = questionId("event-place-matching", factKeys);
    const rng = rngFor(ctx, qid);
    const answers = group.map((g) => g.place);
    const candidates = eventPlaceCandidates(
      ctx,
      index,
      group.map((g) => g.event),
      answers,
    );
    const governorates = new Set(answers.map((a) => a.governorate));
    const [extra] = chooseDistractors(rng, [candidates.filter((c) => governorates.has(c.governorate)), candidates], answers, 1);
    const premises = makeOptions(
      qid,
      group.map((g) => ({ key: g.event.id, text: g.label })),
    );
    const optionEntries = [...answers, ...(extra ? [extra] : [])].map((p) => ({ key: p.id, text: p.name }));
    const pairs: Record<string, string> = {};
    group.forEach((g, i) => {
      pairs[premises[i]!.id] = optionId(qid, g.place.id);
    });
    out.push({
      id: qid,
      category: "places",
      type: "matching",
      template: "event-place-matching",
      prompt: group.some((g) => g.label.includes("___"))
        ? "Match each event to the place where it happened (___ marks where the place's name is left out)."
        : "Match each event to the place where it happened.",
      premises: rng.shuffle(premises),
      options: rng.shuffle(makeOptions(qid, optionEntries)),
      answer: { pairs },
      explanation: group.map((g) => `${g.event.title}: ${g.place.name}.`).join(" "),
      sources: mergeCitations(...group.map((g) => g.event.citations)),
      refs: refs({ events: group.map((g) => g.event.id), places: answers.map((a) => a.id) }),
      difficulty: 2,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Where is it? (map pins, governorates)

function placeMapPin(ctx: GeneratorContext, index: PlaceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const place of index.places) {
    if (!place.mapEligible || !place.coordinates) continue;
    const radii = PIN_RADII[place.kind];
    if (!radii || !hasTopic(index, [place.id])) continue;
    const sources = placeCitations(index, place);
    if (sources.length === 0) continue;
    const qid = questionId("place-map-pin", [place.id]);
    const approximate =
      place.coordinates.confidence === "approximate-by-description"
        ? " Its location is approximate: it was placed from the documents' descriptions, not found in a map dataset."
        : "";
    out.push({
      id: qid,
      category: "places",
      type: "map-pin",
      template: "place-map-pin",
      prompt: `Mark ${placePhrase(place)} on the map.`,
      answer: {
        lat: place.coordinates.lat,
        lon: place.coordinates.lon,
        fullCreditKm: radii[0],
        partialCreditKm: radii[1],
        placeName: place.name,
      },
      explanation: `${place.description ?? kindSentence(place)}${approximate}`,
      sources,
      refs: refs({ places: [place.id] }),
      difficulty: clampDifficulty(place.kind === "city" ? 1 : place.kind === "town" || kindClass(place.kind) !== "settlement" ? 2 : 3),
    });
  }
  return out;
}

/**
 * Settlements, bases and crossings with a single governorate that is backed by
 * a located position, or by a cited relation to a place in the same governorate
 * (some governorates of unlocated places are only inferred).
 */
function governorateSubjects(ctx: GeneratorContext, index: PlaceIndex): LoadedPlace[] {
  const backedByRelation = (place: LoadedPlace) =>
    place.relations.some((r) => r.kind !== "borders" && ctx.placeById.get(r.place)?.governorate === place.governorate);
  return index.places.filter((place) => {
    const cls = kindClass(place.kind);
    if (cls !== "settlement" && cls !== "base" && cls !== "crossing") return false;
    if (place.governorate === "multiple" || (!place.coordinates && !backedByRelation(place))) return false;
    // "In which governorate is Idlib?" answers itself; so does "Taftanaz airbase" once Taftanaz is known.
    if (mentionsAny(place.name, [place.governorate])) return false;
    if (revealingNames(ctx, place).length > namesOf(place).length) return false;
    return hasTopic(index, [place.id]);
  });
}

/** Governorates in the order the content uses them most, then the extras. */
function governorateOrder(ctx: GeneratorContext): Governorate[] {
  const counts = new Map<Governorate, number>();
  for (const p of ctx.kb.places) if (p.governorate !== "multiple") counts.set(p.governorate, (counts.get(p.governorate) ?? 0) + 1);
  const used = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b));
  return [...new Set([...used, ...EXTRA_GOVERNORATES])];
}

function governorateExplanation(place: LoadedPlace): string {
  return place.description ? `${subjectNameAtStart(place)} is in ${governorateLabel(place.governorate)}. ${place.description}` : kindSentence(place);
}

function placeGovernorateChoice(ctx: GeneratorContext, index: PlaceIndex): QuestionDraft[] {
  const order = governorateOrder(ctx);
  const out: QuestionDraft[] = [];
  for (const place of governorateSubjects(ctx, index)) {
    const qid = questionId("place-governorate-choice", [place.id]);
    const rng = rngFor(ctx, qid);
    const others = order.filter((g) => g !== place.governorate && g !== "multiple");
    // Neighbours first (plausible), then the governorates the content uses most.
    const neighbours = NEIGHBOURING_GOVERNORATES[place.governorate] ?? [];
    const wrong = pickTiered(rng, [neighbours.filter((g) => others.includes(g)), others.slice(0, 4), others], 3);
    if (wrong.length < 3) continue;
    const { options, correct } = placeChoice(
      qid,
      rng,
      [{ key: `governorate:${place.governorate}`, text: governorateLabel(place.governorate) }],
      wrong.map((g) => ({ key: `governorate:${g}`, text: governorateLabel(g) })),
    );
    out.push({
      id: qid,
      category: "places",
      type: "multiple-choice",
      template: "place-governorate-choice",
      prompt: `In which governorate is ${subjectName(place)}?`,
      selectMany: false,
      options,
      answer: { correct },
      explanation: governorateExplanation(place),
      sources: placeCitations(index, place),
      refs: refs({ places: [place.id] }),
      difficulty: clampDifficulty(place.kind === "city" ? 1 : place.kind === "village" ? 3 : 2),
    });
  }
  return out;
}

function placeGovernorateTrueFalse(ctx: GeneratorContext, index: PlaceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const place of governorateSubjects(ctx, index)) {
    const qid = questionId("place-governorate-true-false", [place.id]);
    const rng = rngFor(ctx, qid);
    const neighbours = NEIGHBOURING_GOVERNORATES[place.governorate] ?? [];
    const statementTrue = neighbours.length === 0 || rng.int(0, 1) === 1;
    const stated = statementTrue ? place.governorate : rng.pick(neighbours);
    out.push({
      id: qid,
      category: "places",
      type: "true-false",
      template: "place-governorate-true-false",
      prompt: `True or false: ${subjectName(place)} is in ${governorateLabel(stated)}.`,
      answer: { value: statementTrue },
      explanation: `${statementTrue ? "True" : "False"}: ${governorateExplanation(place)}`,
      sources: placeCitations(index, place),
      refs: refs({ places: [place.id] }),
      difficulty: clampDifficulty(place.kind === "city" ? 1 : 2),
    });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Directions (true/false and choice)

interface DirectionFact {
  subject: LoadedPlace;
  direction: Direction;
  reference: LoadedPlace;
  distanceKm?: number;
  citations: Citation[];
}

/** Does the map agree (or at least not disagree) that `a` lies `direction` of `b`? */
function coordinatesAgree(a: LoadedPlace, direction: Direction, b: LoadedPlace): boolean {
  if (!a.coordinates || !b.coordinates) return true;
  const dLat = a.coordinates.lat - b.coordinates.lat;
  const dLon = a.coordinates.lon - b.coordinates.lon;
  return { north: dLat > 0, south: dLat < 0, east: dLon > 0, west: dLon < 0 }[direction];
}

/** Cited direction relations, once per pair and axis, skipping any the map contradicts. */
function directionFacts(ctx: GeneratorContext, index: PlaceIndex): DirectionFact[] {
  const facts: DirectionFact[] = [];
  const seen = new Set<string>();
  for (const subject of index.places) {
    for (const r of subject.relations) {
      if (r.kind !== "north-of" && r.kind !== "south-of" && r.kind !== "east-of" && r.kind !== "west-of") continue;
      const reference = ctx.placeById.get(r.place);
      if (!reference) continue;
      const direction = DIRECTION_OF[r.kind];
      const axis = direction === "north" || direction === "south" ? "ns" : "ew";
      const key = [subject.id, reference.id].sort().join("|") + `|${axis}`;
      if (seen.has(key) || !coordinatesAgree(subject, direction, reference)) continue;
      seen.add(key);
      facts.push({ subject, direction, reference, distanceKm: r.distanceKm, citations: r.citations });
    }
  }
  return facts;
}

function directionSentence(fact: DirectionFact): string {
  const distance = fact.distanceKm ? `, about ${fact.distanceKm} km away` : "";
  return `${subjectNameAtStart(fact.subject)} lies ${fact.direction} of ${subjectName(fact.reference)}${distance}.`;
}

function placeDirectionTrueFalse(ctx: GeneratorContext, index: PlaceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const fact of directionFacts(ctx, index)) {
    if (!hasTopic(index, [fact.subject.id, fact.reference.id])) continue;
    const qid = questionId("place-direction-true-false", [fact.subject.id, fact.direction, fact.reference.id]);
    const rng = rngFor(ctx, qid);
    const statementTrue = rng.int(0, 1) === 1;
    const stated = statementTrue ? fact.direction : OPPOSITE[fact.direction];
    const description = fact.subject.description ? ` ${fact.subject.description}` : "";
    out.push({
      id: qid,
      category: "places",
      type: "true-false",
      template: "place-direction-true-false",
      prompt: `True or false: ${subjectName(fact.subject)} lies ${stated} of ${subjectName(fact.reference)}.`,
      answer: { value: statementTrue },
      explanation: `${statementTrue ? "True" : "False"}: ${directionSentence(fact)}${description}`,
      sources: mergeCitations(fact.citations),
      refs: refs({ places: [fact.subject.id, fact.reference.id] }),
      difficulty: clampDifficulty(fact.subject.kind === "city" || fact.subject.kind === "town" ? 1 : 2),
    });
  }
  return out;
}

/** Is `place` clearly not `direction` of `reference` on the map (by a safe margin)? */
function clearlyNot(place: LoadedPlace, direction: Direction, reference: LoadedPlace): boolean {
  if (!place.coordinates || !reference.coordinates) return false;
  const dLat = place.coordinates.lat - reference.coordinates.lat;
  const dLon = place.coordinates.lon - reference.coordinates.lon;
  return {
    north: dLat <= -CLEAR_MARGIN_DEG,
    south: dLat >= CLEAR_MARGIN_DEG,
    east: dLon <= -CLEAR_MARGIN_DEG,
    west: dLon >= CLEAR_MARGIN_DEG,
  }[direction];
}

/** At most this many correct places per question, so the list stays readable. */
const MAX_CORRECT_PER_DIRECTION_QUESTION = 3;

function placeDirectionChoice(ctx: GeneratorContext, index: PlaceIndex): QuestionDraft[] {
  const facts = directionFacts(ctx, index);
  const out: QuestionDraft[] = [];
  const references = [...new Map(facts.map((f) => [f.reference.id, f.reference])).values()].sort(byId);
  for (const reference of references) {
    if (!reference.coordinates) continue;
    for (const direction of DIRECTIONS) {
      const matching = facts.filter((f) => f.reference.id === reference.id && f.direction === direction);
      if (matching.length === 0) continue;
      // Also facts stated the other way round: "B south of A" means A is north of B.
      const inverse = facts.filter((f) => f.subject.id === reference.id && f.direction === OPPOSITE[direction]);
      const correctPlaces = [...matching.map((f) => f.subject), ...inverse.map((f) => f.reference)].sort(byId);
      const related = new Set(correctPlaces.map((p) => p.id));
      for (let start = 0; start < correctPlaces.length; start += MAX_CORRECT_PER_DIRECTION_QUESTION) {
        const chunk = correctPlaces.slice(start, start + MAX_CORRECT_PER_DIRECTION_QUESTION);
        const qid = questionId("place-direction-choice", [reference.id, direction, ...chunk.map((p) => p.id)]);
        const rng = rngFor(ctx, qid);
        const candidates = index.places.filter(
          (p) =>
            kindClass(p.kind) === "settlement" &&
            p.id !== reference.id &&
            !related.has(p.id) &&
            !closelyRelated(p, reference) &&
            !sharesName(p, reference) &&
            clearlyNot(p, direction, reference) &&
            (distanceKm(p, reference) ?? Infinity) <= 80,
        );
        const wanted = chunk.length === 1 ? 3 : Math.max(2, 5 - chunk.length);
        const near = candidates.filter((p) => (distanceKm(p, reference) ?? Infinity) <= 40);
        const distractors = chooseDistractors(
          rng,
          [near.filter((p) => p.governorate === reference.governorate), near, candidates],
          [...chunk, reference],
          wanted,
        );
        if (distractors.length < 2) continue;
        if (!hasTopic(index, [reference.id, ...chunk.map((p) => p.id)])) continue;
        const { options, correct } = placeChoice(
          qid,
          rng,
          chunk.map((p) => ({ key: p.id, text: p.name })),
          distractors.map((p) => ({ key: p.id, text: p.name })),
        );
        const selectMany = chunk.length > 1;
        const relevant = [...matching, ...inverse].filter((f) => chunk.some((p) => p.id === f.subject.id || p.id === f.reference.id));
        out.push({
          id: qid,
          category: "places",
          type: "multiple-choice",
          template: "place-direction-choice",
          prompt: selectMany
            ? `Which of these places lie ${direction} of ${subjectName(reference)}? Select all that apply.`
            : `Which of these places lies ${direction} of ${subjectName(reference)}?`,
          selectMany,
          options,
          answer: { correct },
          explanation: `${chunk.map((p) => p.name).join(", ")} ${chunk.length > 1 ? "lie" : "lies"} ${direction} of ${subjectName(reference)}; ${distractors
            .map((p) => p.name)
            .join(", ")} ${distractors.length > 1 ? "do" : "does"} not.`,
          sources: mergeCitations(...relevant.map((f) => f.citations)),
          refs: refs({ places: [reference.id, ...chunk.map((p) => p.id)] }),
          difficulty: clampDifficulty(chunk.length > 1 ? 3 : 2),
        });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Highways and border crossings

interface Highway {
  /** "M5" */
  code: string;
  /** "the M5, the Damascus–Aleppo highway" */
  label: string;
  waypoints: LoadedPlace[];
  /** Points every ~2 km along the waypoints, for distance checks between them. */
  track: [number, number][];
}

/** Highways known by their waypoints (highway points whose aliases carry the road's code). */
function highways(index: PlaceIndex): Highway[] {
  const out: Highway[] = [];
  for (const code of ["M5", "M4"]) {
    const waypoints = index.places.filter((p) => p.kind === "highway-point" && p.coordinates && p.aliases.includes(code));
    if (waypoints.length === 0) continue;
    // The long name most of its waypoints give ("Damascus–Aleppo highway"); junctions list both roads'.
    const longNames = waypoints.flatMap((w) => w.aliases.filter((a) => /–.*highway$/.test(a)));
    const longName = [...new Set(longNames)].sort(
      (a, b) => longNames.filter((n) => n === b).length - longNames.filter((n) => n === a).length || a.localeCompare(b),
    )[0];
    // The roads run roughly along one axis here: order the waypoints along the longer span.
    const lats = waypoints.map((w) => w.coordinates!.lat);
    const lons = waypoints.map((w) => w.coordinates!.lon);
    const alongLat = Math.max(...lats) - Math.min(...lats) >= Math.max(...lons) - Math.min(...lons);
    const ordered = [...waypoints].sort((a, b) =>
      alongLat ? a.coordinates!.lat - b.coordinates!.lat : a.coordinates!.lon - b.coordinates!.lon,
    );
    const track: [number, number][] = [];
    ordered.forEach((w, i) => {
      const here: [number, number] = [w.coordinates!.lon, w.coordinates!.lat];
      const next = ordered[i + 1];
      if (!next) {
        track.push(here);
        return;
      }
      const there: [number, number] = [next.coordinates!.lon, next.coordinates!.lat];
      const steps = Math.max(1, Math.ceil((geoDistance(here, there) * EARTH_RADIUS_KM) / 2));
      const between = geoInterpolate(here, there);
      for (let s = 0; s < steps; s++) track.push(between(s / steps));
    });
    out.push({ code, label: longName ? `the ${code}, the ${longName}` : `the ${code} highway`, waypoints: ordered, track });
  }
  return out;
}

function distanceToHighwayKm(place: LoadedPlace, highway: Highway): number | null {
  if (!place.coordinates) return null;
  const here: [number, number] = [place.coordinates.lon, place.coordinates.lat];
  return Math.min(...highway.track.map((p) => geoDistance(here, p) * EARTH_RADIUS_KM));
}

function onHighwayChoice(ctx: GeneratorContext, index: PlaceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const highway of highways(index)) {
    const waypointIds = new Set(highway.waypoints.map((w) => w.id));
    const onRoad = (p: LoadedPlace) => p.relations.some((r) => r.kind === "on-highway" && waypointIds.has(r.place));
    const towns = index.places.filter((p) => kindClass(p.kind) === "settlement");
    for (const town of towns.filter(onRoad)) {
      if (!hasTopic(index, [town.id])) continue;
      const qid = questionId("on-highway-choice", [town.id, highway.code]);
      const rng = rngFor(ctx, qid);
      const prompt = `Which of these towns lies on ${highway.label}?`;
      if (mentionsAny(prompt, namesOf(town))) continue;
      // Clearly off the road (more than 12 km from it) yet in the same part of Syria.
      const candidates = towns.filter((p) => {
        if (onRoad(p) || mentionsAny(prompt, namesOf(p))) return false;
        const d = distanceToHighwayKm(p, highway);
        return d !== null && d > 12 && d <= 60;
      });
      const distractors = chooseDistractors(
        rng,
        [candidates.filter((p) => p.governorate === town.governorate && p.kind !== "village"), candidates.filter((p) => p.kind !== "village"), candidates],
        [town],
        3,
      );
      if (distractors.length < 3) continue;
      const relation = town.relations.find((r) => r.kind === "on-highway" && waypointIds.has(r.place))!;
      const { options, correct } = placeChoice(
        qid,
        rng,
        [{ key: town.id, text: town.name }],
        distractors.map((p) => ({ key: p.id, text: p.name })),
      );
      out.push({
        id: qid,
        category: "places",
        type: "multiple-choice",
        template: "on-highway-choice",
        prompt,
        selectMany: false,
        options,
        answer: { correct },
        explanation: `${town.name} lies on the ${highway.code}; ${distractors.map((p) => p.name).join(", ")} lie well away from it.${
          town.description ? ` ${town.description}` : ""
        }`,
        sources: mergeCitations(relation.citations, placeCitations(index, town)),
        refs: refs({ places: [town.id] }),
        difficulty: clampDifficulty(town.kind === "city" ? 1 : 2),
      });
    }
  }
  return out;
}

/** "Bab al-Hawa" for "Bab al-Hawa border crossing": the option must not say "crossing". */
function crossingShortName(place: LoadedPlace): string {
  const short = place.name.replace(/\s+(border\s+)?crossing$/i, "");
  return short.length > 0 ? short : place.name;
}

/** Latitude margin that keeps distractor towns well inland of the Turkish border. */
const INLAND_MARGIN_DEG = 0.25;

function borderCrossingChoice(ctx: GeneratorContext, index: PlaceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  const crossings = index.places.filter((p) => p.kind === "border-crossing");
  // Towns that host a crossing in the events ("Jarabulus crossing") are never distractors.
  const crossingTowns = new Set(
    index.events.filter((e) => e.tags.includes("border-crossing")).flatMap((e) => e.places),
  );
  for (const crossing of crossings) {
    if (!crossing.coordinates || !hasTopic(index, [crossing.id])) continue;
    const qid = questionId("border-crossing-choice", [crossing.id]);
    const rng = rngFor(ctx, qid);
    const candidates = index.places.filter(
      (p) =>
        kindClass(p.kind) === "settlement" &&
        p.kind !== "village" &&
        p.governorate === crossing.governorate &&
        !crossingTowns.has(p.id) &&
        !closelyRelated(p, crossing) &&
        p.coordinates !== null &&
        // Well south of the crossing, so certainly not on the border.
        p.coordinates.lat <= crossing.coordinates!.lat - INLAND_MARGIN_DEG,
    );
    const distractors = chooseDistractors(rng, [candidates], [crossing], 3);
    if (distractors.length < 3) continue;
    const { options, correct } = placeChoice(
      qid,
      rng,
      [{ key: crossing.id, text: crossingShortName(crossing) }],
      distractors.map((p) => ({ key: p.id, text: p.name })),
    );
    out.push({
      id: qid,
      category: "places",
      type: "multiple-choice",
      template: "border-crossing-choice",
      prompt: "Which of these is a crossing on the border with Turkey?",
      selectMany: false,
      options,
      answer: { correct },
      explanation: `${crossing.name}: ${crossing.description ?? kindSentence(crossing)} ${distractors
        .map((p) => p.name)
        .join(", ")} are towns inland, away from the border.`,
      sources: placeCitations(index, crossing),
      refs: refs({ places: [crossing.id] }),
      difficulty: 1,
    });
  }
  return out;
}

/** Escapes a string for use inside a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const namePatterns = new Map<string, RegExp>();

/** The text with the first whole-word occurrence of `name` replaced, or null when it does not occur. */
function replaceName(text: string, name: string, replacement: string): string | null {
  // Cheap test first: building a pattern per name and title is slow.
  if (name.length === 0 || !text.toLowerCase().includes(name.toLowerCase())) return null;
  let pattern = namePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(^|[^\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, "iu");
    namePatterns.set(name, pattern);
  }
  return pattern.test(text) ? text.replace(pattern, `$1${replacement}`) : null;
}

/** The title with the place's name replaced by a gap ("About 60 soldiers defect at ___ with tanks"), or null. */
function titleWithGap(title: string, place: LoadedPlace): string | null {
  // Longest names first, so "Bab al-Hawa border crossing" is blanked whole.
  for (const name of [...namesOf(place)].sort((a, b) => b.length - a.length || a.localeCompare(b))) {
    const gapped = replaceName(title, name, "___");
    if (gapped !== null) return gapped;
  }
  return null;
}

/**
 * "Fill the gap" with a border crossing's name, from events whose title names
 * it. Only crossings that are the single crossing of their governorate, and
 * events that involve no other place of that governorate.
 */
function borderCrossingTyped(ctx: GeneratorContext, index: PlaceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  const crossings = index.places.filter((p) => p.kind === "border-crossing" && p.governorate !== "multiple");
  for (const crossing of crossings) {
    if (crossings.some((c) => c.id !== crossing.id && c.governorate === crossing.governorate)) continue;
    for (const event of index.eventsByPlace.get(crossing.id) ?? []) {
      const sameGovernorate = event.places.filter((id) => id !== crossing.id && ctx.placeById.get(id)?.governorate === crossing.governorate);
      if (sameGovernorate.length > 0) continue;
      const gapped = titleWithGap(event.title, crossing);
      if (!gapped) continue;
      const label = event.alternativeDates.length > 0 ? gapped : `${gapped} (${formatDate(event.date)})`;
      const prompt = `Name the border crossing with Turkey, in ${governorateLabel(crossing.governorate)}, that fills the gap: ${label}`;
      if (reveals(ctx, prompt, crossing)) continue;
      const qid = questionId("border-crossing-typed", [crossing.id, event.id]);
      const shortName = crossingShortName(crossing);
      out.push({
        id: qid,
        category: "places",
        type: "typed",
        template: "border-crossing-typed",
        prompt,
        answer: { text: shortName },
        accept: [...new Set([shortName, ...namesOf(crossing)])],
        explanation: `${event.title}. ${event.summary}`,
        sources: mergeCitations(event.citations, placeCitations(index, crossing)),
        refs: refs({ events: [event.id], places: [crossing.id] }),
        difficulty: 2,
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Near and part-of

function placeNearChoice(ctx: GeneratorContext, index: PlaceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  const seen = new Set<string>();
  for (const subject of index.places) {
    for (const r of subject.relations) {
      if (r.kind !== "near") continue;
      const reference = ctx.placeById.get(r.place);
      if (!reference || !reference.coordinates) continue;
      if (kindClass(subject.kind) === "line" || kindClass(reference.kind) === "line") continue;
      const pairKey = [subject.id, reference.id].sort().join("|");
      if (seen.has(pairKey)) continue;
      seen.add(pairKey);
      const prompt = `Which of these places lies near ${subjectName(reference)}?`;
      // "Army base near Darat Izza" would answer itself.
      if (reveals(ctx, prompt, subject) || mentionsPlaceNames(subject.name, placeNames(reference))) continue;
      if (!hasTopic(index, [subject.id, reference.id])) continue;
      const qid = questionId("place-near-choice", [subject.id, reference.id]);
      const rng = rngFor(ctx, qid);
      const cls = kindClass(subject.kind);
      const candidates = index.places.filter((p) => {
        if (p.id === subject.id || p.id === reference.id || closelyRelated(p, reference)) return false;
        if (mentionsPlaceNames(prompt, placeNames(p))) return false;
        const d = distanceKm(p, reference);
        return d !== null && d > 25 && d <= 90;
      });
      const sameClass = candidates.filter((p) => kindClass(p.kind) === cls);
      const distractors = chooseDistractors(
        rng,
        [sameClass.filter((p) => p.governorate === reference.governorate), sameClass],
        [subject, reference],
        3,
      );
      if (distractors.length < 2) continue;
      const { options, correct } = placeChoice(
        qid,
        rng,
        [{ key: subject.id, text: subject.name }],
        distractors.map((p) => ({ key: p.id, text: p.name })),
      );
      const distance = r.distanceKm ? ` (about ${r.distanceKm} km away)` : "";
      out.push({
        id: qid,
        category: "places",
        type: "multiple-choice",
        template: "place-near-choice",
        prompt,
        selectMany: false,
        options,
        answer: { correct },
        explanation: `${subjectNameAtStart(subject)} lies near ${subjectName(reference)}${distance}; the other places are more than 25 km away. ${
          subject.description ?? kindSentence(subject)
        }`,
        sources: mergeCitations(r.citations, placeCitations(index, subject)),
        refs: refs({ places: [subject.id, reference.id] }),
        difficulty: 3,
      });
    }
  }
  return out;
}

function placePartOfChoice(ctx: GeneratorContext, index: PlaceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const subject of index.places) {
    for (const r of subject.relations) {
      if (r.kind !== "part-of") continue;
      const parent = ctx.placeById.get(r.place);
      if (!parent || !parent.coordinates || kindClass(parent.kind) !== "settlement") continue;
      // The subject's own name often contains the town ("al-Dira (Idlib)"): use a name that does not.
      const display = namesOf(subject).find((n) => !mentionsPlaceNames(n, placeNames(parent)) && !/\p{Script=Arabic}/u.test(n));
      if (!display) continue;
      const prompt =
        subject.kind === "building"
          ? `In which town or city is the ${display.replace(/^the\s+/i, "")}?`
          : `${display.charAt(0).toUpperCase()}${display.slice(1)} is part of which town or city?`;
      if (mentionsPlaceNames(prompt, placeNames(parent))) continue;
      if (!hasTopic(index, [subject.id, parent.id])) continue;
      const qid = questionId("place-part-of-choice", [subject.id, parent.id]);
      const rng = rngFor(ctx, qid);
      const candidates = index.places.filter((p) => {
        if (kindClass(p.kind) !== "settlement" || p.kind === "village" || p.id === parent.id) return false;
        if (closelyRelated(p, subject) || sharesName(p, parent)) return false;
        const d = distanceKm(p, parent);
        return d !== null && d > 25;
      });
      const distractors = chooseDistractors(
        rng,
        [candidates.filter((p) => p.governorate === parent.governorate && p.kind === parent.kind), candidates.filter((p) => p.governorate === parent.governorate), candidates],
        [parent],
        3,
      );
      if (distractors.length < 3) continue;
      const { options, correct } = placeChoice(
        qid,
        rng,
        [{ key: parent.id, text: parent.name }],
        distractors.map((p) => ({ key: p.id, text: p.name })),
      );
      out.push({
        id: qid,
        category: "places",
        type: "multiple-choice",
        template: "place-part-of-choice",
        prompt,
        selectMany: false,
        options,
        answer: { correct },
        explanation: `${
          subject.kind === "building" ? `The ${display.replace(/^the\s+/i, "")} is in` : `${display.charAt(0).toUpperCase()}${display.slice(1)} is part of`
        } ${parent.name}. ${subject.description ?? kindSentence(subject)}`,
        sources: mergeCitations(r.citations, placeCitations(index, subject)),
        refs: refs({ places: [subject.id, parent.id] }),
        difficulty: 2,
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------

/** Drops a question whose type, prompt and options repeat an earlier one's. */
function withoutDuplicates(questions: readonly QuestionDraft[]): QuestionDraft[] {
  const seen = new Set<string>();
  return questions.filter((q) => {
    const parts: string[] = [q.type, normalizeName(q.prompt)];
    if ("options" in q) parts.push(q.options.map((o) => normalizeName(o.text)).sort().join("|"));
    if (q.type === "matching") parts.push(q.premises.map((o) => normalizeName(o.text)).sort().join("|"));
    const key = parts.join("#");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function generatePlaceQuestions(ctx: GeneratorContext): QuestionDraft[] {
  const index = buildIndex(ctx);
  const located = locatableEvents(ctx, index);
  return withoutDuplicates([
    ...eventPlaceChoice(ctx, index, located),
    ...eventPlaceTyped(ctx, index, located),
    ...placeMapPin(ctx, index),
    ...eventMapPin(ctx, index),
    ...placeGovernorateChoice(ctx, index),
    ...placeGovernorateTrueFalse(ctx, index),
    ...placeDirectionTrueFalse(ctx, index),
    ...placeDirectionChoice(ctx, index),
    ...onHighwayChoice(ctx, index),
    ...borderCrossingChoice(ctx, index),
    ...borderCrossingTyped(ctx, index),
    ...eventPlaceMatching(ctx, index, gappedEvents(ctx, index)),
    ...placeNearChoice(ctx, index),
    ...placePartOfChoice(ctx, index),
  ]);
}
