import { describe, expect, it } from "vitest";
import { formatInterval, fromFsrsCard, previewRatings, rate, retrievability, schedulerFor, stateName } from "./scheduler";

const now = new Date("2026-03-01T09:00:00Z");
const DAY = 86_400_000;

describe("FSRS scheduling", () => {
  it("schedules a new card: Again soonest, Easy latest, Good within the learning steps", () => {
    const f = schedulerFor(0.9);
    const dues = ([1, 2, 3, 4] as const).map((r) => rate(f, null, r, now).card.due.getTime());
    expect(dues[0]! - now.getTime()).toBe(60_000); // Again: 1 min
    expect(dues[2]! - now.getTime()).toBe(10 * 60_000); // Good: 10 min
    expect(dues[3]! - now.getTime()).toBeGreaterThanOrEqual(DAY); // Easy: straight to review
    for (let i = 1; i < 4; i++) expect(dues[i]!).toBeGreaterThan(dues[i - 1]!);
    expect(stateName(rate(f, null, 4, now).card.state)).toBe("review");
  });

  it("lengthens the interval with each successful review and resets it after a lapse", () => {
    const f = schedulerFor(0.9);
    let state = fromFsrsCard(rate(f, null, 3, now).card);
    state = fromFsrsCard(rate(f, state, 3, state.due).card);
    const firstGap = state.due.getTime() - state.lastReview!.getTime();
    state = fromFsrsCard(rate(f, state, 3, state.due).card);
    const secondGap = state.due.getTime() - state.lastReview!.getTime();
    expect(firstGap).toBeGreaterThanOrEqual(DAY);
    expect(secondGap).toBeGreaterThan(firstGap);
    const lapsed = fromFsrsCard(rate(f, state, 1, state.due).card);
    expect(lapsed.lapses).toBe(1);
    expect(stateName(lapsed.state)).toBe("relearning");
    expect(lapsed.due.getTime() - state.due.getTime()).toBeLessThan(DAY);
  });

  it("uses the retention target: a lower target gives longer intervals", () => {
    const strict = schedulerFor(0.95);
    const relaxed = schedulerFor(0.8);
    const learned = fromFsrsCard(rate(strict, fromFsrsCard(rate(strict, null, 3, now).card), 3, new Date(now.getTime() + 600_000)).card);
    const at = learned.due;
    const strictDue = rate(strict, learned, 3, at).card.due.getTime();
    const relaxedDue = rate(relaxed, learned, 3, at).card.due.getTime();
    expect(relaxedDue).toBeGreaterThan(strictDue);
  });

  it("previews all four buttons with readable intervals that match the real outcome", () => {
    const f = schedulerFor();
    const preview = previewRatings(f, null, now);
    expect(preview.map((p) => p.label)).toEqual(["Again", "Hard", "Good", "Easy"]);
    expect(preview[0]!.interval).toBe("1 min");
    expect(preview[2]!.interval).toBe("10 min");
    for (const p of preview) expect(p.due).toBe(rate(f, null, p.rating, now).card.due.toISOString());
  });

  it("predicts recall falling over time", () => {
    const f = schedulerFor();
    const state = fromFsrsCard(rate(f, null, 4, now).card);
    const soon = retrievability(f, state, new Date(now.getTime() + DAY));
    const later = retrievability(f, state, new Date(now.getTime() + 60 * DAY));
    expect(soon).toBeGreaterThan(0.9);
    expect(later).toBeLessThan(0.8);
  });

  it("writes intervals for people", () => {
    const at = (ms: number) => formatInterval(now, new Date(now.getTime() + ms));
    expect(at(60_000)).toBe("1 min");
    expect(at(3 * 3_600_000)).toBe("3 hours");
    expect(at(DAY)).toBe("1 day");
    expect(at(3 * DAY)).toBe("3 days");
    expect(at(60 * DAY)).toBe("2 months");
  });
});
