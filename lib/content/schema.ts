/**
 * Zod schemas for the knowledge base in `content/`.
 *
 * Naming: `XSchema` is the zod schema, `X` the inferred type. The same
 * schemas are used by the content check, the question generator and tests.
 * Everything in `content/` is data; this file is the only place its shape is defined.
 */
import { z } from "zod";

/** Stable, URL-safe identifier. Ids never change once published: progress is keyed on them. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are lower-case kebab-case (a-z, 0-9, -)");

const IsoDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");
const IsoMonthSchema = z.string().regex(/^\d{4}-\d{2}$/, "expected YYYY-MM");

/** Text written in the app's own words. Kept short so it reads as a summary, not a copy. */
const OwnWordsSchema = z.string().min(10).max(600);

const MONTH_NAME = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/**
 * An event as a clause that reads after "when": past tense, no date, no full stop.
 * Lower case unless it opens with a name, because it sits mid-sentence.
 */
const EventClauseSchema = z
  .string()
  .min(10)
  .max(160)
  .refine((s) => !/[.!?]$/.test(s), "ends without a full stop: questions go on after it")
  .refine((s) => !MONTH_NAME.test(s) && !/\b(19|20)\d{2}\b/.test(s), "holds no date: the question adds the date")
  .refine((s) => !/[“”"]/.test(s), "holds no quotation marks");

// ---------------------------------------------------------------------------
// Sources and citations

export const SourceSchema = z.object({
  id: IdSchema,
  /** File name in the seeds folder, e.g. "002_475e68448c0becbd.txt". Citations use it. */
  file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/),
  title: z.string(),
  /** How a question names it mid-sentence, short and plain: "the Idlib clashes article". */
  inSentence: z.string().regex(/^the /, "starts with “the ”"),
  kind: z.enum(["encyclopedia-article", "article-excerpts", "news-article"]),
  publisher: z.string(),
  /** Publication or export date as given by the document, when it has one. */
  published: z.string().optional(),
  /** What the document covers, background and aftermath included (inclusive days). */
  period: z.object({ start: IsoDaySchema, end: IsoDaySchema }),
  licence: z.string(),
  /** Valid section names: the document's headings, plus "lead" and "infobox" where present. */
  sections: z.array(z.string()).min(1),
});
export type Source = z.infer<typeof SourceSchema>;

export const CitationSchema = z.object({
  /** Source document file name. */
  doc: z.string(),
  /** Section heading within the document, or "lead" / "infobox". */
  section: z.string(),
});
export type Citation = z.infer<typeof CitationSchema>;

const CitationsSchema = z.array(CitationSchema).min(1, "every fact needs at least one citation");

// ---------------------------------------------------------------------------
// Dates with their precision

export const MonthPartSchema = z.enum(["early", "mid", "late"]);

/**
 * A date as precisely as the documents give it. The generator only compares two
 * events when their intervals (see lib/content/dates.ts) do not overlap.
 */
export const DateSpecSchema = z.discriminatedUnion("precision", [
  z.object({
    precision: z.literal("day"),
    date: IsoDaySchema,
    /** "by 31 August": the event happened on or before this day. */
    qualifier: z.enum(["by", "around"]).optional(),
  }),
  z.object({
    precision: z.literal("part-of-month"),
    month: IsoMonthSchema,
    part: MonthPartSchema,
  }),
  z.object({
    precision: z.literal("month"),
    month: IsoMonthSchema,
    qualifier: z.enum(["by", "during"]).optional(),
  }),
  z.object({
    precision: z.literal("range"),
    start: IsoDaySchema,
    end: IsoDaySchema,
  }),
  z.object({
    precision: z.literal("year"),
    year: z.number().int().min(1900).max(2100),
  }),
]);
export type DateSpec = z.infer<typeof DateSpecSchema>;

// ---------------------------------------------------------------------------
// Places

export const GovernorateSchema = z.enum([
  "Idlib",
  "Aleppo",
  "Hama",
  "Latakia",
  "Damascus",
  "Homs",
  "Raqqa",
  "Rif Dimashq",
  "multiple",
]);

export const PlaceKindSchema = z.enum([
  "city",
  "town",
  "village",
  "military-base",
  "airbase",
  "checkpoint",
  "border-crossing",
  "highway",
  "highway-point",
  "region",
  "building",
  "neighbourhood",
  "country",
]);

export const PlaceRelationSchema = z.object({
  kind: z.enum(["on-highway", "near", "north-of", "south-of", "east-of", "west-of", "part-of", "borders"]),
  /** Place id the relation points to. */
  place: IdSchema,
  distanceKm: z.number().positive().optional(),
  citations: CitationsSchema,
});

export const PlaceSchema = z.object({
  /** The gazetteer id when the place is in content/data/gazetteer.csv. */
  id: IdSchema,
  name: z.string(),
  /** Every spelling the documents use, plus common transliterations. Not including `name`. */
  aliases: z.array(z.string()),
  arabic: z.string().optional(),
  kind: PlaceKindSchema,
  governorate: GovernorateSchema,
  /**
   * Coordinates come from the gazetteer, never typed by hand: set `gazetteerId`
   * and the loader attaches lat/lon and confidence.
   */
  gazetteerId: IdSchema.optional(),
  /** May this place be asked on a map? Requires resolved coordinates. */
  mapEligible: z.boolean(),
  description: OwnWordsSchema.optional(),
  relations: z.array(PlaceRelationSchema).default([]),
  /** Direct citations; a place must also be cited, directly or by an event that names it. */
  citations: z.array(CitationSchema).default([]),
});
export type Place = z.infer<typeof PlaceSchema>;

/**
 * Additions a document folder makes to a place defined elsewhere (usually a
 * gazetteer place): spellings that document uses, a description, relations.
 */
export const PlaceNoteSchema = z.object({
  place: IdSchema,
  aliases: z.array(z.string()).default([]),
  description: OwnWordsSchema.optional(),
  relations: z.array(PlaceRelationSchema).default([]),
  citations: z.array(CitationSchema).default([]),
});
export type PlaceNote = z.infer<typeof PlaceNoteSchema>;

export const CoordinateConfidenceSchema = z.enum([
  "exact-dataset-match",
  "nearest-dataset-match",
  "approximate-by-description",
  "unresolved",
]);

export const GazetteerRowSchema = z.object({
  id: IdSchema,
  name: z.string(),
  aliases: z.array(z.string()),
  kind: z.string(),
  governorate: z.string(),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  source: z.string(),
  confidence: CoordinateConfidenceSchema,
});
export type GazetteerRow = z.infer<typeof GazetteerRowSchema>;

// ---------------------------------------------------------------------------
// Forces: sides, groups, units and commanders

export const SideSchema = z.enum(["rebels", "government", "kurdish", "foreign"]);
export type Side = z.infer<typeof SideSchema>;

export const ForceKindSchema = z.enum([
  "side",
  "armed-forces",
  "coalition",
  "group",
  "military-council",
  "brigade",
  "battalion",
  "regiment",
  "division",
  "squadron",
  "militia",
  "security-agency",
  "commander",
  "official",
]);

export const ForceSchema = z.object({
  id: IdSchema,
  name: z.string(),
  aliases: z.array(z.string()),
  arabic: z.string().optional(),
  kind: ForceKindSchema,
  side: SideSchema,
  /** The force this one belongs to or commands within (a unit's parent, a commander's group). */
  parent: IdSchema.optional(),
  /** For commanders: rank as the documents give it, e.g. "Col.". */
  rank: z.string().optional(),
  description: OwnWordsSchema,
  citations: CitationsSchema,
});
export type Force = z.infer<typeof ForceSchema>;

// ---------------------------------------------------------------------------
// Events

export const ForceRoleSchema = z.enum([
  "attacker",
  "defender",
  "captured",
  "held",
  "withdrew",
  "retook",
  "repelled",
  "besieged",
  "besieger",
  "defected",
  "bombarded",
  "target",
  "took-part",
  "commanded",
  "killed",
  "reported",
]);
export type ForceRole = z.infer<typeof ForceRoleSchema>;

export const OutcomeSchema = z.enum([
  "rebel-gain",
  "government-gain",
  "kurdish-gain",
  "attack-repelled",
  "inconclusive",
  "casualties",
  "defection",
  "destruction",
  "announcement",
  "situation-report",
]);

export const EventSchema = z.object({
  id: IdSchema,
  /** Short headline in the app's own words, e.g. "Rebels take Bab al-Hawa crossing". */
  title: z.string().min(5).max(120),
  /**
   * What happened, as a clause in the app's own words that reads after "when", e.g.
   * "rebels took the Bab al-Hawa crossing". Questions name the event with it in a sentence
   * instead of quoting the headline. It says no more than the title: no date (the question
   * adds it), and no place, force or number the title leaves out, so a question that hides
   * one of those can still use it.
   */
  clause: EventClauseSchema,
date: DateSpecSchema,
  /**
   * The document gives no date: the event is dated only by where its account sits (a month's
   * section, an excerpt's order). Shown with its date, but never asked in chronology questions.
   */
  dateFromPosition: z.boolean().optional(),
  /** Other dates a document gives for the same event; always paired with a discrepancy entry. */
  alternativeDates: z
    .array(z.object({ date: DateSpecSchema, citations: CitationsSchema, note: OwnWordsSchema }))
    .default([]),
  places: z.array(IdSchema),
  forces: z.array(
    z.object({
      force: IdSchema,
      role: ForceRoleSchema,
      /** The documents only say "allegedly", "said to be", "reportedly": never asked as a plain fact. */
      alleged: z.boolean().optional(),
    }),
  ),
  outcome: OutcomeSchema,
  /** One or two sentences in the app's own words. */
  summary: OwnWordsSchema,
  /** Free tags the generator and study sets use, e.g. "border-crossing", "airbase", "defection". */
  tags: z.array(IdSchema).default([]),
  citations: CitationsSchema,
});
export type Event = z.infer<typeof EventSchema>;

// ---------------------------------------------------------------------------
// Figures: numbers with who claimed them

export const ClaimantSchema = z.object({
  id: IdSchema,
  name: z.string(),
  kind: z.enum([
    "monitoring-group",
    "state-media",
    "government",
    "military",
    "rebels",
    "activist",
    "journalist",
    "news-agency",
    "foreign-government",
    "document",
  ]),
  /** Which side, if any, the claimant speaks for. */
  side: SideSchema.optional(),
  description: OwnWordsSchema.optional(),
});
export type Claimant = z.infer<typeof ClaimantSchema>;

export const FigureValueSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("exact"), n: z.number().nonnegative() }),
  /** "at least 40", "more than 60", "300+" */
  z.object({ kind: z.literal("at-least"), n: z.number().nonnegative() }),
  /** "about 400", "around 280", "some 60" */
  z.object({ kind: z.literal("approx"), n: z.number().nonnegative() }),
  z.object({ kind: z.literal("range"), min: z.number().nonnegative(), max: z.number().nonnegative() }),
  /** Percentages: n is 0-100. */
  z.object({ kind: z.literal("percent"), n: z.number().min(0).max(100) }),
]);
export type FigureValue = z.infer<typeof FigureValueSchema>;

export const FigureMeasureSchema = z.enum([
  "killed",
  "wounded",
  "captured",
  "executed",
  "corpses-found",
  "defected",
  "freed",
  "strength",
  "destroyed",
  "damaged",
  "shot-down",
  "seized",
  "territory",
  "population",
  "distance",
  "duration",
  "other",
]);

export const FigureSchema = z.object({
  id: IdSchema,
  /** The event this figure belongs to. */
  event: IdSchema,
  measure: FigureMeasureSchema,
  /** What is counted, in the app's words: "government soldiers", "helicopters", "detainees' corpses". */
  subject: z.string().min(3).max(120),
  /** Unit of the number: "people", "soldiers", "tanks", "km", "days", "percent", ... */
  unit: z.string().min(1).max(40),
  /** Whose side the counted people or equipment belonged to, when known. */
  side: SideSchema.optional(),
  /** One claim per source of the number. Two or more differing claims make the figure disputed. */
  claims: z
    .array(
      z.object({
        value: FigureValueSchema,
        claimedBy: IdSchema,
        citations: CitationsSchema,
        note: z.string().max(300).optional(),
      }),
    )
    .min(1, "a figure needs at least one attributed claim"),
  /** True when the documents give competing values. Checked against the claims. */
  disputed: z.boolean(),
});
export type Figure = z.infer<typeof FigureSchema>;

// ---------------------------------------------------------------------------
// Discrepancies between or within documents

export const DiscrepancySchema = z.object({
  id: IdSchema,
  kind: z.enum(["date", "figure", "name", "fact"]),
  /** What disagrees, and how the app records it, in the app's own words. */
  summary: OwnWordsSchema,
  events: z.array(IdSchema).default([]),
  figures: z.array(IdSchema).default([]),
  citations: z.array(CitationSchema).min(2, "a discrepancy involves at least two passages"),
});
export type Discrepancy = z.infer<typeof DiscrepancySchema>;

// ---------------------------------------------------------------------------
// Study sets: what a teacher assigns and a student studies

export const QuestionCategorySchema = z.enum(["chronology", "places", "forces", "figures"]);
export type QuestionCategory = z.infer<typeof QuestionCategorySchema>;

export const StudySetSchema = z.object({
  id: IdSchema,
  title: z.string(),
  description: OwnWordsSchema,
  /** How the set is grouped on the study home. */
  group: z.enum(["battle", "theme", "month", "category"]),
  /** Explicit members... */
  events: z.array(IdSchema).default([]),
  /**
   * ...and/or rules (lib/content/load.ts): an event joins when it cites one of `docs`, or when it matches
   * every non-empty list among tags, places and months (YYYY-MM), any value within a list.
   */
  match: z
    .object({
      tags: z.array(IdSchema).default([]),
      places: z.array(IdSchema).default([]),
      months: z.array(IsoMonthSchema).default([]),
      docs: z.array(z.string()).default([]),
    })
    .optional(),
  places: z.array(IdSchema).default([]),
  forces: z.array(IdSchema).default([]),
  figures: z.array(IdSchema).default([]),
  /** When set, the set is limited to questions of these categories. */
  categories: z.array(QuestionCategorySchema).optional(),
});
export type StudySet = z.infer<typeof StudySetSchema>;

// ---------------------------------------------------------------------------
// The big picture: campaigns, reasons and consequences, control over time.
// These carry what a teacher tests first (docs/content.md, "The big picture").

/** A short phrase in the app's own words, used inside a question or an option. */
const PhraseSchema = z.string().min(3).max(160);

export const CampaignSideSchema = z.object({
  side: SideSchema,
  /** Belligerents as the document's summary lists them (groups, armed forces). */
  belligerents: z.array(IdSchema).min(1),
  /** Named units below the belligerents. */
  units: z.array(IdSchema).default([]),
  /** Named commanders; empty when the document says "Unknown". */
  commanders: z.array(IdSchema).default([]),
  /** Outside states or forces that backed this side. */
  backers: z.array(IdSchema).default([]),
  /** Figure ids: the side's strength and its losses. */
  strength: z.array(IdSchema).default([]),
  casualties: z.array(IdSchema).default([]),
  citations: CitationsSchema,
});
export type CampaignSide = z.infer<typeof CampaignSideSchema>;

export const TerritoryChangeSchema = z.object({
  place: IdSchema,
  change: z.enum(["captured", "recaptured", "besieged", "held"]),
  /** The side that made the change. */
  by: SideSchema,
  /** The named groups the documents credit, when they name any. */
  forces: z.array(IdSchema).default([]),
  date: DateSpecSchema.optional(),
  /** The documents know of the change only from the side that made it ("the FSA claimed it had taken Salqin"). */
  claimed: z.boolean().default(false),
  citations: CitationsSchema,
});
export type TerritoryChange = z.infer<typeof TerritoryChangeSchema>;

export const CampaignSchema = z.object({
  id: IdSchema,
  /** Its name as a heading: "Battle of Maarat al-Numan (2012)". */
  name: z.string().min(5).max(100),
  /**
   * How a question names it mid-sentence, so that only this campaign fits:
   * "the October 2012 battle for Maarat al-Numan". Starts with a lower-case "the".
   */
  inSentence: z.string().regex(/^the /, "starts with “the ”").max(100),
  kind: z.enum(["battle", "siege", "offensive", "campaign", "clashes"]),
  /** The event that stands for the whole campaign, when there is one. */
  event: IdSchema.optional(),
  start: DateSpecSchema,
  end: DateSpecSchema,
  /** How its start and end are known, when the documents make that a point worth asking. */
  startedWith: z.object({ text: PhraseSchema, event: IdSchema.optional(), citations: CitationsSchema }).optional(),
  endedWith: z.object({ text: PhraseSchema, event: IdSchema.optional(), citations: CitationsSchema }).optional(),
  places: z.array(IdSchema).min(1),
  /** What the attackers were after. */
  target: z
    .object({ text: PhraseSchema, place: IdSchema.optional(), citations: CitationsSchema })
    .optional(),
  sides: z.array(CampaignSideSchema).min(2),
  result: z.object({
    /** The side that came out ahead, or "none" when the documents call it inconclusive. */
    winner: z.union([SideSchema, z.literal("none")]),
    /** "Rebel victory: the rebels took the town but not the Wadi Deif base". */
    text: PhraseSchema,
    citations: CitationsSchema,
  }),
  territory: z.array(TerritoryChangeSchema).default([]),
  /** Study sets this campaign is the subject of. */
  studySets: z.array(IdSchema).default([]),
  citations: CitationsSchema,
});
export type Campaign = z.infer<typeof CampaignSchema>;

/**
 * A reason or a consequence: why something happened, or why it mattered.
 * The wrong answers are part of the knowledge: each is wrong for a reason the
 * documents let a student know, and `whyWrong` says which.
 */
export const ReasoningSchema = z.object({
  id: IdSchema,
  skill: z.enum(["cause", "significance"]),
  /** The question, in the app's own words: "Why did the rebels want Maarat al-Numan in October 2012?" */
  question: z.string().min(20).max(220),
  answer: PhraseSchema,
  distractors: z.array(z.object({ text: PhraseSchema, whyWrong: OwnWordsSchema })).min(3).max(5),
  /** Why the answer is right, and a sentence of context. */
  explanation: OwnWordsSchema,
  /** A cause and its effect as two short phrases, for "match each cause to its effect". */
  link: z.object({ cause: PhraseSchema, effect: PhraseSchema }).optional(),
  campaign: IdSchema.optional(),
  events: z.array(IdSchema).default([]),
  places: z.array(IdSchema).default([]),
  forces: z.array(IdSchema).default([]),
  studySets: z.array(IdSchema).default([]),
  citations: CitationsSchema,
});
export type Reasoning = z.infer<typeof ReasoningSchema>;

/**
 * Who held a place, period by period, as the documents state it. Months the
 * documents leave open are simply not covered: the app shows "not stated"
 * there and never asks about them.
 */
export const ControlPeriodSchema = z.object({
  from: IsoDaySchema,
  to: IsoDaySchema,
  holder: SideSchema,
  /** Named holders, when the documents name them. */
  forces: z.array(IdSchema).default([]),
  /** How the documents let us know, in the app's own words. */
  basis: OwnWordsSchema,
  citations: CitationsSchema,
});
export type ControlPeriod = z.infer<typeof ControlPeriodSchema>;

export const ControlRecordSchema = z.object({
  place: IdSchema,
  periods: z.array(ControlPeriodSchema).min(1),
});
export type ControlRecord = z.infer<typeof ControlRecordSchema>;

/**
 * A town the documents put on a road that no place note's "on-highway" relation carries (the map draws
 * the road through it). `road`: a highway code the highway points carry ("M5") or a place of kind "highway".
 */
export const RoadStopSchema = z.object({
  road: z.string().trim().min(1),
  place: IdSchema,
  citations: CitationsSchema,
});
export type RoadStop = z.infer<typeof RoadStopSchema>;
