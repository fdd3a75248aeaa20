import { describe, expect, it } from "vitest";
import type { Event } from "../../content/schema";
import { clauseWithDate, eventSentence, quotedTitle, undatedSentence } from "./event-wording";

const base: Event = {
  id: "2012-07-16-tel-selour-checkpoint-attacked",
  title: "Rebels attack the Tel Selour checkpoint",
  clause: "rebels attacked the Tel Selour checkpoint",
  date: { precision: "day", date: "2012-07-16" },
  alternativeDates: [],
  places: [],
  forces: [],
  outcome: "casualties",
  summary: "A checkpoint was attacked.",
  tags: [],
  citations: [{ doc: "004_27c65858f98fc532.txt", section: "Armed clashes" }],
};

describe("event wording", () => {
  it("names the event in a sentence with its date, as the question-writing brief asks", () => {
    expect(clauseWithDate(base)).toBe("rebels attacked the Tel Selour checkpoint on 16 July 2012");
    expect(eventSentence(base)).toBe("On 16 July 2012, rebels attacked the Tel Selour checkpoint.");
    expect(undatedSentence(base)).toBe("Rebels attacked the Tel Selour checkpoint.");
  });

  it("uses the preposition each kind of date needs", () => {
    expect(eventSentence({ ...base, date: { precision: "month", month: "2012-10" } })).toBe(
      "In October 2012, rebels attacked the Tel Selour checkpoint.",
    );
    expect(clauseWithDate({ ...base, date: { precision: "range", start: "2012-10-08", end: "2012-10-13" } })).toBe(
      "rebels attacked the Tel Selour checkpoint between 8 and 13 October 2012",
    );
  });

  it("puts a whole battle's dates after it, not before", () => {
    const battle: Event = {
      ...base,
      clause: "the battle for Maarat al-Numan was fought",
      date: { precision: "range", start: "2012-10-08", end: "2012-10-13" },
    };
    expect(eventSentence(battle)).toBe("The battle for Maarat al-Numan was fought between 8 and 13 October 2012.");
  });

  it("puts a 'by' date last, where the simple past reads right", () => {
    expect(eventSentence({ ...base, date: { precision: "day", date: "2012-07-16", qualifier: "by" } })).toBe(
      "Rebels attacked the Tel Selour checkpoint by 16 July 2012.",
    );
  });

  it("leaves out the window of an undated event instead of presenting it as how long the event lasted", () => {
    const undated: Event = {
      ...base,
      clause: "army tanks were reported in Aleppo city",
      date: { precision: "range", start: "2012-02-10", end: "2012-07-19" },
      dateFromPosition: true,
    };
    expect(eventSentence(undated)).toBe("Army tanks were reported in Aleppo city.");
    expect(clauseWithDate(undated)).toBe("army tanks were reported in Aleppo city");
    expect(quotedTitle(undated)).toBe("“Rebels attack the Tel Selour checkpoint”");
    // A month's section is a date a reader of the document can see: it stays.
    expect(eventSentence({ ...undated, date: { precision: "month", month: "2012-06", qualifier: "during" } })).toBe(
      "During June 2012, army tanks were reported in Aleppo city.",
    );
  });

  it("leaves out a date the documents dispute instead of presenting one as fact", () => {
    const disputed: Event = {
      ...base,
      alternativeDates: [{ date: { precision: "day", date: "2012-07-17" }, citations: base.citations, note: "Another account dates it a day later." }],
    };
    expect(eventSentence(disputed)).toBe("Rebels attacked the Tel Selour checkpoint.");
    expect(clauseWithDate(disputed)).toBe("rebels attacked the Tel Selour checkpoint");
    expect(quotedTitle(disputed)).toBe("“Rebels attack the Tel Selour checkpoint”");
  });

  it("keeps the quoted headline with its date as the fallback form", () => {
    expect(quotedTitle(base)).toBe("“Rebels attack the Tel Selour checkpoint” (16 July 2012)");
  });
});
