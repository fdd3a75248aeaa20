/**
 * Chronology questions: when events happened and in what order.
 *
 * Honesty rule: two events are only compared when `compareDates` can order
 * them given their precision ("early October" and "8 October" never are).
 * Events whose date the documents dispute (`alternativeDates`) are left out of
 * every chronology question.
 */
import type { DateSpec, Event } from "../../content/schema";
import type { LoadedPlace } from "../../content/load";
import { compareDates, dateInterval, dateSortKey, datePhrase, formatDate, intervalsOverlap, addDays } from "../../content/dates";
import { stableHash } from "../random";
import { monthLabel } from "../../taxonomy";
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

/** Shifts (in days) tried when nearby events do not supply enough wrong dates, by precision. */
/** The fewest days between two day options of a date question. */
const MIN_DAY_GAP = 4;

const SYNTHETIC_SHIFTS: Record<DateSpec["precision"], number[]> = {
  day: [-21, -14, -9, -6, 6, 9, 14, 21],
  "part-of-month": [-30, -20, -10, 10, 20, 30],
  month: [-92, -61, -31, 31, 61, 92],
  range: [-28, -21, -14, 14, 21, 28],
  year: [],
};

function eventDateChoice(ctx: GeneratorContext, events: Event[]): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  // Computed once: the inner loop below compares every event with every other.
  const starts = new Map(events.map((e) => [e.id, dateInterval(e.date)]));
  for (const event of events) {
    const spec = event.date;
    // "by 9 October" is an upper bound, not a date a student can pick.
    if ((spec.precision === "day" || spec.precision === "month") && spec.qualifier === "by") continue;
    // A months-long span (an infobox's whole campaign) is not a date to recall, and would stand out among days.
    if (spec.precision === "range" && daysBetween(spec.start, spec.end) > MAX_RANGE_DAYS) continue;
    if (titleHasDate(event)) continue;
    // The exact date of a minor event is trivia; it is still ordered against the events of its story.
    if (!isLandmarkEvent(ctx, event)) continue;
    const correctText = formatDate(spec);
    const correct = dateInterval(spec);
    const qid = questionId("event-date-choice", [event.id]);
    const rng = rngFor(ctx, qid);

    const similarIntervals = lookAlikes(event, ctx.kb.events).map((e) => dateInterval(e.date));
    const seen = new Set([correctText]);
    const distractors: { key: string; text: string }[] = [];
    const chosen = [correct];
    /**
     * A wrong date must not overlap the true one, nor the date of a look-alike event, and a day lies at least
     * MIN_DAY_GAP days from the other options: "28 or 29 January 2020?" tests the reporting date, not history.
     */
    const offer = (candidate: DateSpec) => {
      const interval = dateInterval(candidate);
      const text = formatDate(candidate);
      if (seen.has(text) || intervalsOverlap(interval, correct)) return;
      if (spec.precision === "day" && chosen.some((c) => Math.abs(daysBetween(c.start, interval.start)) < MIN_DAY_GAP)) return;
      if (similarIntervals.some((i) => intervalsOverlap(i, interval))) return;
      seen.add(text);
      chosen.push(interval);
      distractors.push({ key: `date:${text}`, text });
    };
    // Days on which other things happened nearby in time make the most plausible wrong answers.
    const nearby = events.filter((other) => {
      const start = starts.get(other.id)!;
      return other.id !== event.id && !start.openStart && Math.abs(daysBetween(correct.start, start.start)) <= 75;
    });
    for (const other of rng.shuffle(nearby)) {
      if (distractors.length >= 3) break;
      offer(sameStyleDate(spec, starts.get(other.id)!.start));
    }
    for (const shift of rng.shuffle(SYNTHETIC_SHIFTS[spec.precision])) {
      if (distractors.length >= 3) break;
      offer(sameStyleDate(spec, addDays(correct.start, shift)));
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

/**
 * Words in an event's own name that place it in a sequence ("for the second time", "after the army's raid",
 * "renewing their assault"): set beside a related event, such a name answers "which came first?" by itself.
 */
const SEQUENCE_CUE = /\b(after|again|for the (?:first|second) time|renew\w*|a new attack)\b/i;

function namesItsPlaceInSequence(event: Event): boolean {
  return SEQUENCE_CUE.test(event.title) || SEQUENCE_CUE.test(event.clause);
}

/** Each event with the nearest later related event it can honestly be ordered against, within 60 days. */
function orderablePairs(ctx: GeneratorContext, events: Event[]): { pair: [Event, Event]; place?: string; force?: string }[] {
  const pairs: { pair: [Event, Event]; place?: string; force?: string }[] = [];
  for (let i = 0; i < events.length; i++) {
    const a = events[i]!;
    if (namesItsPlaceInSequence(a)) continue;
    for (let j = i + 1; j < events.length; j++) {
      const b = events[j]!;
      if (b.title === a.title || namesItsPlaceInSequence(b)) continue;
      if (compareDates(a.date, b.date) !== -1) continue;
      if (daysBetween(dateInterval(a.date).end, dateInterval(b.date).start) > 60) break;
      const story = sharedStory(ctx, a, b);
      if (!story) continue;
      pairs.push({ pair: [a, b], ...story });
      break;
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
      ? `Both of these happened ${placePreposition(place.kind)} ${subjectName(place)}. Which came first?`
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

/**
 * Chains of events where each one certainly came after the previous. Because
 * each step is a strict, non-overlapping comparison, every pair in the chain is
 * orderable too. Chains are built inside study sets so they stay on one topic.
 */
function orderingChains(ctx: GeneratorContext, datable: Event[]): { chain: Event[]; theme: string }[] {
  const datableIds = new Set(datable.map((e) => e.id));
  const order = new Map(datable.map((e, i) => [e.id, i]));
  const chains = new Map<string, { chain: Event[]; theme: string }>();
  for (const set of [...ctx.kb.studySets].sort(byId)) {
    if (set.group === "category") continue;
    const members = set.events
      .filter((id) => datableIds.has(id))
      .sort((a, b) => order.get(a)! - order.get(b)!)
      .map((id) => ctx.eventById.get(id)!);
    const length = members.length >= 12 ? 5 : members.length >= 6 ? 4 : 3;
    const stride = Math.max(1, Math.floor(members.length / Math.max(1, Math.ceil(members.length / 3))));
    for (let start = 0; start < members.length; start += stride) {
      const chain = [members[start]!];
      for (let k = start + 1; k < members.length && chain.length < length; k++) {
        const candidate = members[k]!;
        if (candidate.title === chain[chain.length - 1]!.title) continue;
        if (compareDates(chain[chain.length - 1]!.date, candidate.date) === -1) chain.push(candidate);
      }
      if (chain.length < 3) continue;
      const key = chain.map((e) => e.id).join("|");
      if (!chains.has(key)) chains.set(key, { chain, theme: chainTheme(set) });
    }
  }
  return [...chains.values()];
}

/**
 * What ties a chain's events together, named at the head of its stem so the student knows which story
 * to think of: the study set it was drawn from (a month set by its period).
 */
function chainTheme(set: { title: string; group: string }): string {
  return set.group === "month" ? `In and around Idlib, ${set.title.replace(/^Month by month: /, "")}` : set.title;
}

function orderingQuestions(ctx: GeneratorContext, datable: Event[]): QuestionDraft[] {
  return orderingChains(ctx, datable).map(({ chain, theme }) => {
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

/**
 * Events fall into 16 fixed buckets by a hash of their id, so editing one
 * event only regroups its own bucket; each bucket is cut into groups of four
 * events from four different months.
 */
function monthMatching(ctx: GeneratorContext, datable: Event[]): QuestionDraft[] {
  const buckets = new Map<string, Event[]>();
  for (const event of datable) {
    if (!singleMonth(event) || titleHasDate(event)) continue;
    const bucket = stableHash(event.id, 1);
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
        const ambiguous = months.has(month) || confusable.has(month) || [...itsLookAlikes].some((m) => months.has(m));
        if (ambiguous) {
          i++;
          continue;
        }
        months.add(month);
        for (const m of itsLookAlikes) confusable.add(m);
        group.push(...pool.splice(i, 1));
      }
      if (group.length < 4) break;
      const factKeys = group.map((e) => e.id).sort();
      const qid = questionId("event-month-matching", factKeys);
      const rng = rngFor(ctx, qid);
      // One extra month inside the span the others cover, so the last pairing is not a give-away.
      const [first, last] = [[...months].sort()[0]!, [...months].sort()[months.size - 1]!];
      const extraCandidates = allMonths.filter((m) => !months.has(m) && !confusable.has(m));
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
// 5. Which year? (numeric, exact) for turning points whose date no date question asks: a date question
// already asks the year with the day, and one claim is asked once.

const TURNING_POINT_TAGS = new Set(["capture", "recapture", "offensive", "siege"]);

function eventYearNumeric(ctx: GeneratorContext, datable: Event[], askedByDate: ReadonlySet<string>): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  const contested = new Set(ctx.kb.control.map((record) => record.place));
  for (const event of datable) {
    if (askedByDate.has(event.id)) continue;
    if (!event.tags.some((t) => TURNING_POINT_TAGS.has(t))) continue;
    if (event.outcome !== "rebel-gain" && event.outcome !== "government-gain") continue;
    // Only places whose changes of hands the unit follows (control records): there the year is a turning
    // point; for a village taken once, "2012" is a guess that teaches nothing.
    if (!contested.has(event.places[0] ?? "")) continue;
    if (titleHasDate(event)) continue;
    // "By 24 April Darat Izza was rebel-held" says nothing of when it was taken, as with date questions.
    if ("qualifier" in event.date && event.date.qualifier === "by") continue;
    const interval = dateInterval(event.date);
    const year = Number(interval.end.slice(0, 4));
    if (Number(interval.start.slice(0, 4)) !== year) continue;
    const qid = questionId("event-year-numeric", [event.id]);
    out.push({
      id: qid,
      category: "chronology",
      type: "numeric",
      template: "event-year-numeric",
      prompt: `${undatedSentence(event)} In what year did this happen?`,
      unit: "year",
      answer: { value: year, min: year, max: year, display: String(year) },
      explanation: `${eventSentence(event)} ${event.summary}`,
      sources: event.citations,
      refs: refs({ events: [event.id] }),
      difficulty: 1,
    });
  }
  return out;
}

export function generateChronologyQuestions(ctx: GeneratorContext): QuestionDraft[] {
  const datable = datableEvents(ctx);
  const dateQuestions = eventDateChoice(ctx, datable);
  const askedByDate = new Set(dateQuestions.flatMap((q) => q.refs.events));
  return [
    ...dateQuestions,
    ...pairQuestions(ctx, datable),
    ...orderingQuestions(ctx, datable),
    ...monthMatching(ctx, datable),
    ...eventYearNumeric(ctx, datable, askedByDate),
  ];
}
