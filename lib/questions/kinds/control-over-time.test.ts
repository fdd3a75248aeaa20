import { SIDE_LABELS } from "../generators/context";
import { describe, expect, it } from "vitest";
import { controlChoice, controlMatching, monthName, monthsWithin } from "./control-over-time";

import { kb, keyTexts, run } from "./test-support";

describe("control over time", () => {
  it("only counts months wholly inside a period", () => {
    expect(monthsWithin({ from: "2012-10-08", to: "2013-01-15" })).toEqual(["2012-11", "2012-12"]);
    expect(monthsWithin({ from: "2012-10-01", to: "2012-10-31" })).toEqual(["2012-10"]);
    expect(monthsWithin({ from: "2012-10-02", to: "2012-10-31" })).toEqual([]);
  });

  it("asks who held a place in a month the documents cover, keyed to the holder then", () => {
    const questions = run(controlChoice);
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) {
      const record = kb.control.find((r) => r.place === q.refs.places[0])!;
      const period = record.periods.find((p) => monthsWithin(p).some((m) => q.prompt.startsWith(`In ${monthName(m)},`)))!;
      expect(period, q.prompt).toBeDefined();
      expect(keyTexts(q)).toEqual([SIDE_LABELS[period.holder]]);
    }
  });

  it("matches months to holders only for places that changed hands", () => {
    for (const q of run(controlMatching)) {
      if (q.type !== "matching") throw new Error("expected matching");
      const holders = new Set(Object.values(q.answer.pairs));
      expect(holders.size).toBeGreaterThan(1);
    }
  });
});
