import { describe, expect, it } from "vitest";
import { describeDue, describeTimeTaken, formatInZone, utcToZonedLocal, zonedLocalToUtc } from "./zoned-time";

function utc(local: string, zone: string): string {
  const result = zonedLocalToUtc(local, zone);
  if (!result.ok) throw new Error(result.message);
  return result.instant.toISOString();
}

describe("zonedLocalToUtc", () => {
  it("reads UTC as UTC", () => {
    expect(utc("2026-05-14T09:00", "UTC")).toBe("2026-05-14T09:00:00.000Z");
  });

  it("applies London winter time and summer time", () => {
    expect(utc("2026-01-15T09:00", "Europe/London")).toBe("2026-01-15T09:00:00.000Z");
    expect(utc("2026-07-15T09:00", "Europe/London")).toBe("2026-07-15T08:00:00.000Z");
  });

  it("refuses a London time inside the spring-forward gap, and accepts the minutes either side", () => {
    const gap = zonedLocalToUtc("2026-03-29T01:30", "Europe/London");
    expect(gap.ok).toBe(false);
    if (!gap.ok) {
      expect(gap.reason).toBe("nonexistent");
      expect(gap.message).toMatch(/does not exist in Europe\/London/);
    }
    expect(utc("2026-03-29T00:59", "Europe/London")).toBe("2026-03-29T00:59:00.000Z");
    expect(utc("2026-03-29T02:00", "Europe/London")).toBe("2026-03-29T01:00:00.000Z");
  });

  it("takes the earlier of a London time that happens twice when the clocks go back", () => {
    // 01:30 on 25 Oct 2026 is first BST (00:30 UTC), then GMT (01:30 UTC).
    expect(utc("2026-10-25T01:30", "Europe/London")).toBe("2026-10-25T00:30:00.000Z");
    expect(utc("2026-10-25T02:00", "Europe/London")).toBe("2026-10-25T02:00:00.000Z");
  });

  it("uses Damascus's year-round UTC+3", () => {
    expect(utc("2026-01-15T09:00", "Asia/Damascus")).toBe("2026-01-15T06:00:00.000Z");
    expect(utc("2026-07-15T09:00", "Asia/Damascus")).toBe("2026-07-15T06:00:00.000Z");
  });

  it("handles New York's gap and a date crossing midnight UTC", () => {
    expect(zonedLocalToUtc("2026-03-08T02:30", "America/New_York").ok).toBe(false);
    expect(utc("2026-03-08T03:00", "America/New_York")).toBe("2026-03-08T07:00:00.000Z");
    expect(utc("2026-12-31T22:00", "America/New_York")).toBe("2027-01-01T03:00:00.000Z");
  });

  it("refuses malformed and impossible dates", () => {
    for (const bad of ["", "tomorrow", "2026-02-30T09:00", "2026-05-14T25:00", "2026-05-14 09:00:00Z"]) {
      const result = zonedLocalToUtc(bad, "UTC");
      expect(result.ok, bad).toBe(false);
    }
  });
});

describe("display", () => {
  it("round-trips an instant to the datetime-local value in its zone", () => {
    expect(utcToZonedLocal(new Date("2026-07-15T08:00:00Z"), "Europe/London")).toBe("2026-07-15T09:00");
    expect(utcToZonedLocal(new Date("2026-01-15T06:00:00Z"), "Asia/Damascus")).toBe("2026-01-15T09:00");
  });

  it("formats with the zone's abbreviation", () => {
    expect(formatInZone(new Date("2026-07-15T08:00:00Z"), "Europe/London")).toMatch(/15 Jul 2026.*09:00.*BST/);
  });

  it("says how far away a due date is, or how overdue", () => {
    const now = new Date("2026-05-10T12:00:00Z");
    expect(describeDue(new Date("2026-05-13T12:00:00Z"), now)).toBe("due in 3 days");
    expect(describeDue(new Date("2026-05-10T17:00:00Z"), now)).toBe("due in 5 hours");
    expect(describeDue(new Date("2026-05-08T12:00:00Z"), now)).toBe("overdue by 2 days");
    expect(describeDue(new Date("2026-05-10T11:59:00Z"), now)).toBe("overdue by 1 minute");
  });

  it("says how long a quiz took, roughly", () => {
    expect(describeTimeTaken(40_000)).toBe("under a minute");
    expect(describeTimeTaken(6 * 60_000 + 20_000)).toBe("6 minutes");
    expect(describeTimeTaken(2 * 3_600_000)).toBe("2 hours");
    expect(describeTimeTaken(3 * 86_400_000)).toBe("3 days");
  });
});
