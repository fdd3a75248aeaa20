/**
 * Classical item statistics for one assignment, as Moodle's quiz statistics
 * report computes them (docs: "Quiz statistics calculations"). Pure.
 *
 * Input: one row per attempt (the dashboard passes each student's FIRST
 * finished attempt, Moodle's default), holding the score of every question
 * that attempt asked, 0..maxScore; a question asked but left unanswered
 * scores 0. Different students may be asked different questions (questions
 * are drawn from a set), so each item's statistics use only the attempts
 * that asked it.
 *
 * - n: attempts that asked the question.
 * - facility index: mean score / max score, as a percentage.
 * - standard deviation: sample SD (n − 1) of score / max score, as a percentage.
 * - discrimination index: 100 × Pearson r between the item's score and the
 *   score on the rest of the test (attempt total − item score). null when
 *   either has no variance (every student scored the same): not computable.
 */

export const MIN_ANSWERS_FOR_STATISTICS = 5;
export const TOO_HARD_BELOW = 10;
export const TOO_EASY_ABOVE = 90;

export type ItemFlag = "not-enough-answers" | "negative-discrimination" | "too-hard" | "too-easy";

export interface AttemptScores {
  /** Question id → score in [0, maxScore] for every question the attempt asked. */
  scores: ReadonlyMap<string, number>;
}

export interface ItemStatistic {
  questionId: string;
  n: number;
  /** Percentage 0..100. */
  facility: number | null;
  /** Percentage points; null with fewer than two answers. */
  sd: number | null;
  /** −100..100; null when not computable (no variance, or fewer than two answers). */
  discrimination: number | null;
  flags: ItemFlag[];
}

function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Sample standard deviation (n − 1); null for fewer than two values. */
export function sampleSd(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const m = mean(values);
  let ss = 0;
  for (const v of values) ss += (v - m) ** 2;
  return Math.sqrt(ss / (values.length - 1));
}

/** Pearson correlation; null when fewer than two pairs or either side has no variance. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length) throw new Error("pearson: lists differ in length");
  if (xs.length < 2) return null;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  // Round-off can leave a tiny non-zero sum for constant data.
  if (sxx < 1e-12 || syy < 1e-12) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

export function flagsFor(stat: Pick<ItemStatistic, "n" | "facility" | "discrimination">): ItemFlag[] {
  if (stat.n < MIN_ANSWERS_FOR_STATISTICS) return ["not-enough-answers"];
  const flags: ItemFlag[] = [];
  if (stat.discrimination !== null && stat.discrimination < 0) flags.push("negative-discrimination");
  if (stat.facility !== null && stat.facility < TOO_HARD_BELOW) flags.push("too-hard");
  if (stat.facility !== null && stat.facility > TOO_EASY_ABOVE) flags.push("too-easy");
  return flags;
}

/** Statistics for every question asked in `attempts`, in order of first appearance. */
export function computeItemStatistics(attempts: readonly AttemptScores[], maxScore = 1): ItemStatistic[] {
  const columns = new Map<string, { item: number[]; rest: number[] }>();
  for (const attempt of attempts) {
    let total = 0;
    for (const score of attempt.scores.values()) total += score;
    for (const [questionId, score] of attempt.scores) {
      let column = columns.get(questionId);
      if (!column) columns.set(questionId, (column = { item: [], rest: [] }));
      column.item.push(score);
      column.rest.push(total - score);
    }
  }
  const out: ItemStatistic[] = [];
  for (const [questionId, { item, rest }] of columns) {
    const n = item.length;
    const fractions = item.map((s) => s / maxScore);
    const sd = sampleSd(fractions);
    const r = pearson(item, rest);
    const stat = {
      questionId,
      n,
      facility: n === 0 ? null : 100 * mean(fractions),
      sd: sd === null ? null : 100 * sd,
      discrimination: r === null ? null : 100 * r,
    };
    out.push({ ...stat, flags: flagsFor(stat) });
  }
  return out;
}

/** The `limit` most frequent wrong answers, by a grouping key; ties keep first-seen order. */
export function mostCommon<T extends { key: string }>(answers: readonly T[], limit = 3): { answer: T; count: number }[] {
  const counts = new Map<string, { answer: T; count: number }>();
  for (const answer of answers) {
    const entry = counts.get(answer.key);
    if (entry) entry.count += 1;
    else counts.set(answer.key, { answer, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count).slice(0, limit);
}
