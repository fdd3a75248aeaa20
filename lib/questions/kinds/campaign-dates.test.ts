import { describe, expect, it } from "vitest";
import { formatDate } from "../../content/dates";
import { campaignDates, shiftDate } from "./campaign-dates";
import { kb, keyTexts, run, wrongTexts } from "./test-support";

describe("campaign-dates", () => {
  const questions = run(campaignDates);

  it("moves a date by whole months in the same style", () => {
    expect(shiftDate({ precision: "day", date: "2012-10-08" }, -1)).toEqual({ precision: "day", date: "2012-09-08" });
    expect(shiftDate({ precision: "part-of-month", month: "2013-01", part: "mid" }, 1)).toEqual({
      precision: "part-of-month",
      month: "2013-02",
      part: "mid",
    });
    expect(shiftDate({ precision: "year", year: 2012 }, 1)).toBeNull();
  });

  it("asks when each campaign began and ended, with the true date as the key", () => {
    expect(questions.length).toBeGreaterThan(4);
    for (const q of questions) {
      const campaign = kb.campaigns.find((c) => q.prompt.includes(c.inSentence))!;
      const spec = q.prompt.endsWith("begin?") ? campaign.start : campaign.end;
      expect(keyTexts(q)).toEqual([formatDate(spec)]);
      expect(wrongTexts(q)).toHaveLength(3);
    }
  });
});
