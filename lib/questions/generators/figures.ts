/**
 * Figures questions: casualties, strengths, captures, equipment, distances,
 * durations and percentages — every question about a number.
 *
 * Honesty rules:
 * - Every prompt names who made the claim (`attribution`), so a number is
 *   always "according to X", never a bare fact.
 * - A disputed figure (`figure.disputed`) is never asked as one true number:
 *   only as "which source gave what" (matching, choice) or as the range the
 *   sources span. Explanations list every claim with its attribution.
 * - The stem never contains the number asked for: an event title that states
 *   it has that number blanked ("Air strikes kill … rebels"), and when that
 *   is not enough it gives way to "place, date", or the month only when the
 *   day itself is the number.
 *
 * Numeric tolerance (figure-value-numeric), by the kind of the claimed value:
 * - exact n ≤ 10: exactly n;
 * - exact n > 10: n ± 10%, rounded outward to whole numbers;
 * - approx ("about n"): n ± 20%, rounded outward;
 * - at-least ("at least n"): 0.9·n to 1.25·n, each rounded to the nearest
 *   whole number (and always including n);
 * - percent: n ± 5 points, clamped to 0–100;
 * - range min–max: anything from min to max; `value` is the midpoint.
 * Values that are not whole numbers (half a tonne) round at their own decimal
 * place instead. Disputed figures (figure-dispute-range) accept anything from
 * the lowest claim to the highest (n for at-least/approx, min/max for ranges).
 *
 * Distractor numbers are the same kind as the answer (about/at least/range/%),
 * lie outside the numeric tolerance of every claim of the figure, stay near
 * the answer (half to 1.6 times it; a small count ± 4) and never repeat a
 * number already in the stem. They fall on both sides of the key, and the
 * key's rank among the options is drawn so that over a template it says
 * nothing. An "at least" figure is asked as "What figure did X give for …?",
 * so a lower "at least" option is plainly wrong too.
 *
 * Only numbers a source stated are asked. A claim whose number the knowledge
 * base derived itself (claim notes: "the app's reading", "lower bound", "not
 * stated") or that turns a qualitative statement into 0% ("the attack failed")
 * is never an option, premise, range end or typed answer; see `statedAsNumber`.
 * An undisputed figure with such a claim is not asked at all.
 *
 * In "which source gave what" questions two claimants are never contrasted
 * when one could be read as including the other (SOHR is itself "an
 * opposition activist group"); see `claimantsMayOverlap`.
 *
 * Explanations of disputed figures add every claim's note, attributed, and say
 * when the counts may not cover the same people ("rebels and defectors").
 *
 * Undisputed figures whose value is 0 or 1 are not asked: a count of one is
 * the document saying "a mosque", not a figure to learn. (A flashcard for
 * such a figure uses "place, date" instead of the event title when the title
 * names the thing counted: "Fighter jet shot down…" gives the 1 away.) A share
 * whose event title holds a fraction ("Two-thirds of … have left") is also
 * asked with "place, date".
 */
import type { Event, Figure, FigureValue } from "../../content/schema";
import { dateInterval, datePhrase, formatDate } from "../../content/dates";
import { eventSentence } from "./event-wording";
import { listInSentence } from "../../text/list-in-sentence";
import {
  attribution,
  byId,
  capitalize,
  clampDifficulty,
  formatFigureValue,
  formatNumber,
  lowerFirst,
  makeOptions,
  mentionsAny,
  mergeCitations,
  optionId,
  placePreposition,
  primaryPlace,
  questionId,
  refs,
  rngFor,
  shuffledChoice,
  type GeneratorContext,
  type QuestionDraft,
  isLandmarkEvent,
} from "./context";

type Claim = Figure["claims"][number];

// ---------------------------------------------------------------------------
// Numbers: tolerance, rounding, and spotting numbers in text

function decimalsOf(n: number): number {
  const text = String(n);
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Rounds at `decimals` places; the epsilon keeps 1.1 × 20 = 22.000000000000004 at 22. */
function roundAt(x: number, decimals: number, mode: "down" | "up" | "nearest"): number {
  const f = 10 ** decimals;
  const v = x * f;
  const r = mode === "down" ? Math.floor(v + 1e-9) : mode === "up" ? Math.ceil(v - 1e-9) : Math.round(v + 1e-9);
  return Number((r / f).toFixed(decimals));
}

/** The number a value is "about": n, or the lower end of a range. */
export function pointOf(value: FigureValue): number {
  return value.kind === "range" ? value.min : value.n;
}

/** Numeric answer for one claimed value; see the tolerance rules at the top of the file. */
export function numericAnswer(value: FigureValue): { value: number; min: number; max: number; display: string } {
  const display = formatFigureValue(value);
  if (value.kind === "range") {
    const d = Math.max(decimalsOf(value.min), decimalsOf(value.max));
    return { value: roundAt((value.min + value.max) / 2, d, "nearest"), min: value.min, max: value.max, display };
  }
  const n = value.n;
  const d = decimalsOf(n);
  switch (value.kind) {
    case "exact":
      return n <= 10
        ? { value: n, min: n, max: n, display }
        : { value: n, min: roundAt(n * 0.9, d, "down"), max: roundAt(n * 1.1, d, "up"), display };
    case "approx":
      return { value: n, min: roundAt(n * 0.8, d, "down"), max: roundAt(n * 1.2, d, "up"), display };
    case "at-least":
      // "At least 40": nothing below 40 is what the source said.
      return { value: n, min: n, max: Math.max(n, roundAt(n * 1.25, d, "nearest")), display };
    case "percent":
      return { value: n, min: Math.max(0, n - 5), max: Math.min(100, n + 5), display };
  }
}

/** Would `candidate` count as (or overlap) a right answer for `claimed`? */
function collides(candidate: FigureValue, claimed: FigureValue): boolean {
  const { min, max } = numericAnswer(claimed);
  if (candidate.kind === "range") return candidate.min <= max && min <= candidate.max;
  return candidate.n >= min && candidate.n <= max;
}

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, thousand: 1000, million: 1_000_000, dozen: 12,
  single: 1, twin: 2, twice: 2, double: 2, triple: 3, half: 0.5,
};

/**
 * Every number a reader could see in `text`: digits (also each comma group of
 * "1,500", as a naive search would) and number words. Runs with a leading
 * zero ("source 002") are document numbers, not quantities.
 */
export function numbersIn(text: string): Set<number> {
  const found = new Set<number>();
  for (const match of text.matchAll(/\d+(?:[.,]\d+)*/g)) {
    const token = match[0];
    if (!/^0\d/.test(token)) found.add(Number(token.replace(/,/g, "")));
    for (const part of token.split(/[.,]/)) if (!/^0\d/.test(part)) found.add(Number(part));
  }
  for (const word of text.toLowerCase().split(/[^a-z]+/)) {
    const n = NUMBER_WORDS[word];
    if (n !== undefined) found.add(n);
  }
  if (/half a dozen/i.test(text)) found.add(6);
  return found;
}

/** The numbers a value shows: n, or both ends of a range. */
function valueNumbers(value: FigureValue): number[] {
  return value.kind === "range" ? [value.min, value.max] : [value.n];
}

function mentionsNumber(text: string, numbers: readonly number[]): boolean {
  const inText = numbersIn(text);
  return numbers.some((n) => inText.has(n));
}

// ---------------------------------------------------------------------------
// Distractor values

/**
 * Wrong counts lie near the answer, from half of it to 1.6 times it: a student who roughly remembers the
 * number must still think, and no option is absurd (570 soldiers killed at one town, when the answer is 190).
 * The gap around 1 keeps them outside the widest tolerance ("about n" is n ± 20%).
 */
const COUNT_MULTIPLIERS = [0.5, 0.6, 0.7, 0.75, 1.3, 1.4, 1.5, 1.6];
/** The largest wrong count, as a multiple of the answer (small counts may go up to four more). */
const MAX_COUNT_FACTOR = 1.6;
/** How far a small count's wrong options go either way: 6 gives 2 to 10. */
const SMALL_COUNT_SPREAD = 4;
/** A range must not overlap the answer's, so "20,000–40,000" needs factors below one half or above two. */
const RANGE_FACTORS = [0.25, 0.4, 2.5, 3];
const PERCENT_OFFSETS = [-30, -25, -20, -15, -10, 10, 15, 20, 25, 30];

/** Rounding step that keeps distractors as "round" as the answer (6,000 → hundreds, 196 → units). */
function roundingStep(n: number): number {
  if (!Number.isInteger(n)) return 10 ** -decimalsOf(n);
  const digits = String(n).length;
  const trailingZeros = String(n).length - String(n).replace(/0+$/, "").length;
  return 10 ** Math.min(trailingZeros, Math.max(0, digits - 2));
}

function roundToStep(x: number, step: number): number {
  return Number((Math.round(x / step + 1e-9) * step).toFixed(decimalsOf(step)));
}

/** Plausible wrong numbers on both sides of `n`, in a fixed order (callers sample with their rng). */
function countCandidates(n: number): number[] {
  const out: number[] = [];
  if (Number.isInteger(n) && n <= 10) {
    for (let k = Math.max(1, n - SMALL_COUNT_SPREAD); k <= n + SMALL_COUNT_SPREAD; k++) out.push(k);
  } else {
    const step = roundingStep(n);
    for (const m of COUNT_MULTIPLIERS) out.push(roundToStep(n * m, step));
  }
  return [...new Set(out)].filter((x) => x > 0 && x !== n);
}

/**
 * Same-kind wrong values for `value`, below and above it. `isWrong` filters out anything a claim allows.
 * A lower "at least" is offered too: the stem asks what figure the source gave, so "at least 14" is plainly
 * not the "at least 20" it reported.
 */
function distractorPool(value: FigureValue, isWrong: (v: FigureValue) => boolean): FigureValue[] {
  let pool: FigureValue[];
  switch (value.kind) {
    case "exact":
    case "approx":
    case "at-least":
      pool = countCandidates(value.n).map((n) => ({ kind: value.kind, n }));
      break;
    case "percent":
      pool = PERCENT_OFFSETS.map((o) => value.n + o)
        .filter((n) => n >= 1 && n <= 99)
        .map((n) => ({ kind: "percent", n }));
      break;
    case "range": {
      const { min, max } = value;
      pool = RANGE_FACTORS.map((f) => ({
        kind: "range" as const,
        min: roundToStep(min * f, roundingStep(min)),
        max: roundToStep(max * f, roundingStep(max)),
      })).filter((r) => r.min >= 1 && r.min < r.max && (r.max < min || r.min > max));
      break;
    }
  }
  // Near the answer: no "3,000" next to "12", no "570" next to "190".
  const p = pointOf(value);
  const ceiling =
    value.kind === "percent"
      ? 100
      : value.kind === "range"
        ? p * RANGE_FACTORS[RANGE_FACTORS.length - 1]!
        : Math.max(p * MAX_COUNT_FACTOR, p + SMALL_COUNT_SPREAD);
  const seen = new Set([formatFigureValue(value)]);
  return pool.filter((v) => {
    const text = formatFigureValue(v);
    if (seen.has(text) || pointOf(v) > ceiling || !isWrong(v)) return false;
    seen.add(text);
    return true;
  });
}

// ---------------------------------------------------------------------------
// Wording

/** Units that measure an amount rather than count things. */
const MEASURE_UNITS = new Set(["km", "blocks", "hours", "days", "months", "litres", "tonnes"]);

type Form = "count" | "measure" | "quantity" | "how";

export interface Wording {
  form: Form;
  /** Subject without parenthetical asides (which can give the number away), for stems. */
  subject: string;
  /** The full subject, for explanations. */
  full: string;
  unit: string;
}

/** Words that already say what happened to the people counted. */
const MEASURE_WORDS: Partial<Record<Figure["measure"], { test: RegExp; add: string }>> = {
  killed: { test: /\b(kill|killed|dead|died|death|deaths|executed|shot)\b/i, add: "killed" },
  wounded: { test: /\b(wounded|injured)\b/i, add: "wounded" },
  captured: { test: /\b(captured|prisoners?|arrested|taken)\b/i, add: "captured" },
};

/** An aside that names the reporter (", per Syrian media"): it repeats the "according to …" every use adds. */
const REPORTER_ASIDE = /,\s*(per|as|according to)\b[^()]*$/i;

export function wordingOf(figure: Figure): Wording {
  const withoutReporter = figure.subject.replace(REPORTER_ASIDE, "").trim();
  let subject = withoutReporter.replace(/\s*\([^)]*\)/g, "").trim();
  // "members of the security forces" counted as killed: say so, or the stem asks something else.
  const measure = MEASURE_WORDS[figure.measure];
  if (measure && !measure.test.test(figure.subject)) subject = `${subject} ${measure.add}`;
  const form: Form =
    figure.unit === "percent" || /^(share|length|distance|weight)\b/i.test(subject)
      ? "measure"
      : /^how\b/i.test(subject)
        ? "how"
        : MEASURE_UNITS.has(figure.unit) && !subject.toLowerCase().includes(figure.unit.toLowerCase())
          ? "quantity"
          : "count";
  const full = measure && !measure.test.test(figure.subject) ? `${withoutReporter} ${measure.add}` : withoutReporter;
  return { form, subject, full, unit: figure.unit };
}

/** " (in km)" where the number needs a unit to make sense. */
function unitHint(w: Wording): string {
  return (w.form === "measure" && w.unit !== "percent") || w.form === "how" ? ` (in ${w.unit})` : "";
}

/** "the number of soldiers killed", "the length of highway held by rebels (in km)". */
export function labelOf(w: Wording, subject = w.subject): string {
  switch (w.form) {
    case "count":
      return `the number of ${subject}`;
    case "measure":
      return `the ${subject}${unitHint(w)}`;
    case "quantity":
      return `the amount of ${subject} (in ${w.unit})`;
    case "how":
      return `${subject}${unitHint(w)}`;
  }
}

const IRREGULAR_PARTICIPLES = new Set([
  "shot", "taken", "brought", "held", "seen", "hit", "lost", "sent", "left", "found", "built", "made", "kept",
  "fought", "won", "led", "struck", "driven", "given", "hidden", "thrown", "put", "spent", "retaken", "overrun", "flown",
]);
/** "-ed" words that describe a noun ("government armoured vehicles destroyed"), never the clause's verb. */
const ED_ADJECTIVES = new Set(["armoured", "armed", "unarmed"]);
/** "-ing" words that are prepositions, never a progressive verb ("students protesting"). */
const ING_PREPOSITIONS = new Set(["during", "including", "according", "following", "regarding", "concerning"]);
/** Adverbs that sit between "were" and the participle: "checkpoints were still held". */
const CLAUSE_ADVERBS = new Set(["still", "reportedly", "later", "also", "already"]);
const DETERMINERS = new Set(["the", "a", "an", "their", "its", "his", "her"]);
const CLAUSE_PREPOSITIONS = new Set([
  "in", "at", "on", "among", "of", "near", "inside", "from", "into", "around", "by", "between", "during",
  "under", "over", "across", "outside", "along", "per",
]);

/**
 * A counted subject turned into the rest of a "how many" question: "soldiers
 * killed in the attack" → "soldiers were killed in the attack", "fighters in
 * the brigade" → "fighters were in the brigade", "soldiers who defected" →
 * "soldiers defected". A subject that fits none of these patterns is asked as
 * "What figure did X give for the number of …?", which always reads.
 */
export function howManyClause(subject: string): { howMany: string } | { numberOf: string } {
  const words = subject.trim().split(/\s+/);
  const who = words.indexOf("who");
  if (who > 0) return { howMany: [...words.slice(0, who), ...words.slice(who + 1)].join(" ") };
  const isParticiple = (w: string) => (/^[a-z]+ed$/.test(w) && !ED_ADJECTIVES.has(w)) || IRREGULAR_PARTICIPLES.has(w);
  const isProgressive = (w: string) => /^[a-z]+ing$/.test(w) && !ING_PREPOSITIONS.has(w);
  const pastParticiple = words.findIndex((w, i) => i > 0 && isParticiple(w.replace(/,$/, "")));
  // "students protesting at the university" → "students were protesting …", when no past participle leads and
  // the "-ing" word follows a short noun ("protesters after Sheikh Salqini's killing" has no verb).
  const participle =
    pastParticiple >= 0
      ? pastParticiple
      : words.findIndex((w, i) => i > 0 && i <= 2 && !words[i - 1]!.endsWith("'s") && isProgressive(w.replace(/,$/, "")));
  const preposition = words.findIndex((w, i) => i > 0 && CLAUSE_PREPOSITIONS.has(w));
  // "defected soldiers among the bodies found": the preposition comes first and carries the sense.
  const verbAt =
    preposition > 0 && (participle < 0 || (preposition < participle && words[preposition] === "among"))
      ? preposition
      : participle;
  // "members of the Damascus Falcons" is no clause: "members were of …" does not read.
  if (verbAt > 0 && verbAt === preposition && words[verbAt] === "of") return { numberOf: subject };
  const at = verbAt > 1 && CLAUSE_ADVERBS.has(words[verbAt - 1]!) ? verbAt - 1 : verbAt;
  if (at <= 0 || words[at - 1]!.endsWith(",")) return { numberOf: subject };
  // "tanks the Damascus Falcons took from …": a relative clause before the verb; asked as "the number of".
  if (words.slice(1, at).some((w) => DETERMINERS.has(w))) return { numberOf: subject };
  return { howMany: [...words.slice(0, at), "were", ...words.slice(at)].join(" ") };
}

/**
 * The question part of a numeric stem, matching the kind of the claimed value: "roughly how many soldiers
 * were killed" after "According to X,". A subject that is no clause ("tanks the defectors brought with them",
 * "length of the siege"), and an "at least" count, is asked as "What figure did X give for the number of …?":
 * the options carry "about" and "at least", so the stem needs neither.
 */
function numericClause(w: Wording, kind: FigureValue["kind"]): { afterAttribution: string } | { figureFor: string } {
  const rough = kind === "approx" || kind === "range";
  const atLeast = kind === "at-least";
  // "At least how many soldiers were killed?" makes every lower option true as well: ask what the source gave.
  if (atLeast && (w.form === "count" || w.form === "quantity")) return { figureFor: labelOf(w) };
  const howMany = rough ? "roughly how many" : "how many";
  switch (w.form) {
    case "count": {
      const clause = howManyClause(w.subject);
      if ("numberOf" in clause) return { figureFor: `the number of ${clause.numberOf}` };
      return { afterAttribution: `${howMany} ${clause.howMany}` };
    }
    case "quantity":
      return { afterAttribution: `${howMany} ${w.unit} of ${w.subject}` };
    case "measure":
      return { figureFor: `the ${w.subject}${unitHint(w)}` };
    case "how":
      return { afterAttribution: `${w.subject}${atLeast ? ", at least" : rough ? ", roughly" : ""}${unitHint(w)}` };
  }
}

/** "about 400", "between 24 and 60", "5 km": a value inside a sentence. */
export function valueInSentence(w: Wording, value: FigureValue): string {
  const text =
    value.kind === "range" ? `between ${formatNumber(value.min)} and ${formatNumber(value.max)}` : formatFigureValue(value);
  return w.form === "count" || value.kind === "percent" ? text : `${text} ${w.unit}`;
}

/** "the number of soldiers killed was 39"; null when the subject does not fit a statement. */
function statementOf(w: Wording, value: FigureValue, subjectText = w.subject): string | null {
  const v = valueInSentence(w, value);
  // "soldiers killed, two of them colonels, was 15": close the aside.
  const subject = subjectText.includes(",") ? `${subjectText},` : subjectText;
  switch (w.form) {
    case "count":
      return `the number of ${subject} was ${v}`;
    case "measure":
      return `the ${subject} was ${v}`;
    case "quantity":
      return `the amount of ${subject} was ${v}`;
    case "how":
      return null;
  }
}

/** "A", "A and B", "A, B and C" (each attribution once). */
function listAttributions(ctx: GeneratorContext, claims: readonly Claim[]): string {
  return listInSentence([...new Set(claims.map((c) => attribution(ctx, c)))]);
}

/**
 * The event as a sentence (`eventSentence`), with a "by" date moved to the end: "By 9 October 2012, rebels
 * seized the checkpoints" would need "had seized", while "Rebels seized the checkpoints by 9 October 2012"
 * reads well with the past-tense clause the content gives.
 */
function sceneSentence(event: Event, coarserDate?: string): string {
  const sentence = eventSentence(event, coarserDate);
  const byDate = /^By ([^,]+), (.+)\.$/.exec(sentence);
  return byDate ? `${capitalize(byDate[2]!)} by ${byDate[1]}.` : sentence;
}

/** One month in words, when the whole date lies in it: "October 2012". */
function monthOf(event: Event): string | null {
  const interval = dateInterval(event.date);
  const month = interval.end.slice(0, 7);
  if (interval.start.slice(0, 7) !== month) return null;
  return formatDate({ precision: "month", month });
}

/**
 * What a figure question opens with. A heading that `standsAlone` is a
 * sentence of its own ("On 16 July 2012, rebels attacked the Tel Selour
 * checkpoint"); the others ("Saraqib, 1 November 2012") lead into the question.
 */
interface Heading {
  text: string;
  standsAlone: boolean;
}

/**
 * Where and when, without the numbers in `forbidden`: the event as a sentence
 * with its date or only its month, else its title with its date or month,
 * else "place, date", else the same with the month only. Never a title or
 * clause with a number blanked out: a "…" in a question reads as a template
 * leftover.
 */
function eventHeading(
  ctx: GeneratorContext,
  event: Event,
  forbidden: readonly number[],
  preferDescription: boolean,
): Heading | null {
  const date = formatDate(event.date);
  const month = monthOf(event);
  // The main place first; a later one when the first has a number in its name ("M5 highway").
  const places = [primaryPlace(ctx, event), ...event.places.map((id) => ctx.placeById.get(id))]
    .filter((p) => p !== undefined)
    .map((p) => p.name);
  const candidates: Heading[] = [];
  const sentence = (text: string) => candidates.push({ text, standsAlone: true });
  // A title that already gives the day ("…on 12 August") needs no date after it.
  const titleHasDay = event.title.includes(date) || event.title.includes(date.replace(/ \d{4}$/, ""));
  if (!preferDescription) {
    sentence(sceneSentence(event).replace(/\.$/, ""));
    if (month) sentence(sceneSentence(event, `in ${month}`).replace(/\.$/, ""));
    for (const when of month ? [date, month] : [date]) sentence(titleHasDay ? event.title : `${event.title} (${when})`);
  }
  for (const when of month ? [date, month] : [date]) {
    for (const place of places) candidates.push({ text: `${place}, ${when}`, standsAlone: false });
    candidates.push({ text: when, standsAlone: false });
  }
  const heading = candidates.find((c) => !mentionsNumber(c.text, forbidden));
  return heading ? { ...heading, text: capitalize(heading.text) } : null;
}

/** A headline number: from a summary box, lead or headline. */
function isHeadline(figure: Figure): boolean {
  return figure.claims.some((c) => c.citations.some((x) => ["infobox", "lead", "headline"].includes(x.section)));
}

function claimCitations(claims: readonly Claim[]) {
  return mergeCitations(...claims.map((c) => c.citations));
}


// ---------------------------------------------------------------------------
// Which claims may be asked, and which claimants may be set against each other

/** Claim notes that say the number is the knowledge base's own reading, not a number the source gave. */
const NOT_STATED_NOTE = new RegExp(
  [
    String.raw`\bthe app\b`,
    String.raw`\bapp's reading\b`,
    "lower bound",
    "smallest number that fits",
    "not stated",
    "no (number|figure) (was |is )?(given|stated)",
    "gave no (number|figure)",
    "qualitative",
  ].join("|"),
  "i",
);

/**
 * Did the source state this number? Not when the claim note says the
 * knowledge base derived it ("the app's reading" of "a few dozen", "millions"
 * stored as its minimum, "more than half" stored as 50%, "not stated"), nor
 * for a share of 0%: that is how a statement such as "the attack failed" would
 * be stored, and no source gives "0%" as a figure. Close distractors might be
 * right for such a reading, and "which figure did X give" would credit X with
 * a number X never gave, so these claims are never asked.
 */
export function statedAsNumber(claim: Pick<Claim, "value" | "note">): boolean {
  if (claim.value.kind === "percent" && claim.value.n === 0) return false;
  return !NOT_STATED_NOTE.test(claim.note ?? "");
}

/** The claimant ids of monitoring groups the documents themselves call opposition activists. */
const OPPOSITION_MONITORS = new Set(["sohr"]);

/**
 * Could a reader take one claimant to include the other? Both documents call
 * SOHR "an opposition activist group", so next to SOHR a claimant of kind
 * "activist", or one whose name says "activist" or "opposition", makes "which
 * figure did the opposition activists give?" have two answers. This is the one
 * place that decides it: such a pair is never contrasted in a "which source
 * reported what" question (matching, choice or range).
 */
export function claimantsMayOverlap(
  ctx: GeneratorContext,
  a: Pick<Claim, "claimedBy">,
  b: Pick<Claim, "claimedBy">,
): boolean {
  if (a.claimedBy === b.claimedBy) return false;
  const activistLike = (id: string) => {
    const claimant = ctx.claimantById.get(id);
    return claimant !== undefined && (claimant.kind === "activist" || /activist|opposition/i.test(claimant.name));
  };
  return (
    (OPPOSITION_MONITORS.has(a.claimedBy) && activistLike(b.claimedBy)) ||
    (OPPOSITION_MONITORS.has(b.claimedBy) && activistLike(a.claimedBy))
  );
}

/** True when some two of `claims` may overlap (see `claimantsMayOverlap`). */
function anyOverlap(ctx: GeneratorContext, claims: readonly Claim[]): boolean {
  return claims.some((a, i) => claims.slice(i + 1).some((b) => claimantsMayOverlap(ctx, a, b)));
}

// ---------------------------------------------------------------------------
// Undisputed figures: what can be asked, and how

interface Askable {
  figure: Figure;
  event: Event;
  claims: Claim[];
  value: FigureValue;
  wording: Wording;
  attr: string;
}

/**
 * At most this many undisputed figures are asked about one event. An event with more (a campaign's summary box
 * lists tanks, aircraft by type, strengths and losses) keeps its deaths first, then the figures its document's
 * summary gives, then the largest: "how many bombing runs did the jets fly" is the isolated detail the brief
 * asks to leave, beside how many people the raid killed.
 */
const MAX_FIGURES_PER_EVENT = 3;

/** Deaths first, then what a summary gives, then the largest; ties by id. */
function byPriority(a: Askable, b: Askable): number {
  const first = (yes: (x: Askable) => boolean) => Number(yes(b)) - Number(yes(a));
  return (
    first((x) => x.figure.measure === "killed") ||
    first((x) => isHeadline(x.figure)) ||
    pointOf(b.value) - pointOf(a.value) ||
    byId(a.figure, b.figure)
  );
}

/**
 * Undisputed figures with a stated value worth asking, at most MAX_FIGURES_PER_EVENT an event, in id order.
 * The toll of a minor event ("how many soldiers were killed in Idlib province on 11 July?") is the isolated detail
 * the brief puts last; one a summary box, lead or headline gives, or one from a landmark event, is asked. Tolls are
 * left out after an event's figures are ranked, so they still keep its lesser numbers ("how many bombing runs did
 * the jets fly") out of the bank instead of handing them their places.
 */
function askableFigures(ctx: GeneratorContext): Askable[] {
  const perEvent = new Map<string, Askable[]>();
  for (const a of statedFigures(ctx)) perEvent.set(a.event.id, [...(perEvent.get(a.event.id) ?? []), a]);
  const minorToll = (a: Askable) => TOLL_MEASURES.has(a.figure.measure) && !isHeadline(a.figure) && !isLandmarkEvent(ctx, a.event);
  return [...perEvent.values()]
    .flatMap((figures) => [...figures].sort(byPriority).slice(0, MAX_FIGURES_PER_EVENT))
    .filter((a) => !minorToll(a))
    .sort((a, b) => byId(a.figure, b.figure));
}

/** Undisputed figures with a stated value worth asking, in id order. */
function statedFigures(ctx: GeneratorContext): Askable[] {
  const out: Askable[] = [];
  for (const figure of [...ctx.kb.figures].sort(byId)) {
    if (figure.disputed) continue;
    const event = ctx.eventById.get(figure.event);
    const value = figure.claims[0]?.value;
    if (!event || !value) continue;
    // Every claim, not just the first, since the explanation credits them all.
    if (!figure.claims.every(statedAsNumber)) continue;
    if (pointOf(value) === 0) continue;
    // "How many mosques did the jets destroy?" when the document says "a mosque": a count of one is no figure to learn.
    if (value.kind !== "range" && value.kind !== "percent" && value.n === 1) continue;
    if (TITLE_TELLS_COUNT.has(figure.id)) continue;
    if (isolatedAircraftCount(figure, value) || isolatedMeasure(figure)) continue;
    out.push({
      figure,
      event,
      claims: figure.claims,
      value,
      wording: wordingOf(figure),
      attr: listAttributions(ctx, figure.claims),
    });
  }
  return out;
}

/** Deaths and injuries: the numbers every report of a clash gives. */
const TOLL_MEASURES: ReadonlySet<Figure["measure"]> = new Set(["killed", "wounded"]);

/** "MiG-23 jets", "Su-22 jet bombers", "Mi-17 helicopters", "MiG fighter planes": one aircraft model. */
const AIRCRAFT_MODEL = /^(MiG|Su|L|Mi)-\d+\b|^MiG\b/;

/**
 * One or two aircraft of one model shot down ("MiG-23 jets shot down: 1") is the isolated figure the
 * question-writing brief says to leave out: what it meant that rebels could down jets is asked by the
 * reasoning questions, not each model's count. The figure stays in the content and on its flashcard.
 */
function isolatedAircraftCount(figure: Figure, value: FigureValue): boolean {
  return AIRCRAFT_MODEL.test(figure.subject) && pointOf(value) <= 2;
}

/**
 * A length, distance or duration of one episode ("the length of the fighting for the town (in hours)", "the
 * distance south of Maarat al-Numan where the column was stopped (in km)") that no summary gives: a detail the
 * brief asks to leave. One a document's summary gives (the six-month siege of Wadi Deif) is asked.
 */
function isolatedMeasure(figure: Figure): boolean {
  const wording = wordingOf(figure);
  return wording.form === "measure" && wording.unit !== "percent" && !isHeadline(figure);
}

/** Words naming what is counted, before the first verb or preposition ("MiG fighter planes"). */
function headWords(subject: string): string[] {
  const words: string[] = [];
  for (const word of subject.toLowerCase().split(/[^a-z0-9-]+/).filter(Boolean)) {
    if (HEAD_STOP.has(word) || /ed$/.test(word)) break;
    words.push(word);
  }
  return words;
}

const HEAD_STOP = new Set(["the", "in", "at", "by", "of", "on", "among", "still", "who", "that", "with", "from", "to", "for"]);

/**
 * Does the title name one of the counted things in the singular ("Fighter jet
 * shot down", "a civilian")? "army officers" is plural use and does not count.
 */
function titleUsesSingular(title: string, subject: string): boolean {
  const head = headWords(subject);
  const plurals = new Set(head.filter((w) => /[a-z]s$/.test(w)));
  const singulars = new Set(head.map((w) => (plurals.has(w) ? w.slice(0, -1) : w)));
  const tokens = title.toLowerCase().split(/[^a-z0-9-]+/).filter(Boolean);
  return tokens.some((t, i) => singulars.has(t) && !plurals.has(tokens[i + 1] ?? ""));
}

/**
 * Titles that tell the count in words no check can catch ("kills a boy and
 * his father" for 2 people, with no place to fall back on): not asked.
 */
const TITLE_TELLS_COUNT = new Set(["helicopter-attack-jun-2012-civilians-killed"]);

/** Words that state a share without a digit. */
const FRACTION_WORDS = /\b(half|halves|thirds?|quarters?|fifths?|tenths?)\b/i;

/** The heading for an undisputed figure's questions (see the file comment for value 1). */
function headingFor(ctx: GeneratorContext, a: Pick<Askable, "event" | "figure" | "value">): Heading | null {
  const n = pointOf(a.value);
  // "Fighter jet shot down…" tells a count of 1 through the singular: then use place and date.
  const singularInTitle = n === 1 && [a.event.title, a.event.clause].some((text) => titleUsesSingular(text, a.figure.subject));
  // A share next to counts in the title ("8 of the 35 villages") can be worked out: blank them all.
  const blankAll = a.value.kind === "percent" && numbersIn(a.event.title).size > 0;
  // A fraction in the title ("Two-thirds of … have left") tells a share even with its number blanked.
  const fractionInTitle = a.value.kind === "percent" && FRACTION_WORDS.test(`${a.event.title} ${a.event.clause}`);
  const forbidden = blankAll ? [...valueNumbers(a.value), ...numbersIn(a.event.title)] : valueNumbers(a.value);
  return eventHeading(ctx, a.event, forbidden, singularInTitle || fractionInTitle);
}

function undisputedExplanation(ctx: GeneratorContext, a: Askable): string {
  const statement = statementOf(a.wording, a.value, a.wording.full);
  const fact = statement
    ? `According to ${a.attr}, ${statement}`
    : `According to ${a.attr}: ${a.wording.full}, ${valueInSentence(a.wording, a.value)}`;
  // The scene first, as in the stem, so the student reads the number against the event it belongs to.
  return `${sceneSentence(a.event)} ${fact}.`;
}

function baseDraft(a: Askable) {
  return {
    category: "figures" as const,
    sources: claimCitations(a.claims),
    refs: refs({ events: [a.event.id], figures: [a.figure.id] }),
  };
}

// ---------------------------------------------------------------------------
// Undisputed figures are asked once each, in the type that suits them:
// - a figure credited to one named claimant: "who reported that …?" (source);
// - an exact count above 10: type the number (numeric, within 10%);
// - anything else (small counts, "about", "at least", ranges, shares): pick it.

/** Which of the three questions a figure gets; see above. */
function askedAs(ctx: GeneratorContext, a: Askable): "source" | "numeric" | "choice" {
  const claimant = a.claims.length === 1 ? ctx.claimantById.get(a.claims[0]!.claimedBy) : undefined;
  // A subject that names its reporter ("…, as SANA reported it") would give the answer away.
  const namesReporter = /\b(per|reported|according|claimed|said)\b/i.test(a.figure.subject);
  if (claimant && claimant.kind !== "document" && !namesReporter && sourceDistractors(ctx, a.claims[0]!).length >= 3)
    return "source";
  return a.value.kind === "exact" && a.value.n > 10 ? "numeric" : "choice";
}

/**
 * The question for a figure's value: "On 16 July 2012, rebels attacked the Tel
 * Selour checkpoint. According to X, how many …?", or, when the event cannot
 * be shown, "On 11 June 2012 in Idlib, according to X, how many …?"
 */
function valueStem(
  ctx: GeneratorContext,
  a: Pick<Askable, "event" | "figure" | "value" | "wording" | "attr">,
  { forTypedAnswer = true } = {},
): string | null {
  const heading = headingFor(ctx, a);
  if (!heading) return null;
  const rangeNote = forTypedAnswer && a.value.kind === "range" ? " The source gave a range: any number inside it counts." : "";
  const clause = numericClause(a.wording, a.value.kind);
  const question =
    "figureFor" in clause
      ? `what figure did ${a.attr} give for ${clause.figureFor}?${rangeNote}`
      : `according to ${a.attr}, ${clause.afterAttribution}?${rangeNote}`;
  if (heading.standsAlone) return `${heading.text}. ${capitalize(question)}`;
  const place = primaryPlace(ctx, a.event);
  const where =
    place && heading.text.includes(place.name) && !mentionsAny(a.wording.subject, [place.name, ...place.aliases])
      ? ` ${placePreposition(place.kind)} ${place.name}`
      : "";
  const when = heading.text.includes(formatDate(a.event.date)) ? datePhrase(a.event.date) : `in ${monthOf(a.event) ?? formatDate(a.event.date)}`;
  return `${capitalize(when)}${where}, ${question}`;
}

/**
 * A flashcard's front for a figure, worded as its quiz question is: "On 16 July 2012, rebels attacked the
 * Tel Selour checkpoint. According to SOHR, how many soldiers were killed?". `attr` names who said it;
 * `value` decides "how many", "roughly how many" or "what figure did X give" and which numbers the scene must not show. Null when
 * no scene leaves the number out.
 */
export function figureCardFront(
  ctx: GeneratorContext,
  figure: Figure,
  event: Event,
  values: readonly FigureValue[],
  attr: string,
): string | null {
  // Several claims of different kinds ("60" and "at least 40") are asked plainly: "how many".
  const kinds = new Set(values.map((v) => v.kind));
  const value: FigureValue = kinds.size === 1 ? values[0]! : { kind: "exact", n: pointOf(values[0]!) };
  const prompt = valueStem(ctx, { figure, event, value, attr, wording: wordingOf(figure) }, { forTypedAnswer: false });
  return prompt && !mentionsNumber(prompt, values.flatMap(valueNumbers)) ? prompt : null;
}

/** Event context for the feedback: the event's own summary, when it fits. */
function withContext(explanation: string, event: Event): string {
  const combined = `${explanation} ${event.summary}`;
  return combined.length <= 640 ? combined : explanation;
}

/** The figures asked as `kind`, each with its value stem; one whose stem would show the number is not asked. */
function valueStems(ctx: GeneratorContext, askable: readonly Askable[], kind: "numeric" | "choice"): { a: Askable; prompt: string }[] {
  const out: { a: Askable; prompt: string }[] = [];
  for (const a of askable) {
    if (askedAs(ctx, a) !== kind) continue;
    // A range note ("any number inside it counts") is for a typed answer, not a choice among options.
    const prompt = valueStem(ctx, a, { forTypedAnswer: kind === "numeric" });
    if (prompt && !mentionsNumber(prompt, valueNumbers(a.value))) out.push({ a, prompt });
  }
  return out;
}

/** A figure value as a choice option, keyed by its text: two options never read the same. */
function valueOption(text: string): { key: string; text: string } {
  return { key: `value:${text}`, text };
}

// 1. figure-value-numeric: type the number

function valueNumeric(ctx: GeneratorContext, askable: readonly Askable[]): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const { a, prompt } of valueStems(ctx, askable, "numeric")) {
    const answer = numericAnswer(a.value);
    const accepted =
      answer.min === answer.max
        ? "Only the exact number counts."
        : `Answers from ${formatNumber(answer.min)} to ${formatNumber(answer.max)} count.`;
    const qid = questionId("figure-value-numeric", [a.figure.id]);
    out.push({
      ...baseDraft(a),
      id: qid,
      type: "numeric",
      template: "figure-value-numeric",
      prompt,
      unit: a.figure.unit,
      answer,
      explanation: withContext(`${undisputedExplanation(ctx, a)} ${accepted}`, a.event),
      difficulty: clampDifficulty(isHeadline(a.figure) ? 2 : 3),
    });
  }
  return out;
}

/**
 * `count` wrong values from `pool` around the key, beside the wrong values already `fixed` (other sources'
 * claims). The key's rank among all the options is drawn from the ranks the pool allows and as many picks go
 * below the key as that rank needs, so the key's rank says nothing (tested over each template). A small
 * count cannot have three options below it ("2" has only "1"), so where the pool allows it the higher ranks
 * are drawn more often: over a template each rank then comes up about as often as the others. The draw
 * is the question's own (its rng), so adding content never changes another question's options.
 */
function balancedDistractors(
  value: FigureValue,
  pool: readonly FigureValue[],
  rng: ReturnType<typeof rngFor>,
  count = 3,
  fixed: readonly FigureValue[] = [],
): FigureValue[] {
  const p = pointOf(value);
  const below = rng.shuffle(pool.filter((v) => pointOf(v) < p));
  const above = rng.shuffle(pool.filter((v) => pointOf(v) > p));
  const fixedBelow = fixed.filter((v) => pointOf(v) < p).length;
  const fewestBelow = Math.max(0, count - above.length);
  const mostBelow = Math.min(below.length, count);
  // The key's rank is fixedBelow + picks below; rank r weighs r + 2 (2, 3, 4, 5 when every rank is possible).
  const weights = Array.from({ length: Math.max(0, mostBelow - fewestBelow + 1) }, (_, i) => fixedBelow + fewestBelow + i + 2);
  let draw = rng.int(1, Math.max(1, weights.reduce((sum, w) => sum + w, 0)));
  let takeBelow = fewestBelow;
  for (const [i, w] of weights.entries()) {
    takeBelow = fewestBelow + i;
    if (draw <= w) break;
    draw -= w;
  }
  return [...below.slice(0, takeBelow), ...above.slice(0, count - takeBelow)];
}

// 2. figure-value-choice: pick the number

function valueChoice(ctx: GeneratorContext, askable: readonly Askable[]): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const { a, prompt } of valueStems(ctx, askable, "choice")) {
    const qid = questionId("figure-value-choice", [a.figure.id]);
    const rng = rngFor(ctx, qid);
    const inPrompt = numbersIn(prompt);
    const pool = distractorPool(
      a.value,
      // Wrong for every claim: "at least 20" and "31" agree, and "at least 28" would fit the 31.
      (v) => a.claims.every((c) => !collides(v, c.value)) && !valueNumbers(v).some((n) => inPrompt.has(n)),
    );
    if (pool.length < 3) continue;
    const wrong = balancedDistractors(a.value, pool, rng).map((v) => valueOption(formatFigureValue(v)));
    const { options, correct } = shuffledChoice(qid, rng, [valueOption(formatFigureValue(a.value))], wrong);
    out.push({
      ...baseDraft(a),
      id: qid,
      type: "multiple-choice",
      template: "figure-value-choice",
      prompt,
      selectMany: false,
      options,
      answer: { correct },
      explanation: withContext(undisputedExplanation(ctx, a), a.event),
      difficulty: clampDifficulty(isHeadline(a.figure) ? 1 : 2),
    });
  }
  return out;
}

// 3. figure-source-choice: who reported this figure?

/** Claimants that report figures elsewhere in the unit: the pool for "who reported this?". */
function reportingClaimants(ctx: GeneratorContext): string[] {
  const ids = new Set<string>();
  for (const f of ctx.kb.figures) for (const c of f.claims) ids.add(c.claimedBy);
  return [...ids].filter((id) => ctx.claimantById.get(id)?.kind !== "document").sort();
}

const LOSSES = /\b(killed|wounded|destroyed)\b/;

/** Whether the words name where something happened: a place of the unit, or the border with Turkey. */
function namesAPlace(ctx: GeneratorContext, text: string): boolean {
  return /\b(Turkey|Turkish border)\b/.test(text) || ctx.kb.places.some((p) => mentionsAny(text, [p.name, ...p.aliases]));
}

/** Wrong answers for "who reported …": other reporters, never one a reader could take to include the key. */
function sourceDistractors(ctx: GeneratorContext, claim: Claim): string[] {
  return reportingClaimants(ctx).filter(
    (id) => id !== claim.claimedBy && !claimantsMayOverlap(ctx, claim, { claimedBy: id }),
  );
}

function sourceChoice(ctx: GeneratorContext, askable: readonly Askable[]): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const a of askable) {
    if (askedAs(ctx, a) !== "source" || a.wording.form !== "count") continue;
    const clause = howManyClause(a.wording.subject);
    if (!("howMany" in clause) || pointOf(a.value) === 1) continue;
    const claim = a.claims[0]!;
    const place = primaryPlace(ctx, a.event);
    const where =
      place && !mentionsAny(a.wording.subject, [place.name, ...place.aliases]) ? ` ${placePreposition(place.kind)} ${place.name}` : "";
    // "Who reported that 16 soldiers were killed on 12 October 2012?" names no place: losses are reported for
    // many days, so the student cannot tell which report is meant (chronology's `titleIdentifies` rule).
    // A statement of another kind ("85 soldiers defected and crossed into Turkey") says which one by itself.
    if (!where && LOSSES.test(clause.howMany) && !namesAPlace(ctx, a.wording.subject)) continue;
    // "Who reported that 50 defectors were reportedly executed": the question already asks who reported it.
    const statement = `${valueInSentence(a.wording, a.value)} ${clause.howMany.replace(/\breportedly /, "")}`;
    // An aside ("…, one of them an officer") reads last; place and date go before it. A comma inside a
    // number ("388,000") is no aside.
    const prompt = /,\s/.test(statement)
      ? `Who reported that${where ? `${where},` : ""} ${datePhrase(a.event.date)}, ${statement}?`
      : `Who reported that ${statement}${where} ${datePhrase(a.event.date)}?`;
    const qid = questionId("figure-source-choice", [a.figure.id]);
    const rng = rngFor(ctx, qid);
    const claimantOption = (id: string) => ({ key: `claimant:${id}`, text: capitalize(ctx.claimantById.get(id)!.name) });
    const wrong = rng.sample(sourceDistractors(ctx, claim), 3).map(claimantOption);
    const { options, correct } = shuffledChoice(qid, rng, [claimantOption(claim.claimedBy)], wrong);
    const claimant = ctx.claimantById.get(claim.claimedBy)!;
    // "Syrian state media (SANA): state-run outlets, ...": who the source is, as a glossary line, since some descriptions are not sentences.
    const who = claimant.description ? ` ${capitalize(claimant.name)}: ${lowerFirst(claimant.description)}` : "";
    out.push({
      ...baseDraft(a),
      id: qid,
      type: "multiple-choice",
      template: "figure-source-choice",
      prompt,
      selectMany: false,
      options,
      answer: { correct },
      explanation: withContext(`${undisputedExplanation(ctx, a)}${who}`, a.event),
      difficulty: clampDifficulty(isHeadline(a.figure) ? 1 : 2),
      skill: "source",
    });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Disputed figures

interface DisputedClaim {
  claim: Claim;
  /** Who made it, as `attribution` words it. */
  attr: string;
  /** True when no other claim of the figure has the same attribution (so "which did X give" has one answer). */
  ownAttr: boolean;
  /** See `statedAsNumber`: only stated claims become options, premises or range ends. */
  stated: boolean;
}

interface Dispute {
  figure: Figure;
  event: Event;
  wording: Wording;
  /** Every number any claim shows: kept out of stems. */
  numbers: number[];
  heading: string;
  /** Every claim, in claim order (all of them are explained). */
  claims: DisputedClaim[];
  /** The claims that may be asked. */
  stated: DisputedClaim[];
}

/**
 * The scene a disputed figure's question opens with, showing none of the claimed numbers: "The battle for
 * Maarat al-Numan was fought between 8 and 13 October 2012". Null when no scene leaves them out.
 */
export function disputeScene(ctx: GeneratorContext, figure: Figure, event: Event): string | null {
  const numbers = figure.claims.flatMap((c) => valueNumbers(c.value));
  const fractionInTitle = figure.claims.some((c) => c.value.kind === "percent") && FRACTION_WORDS.test(`${event.title} ${event.clause}`);
  return eventHeading(ctx, event, numbers, fractionInTitle)?.text ?? null;
}

function disputes(ctx: GeneratorContext): Dispute[] {
  const out: Dispute[] = [];
  for (const figure of [...ctx.kb.figures].sort(byId)) {
    if (!figure.disputed || figure.claims.length < 2) continue;
    const event = ctx.eventById.get(figure.event);
    if (!event) continue;
    const numbers = figure.claims.flatMap((c) => valueNumbers(c.value));
    const heading = disputeScene(ctx, figure, event);
    if (!heading) continue;
    const attrs = figure.claims.map((c) => attribution(ctx, c));
    const claims = figure.claims.map((claim, i) => ({
      claim,
      attr: attrs[i]!,
      ownAttr: attrs.filter((a) => a === attrs[i]).length === 1,
      stated: statedAsNumber(claim),
    }));
    out.push({
      figure,
      event,
      wording: wordingOf(figure),
      numbers,
      heading,
      claims,
      stated: claims.filter((c) => c.stated),
    });
  }
  return out;
}

/** A claim's stable key: claimant plus where it is stated (one claimant may be cited twice). */
function claimKey(claim: Claim): string {
  const first = claim.citations[0];
  return `${claim.claimedBy}@${first ? `${first.doc}#${first.section}` : ""}`;
}

/** Common first words of claim notes, lowered when a note follows a colon; names ("SANA's", "Capt.") stay. */
const PLAIN_FIRST_WORDS = new Set([
  "a", "an", "the", "source", "part", "given", "reported", "said", "claim", "claimed", "stated", "both",
  "from", "witnesses", "many", "up", "according", "with", "by", "in", "on", "at", "as", "this", "that",
  "it", "its", "another", "not", "named",
]);

/** A claim note as part of our sentence: no final full stop, a plain first word in lower case. */
function noteInSentence(note: string): string {
  const text = note.trim().replace(/\.$/, "");
  const first = /^[A-Z][a-z]*\b/.exec(text)?.[0];
  return first && PLAIN_FIRST_WORDS.has(first.toLowerCase()) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/**
 * Signs that the claims count different things: a note says "rebels and
 * defectors", "including", "among", "part of", or the subject carries an
 * aside about one source's count ("(with defectors, in source 002's count)").
 */
const DIFFERENT_SCOPE = /\band defectors\b|\bincluding\b|\bamong\b|\bpart of\b/i;

function countsMayDiffer(d: Dispute): boolean {
  return (
    d.figure.claims.some((c) => DIFFERENT_SCOPE.test(c.note ?? "")) || /\([^)]*\bcount\b[^)]*\)/i.test(d.figure.subject)
  );
}

/**
 * "A gave 108; B gave 46", then every claim's note credited to its claim (the
 * notes are the knowledge base's own words), and a warning when the counts
 * may not cover the same people. A claim with no stated number is named
 * without a number.
 */
function disputeExplanation(d: Dispute): string {
  const inline = new Set<Claim>();
  const parts = d.claims.map(({ claim, attr, ownAttr, stated }) => {
    // Two claims with one attribution are told apart by their notes, in place.
    const note = !ownAttr && claim.note ? ` (${noteInSentence(claim.note)})` : "";
    if (note) inline.add(claim);
    return stated
      ? `${attr} gave ${valueInSentence(d.wording, claim.value)}${note}`
      : `${attr} gave no number${note}`;
  });
  const notes = d.claims
    .filter(({ claim }) => claim.note && !inline.has(claim))
    .map(({ claim, attr }) => {
      const note = noteInSentence(claim.note!);
      // "The Idlib clashes article gives 21 …" names its claimant already: no "the Idlib clashes article:" before it.
      return note.toLowerCase().startsWith(attr.toLowerCase()) ? note : `${attr}: ${note}`;
    });
  const sentences = [
    sceneSentence(d.event),
    `Sources disagree about ${labelOf(d.wording, d.wording.full)}: ${parts.join("; ")}.`,
  ];
  if (notes.length > 0) sentences.push(`Notes on the claims — ${notes.join("; ")}.`);
  if (countsMayDiffer(d)) sentences.push("The counts may not cover the same people.");
  return sentences.join(" ");
}

function disputeBase(d: Dispute) {
  return {
    category: "figures" as const,
    // Every claim is credited in the explanation, so every claim's passage is cited.
    sources: claimCitations(d.figure.claims),
    refs: refs({ events: [d.event.id], figures: [d.figure.id] }),
  };
}

/** A value no claim allows (stated or not) and the stem does not show. */
function disputeIsWrong(d: Dispute, inPrompt: ReadonlySet<number>) {
  return (v: FigureValue) =>
    d.figure.claims.every((c) => !collides(v, c.value)) && !valueNumbers(v).some((n) => inPrompt.has(n));
}

// ---------------------------------------------------------------------------
// 4. figure-dispute-matching: match each source to its number

function disputeMatching(ctx: GeneratorContext, list: readonly Dispute[]): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const d of list) {
    const asked = d.stated;
    const texts = asked.map((c) => formatFigureValue(c.claim.value));
    if (asked.length < 2 || asked.some((c) => !c.ownAttr) || new Set(texts).size !== texts.length) continue;
    if (anyOverlap(ctx, asked.map((c) => c.claim))) continue;
    const prompt = `${d.heading}. Sources disagree about ${labelOf(d.wording)}. Match each source to the figure it gave.`;
    if (mentionsNumber(prompt, d.numbers)) continue;
    const qid = questionId("figure-dispute-matching", [d.figure.id]);
    const rng = rngFor(ctx, qid);
    const premises = asked.map((c) => ({ key: `claim:${claimKey(c.claim)}`, text: c.attr }));
    const optionEntries = texts.map((text) => ({ key: `value:${text}`, text }));
    // One extra, wrong figure so the last pair is not forced.
    const extra = distractorPool(asked[0]!.claim.value, disputeIsWrong(d, numbersIn(prompt)));
    if (extra.length > 0) {
      const text = formatFigureValue(rng.pick(extra));
      optionEntries.push({ key: `value:${text}`, text });
    }
    const pairs: Record<string, string> = {};
    asked.forEach((c, i) => {
      pairs[optionId(qid, `claim:${claimKey(c.claim)}`)] = optionId(qid, `value:${texts[i]}`);
    });
    const points = asked.map((c) => pointOf(c.claim.value));
    const close = Math.min(...points) * 1.25 >= Math.max(...points);
    out.push({
      ...disputeBase(d),
      id: qid,
      type: "matching",
      template: "figure-dispute-matching",
      prompt,
      premises: makeOptions(qid, rng.shuffle(premises)),
      options: makeOptions(qid, rng.shuffle(optionEntries)),
      answer: { pairs },
      explanation: disputeExplanation(d),
      difficulty: clampDifficulty(premises.length >= 3 || close ? 3 : 2),
    });
  }
  return out;
}

// ---------------------------------------------------------------------------
// 5. figure-dispute-range: any number within what the sources report

function disputeRange(ctx: GeneratorContext, list: readonly Dispute[]): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const d of list) {
    // A range of shares ("0% to 70%") teaches nothing; those are asked as matching and choice.
    if (d.figure.claims.some((c) => c.value.kind === "percent")) continue;
    // The range runs over every claim and names every claimant, so all must be stated and none may overlap.
    if (d.stated.length !== d.claims.length || anyOverlap(ctx, d.figure.claims)) continue;
    const lows = d.figure.claims.map((c) => pointOf(c.value));
    const highs = d.figure.claims.map((c) => (c.value.kind === "range" ? c.value.max : c.value.n));
    const min = Math.min(...lows);
    const max = Math.max(...highs);
    const sourceCounts = new Map<string, number>();
    for (const c of d.claims) sourceCounts.set(c.attr, (sourceCounts.get(c.attr) ?? 0) + 1);
    const named = [...sourceCounts].map(([a, count]) => (count > 1 ? `${a} (${count} different accounts)` : a));
    const who = named.length === 1 ? named[0]! : `${named.slice(0, -1).join(", ")} and ${named[named.length - 1]}`;
    const long =
      `${d.heading}. Sources give different figures for ${labelOf(d.wording)}: ${who}. ` +
      `Enter a number within the range they report.`;
    // Too long to read on a phone: the explanation names every source anyway.
    const short = `Sources give different figures for ${labelOf(d.wording)} ${datePhrase(d.event.date)}: ${who}. Enter a number in their range.`;
    if (long.length > 300 && short.length > 300) continue;
    const prompt = long.length <= 300 ? long : short;
    if (mentionsNumber(prompt, d.numbers)) continue;
    const byPoint = d.claims
      .map((c) => ({ text: formatFigureValue(c.claim.value), attr: c.attr, point: pointOf(c.claim.value) }))
      .sort((x, y) => x.point - y.point);
    const display =
      `between ${formatNumber(min)} and ${formatNumber(max)} ` +
      `(${byPoint.map((c) => `${c.text} according to ${c.attr}`).join(", ")})`;
    const qid = questionId("figure-dispute-range", [d.figure.id]);
    out.push({
      ...disputeBase(d),
      id: qid,
      type: "numeric",
      template: "figure-dispute-range",
      prompt,
      unit: d.figure.unit,
      answer: { value: min, min, max, display },
      explanation: `${disputeExplanation(d)} Any number from ${formatNumber(min)} to ${formatNumber(max)} counts.`,
      difficulty: 2,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------
// 6. figure-dispute-choice: which number did this source give?

function disputeChoice(ctx: GeneratorContext, list: readonly Dispute[]): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const d of list) {
    for (const asked of d.stated) {
      if (!asked.ownAttr) continue;
      const { claim, attr } = asked;
      const correctText = formatFigureValue(claim.value);
      const answerPoint = pointOf(claim.value);
      // Other sources' stated numbers are the first wrong options: the claims this question contrasts.
      const contrasted = d.stated.filter((c) => formatFigureValue(c.claim.value) !== correctText);
      if (contrasted.length === 0) continue;
      if (contrasted.some((c) => claimantsMayOverlap(ctx, claim, c.claim))) continue;
      const others = [...new Set(contrasted.map((c) => formatFigureValue(c.claim.value)))];
      // Other claims as options only when of the same order as this one (2 next to 50 gives it away).
      const otherPoints = contrasted.map((c) => pointOf(c.claim.value));
      if (answerPoint > 0 && otherPoints.some((p) => p > Math.max(answerPoint * 4, answerPoint + 10))) continue;
      const prompt = `${d.heading}. Sources disagree about ${labelOf(d.wording)}. Which figure did ${attr} give?`;
      if (mentionsNumber(prompt, d.numbers)) continue;
      const qid = questionId("figure-dispute-choice", [d.figure.id, claimKey(claim)]);
      const rng = rngFor(ctx, qid);
      const synthetic = distractorPool(claim.value, disputeIsWrong(d, numbersIn(prompt))).filter(
        (v) => !others.includes(formatFigureValue(v)),
      );
      const needed = Math.max(1, 3 - others.length);
      if (synthetic.length < needed) continue;
      const fixed = others.slice(0, 3).map((text) => contrasted.find((c) => formatFigureValue(c.claim.value) === text)!.claim.value);
      const picked = balancedDistractors(claim.value, synthetic, rng, needed, fixed);
      if (picked.length < needed) continue;
      const wrong = [...others.slice(0, 3), ...picked.map(formatFigureValue)].map(valueOption);
      const { options, correct } = shuffledChoice(qid, rng, [valueOption(correctText)], wrong);
      const close = d.stated.some(
        (c) => c.claim !== claim && Math.abs(pointOf(c.claim.value) - answerPoint) <= Math.max(answerPoint, 1) * 0.1,
      );
      out.push({
        ...disputeBase(d),
        id: qid,
        type: "multiple-choice",
        template: "figure-dispute-choice",
        prompt,
        selectMany: false,
        options,
        answer: { correct },
        explanation: `${capitalize(attr)} gave ${valueInSentence(d.wording, claim.value)}. ${disputeExplanation(d)}`,
        difficulty: clampDifficulty(close ? 3 : 2),
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------


export function generateFigureQuestions(ctx: GeneratorContext): QuestionDraft[] {
  const askable = askableFigures(ctx);
  const disputed = disputes(ctx);
  return [
    ...valueNumeric(ctx, askable),
    ...valueChoice(ctx, askable),
    ...sourceChoice(ctx, askable),
    ...disputeMatching(ctx, disputed),
    ...disputeRange(ctx, disputed),
    ...disputeChoice(ctx, disputed),
  ];
}
