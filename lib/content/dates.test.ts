import { describe, expect, it } from "vitest";
import { canOrder, compareDates, dateInterval, formatDate, startMonth } from "./dates";
import type { DateSpec } from "./schema";

const day = (date: string, qualifier?: "by" | "around"): DateSpec => ({ precision: "day", date, ...(qualifier ? { qualifier } : {}) });
const part = (month: string, p: "early" | "mid" | "late"): DateSpec => ({ precision: "part-of-month", month, part: p });
const month = (m: string, qualifier?: "by" | "during"): DateSpec => ({ precision: "month", month: m, ...(qualifier ? { qualifier } : {}) });
const range = (start: string, end: string): DateSpec => ({ precision: "range", start, end });

describe("dateInterval", () => {
  it("gives a single day for an exact date", () => {
    expect(dateInterval(day("2012-10-08"))).toEqual({ start: "2012-10-08", end: "2012-10-08", openStart: false });
  });
  it("splits a month into early (1-10), mid (11-20) and late (21-end)", () => {
    expect(dateInterval(part("2012-10", "early"))).toMatchObject({ start: "2012-10-01", end: "2012-10-10" });
    expect(dateInterval(part("2012-10", "mid"))).toMatchObject({ start: "2012-10-11", end: "2012-10-20" });
    expect(dateInterval(part("2012-10", "late"))).toMatchObject({ start: "2012-10-21", end: "2012-10-31" });
    expect(dateInterval(part("2012-11", "late"))).toMatchObject({ end: "2012-11-30" });
  });
  it("knows month lengths, leap years included", () => {
    expect(dateInterval(month("2012-02"))).toMatchObject({ start: "2012-02-01", end: "2012-02-29" });
    expect(dateInterval(month("2013-02"))).toMatchObject({ start: "2013-02-01", end: "2013-02-28" });
    expect(dateInterval(part("2013-02", "late"))).toMatchObject({ start: "2013-02-21", end: "2013-02-28" });
  });
  it("treats 'by' as an open start grouped from the first of the month", () => {
    expect(dateInterval(day("2012-08-31", "by"))).toEqual({ start: "2012-08-01", end: "2012-08-31", openStart: true });
    expect(dateInterval(month("2012-08", "by"))).toEqual({ start: "2012-08-01", end: "2012-08-31", openStart: true });
  });
  it("widens 'around' by three days each side, across month ends", () => {
    expect(dateInterval(day("2012-10-30", "around"))).toMatchObject({ start: "2012-10-27", end: "2012-11-02" });
  });
  it("covers ranges and years inclusively", () => {
    expect(dateInterval(range("2012-10-08", "2012-10-13"))).toMatchObject({ start: "2012-10-08", end: "2012-10-13" });
    expect(dateInterval({ precision: "year", year: 2019 })).toMatchObject({ start: "2019-01-01", end: "2019-12-31" });
  });
  it("groups by the month of the nominal start", () => {
    expect(startMonth(range("2012-10-28", "2012-11-02"))).toBe("2012-10");
    expect(startMonth(part("2013-04", "mid"))).toBe("2013-04");
  });
});

describe("formatDate", () => {
  it("formats each precision for display", () => {
    expect(formatDate(day("2012-10-08"))).toBe("8 October 2012");
    expect(formatDate(part("2012-10", "early"))).toBe("early October 2012");
    expect(formatDate(month("2012-10"))).toBe("October 2012");
    expect(formatDate(range("2012-10-08", "2012-10-13"))).toBe("8–13 October 2012");
    expect(formatDate(day("2012-08-31", "by"))).toBe("by 31 August 2012");
    expect(formatDate(day("2012-08-31", "around"))).toBe("around 31 August 2012");
    expect(formatDate(month("2013-04", "by"))).toBe("by April 2013");
    expect(formatDate(range("2012-10-28", "2012-11-02"))).toBe("28 October – 2 November 2012");
    expect(formatDate(range("2012-10-01", "2013-04-15"))).toBe("1 October 2012 – 15 April 2013");
    expect(formatDate({ precision: "year", year: 2019 })).toBe("2019");
  });
});

describe("canOrder", () => {
  it("orders two exact days", () => {
    expect(canOrder(day("2012-07-03"), day("2012-07-27"))).toBe(true);
    expect(compareDates(day("2012-07-03"), day("2012-07-27"))).toBe(-1);
    expect(compareDates(day("2012-07-27"), day("2012-07-03"))).toBe(1);
  });
  it("refuses the same day", () => {
    expect(canOrder(day("2012-07-03"), day("2012-07-03"))).toBe(false);
  });
  it("refuses a day inside a part of a month", () => {
    expect(canOrder(part("2012-10", "early"), day("2012-10-08"))).toBe(false);
    expect(canOrder(day("2012-10-10"), part("2012-10", "early"))).toBe(false);
  });
  it("orders a part of a month against a day outside it", () => {
    expect(compareDates(part("2012-10", "early"), day("2012-10-11"))).toBe(-1);
    expect(compareDates(part("2012-10", "late"), day("2012-10-20"))).toBe(1);
  });
  it("refuses a month against a day in that month, orders across months", () => {
    expect(canOrder(month("2012-08"), day("2012-08-15"))).toBe(false);
    expect(compareDates(month("2012-08"), day("2012-09-01"))).toBe(-1);
  });
  it("refuses overlapping ranges and orders disjoint ones", () => {
    expect(canOrder(range("2012-10-08", "2012-10-13"), day("2012-10-10"))).toBe(false);
    expect(compareDates(range("2012-10-08", "2012-10-13"), day("2012-10-14"))).toBe(-1);
  });
  it("never places a 'by' date after anything, but may place it before a later date", () => {
    // "by 31 August" could be any time before 31 August: not safely after 15 July.
    expect(compareDates(day("2012-07-15"), day("2012-08-31", "by"))).toBeNull();
    expect(compareDates(day("2012-08-31", "by"), day("2012-07-15"))).toBeNull();
    // ...but certainly before 3 September.
    expect(compareDates(day("2012-08-31", "by"), day("2012-09-03"))).toBe(-1);
    expect(compareDates(day("2012-09-03"), day("2012-08-31", "by"))).toBe(1);
  });
  it("is symmetric", () => {
    const specs = [day("2012-10-08"), part("2012-10", "early"), month("2012-10"), range("2012-10-01", "2012-10-05"), day("2012-10-31", "by")];
    for (const a of specs) for (const b of specs) expect(canOrder(a, b)).toBe(canOrder(b, a));
  });
});
