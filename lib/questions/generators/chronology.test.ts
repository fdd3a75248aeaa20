/** Chronology rules found by fact-checking the bank against the documents. */
import { beforeAll, describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../content/load-knowledge-base";
import type { KnowledgeBase } from "../../content/load";
import { dateInterval, datePhrase, formatDate } from "../../content/dates";
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
    expect(pairs.length).toBeGreaterThan(30);
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
    expect(statements.length).toBeGreaterThan(30);
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

  it("never ask the year of a state known only 'by' a date, which says nothing of when it began", () => {
    const byDated = new Set(kb.events.filter((e) => "qualifier" in e.date && e.date.qualifier === "by").map((e) => e.id));
    expect(byDated.size).toBeGreaterThan(0);
    const years = questions.filter((q) => q.template === "event-year-numeric");
    expect(years.length).toBeGreaterThan(0);
    for (const q of years) expect(q.refs.events.filter((id) => byDated.has(id)), q.id).toEqual([]);
  });

  it("never ask an event's year when a date question already asks its date", () => {
    const dated = new Set(questions.filter((q) => q.template === "event-date-choice").flatMap((q) => q.refs.events));
    const years = questions.filter((q) => q.template === "event-year-numeric");
    for (const q of years) expect(dated.has(q.refs.events[0]!), q.id).toBe(false);
    // Taftanaz fell in January 2013: its date question asks that, with the day.
    const taftanaz = "2013-01-11-rebels-overrun-taftanaz-airbase";
    expect(dated.has(taftanaz)).toBe(true);
    expect(years.some((q) => q.refs.events.includes(taftanaz))).toBe(false);
  });

  it("never date an event the document places only by the position of its account", () => {
    const placed = kb.events.filter((e) => e.dateFromPosition).map((e) => e.id);
    expect(placed.length).toBeGreaterThan(0);
    expect(questions.filter((q) => q.refs.events.some((id) => placed.includes(id)))).toEqual([]);
  });
});
