/** Chronology rules found by fact-checking the bank against the documents. */
import { beforeAll, describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../content/load-knowledge-base";
import type { KnowledgeBase } from "../../content/load";
import { dateInterval, datePhrase, formatDate, type DayInterval } from "../../content/dates";
import type { Event } from "../../content/schema";
import { generateChronologyQuestions } from "./chronology";
import { createContext, type QuestionDraft } from "./context";

let kb: KnowledgeBase;
let questions: QuestionDraft[];

beforeAll(() => {
  kb = loadKnowledgeBase();
  questions = generateChronologyQuestions(createContext(kb, "bank-v1"));
});

const ACTIONS = ["attack", "capture", "recapture", "siege", "airstrike", "shelling", "bombing", "ambush"];

function sameAction(a: { places: string[]; tags: string[] }, b: { places: string[]; tags: string[] }): boolean {
  return a.places.some((p) => b.places.includes(p)) && a.tags.some((t) => ACTIONS.includes(t) && b.tags.includes(t));
}

describe("chronology questions", () => {
  it("never date or order a casualty report identified only by a busy place", () => {
    const vague = kb.events.find((e) => e.title === "Three soldiers killed in Aleppo");
    expect(vague).toBeDefined();
    expect(questions.filter((q) => q.refs.events.includes(vague!.id))).toEqual([]);
  });

  it("asks the exact date only of a landmark event, and still orders a minor one against the others", () => {
    const templatesFor = (eventId: string) => {
      expect(kb.events.some((e) => e.id === eventId), eventId).toBe(true);
      return questions.filter((q) => q.refs.events.includes(eventId)).map((q) => q.template);
    };
    // "A bomb in Idlib city killed soldiers and a civilian": one of many such reports, not a date to learn.
    const minor = templatesFor("2012-06-11-idlib-city-bomb-kills-seven-soldiers");
    expect(minor).not.toContain("event-date-choice");
    expect(minor).toContain("order-events");
    // The fall of the Taftanaz air base changed who held a place the unit follows.
    expect(templatesFor("2013-01-11-rebels-overrun-taftanaz-airbase")).toContain("event-date-choice");
    // A reason question names this report, but its date is a magazine's, not a turning point's.
    expect(templatesFor("2013-02-07-time-reports-hish-rebels-cutting-m5")).not.toContain("event-date-choice");
  });

  it("never date or order an event whose title names no place or group", () => {
    const vague = "2012-10-12-sixteen-soldiers-reported-killed";
    expect(kb.events.some((e) => e.id === vague)).toBe(true);
    expect(questions.filter((q) => q.refs.events.includes(vague))).toEqual([]);
  });

  it("never offer, as a wrong date, the date of a look-alike event at the same place", () => {
    const dateQuestions = questions.filter((q) => q.template === "event-date-choice");
    expect(dateQuestions.length).toBeGreaterThan(40);
    for (const q of dateQuestions) {
      if (q.type !== "multiple-choice") continue;
      const event = kb.events.find((e) => e.id === q.refs.events[0])!;
      const lookAlikeDates = kb.events.filter((e) => e.id !== event.id && sameAction(e, event)).map((e) => formatDate(e.date));
      const wrong = q.options.filter((o) => !q.answer.correct.includes(o.id)).map((o) => o.text);
      for (const text of wrong) expect(lookAlikeDates, `${q.id}: ${event.title}`).not.toContain(text);
    }
  });

  it("do not ask when a months-long campaign happened", () => {
    for (const q of questions.filter((x) => x.template === "event-date-choice")) {
      const event = kb.events.find((e) => e.id === q.refs.events[0])!;
      if (event.date.precision !== "range") continue;
      const { start, end } = dateInterval(event.date);
      expect((Date.parse(end) - Date.parse(start)) / 86_400_000, q.id).toBeLessThanOrEqual(14);
    }
  });

  it("never ask which of two events came first when one's own name gives its place in the sequence", () => {
    const pairs = questions.filter((q) => q.template === "which-first-choice" || q.template === "before-true-false");
    expect(pairs.length).toBeGreaterThan(15);
    // The headline that made "Taftanaz empties after the army's raid" vs "Army tanks raid Taftanaz" answer itself.
    const emptied = kb.events.find((e) => e.title === "Taftanaz empties after the army's raid");
    expect(emptied).toBeDefined();
    expect(pairs.filter((q) => q.refs.events.includes(emptied!.id))).toEqual([]);
    for (const q of pairs) {
      const texts = q.refs.events.flatMap((id) => {
        const event = kb.events.find((e) => e.id === id)!;
        return [event.title, event.clause];
      });
      for (const text of texts) expect(text, q.id).not.toMatch(/\b(after|again|second time|renew\w*)\b/i);
    }
  });

  it("never pair two events only because both happened in the same big city", () => {
    const pairs = questions.filter((q) => q.template === "which-first-choice" || q.template === "before-true-false");
    for (const q of pairs) {
      const [a, b] = q.refs.events.map((id) => kb.events.find((e) => e.id === id)!);
      const sharedMainPlace = a!.places[0] !== undefined && a!.places[0] === b!.places[0];
      // Linked by a town or base they share, or by a named group; "Aleppo" or "Idlib" city alone links nothing.
      if (sharedMainPlace) expect(["aleppo", "idlib", "hama", "homs", "latakia", "damascus", "raqqa"], q.id).not.toContain(a!.places[0]);
    }
    // The pair that prompted the rule: the storming of Salaheddine and an intelligence general's death, both "in Aleppo".
    const general = kb.events.find((e) => /intelligence general/i.test(e.title));
    expect(general).toBeDefined();
    expect(pairs.filter((q) => q.refs.events.includes(general!.id) && q.prompt.includes("Salaheddine"))).toEqual([]);
  });

  it("explain a pair by telling its two events in order, in dated sentences", () => {
    const statements = questions.filter((q) => q.template === "before-true-false" || q.template === "which-first-choice");
    expect(statements.length).toBeGreaterThan(15);
    for (const q of statements) {
      const [first, second] = q.refs.events.map((id) => kb.events.find((e) => e.id === id)!).sort((a, b) => dateInterval(a.date).start.localeCompare(dateInterval(b.date).start));
      // Either clause may open a sentence, with a capital.
      const explanation = q.explanation.toLowerCase();
      const at = (clause: string) => explanation.indexOf(clause.toLowerCase());
      expect(at(first!.clause), q.id).toBeGreaterThanOrEqual(0);
      expect(at(second!.clause), q.id).toBeGreaterThan(at(first!.clause));
      expect(q.explanation, q.id).toContain(datePhrase(second!.date));
    }
  });

  it("never offer a month on the timeline in which a look-alike of another premise happened", () => {
    const matchings = questions.filter((q) => q.template === "event-month-matching");
    expect(matchings.length).toBeGreaterThan(5);
    for (const q of matchings) {
      if (q.type !== "matching") continue;
      const events = q.refs.events.map((id) => kb.events.find((e) => e.id === id)!);
      const offered = new Set(q.options.map((o) => o.text));
      for (const event of events) {
        const own = formatDate({ precision: "month", month: dateInterval(event.date).start.slice(0, 7) });
        for (const other of kb.events.filter((e) => e.id !== event.id && sameAction(e, event))) {
          const month = formatDate({ precision: "month", month: dateInterval(other.date).start.slice(0, 7) });
          if (month !== own) expect(offered.has(month), `${q.id}: ${event.title} also fits ${month}`).toBe(false);
        }
      }
    }
  });
});

describe("date options", () => {
  it("keep day options at least four days apart, so a question tests the event and not the report's date", () => {
    const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    const dayOf = (text: string) => {
      const m = /^(?:around )?(\d{1,2}) (\w+) (\d{4})$/.exec(text);
      return m ? Date.UTC(Number(m[3]), MONTHS.indexOf(m[2]!), Number(m[1])) / 86_400_000 : null;
    };
    let checked = 0;
    for (const q of questions.filter((q) => q.template === "event-date-choice")) {
      if (q.type !== "multiple-choice") continue;
      const days = q.options.map((o) => dayOf(o.text));
      if (days.some((d) => d === null)) continue;
      checked++;
      for (const [i, a] of days.entries()) for (const b of days.slice(i + 1)) expect(Math.abs(a! - b!), q.prompt).toBeGreaterThanOrEqual(4);
    }
    expect(checked).toBeGreaterThan(30);
  });

  it("are all written in the same style as the true date", () => {
    const style = (text: string) =>
      /^(early|mid|late) /.test(text) ? "part" : /^(during|around|by) /.test(text) ? text.split(" ")[0] : /–/.test(text) ? "range" : /^\d/.test(text) ? "day" : "month";
    for (const q of questions.filter((x) => x.template === "event-date-choice")) {
      if (q.type !== "multiple-choice") continue;
      const styles = new Set(q.options.map((o) => style(o.text)));
      expect(styles.size, `${q.id}: ${q.options.map((o) => o.text).join(" | ")}`).toBe(1);
    }
  });

  it("never date an event the document places only by the position of its account", () => {
    const placed = kb.events.filter((e) => e.dateFromPosition).map((e) => e.id);
    expect(placed.length).toBeGreaterThan(0);
    expect(questions.filter((q) => q.refs.events.some((id) => placed.includes(id)))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// What a teacher notices in the generated questions: give-aways, dates that
// match nothing, headings their items contradict, repeats.

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const COMPARISONS = ["which-first-choice", "before-true-false", "order-events", "event-month-matching"];

function eventOf(id: string): Event {
  const event = kb.events.find((e) => e.id === id);
  expect(event, id).toBeDefined();
  return event!;
}

/** Every unordered pair of the events a question sets side by side. */
function pairsOf(q: QuestionDraft): [Event, Event][] {
  const events = q.refs.events.map(eventOf);
  return events.flatMap((a, i) => events.slice(i + 1).map((b): [Event, Event] => [a, b]));
}

/** What a student reads of an event in a comparison: its title in lists and choices, its clause in statements. */
function labelsOf(event: Event): string[] {
  return [event.title, event.clause];
}

function sharesPlace(a: Event, b: Event): boolean {
  return a.places.some((p) => b.places.includes(p));
}

const isCapture = (e: Event) => e.tags.includes("capture") || e.tags.includes("recapture");

/** A date option as the bank writes it ("8 October 2012", "early May 2013", "18–22 July 2012", "during June 2012"). */
function parseDateOption(text: string): DayInterval {
  const month = (name: string) => String(MONTH_NAMES.indexOf(name) + 1).padStart(2, "0");
  const plain = text.replace(/^(around|during|by) /, "");
  let m = /^(\d{1,2}) (\w+) (\d{4})$/.exec(plain);
  if (m) return dateInterval({ precision: "day", date: `${m[3]}-${month(m[2]!)}-${m[1]!.padStart(2, "0")}` });
  m = /^(early|mid|late) (\w+) (\d{4})$/.exec(plain);
  if (m) return dateInterval({ precision: "part-of-month", month: `${m[3]}-${month(m[2]!)}`, part: m[1] as "early" | "mid" | "late" });
  m = /^(\w+) (\d{4})$/.exec(plain);
  if (m) return dateInterval({ precision: "month", month: `${m[2]}-${month(m[1]!)}` });
  m = /^(\d{1,2})(?: (\w+))?(?: (\d{4}))? – (\d{1,2}) (\w+) (\d{4})$/.exec(plain.replace(/(\d)–(\d)/, "$1 – $2"));
  if (m) {
    const endMonth = month(m[5]!);
    const start = `${m[3] ?? m[6]}-${m[2] ? month(m[2]) : endMonth}-${m[1]!.padStart(2, "0")}`;
    return dateInterval({ precision: "range", start, end: `${m[6]}-${endMonth}-${m[4]!.padStart(2, "0")}` });
  }
  throw new Error(`unreadable date option: ${text}`);
}

/** The days the documents an event cites cover, first to last. */
function documentsPeriod(event: Event): { start: string; end: string } {
  const periods = event.citations.map((c) => kb.sources.find((s) => s.file === c.doc)!.period);
  return { start: periods.map((p) => p.start).sort()[0]!, end: periods.map((p) => p.end).sort().at(-1)! };
}

describe("comparisons give nothing away", () => {
  it("never set side by side an event whose label tells its place in the story", () => {
    // "Rebels return to Ariha", "Opposition reports more rebels killed", "for the first time", "ends the siege".
    const orderWords = /\b(returns?|returned|again|more|second|after|ends?|ended|first time)\b/i;
    const compared = questions.filter((q) => COMPARISONS.includes(q.template));
    expect(compared.length).toBeGreaterThan(40);
    for (const q of compared)
      for (const event of q.refs.events.map(eventOf))
        for (const label of labelsOf(event)) expect(label, `${q.id} (${q.template})`).not.toMatch(orderWords);
  });

  it("never pair a recapture, or a strike on a 'rebel-held' place, with the capture of that place", () => {
    const retake = /\b(retake|retakes|retook|retaken|recaptur\w*|takes? back|took back)\b/i;
    const heldOrBesieged = /-held\b|\bbesieged\b/i;
    for (const q of questions.filter((x) => COMPARISONS.includes(x.template)))
      for (const [a, b] of pairsOf(q)) {
        if (!sharesPlace(a, b)) continue;
        for (const [later, earlier] of [[a, b], [b, a]] as const) {
          const label = labelsOf(later).join(" ");
          const why = `${q.id}: “${later.title}” beside “${earlier.title}”`;
          if (isCapture(earlier)) expect(retake.test(label), why).toBe(false);
          if (isCapture(earlier) || earlier.tags.includes("siege")) expect(heldOrBesieged.test(label), why).toBe(false);
        }
      }
  });

  it("never print a date, month or year in an option or item of a comparison", () => {
    const dated = new RegExp(`\\b(${MONTH_NAMES.join("|")})\\b|\\b(19|20)\\d{2}\\b`);
    for (const q of questions.filter((x) => COMPARISONS.includes(x.template))) {
      const texts = [...("options" in q && q.template !== "event-month-matching" ? q.options : []), ...(q.type === "matching" ? q.premises : [])];
      for (const o of texts) expect(o.text, q.id).not.toMatch(dated);
    }
  });

  it("never date or order a state that lasted, such as who held a crossing or a besieged base", () => {
    // Reported on one day, true on the wrong dates as well: "The FSA held several crossings into Turkey".
    const state = /(?<!-)\b(holds?|held|holding)\b|\bbesieged\b|\bin control of\b/i;
    for (const q of questions.filter((x) => x.template === "event-date-choice" || COMPARISONS.includes(x.template)))
      for (const event of q.refs.events.map(eventOf)) expect(event.title, q.id).not.toMatch(state);
    for (const id of ["2012-07-22-fsa-holds-three-crossings-into-turkey", "2013-04-rebels-attack-abu-duhur-airbase"])
      expect(questions.filter((q) => q.template === "event-date-choice" && q.refs.events.includes(eventOf(id).id)), id).toEqual([]);
  });
});

describe("wrong dates", () => {
  const dateQuestions = () =>
    questions.filter((q): q is Extract<QuestionDraft, { type: "multiple-choice" }> => q.template === "event-date-choice" && q.type === "multiple-choice");

  it("never offer the 1st of a month as a wrong day unless an event happened that day", () => {
    const eventDays = new Set(kb.events.flatMap((e) => (e.date.precision === "day" ? [e.date.date] : [])));
    let dayQuestions = 0;
    for (const q of dateQuestions()) {
      const event = eventOf(q.refs.events[0]!);
      if (event.date.precision !== "day") continue;
      dayQuestions++;
      for (const o of q.options.filter((x) => !q.answer.correct.includes(x.id))) {
        const day = parseDateOption(o.text).start;
        if (day.endsWith("-01")) expect(eventDays.has(day), `${q.id}: ${o.text}`).toBe(true);
      }
    }
    expect(dayQuestions).toBeGreaterThan(30);
  });

  it("never offer a wrong date outside the period the event's documents cover", () => {
    for (const q of dateQuestions()) {
      const period = documentsPeriod(eventOf(q.refs.events[0]!));
      for (const o of q.options) {
        const interval = parseDateOption(o.text);
        expect(interval.start >= period.start && interval.end <= period.end, `${q.id}: ${o.text} outside ${period.start}–${period.end}`).toBe(true);
      }
    }
  });

  it("put the true date first, last and in between alike, so its rank tells nothing", () => {
    const ranks = [0, 0, 0, 0];
    for (const q of dateQuestions()) {
      const sorted = [...q.options].sort((a, b) => parseDateOption(a.text).start.localeCompare(parseDateOption(b.text).start));
      ranks[sorted.findIndex((o) => q.answer.correct.includes(o.id))]! += 1;
    }
    const total = ranks.reduce((a, b) => a + b, 0);
    for (const count of ranks) expect(count / total, ranks.join("/")).toBeLessThanOrEqual(0.4);
  });

  it("never offer, as the odd month of a timeline, one outside what the premises' documents cover", () => {
    for (const q of questions.filter((x) => x.template === "event-month-matching")) {
      if (q.type !== "matching") continue;
      const periods = q.refs.events.map((id) => documentsPeriod(eventOf(id)));
      for (const o of q.options) {
        const month = parseDateOption(o.text);
        for (const p of periods) expect(month.end >= p.start && month.start <= p.end, `${q.id}: ${o.text}`).toBe(true);
      }
    }
  });
});

describe("orderings", () => {
  const orderings = () => questions.filter((q) => q.template === "order-events");

  it("list only events within the months and the place their heading names", () => {
    const governorateOf = new Map(kb.places.map((p) => [p.id, p.governorate as string]));
    const month = (name: string) => MONTH_NAMES.findIndex((m) => m.startsWith(name)) + 1;
    for (const q of orderings()) {
      const heading = q.prompt.split(":")[0]!;
      const events = q.refs.events.map(eventOf);
      // "Feb–Jul 2012", "Oct 2012", "August–September 2012"
      const span = /(?:([A-Z][a-z]+)\s*–\s*)?([A-Z][a-z]+) (\d{4})$/.exec(heading);
      if (span && month(span[2]!) > 0) {
        const to = month(span[2]!);
        const from = span[1] ? month(span[1]) : to;
        const start = `${span[3]}-${String(from).padStart(2, "0")}-01`;
        const end = dateInterval({ precision: "month", month: `${span[3]}-${String(to).padStart(2, "0")}` }).end;
        for (const e of events) {
          const i = dateInterval(e.date);
          expect((i.openStart || i.start >= start) && i.end <= end, `${q.id} “${heading}”: ${e.title} (${formatDate(e.date)})`).toBe(true);
        }
      }
      const where = heading.includes("Aleppo") ? ["Aleppo"] : heading.includes("Idlib") ? ["Idlib", "Hama", "Latakia"] : null;
      if (where)
        for (const e of events) {
          const governorates = e.places.map((p) => governorateOf.get(p)).filter((g) => g !== undefined);
          expect(governorates.some((g) => g === "multiple" || where.includes(g)), `${q.id} “${heading}”: ${e.title}`).toBe(true);
        }
    }
  });

  it("differ: no event in more than three orderings, no two orderings alike but for one item", () => {
    expect(orderings().length).toBeGreaterThanOrEqual(20);
    const uses = new Map<string, number>();
    for (const q of orderings()) for (const id of q.refs.events) uses.set(id, (uses.get(id) ?? 0) + 1);
    for (const [id, n] of uses) expect(n, id).toBeLessThanOrEqual(3);
    const sets = orderings().map((q) => q.refs.events);
    for (const [i, a] of sets.entries())
      for (const b of sets.slice(i + 1)) {
        const shared = a.filter((id) => b.includes(id)).length;
        expect(shared, `${a.join(",")} vs ${b.join(",")}`).toBeLessThanOrEqual(Math.min(a.length, b.length) - 2);
      }
  });
});

describe("number of years", () => {
  it("never asks only the year of an event; a span of years is counted between the two events it names", () => {
    const numeric = questions.filter((q) => q.category === "chronology" && q.type === "numeric");
    expect(numeric.length).toBeGreaterThan(0);
    for (const q of numeric) {
      if (q.type !== "numeric") continue;
      expect(q.prompt, q.id).not.toMatch(/in what year/i);
      const [from, to] = q.refs.events.map(eventOf).map((e) => dateInterval(e.date).start).sort();
      expect(from, q.id).toBeDefined();
      expect(to, q.id).toBeDefined();
      const months = (Number(to!.slice(0, 4)) - Number(from!.slice(0, 4))) * 12 + Number(to!.slice(5, 7)) - Number(from!.slice(5, 7)) - (to!.slice(8) < from!.slice(8) ? 1 : 0);
      expect(q.answer.value, q.id).toBe(Math.floor(months / 12));
      // The answer comes from knowing when the earlier event happened: the stem gives only the later one's date.
      expect(q.prompt, q.id).not.toContain(from!.slice(0, 4));
    }
  });
});
