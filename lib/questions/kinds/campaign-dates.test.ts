import { describe, expect, it } from "vitest";
import { shiftDate } from "./campaign-dates";

// The questions themselves are checked with the other campaign kinds, in campaign-kinds.test.ts.
describe("campaign-dates", () => {
  it("moves a date by whole months in the same style", () => {
    expect(shiftDate({ precision: "day", date: "2012-10-08" }, -1)).toEqual({ precision: "day", date: "2012-09-08" });
    expect(shiftDate({ precision: "part-of-month", month: "2013-01", part: "mid" }, 1)).toEqual({
      precision: "part-of-month",
      month: "2013-02",
      part: "mid",
    });
    expect(shiftDate({ precision: "year", year: 2012 }, 1)).toBeNull();
  });

  it("keeps the day of the month, and will not move a day into a month that lacks it", () => {
    expect(shiftDate({ precision: "day", date: "2012-08-29" }, -1)).toEqual({ precision: "day", date: "2012-07-29" });
    expect(shiftDate({ precision: "day", date: "2012-08-31" }, 1)).toBeNull();
  });
});
