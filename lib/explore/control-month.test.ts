import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../content/load-knowledge-base";
import type { ControlPeriod } from "../content/schema";
import { eventsInMonth, holderInMonth, mapMonths } from "./control-month";

const period = (from: string, to: string, holder: ControlPeriod["holder"]): ControlPeriod => ({
  from,
  to,
  holder,
  forces: [],
  basis: "What the documents say about who held it.",
  citations: [{ doc: "000_4e18d6cfd8d74cdd.txt", section: "lead" }],
});

describe("holderInMonth", () => {
  const periods = [
    period("2012-06-10", "2012-07-26", "rebels"),
    period("2012-08-31", "2012-10-09", "government"),
    period("2012-10-10", "2013-02-11", "rebels"),
  ];

  it("gives the stated holder for a month a period covers in full", () => {
    expect(holderInMonth(periods, "2012-09")).toMatchObject({ state: "held", holder: "government", wholeMonth: true });
    expect(holderInMonth(periods, "2012-12")).toMatchObject({ state: "held", holder: "rebels", wholeMonth: true });
  });

  it("says 'not stated' for a month no period reaches, never carrying a holder over the gap", () => {
    expect(holderInMonth(periods, "2012-05")).toEqual({ state: "not-stated", holder: null, spans: [], wholeMonth: false });
    expect(holderInMonth(periods, "2013-03")).toMatchObject({ state: "not-stated", holder: null });
  });

  it("clips a period to the days the documents date, so the rest of the month stays unstated", () => {
    // "Lost in August", dated only to the month: the period starts on its last day.
    const august = holderInMonth(periods, "2012-08");
    expect(august).toMatchObject({ state: "held", holder: "government", wholeMonth: false });
    expect(august.spans.map((s) => [s.from, s.to])).toEqual([["2012-08-31", "2012-08-31"]]);
    const july = holderInMonth(periods, "2012-07");
    expect(july.wholeMonth).toBe(false);
    expect(july.spans.map((s) => [s.from, s.to])).toEqual([["2012-07-01", "2012-07-26"]]);
  });

  it("marks a month with two stated holders as changed, with the later one as the holder", () => {
    const october = holderInMonth(periods, "2012-10");
    expect(october).toMatchObject({ state: "changed", holder: "rebels", wholeMonth: true });
    expect(october.spans.map((s) => s.holder)).toEqual(["government", "rebels"]);
  });

  it("does not count a one-day gap as covered", () => {
    const gap = [period("2012-03-01", "2012-03-14", "government"), period("2012-03-16", "2012-03-31", "government")];
    expect(holderInMonth(gap, "2012-03")).toMatchObject({ state: "held", wholeMonth: false });
    const joined = [period("2012-03-01", "2012-03-15", "government"), period("2012-03-16", "2012-03-31", "government")];
    expect(holderInMonth(joined, "2012-03").wholeMonth).toBe(true);
  });
});

describe("the map's months", () => {
  const kb = loadKnowledgeBase();

  it("runs month by month to April 2013, then only the epilogue months with dated data", () => {
    const months = mapMonths(kb);
    expect(months[0]! >= "2012-01").toBe(true);
    const main = months.filter((m) => m <= "2013-04");
    expect(main.at(-1)).toBe("2013-04");
    expect(main).toContain("2012-10");
    expect(new Set(main).size).toBe(main.length);
    expect(months.filter((m) => m > "2013-04")).toEqual(["2020-01"]);
  });

  it("lists the month's events, including those whose dates span it", () => {
    const october = eventsInMonth(kb, "2012-10").map((e) => e.id);
    expect(october).toContain("2012-10-08-to-13-battle-of-maarat-al-numan");
    // The airdrops ran from October 2012 to April 2013: they belong to the months between too.
    expect(eventsInMonth(kb, "2013-01").map((e) => e.id)).toContain("2012-10-09-wadi-deif-garrison-relies-on-airdrops");
    expect(eventsInMonth(kb, "2012-05").map((e) => e.id)).not.toContain("2012-10-08-to-13-battle-of-maarat-al-numan");
  });
});
