/**
 * Flashcards built from the knowledge base: one card per fact a student can
 * recall in a few words (when, where, which side, how many — according to whom).
 *
 * Pure and deterministic. Ids are `${kind}:${fact id}`, so review history stays
 * attached when wording changes or content is added.
 *
 * Honesty rules, shared with the question generators:
 * - event dates: only events whose date is neither disputed (alternative dates)
 *   nor inferred from where the account sits, with a title that identifies one
 *   event and does not state the date itself;
 * - figures: every number is "according to" someone; a disputed figure's back
 *   lists every claim with its claimant and says the sources disagree, never
 *   one number as the truth; numbers the knowledge base derived itself
 *   (`statedAsNumber`) are never shown as a source's number;
 * - two cards whose fronts read the same would be unanswerable: both are dropped.
 */
import type { KnowledgeBase, LoadedPlace } from "../content/load";
import type { Citation, Figure, FigureValue, Force } from "../content/schema";
import { dateInterval, dateSortKey, formatDate } from "../content/dates";
import { normalizeName } from "../content/normalize-name";
import { coverageOf, topicsFor } from "../questions/bank";
import type { QuestionBank } from "../questions/types";
import {
  SIDE_LABELS,
  attribution,
  createContext,
  formatFigureValue,
  mentionsAny,
  mergeCitations,
  namesOf,
  subjectName,
  type GeneratorContext,
  type QuestionDraft,
} from "../questions/generators/context";
import { titleIdentifies } from "../questions/generators/chronology";
import { figureCardFront, statedAsNumber } from "../questions/generators/figures";
import { listInSentence } from "../text/list-in-sentence";
import { greatCircleKm } from "../questions/geo";
import type { QuestionCategory, QuestionRefs } from "../questions/types";

export const FLASHCARD_KINDS = ["event-date", "place-where", "force-side", "figure-value"] as const;
export type FlashcardKind = (typeof FLASHCARD_KINDS)[number];

export interface Flashcard {
  /** `${kind}:${fact id}`, e.g. "event-date:2012-10-08-to-13-battle-of-maarat-al-numan". Never changes once published. */
  id: string;
  kind: FlashcardKind;
  front: string;
  back: string;
  /** Extra context shown under the answer (the event summary, "The sources disagree..."). */
  note?: string;
  sources: Citation[];
  /** Study-set ids. */
  topics: string[];
  /** Study sets in which a core question asks about this card's fact: new cards start with these. */
  coreIn: string[];
  refs: QuestionRefs;
}

/** The question category whose study sets a card kind joins. */
export const CATEGORY_OF_KIND: Record<FlashcardKind, QuestionCategory> = {
  "event-date": "chronology",
  "place-where": "places",
  "force-side": "forces",
  "figure-value": "figures",
};

type CardDraft = Omit<Flashcard, "topics" | "coreIn"> & { sortKey: string };

/** Which of a question's refs a card kind asks about. */
const REF_OF_KIND: Record<FlashcardKind, keyof QuestionRefs> = {
  "event-date": "events",
  "place-where": "places",
  "force-side": "forces",
  "figure-value": "figures",
};

/** The fact a card asks about, keyed as a question's refs are ("events:<id>"). */
export function factKeyOfCard(card: Pick<Flashcard, "id" | "kind">): string {
  return `${REF_OF_KIND[card.kind]}:${card.id.slice(card.kind.length + 1)}`;
}

/** Every fact a question refers to, keyed as factKeyOfCard keys a card's. */
export function factKeysOfQuestion(question: { refs: QuestionRefs }): string[] {
  return Object.entries(question.refs).flatMap(([kind, ids]) => (ids as string[]).map((id) => `${kind}:${id}`));
}

/** For each fact ("events:<id>"), the sets in which some core question refers to it. */
function coreSetsByFact(bank: QuestionBank | undefined): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const q of bank?.questions ?? [])
    for (const [kind, ids] of Object.entries(q.refs))
      for (const id of ids as string[]) {
        const sets = out.get(`${kind}:${id}`) ?? new Set<string>();
        for (const setId of q.coreIn) sets.add(setId);
        out.set(`${kind}:${id}`, sets);
      }
  return out;
}

/**
 * New cards in the order a student should meet them: cards about the set's core facts (or any
 * set's, with no set chosen) first, then the rest, each group in deck order.
 */
export function newCardOrder(unseen: readonly Flashcard[], setId: string | undefined): Flashcard[] {
  const isCore = (card: Flashcard) => (setId ? card.coreIn.includes(setId) : card.coreIn.length > 0);
  return [...unseen.filter(isCore), ...unseen.filter((card) => !isCore(card))];
}

function refsOf(partial: Partial<QuestionRefs>): QuestionRefs {
  return { events: [], places: [], forces: [], figures: [], ...partial };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------------------
// Events: when did it happen?

const DATE_WORDS =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b|\b\d{4}\b|\b\d{1,2}(st|nd|rd|th)\b/i;

/** Ranges longer than this (in days) say too little to learn, as in chronology questions. */
const MAX_RANGE_DAYS = 14;

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

function eventDateCards(ctx: GeneratorContext): CardDraft[] {
  const cards: CardDraft[] = [];
  for (const event of ctx.kb.events) {
    if (event.alternativeDates.length > 0 || event.dateFromPosition || event.date.precision === "year") continue;
    if (DATE_WORDS.test(event.title) || !titleIdentifies(ctx, event)) continue;
    const interval = dateInterval(event.date);
    if (event.date.precision === "range" && daysBetween(interval.start, interval.end) > MAX_RANGE_DAYS) continue;
    const place = ctx.placeById.get(event.places[0] ?? "");
    const where = place && !mentionsAny(event.clause, namesOf(place)) ? ` (${place.name})` : "";
    cards.push({
      id: `event-date:${event.id}`,
      kind: "event-date",
      front: `${capitalize(event.clause)}${where}. When did this happen?`,
      back: capitalize(formatDate(event.date)),
      note: event.summary,
      sources: mergeCitations(event.citations),
      refs: refsOf({ events: [event.id], places: [...event.places] }),
      sortKey: `${dateSortKey(event.date)}/${event.id}`,
    });
  }
  return cards;
}

// ---------------------------------------------------------------------------
// Places: where is it?

const KIND_WORD: Record<LoadedPlace["kind"], string> = {
  city: "A city",
  town: "A town",
  village: "A village",
  "military-base": "A military base",
  airbase: "An airbase",
  checkpoint: "A checkpoint",
  "border-crossing": "A border crossing",
  highway: "A highway",
  "highway-point": "A point on a highway",
  region: "An area",
  building: "A building",
  neighbourhood: "A district",
  country: "A country",
};

/** Places that are asked "where is it?": not whole countries, highways or points named after the town they are at. */
const NOT_ASKED_KINDS = new Set<LoadedPlace["kind"]>(["country", "highway", "highway-point"]);

/** Cities a place's position is given from. */
const REFERENCE_CITIES = ["idlib", "aleppo", "hama", "latakia", "homs", "damascus", "raqqa"];


/** "Idlib city" where the bare name could be read as the governorate; "the Wadi al-Deif military base" in a sentence. */
function placeLabel(place: LoadedPlace): string {
  return subjectName(place);
}

function relationText(relation: LoadedPlace["relations"][number], target: LoadedPlace): string {
  const label = placeLabel(target);
  switch (relation.kind) {
    case "on-highway": {
      const road = target.name.replace(/\s+at\s+.*$/, "");
      return /junction/i.test(road) ? `at the ${road}` : `on the ${road}`;
    }
    case "near":
      return relation.distanceKm ? `about ${relation.distanceKm} km from ${label}` : `near ${label}`;
    case "north-of":
    case "south-of":
    case "east-of":
    case "west-of":
      return `${relation.distanceKm ? `${relation.distanceKm} km ` : ""}${relation.kind.replace("-of", "")} of ${label}`;
    case "part-of":
      return `part of ${label}`;
    case "borders":
      return `bordering ${label}`;
  }
}

const COMPASS = ["north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west"];

/** "about 30 km south-east of Idlib city", from the gazetteer coordinates; null when too close or too far to say simply. */
function directionFrom(place: LoadedPlace, reference: LoadedPlace): string | null {
  const a = place.coordinates;
  const b = reference.coordinates;
  if (!a || !b) return null;
  const km = greatCircleKm(a, b);
  if (km < 4 || km > 150) return null;
  const dx = (a.lon - b.lon) * Math.cos((b.lat * Math.PI) / 180);
  const dy = a.lat - b.lat;
  const bearing = ((Math.atan2(dx, dy) * 180) / Math.PI + 360) % 360;
  const direction = COMPASS[Math.round(bearing / 45) % 8]!;
  const rounded = km < 20 ? Math.round(km) : Math.round(km / 5) * 5;
  return `about ${rounded} km ${direction} of ${placeLabel(reference)}`;
}

function placeCards(ctx: GeneratorContext): CardDraft[] {
  const cards: CardDraft[] = [];
  const references = REFERENCE_CITIES.map((id) => ctx.placeById.get(id)).filter((p) => p?.coordinates);
  for (const place of ctx.kb.places) {
    if (NOT_ASKED_KINDS.has(place.kind) || place.governorate === "multiple") continue;
    // A relation to a place the name already mentions ("Army base near Darat Izza") tells nothing.
    const relations = place.relations
      .map((relation) => ({ relation, target: ctx.placeById.get(relation.place) }))
      .filter((r): r is { relation: typeof r.relation; target: LoadedPlace } => r.target !== undefined)
      .filter(({ relation, target }) => relation.kind === "on-highway" || !mentionsAny(place.name, namesOf(target)));
    const related = new Set(relations.map((r) => r.target.id));
    const nearest = place.coordinates
      ? references
          .filter((r) => r!.id !== place.id)
          .map((r) => ({ ref: r!, km: greatCircleKm(place.coordinates!, r!.coordinates!) }))
          .sort((x, y) => x.km - y.km)[0]
      : undefined;
    const direction = nearest && !related.has(nearest.ref.id) ? directionFrom(place, nearest.ref) : null;
    if (relations.length === 0 && !direction) continue;
    const parts = [...relations.map(({ relation, target }) => relationText(relation, target)), ...(direction ? [direction] : [])];
    const citations = place.citations.length
      ? place.citations
      : ctx.kb.events.filter((e) => e.places.includes(place.id)).flatMap((e) => e.citations);
    const sources = mergeCitations(citations, ...relations.map((r) => r.relation.citations));
    cards.push({
      id: `place-where:${place.id}`,
      kind: "place-where",
      front: `Where is ${placeLabel(place)}?`,
      back: `${KIND_WORD[place.kind]} in ${place.governorate} Governorate, ${parts.join("; ")}.`,
      note: place.description,
      sources,
      refs: refsOf({ places: [place.id] }),
      sortKey: normalizeName(place.name),
    });
  }
  return cards;
}

// ---------------------------------------------------------------------------
// Forces: which side?

function forceCards(ctx: GeneratorContext): CardDraft[] {
  const cards: CardDraft[] = [];
  for (const force of ctx.kb.forces) {
    if (force.kind === "side") continue;
    const parent: Force | undefined = force.parent ? ctx.forceById.get(force.parent) : undefined;
    const person = force.kind === "commander" || force.kind === "official";
    const within = parent && parent.kind !== "side" ? ` ${person ? "Serves with" : "Part of"}: ${parent.name}.` : "";
    const name = force.rank ? `${force.rank} ${force.name}` : force.name;
    cards.push({
      id: `force-side:${force.id}`,
      kind: "force-side",
      front: `${name}: which side?`,
      back: `${SIDE_LABELS[force.side]}.${within}`,
      note: force.description,
      sources: mergeCitations(force.citations),
      refs: refsOf({ forces: [force.id] }),
      sortKey: normalizeName(force.name),
    });
  }
  return cards;
}

// ---------------------------------------------------------------------------
// Figures: how many, according to whom?

type Claim = Figure["claims"][number];

function pointOf(value: FigureValue): number {
  return value.kind === "range" ? value.min : value.n;
}

/** "190 soldiers", "5 km", "67%". */
function valueWithUnit(figure: Figure, value: FigureValue): string {
  const text = formatFigureValue(value);
  return value.kind === "percent" || figure.unit === "percent" ? text.replace(/%?$/, "%") : `${text} ${figure.unit}`;
}

function figureCards(ctx: GeneratorContext): CardDraft[] {
  const cards: CardDraft[] = [];
  for (const figure of ctx.kb.figures) {
    const event = ctx.eventById.get(figure.event);
    if (!event) continue;
    const claims: Claim[] = figure.claims.filter(statedAsNumber);
    // An undisputed figure is shown only when every claim was stated; a disputed one needs two stated, differing claims.
    if (!figure.disputed && claims.length !== figure.claims.length) continue;
    const groups = new Map<string, Claim[]>();
    for (const claim of claims) {
      const key = valueWithUnit(figure, claim.value);
      groups.set(key, [...(groups.get(key) ?? []), claim]);
    }
    if (figure.disputed ? groups.size < 2 : groups.size === 0) continue;
    if (!figure.disputed && claims.every((c) => pointOf(c.value) <= 1)) continue;
    const who = (group: readonly Claim[]) => listInSentence([...new Set(group.map((c) => attribution(ctx, c)))]);
    // The same words as the figure's quiz question: the scene, then "according to X, how many ...?".
    const asked = figureCardFront(ctx, figure, event, claims.map((c) => c.value), who(claims));
    if (!asked) continue;
    let front: string;
    let back: string;
    let note: string | undefined;
    if (figure.disputed) {
      front = `${asked} Give each source's number.`;
      back = [...groups].map(([value, group]) => `${capitalize(who(group))}: ${value}`).join("; ");
      note = "The sources disagree, so the app does not pick one number as the truth.";
    } else if (groups.size === 1) {
      const [[value]] = [...groups] as [[string, Claim[]]];
      front = asked;
      back = capitalize(value);
    } else {
      // Consistent claims written differently ("60" and "at least 40"): each with its source.
      front = asked;
      back = [...groups].map(([value, group]) => `${capitalize(who(group))}: ${value}`).join("; ");
    }
    cards.push({
      id: `figure-value:${figure.id}`,
      kind: "figure-value",
      front,
      back,
      note,
      sources: mergeCitations(...claims.map((c) => c.citations)),
      refs: refsOf({ figures: [figure.id], events: [figure.event] }),
      sortKey: `${dateSortKey(event.date)}/${figure.id}`,
    });
  }
  return cards;
}

// ---------------------------------------------------------------------------

/** Drops every card whose front reads like another's (same kind): neither could be answered. */
function withoutAmbiguousFronts(cards: readonly CardDraft[]): CardDraft[] {
  const count = new Map<string, number>();
  const key = (c: CardDraft) => `${c.kind}#${normalizeName(c.front)}`;
  for (const c of cards) count.set(key(c), (count.get(key(c)) ?? 0) + 1);
  return cards.filter((c) => count.get(key(c)) === 1);
}

/** The study sets a card joins: the same rule the question bank uses for a question of the card's category. */
function topicsOf(kb: KnowledgeBase, ctx: GeneratorContext) {
  const coverage = coverageOf(kb.studySets, ctx);
  return (card: CardDraft): string[] => {
    // A figure card joins like a figure question (by the figure and its event), not by the event alone.
    const refs = card.kind === "figure-value" ? { ...card.refs, events: [] } : card.refs;
    const asQuestion = { category: CATEGORY_OF_KIND[card.kind], refs } as unknown as QuestionDraft;
    return topicsFor(asQuestion, coverage, ctx);
  };
}

/**
 * Every flashcard, in deck order: the four kinds interleaved (so the first new
 * cards of any set mix dates, places, sides and numbers), each kind in time or
 * name order. With the question bank, each card also knows the sets whose core
 * asks about its fact (`coreIn`).
 */
export function buildFlashcards(kb: KnowledgeBase, bank?: QuestionBank): Flashcard[] {
  const ctx = createContext(kb, "flashcards");
  const topics = topicsOf(kb, ctx);
  const coreSets = coreSetsByFact(bank);
  const lists = [eventDateCards(ctx), placeCards(ctx), forceCards(ctx), figureCards(ctx)].map((list) =>
    withoutAmbiguousFronts(list)
      .filter((c) => c.sources.length > 0)
      .sort((a, b) => a.sortKey.localeCompare(b.sortKey) || a.id.localeCompare(b.id)),
  );
  const out: Flashcard[] = [];
  const longest = Math.max(...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++)
    for (const list of lists) {
      const draft = list[i];
      if (!draft) continue;
      const { sortKey: _sortKey, note, ...card } = draft;
      void _sortKey;
      const cardTopics = topics(draft);
      const factId = card.id.slice(card.kind.length + 1);
      const core = coreSets.get(`${REF_OF_KIND[card.kind]}:${factId}`) ?? new Set<string>();
      out.push({ ...card, ...(note ? { note } : {}), topics: cardTopics, coreIn: cardTopics.filter((t) => core.has(t)) });
    }
  return out;
}
