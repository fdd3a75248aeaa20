import { describe, expect, it } from "vitest";
import {
  confidenceFor,
  formatMastery,
  latestScores,
  masteryByCategory,
  masteryByTopic,
  masteryOf,
  type MasteryQuestion,
} from "./mastery";

const at = (iso: string) => new Date(iso);

const questions: MasteryQuestion[] = [
  { id: "c1", category: "chronology", topics: ["oct"] },
  { id: "c2", category: "chronology", topics: ["oct", "taftanaz"] },
  { id: "c3", category: "chronology", topics: [] },
  { id: "c4", category: "chronology", topics: ["taftanaz"] },
  { id: "p1", category: "places", topics: ["oct"] },
  { id: "p2", category: "places", topics: [] },
  { id: "f1", category: "forces", topics: [] },
];

describe("latestScores", () => {
  it("keeps only each question's latest score, better or worse", () => {
    const latest = latestScores([
      { questionId: "c1", score: 0, answeredAt: at("2024-03-01T10:00:00Z") },
      { questionId: "c1", score: 1, answeredAt: at("2024-03-02T10:00:00Z") },
      { questionId: "c2", score: 1, answeredAt: at("2024-03-03T10:00:00Z") },
      // listed out of order: the earlier time still loses
      { questionId: "c2", score: 0.5, answeredAt: at("2024-03-05T10:00:00Z") },
      { questionId: "c2", score: 0, answeredAt: at("2024-03-04T10:00:00Z") },
    ]);
    expect(latest.get("c1")).toBe(1);
    expect(latest.get("c2")).toBe(0.5);
    expect(latest.size).toBe(2);
  });
});

describe("masteryOf", () => {
  it("divides the sum of latest scores by every question available, answered or not", () => {
    // c1 right, c2 half right, c3 wrong, c4 never answered: (1 + 0.5 + 0) / 4
    const latest = new Map([
      ["c1", 1],
      ["c2", 0.5],
      ["c3", 0],
    ]);
    expect(masteryOf(["c1", "c2", "c3", "c4"], latest)).toEqual({
      mastery: 0.375,
      answered: 3,
      available: 4,
      confidence: "low",
    });
  });

  it("reaches 100% only when every question is answered right", () => {
    const threeOfFour = new Map([
      ["a", 1],
      ["b", 1],
      ["c", 1],
    ]);
    expect(masteryOf(["a", "b", "c", "d"], threeOfFour).mastery).toBe(0.75);
    expect(masteryOf(["a", "b", "c"], threeOfFour).mastery).toBe(1);
  });

  it("is 0 with confidence none for an empty group or nothing answered", () => {
    expect(masteryOf([], new Map())).toEqual({ mastery: 0, answered: 0, available: 0, confidence: "none" });
    expect(masteryOf(["a"], new Map([["zz", 1]])).confidence).toBe("none");
  });
});

describe("confidenceFor", () => {
  it("grows with the number of distinct questions answered", () => {
    expect(confidenceFor(0, 100)).toBe("none");
    expect(confidenceFor(4, 100)).toBe("low");
    expect(confidenceFor(5, 100)).toBe("medium");
    expect(confidenceFor(14, 100)).toBe("medium");
    expect(confidenceFor(15, 100)).toBe("high");
    // every question of a small set answered
    expect(confidenceFor(3, 3)).toBe("high");
  });
});

describe("masteryByCategory and masteryByTopic", () => {
  const latest = latestScores([
    { questionId: "c1", score: 1, answeredAt: at("2024-03-01T10:00:00Z") },
    { questionId: "c2", score: 0, answeredAt: at("2024-03-01T10:01:00Z") },
    { questionId: "p1", score: 1, answeredAt: at("2024-03-01T10:02:00Z") },
  ]);

  it("reports every category, including ones with nothing answered", () => {
    const byCategory = masteryByCategory(questions, latest);
    expect(byCategory.map((c) => c.category)).toEqual(["chronology", "places", "forces", "figures"]);
    expect(byCategory[0]).toMatchObject({ mastery: 0.25, answered: 2, available: 4 }); // 1/4
    expect(byCategory[1]).toMatchObject({ mastery: 0.5, answered: 1, available: 2 }); // 1/2
    expect(byCategory[2]).toMatchObject({ mastery: 0, answered: 0, available: 1, confidence: "none" });
    expect(byCategory[3]).toMatchObject({ mastery: 0, answered: 0, available: 0 });
  });

  it("counts a question in every study set it belongs to", () => {
    const byTopic = masteryByTopic(
      questions,
      [
        { id: "oct", title: "October" },
        { id: "taftanaz", title: "Taftanaz" },
        { id: "empty", title: "Nothing here" },
      ],
      latest,
    );
    // oct: c1 (1), c2 (0), p1 (1) → 2/3
    expect(byTopic[0]).toMatchObject({ setId: "oct", title: "October", answered: 3, available: 3 });
    expect(byTopic[0]!.mastery).toBeCloseTo(2 / 3);
    // taftanaz: c2 (0), c4 (unanswered) → 0/2
    expect(byTopic[1]).toMatchObject({ setId: "taftanaz", mastery: 0, answered: 1, available: 2 });
    expect(byTopic[2]).toMatchObject({ setId: "empty", mastery: 0, answered: 0, available: 0 });
  });
});

describe("formatMastery", () => {
  it("rounds down so nearly-all never reads as 100%", () => {
    expect(formatMastery(0.996)).toBe("99%");
    expect(formatMastery(1)).toBe("100%");
    expect(formatMastery(0.375)).toBe("37%");
    expect(formatMastery(0.29)).toBe("29%");
    expect(formatMastery(0)).toBe("0%");
  });

  it("reads a start below 1% as <1%, not as nothing", () => {
    // Two right answers out of 210 questions.
    expect(formatMastery(2 / 210)).toBe("<1%");
    expect(formatMastery(0.01)).toBe("1%");
  });
});
