/**
 * What every generator shares: indexes over the knowledge base, stable ids,
 * seeded randomness per question, and the wording helpers that keep
 * attributions and sides consistent across templates.
 */
import type { KnowledgeBase, LoadedPlace } from "../../content/load";
import type { Citation, Claimant, Event, Figure, FigureValue, Force, Side, Source } from "../../content/schema";
import { sectionLabel } from "../../content/citation-label";
import { normalizeName } from "../../content/normalize-name";
import { SeededRandom, stableHash } from "../random";
import { cached } from "./memo";
import type { Difficulty, Option, Question, QuestionCategory, QuestionRefs, Skill } from "../types";

/** A question before the bank assigns study-set topics. */
export type QuestionDraft = Question extends infer Q
  ? Q extends Question
    ? Omit<Q, "topics" | "coreIn" | "skill"> & {
        skill?: Skill;
        /** Study sets the question is about, when its knowledge says so (big-picture kinds). */
        studySets?: string[];
      }
    : never
  : never;

export interface GeneratorContext {
  kb: KnowledgeBase;
  /** Bank seed: changing it reshuffles distractors everywhere (ids stay the same). */
  seed: string;
  placeById: Map<string, LoadedPlace>;
  forceById: Map<string, Force>;
  eventById: Map<string, Event>;
  figureById: Map<string, Figure>;
  claimantById: Map<string, Claimant>;
  sourceByFile: Map<string, Source>;
}

export function createContext(kb: KnowledgeBase, seed: string): GeneratorContext {
  return {
    kb,
    seed,
    placeById: new Map(kb.places.map((p) => [p.id, p])),
    forceById: new Map(kb.forces.map((f) => [f.id, f])),
    eventById: new Map(kb.events.map((e) => [e.id, e])),
    figureById: new Map(kb.figures.map((f) => [f.id, f])),
    claimantById: new Map(kb.claimants.map((c) => [c.id, c])),
    sourceByFile: new Map(kb.sources.map((s) => [s.file, s])),
  };
}

/**
 * A question id from its template and the facts it asks about, e.g.
 * "event-date-3fa2c19b0d". Wording, distractors and the seed do not enter the
 * id, so editing an explanation or adding content keeps progress attached.
 */
export function questionId(template: string, factKeys: readonly string[]): string {
  return `${template}-${stableHash(`${template}|${factKeys.join("|")}`)}`;
}

/** An option id that reveals nothing about the option or whether it is correct. */
export function optionId(questionIdValue: string, optionKey: string): string {
  return `o${stableHash(`${questionIdValue}|${optionKey}`, 8)}`;
}

/** Builds options from (key, text) pairs; keys are fact ids so ids stay stable. */
export function makeOptions(qid: string, entries: readonly { key: string; text: string }[]): Option[] {
  return entries.map((e) => ({ id: optionId(qid, e.key), text: e.text }));
}

/**
 * A choice question's options: the correct and wrong entries shuffled together
 * by the question's own randomness, and the correct ones' option ids.
 */
export function shuffledChoice(
  qid: string,
  rng: SeededRandom,
  correct: readonly { key: string; text: string }[],
  wrong: readonly { key: string; text: string }[],
): { options: Option[]; correct: string[] } {
  const options = makeOptions(qid, rng.shuffle([...correct, ...wrong]));
  return { options, correct: correct.map((c) => optionId(qid, c.key)) };
}

/** What a template writes for a question; `choiceQuestion` adds the id, type and options. */
export type QuestionParts = Pick<QuestionDraft, "template" | "prompt" | "explanation" | "sources" | "refs" | "difficulty">;

/**
 * A multiple-choice question whose options are the correct and wrong entries
 * shuffled together; more than one correct entry makes it "select all".
 */
export function choiceQuestion(
  qid: string,
  rng: SeededRandom,
  category: QuestionCategory,
  correct: readonly { key: string; text: string }[],
  wrong: readonly { key: string; text: string }[],
  parts: QuestionParts,
): QuestionDraft {
  const choice = shuffledChoice(qid, rng, correct, wrong);
  return {
    id: qid,
    category,
    type: "multiple-choice",
    template: parts.template,
    prompt: parts.prompt,
    selectMany: correct.length > 1,
    options: choice.options,
    answer: { correct: choice.correct },
    explanation: parts.explanation,
    sources: parts.sources,
    refs: parts.refs,
    difficulty: parts.difficulty,
  };
}

/** Randomness for one question: independent of every other question. */
export function rngFor(ctx: GeneratorContext, qid: string): SeededRandom {
  return new SeededRandom(`${ctx.seed}|${qid}`);
}

export function emptyRefs(): QuestionRefs {
  return { events: [], places: [], forces: [], figures: [] };
}

export function refs(partial: Partial<QuestionRefs>): QuestionRefs {
  return { ...emptyRefs(), ...partial };
}

/** Citations without repeats, in first-seen order. */
export function mergeCitations(...lists: readonly (readonly Citation[])[]): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const list of lists)
    for (const c of list) {
      const key = `${c.doc}#${c.section}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push({ doc: c.doc, section: c.section });
      }
    }
  return out;
}

export function clampDifficulty(n: number): Difficulty {
  return (n <= 1 ? 1 : n >= 3 ? 3 : 2) as Difficulty;
}

export type { QuestionCategory };

// ---------------------------------------------------------------------------
// Wording

export const SIDE_LABELS: Record<Side, string> = {
  rebels: "The rebels (opposition)",
  government: "The government side",
  kurdish: "Kurdish forces",
  foreign: "A foreign state",
};

/** "Al-Bab is…": the first letter in capitals, whatever the text starts with. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "True or false: The Amr ibn al-A'as Battalion fought …": the statement is a sentence, so it opens with a capital. */
export function trueOrFalsePrompt(statement: string): string {
  return `True or false: ${capitalize(statement)}`;
}

/** "the government and its army" inside a sentence, from an option's "The government and its army". */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Names that read as common nouns ("Taftanaz airbase") take "the" inside a sentence. */
const COMMON_NOUN_NAME = /\b(airbase|base|crossing|plain|highway|junction|center|centre|museum|prison|checkpoint|building|university)\b/i;

/** Cities that share their name with their governorate: "south of Idlib" could mean either. */
export const GOVERNORATE_CAPITALS: ReadonlySet<string> = new Set(["idlib", "aleppo", "hama", "latakia", "homs", "damascus", "raqqa"]);

/** "Saraqib", "the Taftanaz airbase", "Idlib city": a place's name as it reads inside a sentence. */
export function subjectName(place: { name: string; id?: string; kind?: string }): string {
  if (place.kind === "city" && place.id && GOVERNORATE_CAPITALS.has(place.id)) return `${place.name} city`;
  return COMMON_NOUN_NAME.test(place.name) ? `the ${place.name}` : place.name;
}

/** "in Azaz", "at the Taftanaz air base", "on the M5". */
export function placePreposition(kind: string): string {
  return ["highway", "highway-point"].includes(kind)
    ? "on"
    : ["military-base", "airbase", "checkpoint", "border-crossing", "building"].includes(kind)
      ? "at"
      : "in";
}

/** "the rebels", "the government"... for use inside a sentence. */
export function sideInSentence(side: Side): string {
  return {
    rebels: "the rebels",
    government: "the government",
    kurdish: "Kurdish forces",
    foreign: "a foreign state",
  }[side];
}

/**
 * How a document is named in a sentence: "the Idlib clashes article", "the
 * Middle East Eye report" (`Source.inSentence`). Never a file name or a number;
 * the full title goes in the feedback's citation.
 */
export function documentLabel(ctx: GeneratorContext, file: string): string {
  return ctx.sourceByFile.get(file)?.inSentence ?? "one of the source documents";
}

/**
 * Who made a claim, in words a student knows: a claimant's name ("the Syrian
 * Observatory for Human Rights"), or for a number an article states without
 * naming anyone, the article itself. Sections belong in the feedback's
 * citation, not here.
 */
export function attribution(
  ctx: GeneratorContext,
  claim: { claimedBy: string; citations: readonly Citation[] },
): string {
  const claimant = ctx.claimantById.get(claim.claimedBy);
  if (claimant && claimant.kind !== "document") return claimant.name;
  const first = claim.citations[0];
  return first ? documentLabel(ctx, first.doc) : "an unnamed source";
}

/** A citation as people read it: "Battle of Maarat al-Numan (2012), section “Rebel offensive”". */
export function citationLabel(ctx: GeneratorContext, citation: Citation): string {
  const title = ctx.sourceByFile.get(citation.doc)?.title ?? "Source document";
  return `${title}, ${sectionLabel(citation.section)}`;
}

/** "190", "at least 40", "about 400", "20–30", "70%". */
export function formatFigureValue(value: FigureValue): string {
  switch (value.kind) {
    case "exact":
      return formatNumber(value.n);
    case "at-least":
      return `at least ${formatNumber(value.n)}`;
    case "approx":
      return `about ${formatNumber(value.n)}`;
    case "range":
      return `${formatNumber(value.min)}–${formatNumber(value.max)}`;
    case "percent":
      return `${formatNumber(value.n)}%`;
  }
}

/** 1234567 → "1,234,567". Written out because toLocaleString is slow enough to show in bank builds. */
export function formatNumber(n: number): string {
  const [whole, fraction] = String(n).split(".");
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/** The place an event is mainly about: its first listed place. */
export function primaryPlace(ctx: GeneratorContext, event: Event): LoadedPlace | undefined {
  const id = event.places[0];
  return id ? ctx.placeById.get(id) : undefined;
}

/** Every name a student might use for a place or force: name, aliases and Arabic script. */
export function namesOf(entity: { name: string; aliases: readonly string[]; arabic?: string }): string[] {
  return [entity.name, ...entity.aliases, ...(entity.arabic ? [entity.arabic] : [])];
}

/** Sorting helper for deterministic output. */
export function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Does `text` mention any of `names` as whole words, after normalising
 * spelling (so "Ma'arrat an-Nu'man" counts as a mention of "Maarat al-Numan")?
 * Used to keep answers out of question stems.
 */
export function mentionsAny(text: string, names: readonly string[]): boolean {
  const haystack = ` ${normalizeName(text)} `;
  return names.some((name) => {
    const needle = normalizeName(name);
    return needle.length > 0 && haystack.includes(` ${needle} `);
  });
}

/** Escapes a string for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** What happened that the unit follows: a change of hands, or fighting for a place that did not settle it. */
const FOLLOWED_OUTCOMES: ReadonlySet<Event["outcome"]> = new Set([
  "rebel-gain",
  "government-gain",
  "kurdish-gain",
  "attack-repelled",
  "inconclusive",
]);

/** Events that are someone's report or statement rather than something done. */
const REPORT_OUTCOMES: ReadonlySet<Event["outcome"]> = new Set(["situation-report", "announcement"]);

const landmarkIds = new WeakMap<GeneratorContext, ReadonlySet<string>>();

/**
 * Is the event one a teacher would ask about on its own: its exact date, or a number from it? The
 * question-writing brief puts details last, and "A bomb in Idlib city killed soldiers and a civilian. When did
 * this happen?" or "how many soldiers were killed in Idlib province on 11 July?" is the detail a teacher skips.
 * An event qualifies when a campaign names it (its own event, how it began or ended), when a reason or
 * consequence names it and it is more than a report or an announcement ("Time magazine reported that …" is a
 * report's date), or when it changed, or was fought over, who held a place the unit follows (one with control
 * records, or a campaign's place, target or territory). Minor events stay in pairs, orderings and month
 * matching, where they show how the fighting unfolded.
 */
export function isLandmarkEvent(ctx: GeneratorContext, event: Event): boolean {
  const ids = cached(landmarkIds, ctx, () => {
    const { campaigns, reasonings, control, events } = ctx.kb;
    const byCampaign = new Set(campaigns.flatMap((c) => [c.event, c.startedWith?.event, c.endedWith?.event].filter((id): id is string => !!id)));
    const byReasoning = new Set(reasonings.flatMap((r) => r.events));
    const named = (e: Event) => byCampaign.has(e.id) || (byReasoning.has(e.id) && !REPORT_OUTCOMES.has(e.outcome));
    const followedPlaces = new Set([
      ...control.map((record) => record.place),
      ...campaigns.flatMap((c) => [...c.places, ...c.territory.map((t) => t.place), ...(c.target?.place ? [c.target.place] : [])]),
    ]);
    return new Set(
      events
        .filter((e) => named(e) || (FOLLOWED_OUTCOMES.has(e.outcome) && followedPlaces.has(e.places[0] ?? "")))
        .map((e) => e.id),
    );
  });
  return ids.has(event.id);
}
