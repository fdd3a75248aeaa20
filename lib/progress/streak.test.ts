import { describe, expect, it } from "vitest";
import { formatStreak, shiftDay, streakDays, utcDay } from "./streak";

describe("utcDay", () => {
  it("uses the UTC calendar day, whatever the server's zone", () => {
    expect(utcDay(new Date("2024-03-10T23:59:59.999Z"))).toBe("2024-03-10");
    expect(utcDay(new Date("2024-03-11T00:30:00+02:00"))).toBe("2024-03-10");
    expect(utcDay(new Date("2024-03-10T20:00:00-05:00"))).toBe("2024-03-11");
  });
  it("shifts across month and leap-day boundaries", () => {
    expect(shiftDay("2024-03-01", -1)).toBe("2024-02-29");
    expect(shiftDay("2023-12-31", 1)).toBe("2024-01-01");
  });
});

describe("streakDays", () => {
  const now = new Date("2024-03-10T08:00:00Z");

  it("counts consecutive days ending today", () => {
    expect(streakDays(["2024-03-10", "2024-03-09", "2024-03-08", "2024-03-06"], now)).toBe(3);
  });

  it("still counts a streak that ended yesterday (nothing yet today)", () => {
    expect(streakDays(["2024-03-09", "2024-03-08"], now)).toBe(2);
  });

  it("is broken by a missed day", () => {
    expect(streakDays(["2024-03-08", "2024-03-07"], now)).toBe(0);
    expect(streakDays([], now)).toBe(0);
  });

  it("ignores repeated days and order", () => {
    expect(streakDays(["2024-03-09", "2024-03-10", "2024-03-10", "2024-03-09"], now)).toBe(2);
  });

  it("runs across a month boundary", () => {
    expect(streakDays(["2024-02-28", "2024-02-29", "2024-03-01"], new Date("2024-03-01T23:00:00Z"))).toBe(3);
  });
});

describe("formatStreak", () => {
  it("reads as a sentence fragment", () => {
    expect(formatStreak(3)).toBe("3-day streak");
    expect(formatStreak(0)).toBe("No streak yet");
  });
});
