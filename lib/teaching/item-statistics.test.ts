import { describe, expect, it } from "vitest";
import { computeItemStatistics, flagsFor, mostCommon, pearson, sampleSd } from "./item-statistics";

const attempt = (scores: Record<string, number>) => ({ scores: new Map(Object.entries(scores)) });

/*
 * Five students, three questions (scores out of 1):
 *
 *          q1   q2   q3   total
 *   S1      1    1    0    2
 *   S2      1    0    1    2
 *   S3      1    1    1    3
 *   S4      0    0    1    1
 *   S5      1   0.5   0    1.5
 *
 * q1: mean 0.8 → facility 80 %. Deviations .2 .2 .2 −.8 .2, Sxx = .8, sample variance .8/4 = .2,
 *     SD = √.2 = .44721 → 44.72 %. Rest = total − q1 = 1 1 2 1 .5 (mean 1.1), deviations −.1 −.1 .9 −.1 −.6,
 *     Syy = 1.2, Sxy = −.02 −.02 +.18 +.08 −.12 = .10; r = .10 / √(.8 × 1.2) = .10 / .97980 = .10206 → 10.21.
 * q2: mean 0.5 → 50 %. Deviations .5 −.5 .5 −.5 0, Sxx = 1, variance .25, SD .5 → 50 %.
 *     Rest = 1 2 2 1 1 (mean 1.4), deviations −.4 .6 .6 −.4 −.4, Sxy = −.2 −.3 +.3 +.2 + 0 = 0 → r = 0.
 * q3: mean 0.6 → 60 %. Deviations −.6 .4 .4 .4 −.6, Sxx = 1.2, variance .3, SD .54772 → 54.77 %.
 *     Rest = 2 1 2 0 1.5 (mean 1.3), deviations .7 −.3 .7 −1.3 .2, Syy = 2.8,
 *     Sxy = −.42 −.12 +.28 −.52 −.12 = −.90; r = −.9 / √(1.2 × 2.8) = −.9 / 1.83303 = −.49099 → −49.10.
 */
const matrix = [
  attempt({ q1: 1, q2: 1, q3: 0 }),
  attempt({ q1: 1, q2: 0, q3: 1 }),
  attempt({ q1: 1, q2: 1, q3: 1 }),
  attempt({ q1: 0, q2: 0, q3: 1 }),
  attempt({ q1: 1, q2: 0.5, q3: 0 }),
];

describe("computeItemStatistics", () => {
  const stats = new Map(computeItemStatistics(matrix).map((s) => [s.questionId, s]));

  it("computes facility, standard deviation and discrimination as worked out by hand", () => {
    const q1 = stats.get("q1")!;
    expect(q1.n).toBe(5);
    expect(q1.facility).toBeCloseTo(80, 6);
    expect(q1.sd).toBeCloseTo(44.721, 3);
    expect(q1.discrimination).toBeCloseTo(10.206, 3);

    const q2 = stats.get("q2")!;
    expect(q2.facility).toBeCloseTo(50, 6);
    expect(q2.sd).toBeCloseTo(50, 6);
    expect(q2.discrimination).toBeCloseTo(0, 6);

    const q3 = stats.get("q3")!;
    expect(q3.facility).toBeCloseTo(60, 6);
    expect(q3.sd).toBeCloseTo(54.772, 3);
    expect(q3.discrimination).toBeCloseTo(-49.099, 3);
  });

  it("flags a question that strong students get wrong more often (negative discrimination)", () => {
    expect(stats.get("q3")!.flags).toEqual(["negative-discrimination"]);
    expect(stats.get("q1")!.flags).toEqual([]);
    expect(stats.get("q2")!.flags).toEqual([]);
  });

  it("gives no discrimination when every student scored the same (zero variance): not computable", () => {
    const [everyoneRight] = computeItemStatistics([
      attempt({ easy: 1, other: 0 }),
      attempt({ easy: 1, other: 1 }),
      attempt({ easy: 1, other: 0.5 }),
      attempt({ easy: 1, other: 1 }),
      attempt({ easy: 1, other: 0 }),
    ]);
    expect(everyoneRight!.questionId).toBe("easy");
    expect(everyoneRight!.facility).toBe(100);
    expect(everyoneRight!.sd).toBe(0);
    expect(everyoneRight!.discrimination).toBeNull();
    expect(everyoneRight!.flags).toEqual(["too-easy"]);
  });

  it("says which way a facility is extreme", () => {
    const rows = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1].map((s, i) => attempt({ hard: s, filler: i % 2 }));
    const hard = computeItemStatistics(rows).find((s) => s.questionId === "hard")!;
    expect(hard.facility).toBeCloseTo(100 / 11, 6);
    expect(hard.flags).toContain("too-hard");
    expect(hard.flags).not.toContain("too-easy");
  });

  it("reports 'not enough answers' below five attempts, and nothing computable from one", () => {
    const few = computeItemStatistics([attempt({ q: 1, r: 0 }), attempt({ q: 0, r: 1 })]);
    expect(few[0]!.n).toBe(2);
    expect(few[0]!.flags).toEqual(["not-enough-answers"]);
    const one = computeItemStatistics([attempt({ q: 1 })]);
    expect(one[0]).toMatchObject({ n: 1, facility: 100, sd: null, discrimination: null, flags: ["not-enough-answers"] });
  });

  it("uses only the attempts that asked a question when students got different questions", () => {
    const stats2 = computeItemStatistics([
      attempt({ a: 1, b: 0 }),
      attempt({ a: 0, c: 1 }),
      attempt({ b: 1, c: 1 }),
    ]);
    const b = stats2.find((s) => s.questionId === "b")!;
    expect(b.n).toBe(2);
    expect(b.facility).toBe(50);
  });

  it("scales by the maximum score", () => {
    const [s] = computeItemStatistics([attempt({ q: 2 }), attempt({ q: 1 })], 2);
    expect(s!.facility).toBe(75);
  });
});

describe("helpers", () => {
  it("pearson is 1 for a perfect line and null for constant data", () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(pearson([1], [1])).toBeNull();
  });

  it("sampleSd divides by n − 1", () => {
    expect(sampleSd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(2.13809, 5);
    expect(sampleSd([3])).toBeNull();
  });

  it("flagsFor reports several problems at once", () => {
    expect(flagsFor({ n: 10, facility: 95, discrimination: -12 })).toEqual(["negative-discrimination", "too-easy"]);
  });

  it("mostCommon counts by key and keeps the top three", () => {
    const answers = ["x", "y", "x", "z", "w", "y", "x"].map((key) => ({ key, label: key.toUpperCase() }));
    expect(mostCommon(answers).map((a) => [a.answer.label, a.count])).toEqual([
      ["X", 3],
      ["Y", 2],
      ["Z", 1],
    ]);
  });
});
