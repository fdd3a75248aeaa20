/**
 * Chronology questions: when events happened and in what order.
 *
 * Honesty rule: two events are only compared when `compareDates` can order
 * them given their precision ("early October" and "8 October" never are).
 * Events whose date the documents dispute (`alternativeDates`) are left out of
 * every chronology question.
 *
 * No give-aways: an event is compared with others (pairs, orderings, month
 * matching) only when its label says nothing of its place in the story (no
 * "return", "after", "for the first time", no date) and it is something that
 * happened, not a state that lasted ("FSA holds several crossings"); two events
 * are not compared when one's label presupposes the other ("army retakes X"
 * beside "rebels take X", "jets bomb rebel-held X" beside "FSA takes X").
 */
import type { DateSpec, Event, StudySet } from "../../content/schema";
import type { LoadedPlace } from "../../content/load";
import { compareDates, dateInterval, dateSortKey, datePhrase, formatDate, intervalsOverlap, addDays } from "../../content/dates";
import { stableHash } from "../random";
import { MONTH_ABBREVIATIONS, monthLabel } from "../../taxonomy";
import { GENERIC_FORCE_IDS } from "../../content/validate";
import { inSentence as forceInSentence } from "./forces";
import { eventSentence, undatedSentence } from "./event-wording";
import {
  byId,
  capitalize,
  clampDifficulty,
  makeOptions,
  mentionsAny,
  namesOf,
  optionId,
  questionId,
  refs,
  rngFor,
  type GeneratorContext,
  type QuestionDraft,
  placePreposition,
  subjectName,
  trueOrFalsePrompt,
  GOVERNORATE_CAPITALS,
  isLandmarkEvent,
} from "./context";

const MONTH_WORDS =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b|\b\d{4}\b|\b\d{1,2}(st|nd|rd|th)?\b/i;

/** A title that already states a date or year would give the answer away. */
function titleHasDate(event: Event): boolean {
  return MONTH_WORDS.test(event.title);
}

/** Events that can appear in chronology questions at all, in time order. */
function datableEvents(ctx: GeneratorContext): Event[] {
  return ctx.kb.events
    .filter((e) => e.alternativeDates.length === 0 && !e.dateFromPosition && e.date.precision !== "year")
    .filter((e) => titleIdentifies(ctx, e))
    .sort((a, b) => dateSortKey(a.date).localeCompare(dateSortKey(b.date)) || byId(a, b));
}

/**
 * Does the title pin down one event? It must name one of the event's own
 * places, or a named group in it (not a generic side). "Sixteen more soldiers
 * reported killed" and "Two soldiers killed in Aleppo province" (no place
 * recorded) could be any of several events, so they are never dated or ordered.
 * Flashcards use the same rule (lib/flashcards/cards.ts).
 */
export function titleIdentifies(ctx: GeneratorContext, event: Event): boolean {
  if (event.places.length === 0) return false;
  const namedPlaces = event.places.filter((id) => {
    const place = ctx.placeById.get(id);
    return place !== undefined && mentionsAny(event.title, namesOf(place));
  });
  const namesGroup = event.forces.some(({ force }) => {
    const f = ctx.forceById.get(force);
    return f !== undefined && f.kind !== "side" && mentionsAny(event.title, namesOf(f));
  });
  if (namesGroup) return true;
  if (namedPlaces.length === 0) return false;
  // "Three soldiers killed in Aleppo" could be any of many casualty reports from Aleppo.
  if (event.outcome === "casualties") {
    const reportsThere = ctx.kb.events.filter(
      (e) => e.outcome === "casualties" && e.places.some((id) => namedPlaces.includes(id)),
    ).length;
    return reportsThere <= MAX_CASUALTY_REPORTS_PER_PLACE;
  }
  return true;
}

/** A casualty title naming only a place identifies the event only where few such reports exist. */
const MAX_CASUALTY_REPORTS_PER_PLACE = 3;

/**
 * Events a student could mistake for this one: same place and the same kind
 * of action (a shared tag). Their dates are never offered as wrong answers,
 * since "FSA attacks Taftanaz" happened more than once.
 */
function lookAlikes(event: Event, events: readonly Event[]): Event[] {
  const actions = event.tags.filter((t) => ACTION_TAGS.has(t));
  return events.filter(
    (other) =>
      other.id !== event.id &&
      other.places.some((p) => event.places.includes(p)) &&
      other.tags.some((t) => actions.includes(t)),
  );
}

/** Tags that say what was done (not "casualties" or "highway", which most events share). */
const ACTION_TAGS = new Set([
  "attack", "capture", "recapture", "withdrawal", "siege", "defense", "ambush", "bombing", "car-bomb",
  "ied", "airstrike", "shelling", "aircraft-shot-down", "defection", "execution",
]);

/** Months in which a look-alike of the event happened. */
function lookAlikeMonths(event: Event, events: readonly Event[]): Set<string> {
  return new Set(lookAlikes(event, events).map((e) => dateInterval(e.date).start.slice(0, 7)));
}

/** "Rebels take Azaz (July 2012)"-style label used in options and premises. */
function eventLabel(event: Event): string {
  return event.title;
}

/** Days between two ISO days (b − a). */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Is the whole date inside one calendar month, with a known start? */
function singleMonth(event: Event): string | null {
  const i = dateInterval(event.date);
  if (i.openStart) return null;
  return i.start.slice(0, 7) === i.end.slice(0, 7) ? i.start.slice(0, 7) : null;
}

// ---------------------------------------------------------------------------
// What may be compared with what

/**
 * Words in an event's own label that place it in a sequence: "Rebels return to Ariha", "Opposition reports
 * more rebels killed", "for the first time", "after the army's raid", "ends the siege", "the bid drags on".
 * Beside a related event, such a label answers "which came first?" by itself, so the event is not compared.
 */
const ORDER_WORDS =
  /\b(after|again|return(?:s|ed|ing)?|more|further|another|second|first|last|final|ends?|ended|begin(?:s|ning)?|began|opens?|opened|renew\w*|new|still|(?:goes|go|went|drags?|dragged) on|continu\w*|so far|spreads?|answers?|counter-attack\w*)\b/i;

/**
 * A state that lasted rather than something that happened on a day: "FSA holds several crossings into Turkey",
 * "Maarat al-Numan split", "Rebels attack the besieged Abu Duhur airbase", "On-and-off clashes around the Wadi
 * Deif and Hamidiya bases". The documents report it on one day
 * while it was as true a week before and after, so it is neither dated nor ordered. "Rebel-held Azaz" in
 * "Jets bomb rebel-held Azaz" describes the target of an act, not a state asked about: the hyphen keeps it out.
 */
const STANDING_WORDS =
  /(?<!-)\b(holds?|holding|held|in control of|in (?:opposition|rebel|army|government) hands|is an? [\w-]+-held|besieged|depends on|split|hosts|dominates|runs?|on-and-off)\b/i;

/** Roles of a force that did something; a report with only "held" roles describes a state. */
const ACTING_ROLES = new Set(["attacker", "captured", "withdrew", "retook", "repelled", "besieger", "defected", "killed"]);

function isStandingSituation(event: Event): boolean {
  if (STANDING_WORDS.test(event.title)) return true;
  const roles = event.forces.map((f) => f.role);
  return event.outcome === "situation-report" && roles.includes("held") && !roles.some((r) => ACTING_ROLES.has(r));
}

/** Words that date a label: a month, full or short ("early January", "Oct"), or a year. */
const LABEL_DATE =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b|\b(19|20)\d{2}\b/;

/**
 * May the event be set beside others in a pair, an ordering or a timeline? Its label (title, and clause where
 * a statement uses it) must not date it or place it in a sequence, and it must be an occurrence, not a state.
 * Titles are checked with `titleHasDate` as well, which also refuses a bare day number ("on 11 July").
 */
function isComparable(event: Event): boolean {
  const labels = [event.title, event.clause];
  if (titleHasDate(event) || labels.some((l) => LABEL_DATE.test(l))) return false;
  if (labels.some((l) => ORDER_WORDS.test(l))) return false;
  return !isStandingSituation(event);
}

/** "Retake", "took back": the label says the place had been lost before. */
const RETAKE_WORDS = /\b(retake|retakes|retook|retaken|recaptur\w*|(?:take|takes|took|taken|win|wins|won) back|regain\w*)\b/i;

/** "Rebel-held Azaz", "the besieged base": the label says the place had been taken or surrounded before. */
const HELD_WORDS = /\b(?:rebel|army|government|opposition|regime)-held\b|\bbesieged\b/i;

/** "A large part of the base", "full control of Harem": beside the capture of the whole, the part comes first. */
const PART_OR_WHOLE_WORDS = /\b(full control|large part|partly|partial\w*)\b/i;

/** Does `later`'s label presuppose `earlier` (a capture or siege of a place they share)? */
function presupposes(later: Event, earlier: Event): boolean {
  if (!later.places.some((p) => earlier.places.includes(p))) return false;
  const label = `${later.title} ${later.clause}`;
  const isCapture = earlier.tags.some((t) => t === "capture" || t === "recapture");
  if ((RETAKE_WORDS.test(label) || PART_OR_WHOLE_WORDS.test(label)) && isCapture) return true;
  return HELD_WORDS.test(label) && (isCapture || earlier.tags.includes("siege"));
}

/** Would setting the two side by side give their order away? */
function givesOrderAway(a: Event, b: Event): boolean {
  return presupposes(a, b) || presupposes(b, a);
}

/**
 * The days the documents an event cites cover (`Source.period`), from the earliest start to the latest end.
 * A wrong date or month outside them ("May 2013" for the end of a siege the documents follow to April 2013,
 * "January 2020" beside 2012 events) is one a student can rule out without knowing the event.
 */
function coveredPeriod(ctx: GeneratorContext, events: readonly Event[]): { start: string; end: string } {
  const periods = events.flatMap((e) => e.citations).map((c) => ctx.sourceByFile.get(c.doc)?.period).filter((p) => p !== undefined);
  if (periods.length === 0) return { start: "0000-01-01", end: "9999-12-31" };
  return {
    start: periods.map((p) => p.start).sort()[0]!,
    end: periods.map((p) => p.end).sort().at(-1)!,
  };
}

/** Do the documents the event cites cover (some of) the month? */
function coversMonth(ctx: GeneratorContext, event: Event, month: string): boolean {
  return intervalsOverlap(dateInterval({ precision: "month", month }), coveredPeriod(ctx, [event]));
}

function withinPeriod(interval: { start: string; end: string }, period: { start: string; end: string }): boolean {
  return interval.start >= period.start && interval.end <= period.end;
}

/** Whole months from month `a` to month `b` (YYYY-MM), signed. */
function monthsApart(a: string, b: string): number {
  const [ya, ma] = a.split("-").map(Number) as [number, number];
  const [yb, mb] = b.split("-").map(Number) as [number, number];
  return (yb - ya) * 12 + (mb - ma);
}

// ---------------------------------------------------------------------------
// 1. When did it happen? (multiple choice of dates)

/** Ranges longer than this (in days) are not asked as "when did it happen?". */
const MAX_RANGE_DAYS = 14;


/**
 * The same kind of date as `spec`, moved to start on `day` (or in its month):
 * every option of a date question is written alike, so the format never hints
 * at the answer ("during June 2012" among plain days would).
 */
function sameStyleDate(spec: DateSpec, day: string): DateSpec {
  switch (spec.precision) {
    case "day":
      return { precision: "day", date: day, ...(spec.qualifier ? { qualifier: spec.qualifier } : {}) };
    case "part-of-month": {
      const dayOfMonth = Number(day.slice(8, 10));
      return { precision: "part-of-month", month: day.slice(0, 7), part: dayOfMonth <= 10 ? "early" : dayOfMonth <= 20 ? "mid" : "late" };
    }
    case "month":
      return { precision: "month", month: day.slice(0, 7), ...(spec.qualifier ? { qualifier: spec.qualifier } : {}) };
    case "range":
      return { precision: "range", start: day, end: addDays(day, daysBetween(spec.start, spec.end)) };
    case "year":
      return spec;
  }
}

/** The fewest days between two day options of a date question. */
const MIN_DAY_GAP = 4;

/** Shifts (in days) of the true date, tried when the story's other dates do not supply enough wrong ones. */
const SYNTHETIC_SHIFTS: Record<DateSpec["precision"], number[]> = {
  day: [-21, -14, -9, -6, 6, 9, 14, 21],
  "part-of-month": [-30, -20, -10, 10, 20, 30],
  month: [-92, -61, -31, 31, 61, 92],
  range: [-28, -21, -14, 14, 21, 28],
  year: [],
};

/**
 * The day another event gives a wrong option of a question dated like `spec`, or null when its date is not
 * of a kind to lend: a day question takes only days on which something happened (never the 1st of a month
 * made up from "during June"), an "early/mid/late" question days or parts of months, a month question any
 * event's month. A "by" date says only that something had happened, so it lends nothing.
 */
function lentDay(spec: DateSpec, other: DateSpec): string | null {
  if (dateInterval(other).openStart) return null;
  switch (spec.precision) {
    case "day":
    case "range":
      return other.precision === "day" ? other.date : null;
    case "part-of-month":
      return other.precision === "day" ? other.date : other.precision === "part-of-month" ? dateInterval(other).start : null;
    case "month":
      return other.precision === "year" ? null : dateInterval(other).start;
    case "year":
      return null;
  }
}

function eventDateChoice(ctx: GeneratorContext, events: Event[]): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const event of events) {
    const spec = event.date;
    // "by 9 October" is an upper bound, not a date a student can pick.
    if ((spec.precision === "day" || spec.precision === "month") && spec.qualifier === "by") continue;
    // A months-long span (an infobox's whole campaign) is not a date to recall, and would stand out among days.
    if (spec.precision === "range" && daysBetween(spec.start, spec.end) > MAX_RANGE_DAYS) continue;
    if (titleHasDate(event)) continue;
    // "The FSA held several crossings into Turkey" was as true on the wrong dates as on the key.
    if (isStandingSituation(event)) continue;
    // The exact date of a minor event is trivia; it is still ordered against the events of its story.
    if (!isLandmarkEvent(ctx, event)) continue;
    const correctText = formatDate(spec);
    const correct = dateInterval(spec);
    const qid = questionId("event-date-choice", [event.id]);
    const rng = rngFor(ctx, qid);
    const period = coveredPeriod(ctx, [event]);

    // A look-alike that lasted months (the besieged garrison's six months of airdrops) is not a date a student
    // could mistake for this one's; letting it block every day it spans would leave no wrong date at all.
    const similarIntervals = lookAlikes(event, ctx.kb.events)
      .map((e) => dateInterval(e.date))
      .filter((i) => daysBetween(i.start, i.end) <= MAX_RANGE_DAYS);
    const seen = new Set([correctText]);
    const distractors: { key: string; text: string }[] = [];
    const chosen = [correct];
    /**
     * A wrong date must not overlap the true one, nor the date of a look-alike event, and a day lies at least
     * MIN_DAY_GAP days from the other options: "28 or 29 January 2020?" tests the reporting date, not history.
     * It lies inside the period the event's documents cover.
     */
    const offer = (candidate: DateSpec): boolean => {
      const interval = dateInterval(candidate);
      const text = formatDate(candidate);
      if (seen.has(text) || intervalsOverlap(interval, correct) || !withinPeriod(interval, period)) return false;
      if (spec.precision === "day" && chosen.some((c) => Math.abs(daysBetween(c.start, interval.start)) < MIN_DAY_GAP)) return false;
      if (similarIntervals.some((i) => intervalsOverlap(i, interval))) return false;
      seen.add(text);
      chosen.push(interval);
      distractors.push({ key: `date:${text}`, text });
      return true;
    };
    // Dates on which other things happened, in the same or a neighbouring month first, then two months off:
    // each wrong option is a real date of the story, so no option stands out as made up.
    const month = correct.start.slice(0, 7);
    const lent = events
      .filter((other) => other.id !== event.id)
      .map((other) => lentDay(spec, other.date))
      .filter((day): day is string => day !== null);
    const candidates = [0, 1, 2].flatMap((reach) =>
      rng.shuffle([...new Set(lent.filter((day) => Math.abs(monthsApart(month, day.slice(0, 7))) === reach))].sort()),
    );
    // The true date sits first, last or between the wrong ones alike: so many wrong dates before it, the rest after.
    const wantedBefore = rng.int(0, 3);
    let before = 0;
    for (const day of candidates) {
      if (distractors.length >= 3) break;
      const isBefore = day < correct.start;
      if (isBefore ? before >= wantedBefore : distractors.length - before >= 3 - wantedBefore) continue;
      if (offer(sameStyleDate(spec, day)) && isBefore) before += 1;
    }
    // Where the story has too few dates on one side, the other side fills in.
    for (const day of candidates) {
      if (distractors.length >= 3) break;
      offer(sameStyleDate(spec, day));
    }
    // A quiet stretch (the days around the 2020 recapture) lends too few: the true date moved by days or weeks,
    // never onto the 1st of a month, which no event of the story is dated to and which would mark it as made up.
    for (const shift of rng.shuffle(SYNTHETIC_SHIFTS[spec.precision])) {
      if (distractors.length >= 3) break;
      const day = addDays(correct.start, shift);
      if (day.endsWith("-01") && (spec.precision === "day" || spec.precision === "range") && !lent.includes(day)) continue;
      offer(sameStyleDate(spec, day));
    }
    if (distractors.length < 3) continue;

    const options = makeOptions(qid, rng.shuffle([{ key: `date:${correctText}`, text: correctText }, ...distractors]));
    out.push({
      id: qid,
      category: "chronology",
      type: "multiple-choice",
      template: "event-date-choice",
      prompt: `${undatedSentence(event)} When did this happen?`,
      selectMany: false,
      options,
      answer: { correct: [optionId(qid, `date:${correctText}`)] },
      explanation: `${eventSentence(event)} ${event.summary}`,
      sources: event.citations,
      refs: refs({ events: [event.id] }),
      difficulty: clampDifficulty(spec.precision === "day" ? 2 : 1),
    });
  }
  return out;
}

// ---------------------------------------------------------------------------
// 2. Which came first? and "A happened before B" (pairs)

/**
 * What two events have in common that makes their order worth knowing: a place
 * (the army's counter-attack and the rebels' capture of the same town) or a
 * named group (not a whole side). Two unrelated events a few weeks apart teach
 * nothing about how the fighting unfolded, so they are not paired.
 */
function sharedStory(ctx: GeneratorContext, a: Event, b: Event): { place?: string; force?: string } | null {
  // The place each event is mainly about; a road's destination ("the road to Aleppo") does not count, nor
  // does a whole city ("Aleppo"), where two events can be as unrelated as any two in the war.
  const place = a.places[0];
  if (place && place === b.places[0] && !GOVERNORATE_CAPITALS.has(place)) return { place };
  // A group that is everywhere (the FSA) links nothing; one the documents name a few times does.
  const named = (e: Event) =>
    e.forces
      .map((f) => f.force)
      .filter((id) => !GENERIC_FORCE_IDS.has(id) && ctx.forceById.get(id)?.kind !== "side" && (eventCountOf(ctx).get(id) ?? 0) <= 6);
  const force = named(a).find((id) => named(b).includes(id));
  return force ? { force } : null;
}

const eventCounts = new WeakMap<GeneratorContext, Map<string, number>>();

/** How many events name each force. */
function eventCountOf(ctx: GeneratorContext): Map<string, number> {
  let counts = eventCounts.get(ctx);
  if (!counts) {
    counts = new Map();
    for (const e of ctx.kb.events) for (const f of new Set(e.forces.map((x) => x.force))) counts.set(f, (counts.get(f) ?? 0) + 1);
    eventCounts.set(ctx, counts);
  }
  return counts;
}

/** An event is one of at most this many pairs, so one busy day does not fill the pair questions. */
const MAX_PAIRS_PER_EVENT = 3;

/**
 * Each event with the nearest later related events it can honestly be ordered against, within 90 days (a season
 * of one story), while neither event is already in MAX_PAIRS_PER_EVENT pairs. `events` are the comparable ones
 * (`isComparable`); a pair whose labels presuppose each other is skipped.
 */
function orderablePairs(ctx: GeneratorContext, events: Event[]): { pair: [Event, Event]; place?: string; force?: string }[] {
  const pairs: { pair: [Event, Event]; place?: string; force?: string }[] = [];
  const uses = new Map<string, number>();
  const free = (e: Event) => (uses.get(e.id) ?? 0) < MAX_PAIRS_PER_EVENT;
  for (let i = 0; i < events.length; i++) {
    const a = events[i]!;
    for (let j = i + 1; j < events.length && free(a); j++) {
      const b = events[j]!;
      if (b.title === a.title || !free(b) || givesOrderAway(a, b)) continue;
      if (compareDates(a.date, b.date) !== -1) continue;
      if (daysBetween(dateInterval(a.date).end, dateInterval(b.date).start) > 90) break;
      const story = sharedStory(ctx, a, b);
      if (!story) continue;
      pairs.push({ pair: [a, b], ...story });
      for (const e of [a, b]) uses.set(e.id, (uses.get(e.id) ?? 0) + 1);
    }
  }
  return pairs;
}

/** Two events told in order, each in a dated sentence: "On 10 October 2012, rebels beat back ... Later, on 13 October 2012, ...". */
function pairStory(first: Event, second: Event): string {
  return `${eventSentence(first)} Later, ${datePhrase(second.date)}, ${second.clause}.`;
}

/**
 * "True or false: Rebels took Harem before the army retook Maarat al-Numan."
 * A first clause with a comma of its own would blur where it ends: then it is
 * a sentence of its own. The shared place opens the statement only when
 * neither clause names it.
 */
function beforeStatement(a: Event, b: Event, place: LoadedPlace | undefined): string {
  const where = place && !mentionsAny(`${a.clause} ${b.clause}`, namesOf(place)) ? `${placePreposition(place.kind)} ${subjectName(place)}, ` : "";
  const statement = a.clause.includes(",")
    ? `${capitalize(where + a.clause)}. That was before ${b.clause}.`
    : `${capitalize(where + a.clause)} before ${b.clause}.`;
  return trueOrFalsePrompt(statement);
}

function pairQuestions(ctx: GeneratorContext, events: Event[]): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const { pair, place: placeId, force: sharedForce } of orderablePairs(ctx, events)) {
    const [first, second] = pair;
    const place = placeId ? ctx.placeById.get(placeId) : undefined;
    // What links the two events says why their order matters.
    const force = sharedForce ? ctx.forceById.get(sharedForce) : undefined;
    const story = place
      // "around": a pair's shared place may be where one event happened and near where the other did.
      ? `Both of these took place around ${subjectName(place)}. Which came first?`
      : `Both of these events involve ${force ? forceInSentence(force) : "the same group"}. Which came first?`;
    const factKeys = [first.id, second.id];
    const sources = [...first.citations, ...second.citations];
    const gap = daysBetween(dateInterval(first.date).end, dateInterval(second.date).start);
    const difficulty = clampDifficulty(gap <= 10 ? 3 : gap <= 30 ? 2 : 1);
    // Half the pairs become a choice, half a true/false, decided by the pair itself (stable).
    const asChoice = parseInt(stableHash(factKeys.join("|"), 2), 16) % 2 === 0;
    if (asChoice) {
      const qid = questionId("which-first-choice", factKeys);
      const rng = rngFor(ctx, qid);
      const entries = [
        { key: first.id, text: eventLabel(first) },
        { key: second.id, text: eventLabel(second) },
      ];
      const options = makeOptions(qid, rng.shuffle(entries));
      const correctId = optionId(qid, first.id);
      out.push({
        id: qid,
        category: "chronology",
        type: "multiple-choice",
        template: "which-first-choice",
        prompt: story,
        selectMany: false,
        options,
        answer: { correct: [correctId] },
        explanation: pairStory(first, second),
        sources,
        refs: refs({ events: factKeys }),
        difficulty,
      });
    } else {
      const qid = questionId("before-true-false", factKeys);
      const rng = rngFor(ctx, qid);
      const statementTrue = rng.int(0, 1) === 1;
      const [a, b] = statementTrue ? [first, second] : [second, first];
      out.push({
        id: qid,
        category: "chronology",
        type: "true-false",
        template: "before-true-false",
        prompt: beforeStatement(a, b, place),
        answer: { value: statementTrue },
        explanation: pairStory(first, second),
        sources,
        refs: refs({ events: factKeys }),
        difficulty,
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// 3. Put 3–5 events in order (ordering, partial credit)

/** An event is an item of at most this many ordering questions: the same strike in a third of them teaches nothing new. */
const MAX_ORDERINGS_PER_EVENT = 3;

/** What a month set's heading promises ("In and around Idlib province, June 2012"): Idlib and the governorates beside it. */
const AROUND_IDLIB: ReadonlySet<string> = new Set(["Idlib", "Hama", "Latakia"]);

const TITLE_MONTH = `(${MONTH_ABBREVIATIONS.join("|")})[a-z]*`;
/** "Feb–Jul 2012", "Oct 2012", "June 2012" at the end of a set's title. */
const TITLE_MONTH_SPAN = new RegExp(`\\b(?:${TITLE_MONTH}\\s*[–-]\\s*)?${TITLE_MONTH}\\s+(\\d{4})$`);

function monthIndex(abbreviation: string): number {
  return MONTH_ABBREVIATIONS.indexOf(abbreviation as (typeof MONTH_ABBREVIATIONS)[number]) + 1;
}

/**
 * The days a set's heading promises: the months its rule names, or the span its title ends with
 * ("Aleppo countryside, Feb–Jul 2012", "Maarat al-Numan recaptured, 2020"); null when the title names none.
 */
function headingSpan(set: Pick<StudySet, "title" | "match">): { start: string; end: string } | null {
  const months = [...(set.match?.months ?? [])].sort();
  const monthSpan = (from: string, to: string) => ({
    start: dateInterval({ precision: "month", month: from }).start,
    end: dateInterval({ precision: "month", month: to }).end,
  });
  if (months.length > 0) return monthSpan(months[0]!, months.at(-1)!);
  const span = TITLE_MONTH_SPAN.exec(set.title);
  if (span) {
    const year = span[3]!;
    const pad = (m: number) => `${year}-${String(m).padStart(2, "0")}`;
    const to = monthIndex(span[2]!);
    return monthSpan(pad(span[1] ? monthIndex(span[1]) : to), pad(to));
  }
  const year = /\b((?:19|20)\d{2})$/.exec(set.title)?.[1];
  return year ? { start: `${year}-01-01`, end: `${year}-12-31` } : null;
}

/**
 * The governorates a set's heading speaks of: Idlib and its neighbours for a month set, else those of the
 * set's own places, else the one most of its events lie in ("Aleppo countryside").
 */
function headingGovernorates(ctx: GeneratorContext, set: StudySet, members: readonly Event[]): ReadonlySet<string> {
  if (set.group === "month") return AROUND_IDLIB;
  const known = (ids: readonly string[]) =>
    ids.map((id) => ctx.placeById.get(id)?.governorate).filter((g): g is NonNullable<typeof g> => g !== undefined && g !== "multiple");
  const own = known(set.places);
  if (own.length > 0) return new Set(own);
  const counts = new Map<string, number>();
  for (const e of members) for (const g of new Set(known(e.places))) counts.set(g, (counts.get(g) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return new Set(top ? [top[0]] : []);
}

/** Does the event lie where the heading says? An event on a road across governorates ("multiple") does. */
function inGovernorates(ctx: GeneratorContext, event: Event, governorates: ReadonlySet<string>): boolean {
  const known = event.places.map((id) => ctx.placeById.get(id)?.governorate).filter((g) => g !== undefined);
  return known.length === 0 || known.some((g) => g === "multiple" || governorates.has(g));
}

/**
 * Chains of events where each one certainly came after the previous. Because each step is a strict,
 * non-overlapping comparison, every pair in the chain is orderable too. Chains are built inside study sets
 * so they stay on one topic, from the set's events that fit its heading: within the span and the place its
 * title names, so "Aleppo countryside, Feb–Jul 2012" never lists a 2011 protest or a Damascus bombing.
 *
 * So that the questions differ, an event joins at most MAX_ORDERINGS_PER_EVENT chains, and a chain that
 * shares all but one of its events with one already taken is dropped. Sets take turns, one chain each, so
 * sets that share events (the October battle and the October month) share them out.
 */
function orderingChains(ctx: GeneratorContext, comparable: Event[]): { chain: Event[]; theme: string }[] {
  const comparableIds = new Set(comparable.map((e) => e.id));
  const order = new Map(comparable.map((e, i) => [e.id, i]));
  const builders = [...ctx.kb.studySets]
    .sort(byId)
    .filter((set) => set.group !== "category")
    .map((set) => {
      const span = headingSpan(set);
      const candidates = set.events
        .filter((id) => comparableIds.has(id))
        .sort((a, b) => order.get(a)! - order.get(b)!)
        .map((id) => ctx.eventById.get(id)!);
      const governorates = headingGovernorates(ctx, set, candidates);
      const members = candidates.filter((e) => {
        const i = dateInterval(e.date);
        const inSpan = !span || ((i.openStart || i.start >= span.start) && i.end <= span.end);
        return inSpan && inGovernorates(ctx, e, governorates);
      });
      const length = members.length >= 12 ? 5 : members.length >= 6 ? 4 : 3;
      // Consecutive events first, starting one chain-length apart (chains that share nothing), then the starts
      // between them; then every other event, then every third, which mixes events far apart in the set.
      const starts = members.map((_, i) => i).sort((a, b) => (a % length) - (b % length) || a - b);
      const tries = [1, 2, 3].flatMap((gap) => starts.map((start) => ({ start, gap })));
      return { theme: chainTheme(set), members, length, tries, wanted: Math.ceil(members.length / 3), taken: 0 };
    });

  const uses = new Map<string, number>();
  const accepted: { chain: Event[]; theme: string }[] = [];
  const keys = new Set<string>();
  const available = (e: Event) => (uses.get(e.id) ?? 0) < MAX_ORDERINGS_PER_EVENT;
  const nearCopy = (chain: Event[]) =>
    accepted.some(({ chain: other }) => {
      const shared = chain.filter((e) => other.includes(e)).length;
      return shared >= Math.min(chain.length, other.length) - 1;
    });

  /**
   * The chain from `start` on, each event strictly after the last and at least `gap` places after it in the set,
   * skipping used-up events and give-aways.
   */
  const chainFrom = (members: Event[], start: number, length: number, gap: number): Event[] => {
    const chain: Event[] = [];
    for (let k = start, lastIndex = start - gap; k < members.length && chain.length < length; k++) {
      const candidate = members[k]!;
      if (k - lastIndex < gap) continue;
      if (!available(candidate)) continue;
      const last = chain.at(-1);
      if (last && (candidate.title === last.title || compareDates(last.date, candidate.date) !== -1)) continue;
      if (chain.some((e) => givesOrderAway(e, candidate))) continue;
      chain.push(candidate);
      lastIndex = k;
    }
    return chain;
  };

  for (let progress = true; progress; ) {
    progress = false;
    for (const builder of builders) {
      while (builder.taken < builder.wanted && builder.tries.length > 0) {
        const { start, gap } = builder.tries.shift()!;
        if (!available(builder.members[start]!)) continue;
        const chain = chainFrom(builder.members, start, builder.length, gap);
        const key = chain.map((e) => e.id).join("|");
        if (chain.length < 3 || keys.has(key) || nearCopy(chain)) continue;
        keys.add(key);
        for (const e of chain) uses.set(e.id, (uses.get(e.id) ?? 0) + 1);
        accepted.push({ chain, theme: builder.theme });
        builder.taken += 1;
        progress = true;
        break;
      }
    }
  }
  return accepted;
}

/**
 * What ties a chain's events together, named at the head of its stem so the student knows which story
 * to think of: the study set it was drawn from (a month set by its period).
 */
function chainTheme(set: { title: string; group: string }): string {
  // "Idlib province": "Idlib" alone reads as the city, and the sets span the whole governorate.
  return set.group === "month" ? `In and around Idlib province, ${set.title.replace(/^Month by month: /, "")}` : set.title;
}

function orderingQuestions(ctx: GeneratorContext, comparable: Event[]): QuestionDraft[] {
  return orderingChains(ctx, comparable).map(({ chain, theme }) => {
    const factKeys = chain.map((e) => e.id);
    const qid = questionId("order-events", factKeys);
    const items = makeOptions(
      qid,
      chain.map((e) => ({ key: e.id, text: eventLabel(e) })),
    );
    // Stored in id order so the bank itself never lists the key order.
    const options = [...items].sort(byId);
    return {
      id: qid,
      category: "chronology" as const,
      type: "ordering" as const,
      template: "order-events",
      prompt: `${theme}: put these ${chain.length} events in the order they happened, earliest first.`,
      options,
      answer: { order: items.map((o) => o.id) },
      explanation: `In order: ${chain.map((e) => `${e.title} (${formatDate(e.date)})`).join("; ")}.`,
      sources: chain.flatMap((e) => e.citations),
      refs: refs({ events: factKeys }),
      difficulty: clampDifficulty(chain.length - 2),
    };
  });
}

// ---------------------------------------------------------------------------
// 4. Place events on a timeline by month (matching)

/** Few enough that a bucket holds events from the same documents' period, which a group needs. */
const MATCHING_BUCKETS = 4;

/**
 * Events fall into MATCHING_BUCKETS fixed buckets by a hash of their id, so
 * editing one event only regroups its own bucket; each bucket is cut into
 * groups of four events from four different months, whose documents cover
 * each other's months.
 */
function monthMatching(ctx: GeneratorContext, datable: Event[], comparable: Event[]): QuestionDraft[] {
  const buckets = new Map<string, Event[]>();
  for (const event of comparable) {
    if (!singleMonth(event)) continue;
    const bucket = String(parseInt(stableHash(event.id, 1), 16) % MATCHING_BUCKETS);
    buckets.set(bucket, [...(buckets.get(bucket) ?? []), event]);
  }
  const allMonths = [...new Set(datable.map((e) => singleMonth(e)).filter((m): m is string => m !== null))].sort();
  const out: QuestionDraft[] = [];
  for (const bucket of [...buckets.keys()].sort()) {
    const pool = [...buckets.get(bucket)!];
    while (pool.length >= 4) {
      const group: Event[] = [];
      const months = new Set<string>();
      // Months a premise could be confused into: a look-alike of it happened then.
      const confusable = new Set<string>();
      for (let i = 0; i < pool.length && group.length < 4; ) {
        const candidate = pool[i]!;
        const month = singleMonth(candidate)!;
        const itsLookAlikes = lookAlikeMonths(candidate, ctx.kb.events);
        itsLookAlikes.delete(month);
        // A premise from a period the others' documents do not cover ("Trucks of displaced families in Sarmada",
        // 2020, among 2012 events) would pair itself with the odd month out.
        const outOfPeriod = group.some((e) => !coversMonth(ctx, e, month) || !coversMonth(ctx, candidate, singleMonth(e)!));
        const ambiguous =
          outOfPeriod ||
          months.has(month) ||
          confusable.has(month) ||
          [...itsLookAlikes].some((m) => months.has(m)) ||
          group.some((e) => givesOrderAway(e, candidate));
        if (ambiguous) {
          i++;
          continue;
        }
        months.add(month);
        for (const m of itsLookAlikes) confusable.add(m);
        group.push(...pool.splice(i, 1));
      }
      // An event that finds no three partners is left out, and the search goes on from the next one.
      if (group.length < 4) {
        pool.push(...group.slice(1));
        continue;
      }
      const factKeys = group.map((e) => e.id).sort();
      const qid = questionId("event-month-matching", factKeys);
      const rng = rngFor(ctx, qid);
      // One extra month, so the last pairing is not a give-away: a month in which something happened, inside the
      // span the others cover if one is free, else next to it, and always within what the documents cover.
      const sorted = [...months].sort();
      const [first, last] = [sorted[0]!, sorted.at(-1)!];
      const distanceFromSpan = (m: string) => (m < first ? monthsApart(m, first) : m > last ? monthsApart(last, m) : 0);
      const extraCandidates = allMonths
        .filter((m) => !months.has(m) && !confusable.has(m))
        .filter((m) => group.every((e) => coversMonth(ctx, e, m)))
        .filter((m) => distanceFromSpan(m) <= 1);
      if (extraCandidates.length === 0) {
        pool.push(...group.slice(1));
        continue;
      }
      const inside = extraCandidates.filter((m) => m > first && m < last);
      const extraMonth = rng.pick(inside.length > 0 ? inside : extraCandidates);
      const monthOptions = makeOptions(
        qid,
        [...months, extraMonth].sort().map((m) => ({ key: `month:${m}`, text: monthLabel(m) })),
      );
      const premises = makeOptions(
        qid,
        group.map((e) => ({ key: e.id, text: eventLabel(e) })),
      );
      const pairs: Record<string, string> = {};
      group.forEach((e, i) => {
        pairs[premises[i]!.id] = optionId(qid, `month:${singleMonth(e)!}`);
      });
      out.push({
        id: qid,
        category: "chronology",
        type: "matching",
        template: "event-month-matching",
        prompt: "Place each event on the timeline: match it to the month it happened in.",
        premises: rng.shuffle(premises),
        options: monthOptions,
        answer: { pairs },
        explanation: group.map((e) => `${e.title}: ${formatDate(e.date)}.`).join(" "),
        sources: group.flatMap((e) => e.citations),
        refs: refs({ events: factKeys }),
        difficulty: 2,
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// 5. How many years? (numeric) How long a side held a place the unit follows, from the capture that began its
// hold to the recapture that ended it. "In what year did rebels take Jarabulus?" asks "2012" of an article titled
// "2012 Aleppo Governorate clashes"; the span between the rebels' capture of Maarat al-Numan and the army's return
// in 2020 asks the student to connect the 2012 fighting with its epilogue.

/** Whole months from one ISO day to another. */
function fullMonthsBetween(from: string, to: string): number {
  const months = monthsApart(from.slice(0, 7), to.slice(0, 7));
  return to.slice(8) < from.slice(8) ? months - 1 : months;
}

/** Control periods with the same holder that follow each other, joined: the documents' split is not a change of hands. */
function unbrokenHolds(periods: readonly { from: string; to: string; holder: string }[]): { from: string; to: string; holder: string }[] {
  const joined: { from: string; to: string; holder: string }[] = [];
  for (const p of [...periods].sort((a, b) => a.from.localeCompare(b.from))) {
    const last = joined.at(-1);
    if (last && last.holder === p.holder && addDays(last.to, 1) === p.from) last.to = p.to;
    else joined.push({ from: p.from, to: p.to, holder: p.holder });
  }
  return joined;
}

const GAIN_OF: Record<string, Event["outcome"]> = { rebels: "rebel-gain", government: "government-gain" };

function yearsHeldNumeric(ctx: GeneratorContext, datable: Event[]): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  const onDay = (day: string, outcome: Event["outcome"], place: string) =>
    datable.find(
      (e) =>
        e.outcome === outcome &&
        e.date.precision === "day" &&
        !e.date.qualifier &&
        e.date.date === day &&
        e.places[0] === place &&
        e.tags.some((t) => t === "capture" || t === "recapture"),
    );
  for (const record of [...ctx.kb.control].sort((a, b) => a.place.localeCompare(b.place))) {
    const place = ctx.placeById.get(record.place);
    if (!place) continue;
    const periods = unbrokenHolds(record.periods);
    for (const [i, hold] of periods.entries()) {
      const next = periods[i + 1];
      if (!next || next.holder === hold.holder || addDays(hold.to, 1) !== next.from) continue;
      const gain = GAIN_OF[hold.holder];
      const loss = GAIN_OF[next.holder];
      if (!gain || !loss) continue;
      // Both ends must be events the documents date to the day: the capture that began the hold and the recapture.
      const captured = onDay(hold.from, gain, record.place);
      const retaken = onDay(next.from, loss, record.place);
      if (!captured || !retaken) continue;
      const months = fullMonthsBetween(hold.from, next.from);
      const years = Math.floor(months / 12);
      if (years < 1) continue;
      const andMonths = months % 12 === 0 ? "" : ` and ${months % 12} month${months % 12 === 1 ? "" : "s"}`;
      const holder = hold.holder === "rebels" ? "the rebels" : "the government";
      const factKeys = [captured.id, retaken.id];
      const qid = questionId("event-year-numeric", factKeys);
      // The sets about either end of the hold: the 2012 battle and the 2020 recapture.
      const studySets = ctx.kb.studySets
        .filter((set) => set.group !== "category" && factKeys.some((id) => set.events.includes(id)))
        .map((set) => set.id)
        .sort();
      out.push({
        id: qid,
        category: "chronology",
        type: "numeric",
        template: "event-year-numeric",
        prompt: `${eventSentence(retaken)} For how many full years had ${holder} held ${subjectName(place)} by then?`,
        unit: "years",
        answer: { value: years, min: years, max: years, display: `${years} years` },
        explanation: `${eventSentence(captured)} No document records ${subjectName(place)} changing hands again until ${formatDate(retaken.date)}, when ${retaken.clause}: ${years} years${andMonths} later. ${retaken.summary}`,
        sources: [...captured.citations, ...retaken.citations],
        refs: refs({ events: factKeys, places: [record.place] }),
        difficulty: 2,
        studySets,
      });
    }
  }
  return out;
}

export function generateChronologyQuestions(ctx: GeneratorContext): QuestionDraft[] {
  const datable = datableEvents(ctx);
  const comparable = datable.filter(isComparable);
  return [
    ...eventDateChoice(ctx, datable),
    ...pairQuestions(ctx, comparable),
    ...orderingQuestions(ctx, comparable),
    ...monthMatching(ctx, datable, comparable),
    ...yearsHeldNumeric(ctx, datable),
  ];
}
