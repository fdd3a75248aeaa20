import { SIDE_LABELS } from "../generators/context";
import { describe, expect, it } from "vitest";
import { controlChoice, controlMatching, monthName, monthsTheDocumentsTellOf, monthsWithin } from "./control-over-time";

import { kb, keyTexts, run } from "./test-support";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** "March 2013" → "2013-03". */
function toYearMonth(month: string): string {
  const [name, year] = month.split(" ");
  return `${year}-${String(MONTHS.indexOf(name!) + 1).padStart(2, "0")}`;
}

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

  it("asks only of months some document tells of, never of the years between 2013 and 2019", () => {
    const monthsWithEvents = monthsTheDocumentsTellOf({ kb });
    const asked = [...run(controlChoice), ...run(controlMatching)].flatMap((q) =>
      [...q.prompt.matchAll(/In (\w+ \d{4}),/g), ...(q.type === "matching" ? q.premises.map((p) => [p.text, p.text]) : [])].map((m) => m[1]!),
    );
    expect(asked.length).toBeGreaterThan(0);
    for (const month of asked) expect(monthsWithEvents.has(toYearMonth(month)), month).toBe(true);
    expect(asked.filter((m) => /201[4-8]/.test(m))).toEqual([]);
  });

  it("offers only sides that hold some place in the records: no option is never right", () => {
    const holders = new Set(kb.control.flatMap((r) => r.periods.map((p) => SIDE_LABELS[p.holder])));
    for (const q of [...run(controlChoice), ...run(controlMatching)]) {
      if (q.type !== "multiple-choice" && q.type !== "matching") throw new Error("expected choice or matching");
      for (const option of q.options) expect(holders.has(option.text), `${q.prompt}: ${option.text}`).toBe(true);
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
