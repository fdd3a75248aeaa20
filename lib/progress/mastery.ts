/**
 * Mastery from a student's responses (pure, no database).
 *
 * Definition (also in the progress page's small print):
 * - for each question only the student's latest score counts (0..1; a later
 *   attempt replaces an earlier one, better or worse);
 * - mastery of a category or study set = sum of those latest scores / number of
 *   questions available in it. Unanswered questions count as 0, so mastery only
 *   reaches 100% when every question in it has been answered right;
 * - `answered` = distinct questions answered at least once, shown as "answered n of N";
 * - `confidence` says how much the figure rests on: none (nothing answered),
 *   low (fewer than 5 distinct questions), medium (5–14), high (15 or more, or all of them).
 */
import { QUESTION_CATEGORIES, type QuestionCategory } from "../questions/types";

export interface ScoredAnswer {
  questionId: string;
  /** 0..1 */
  score: number;
  answeredAt: Date;
}

/** What mastery needs to know about a question. */
export interface MasteryQuestion {
  id: string;
  category: QuestionCategory;
  /** Study-set ids. */
  topics: string[];
}

export type MasteryConfidence = "none" | "low" | "medium" | "high";

export interface MasteryFigure {
  /** 0..1 */
  mastery: number;
  answered: number;
  available: number;
  confidence: MasteryConfidence;
}

export const LOW_CONFIDENCE_BELOW = 5;
export const HIGH_CONFIDENCE_FROM = 15;

/** The latest score of each question (ties on time: the later one in the list wins). */
export function latestScores(answers: readonly ScoredAnswer[]): Map<string, number> {
  const latest = new Map<string, { at: number; score: number }>();
  for (const a of answers) {
    const at = a.answeredAt.getTime();
    const prev = latest.get(a.questionId);
    if (!prev || at >= prev.at) latest.set(a.questionId, { at, score: clamp01(a.score) });
  }
  return new Map([...latest].map(([id, v]) => [id, v.score]));
}

export function confidenceFor(answered: number, available: number): MasteryConfidence {
  if (answered === 0) return "none";
  if (answered >= HIGH_CONFIDENCE_FROM || (available > 0 && answered >= available)) return "high";
  if (answered < LOW_CONFIDENCE_BELOW) return "low";
  return "medium";
}

/** Mastery over a group of questions (ids of the questions available in it). */
export function masteryOf(questionIds: readonly string[], latest: ReadonlyMap<string, number>): MasteryFigure {
  let sum = 0;
  let answered = 0;
  for (const id of questionIds) {
    const score = latest.get(id);
    if (score === undefined) continue;
    answered += 1;
    sum += score;
  }
  const available = questionIds.length;
  return {
    mastery: available === 0 ? 0 : sum / available,
    answered,
    available,
    confidence: confidenceFor(answered, available),
  };
}

export function masteryByCategory(
  questions: readonly MasteryQuestion[],
  latest: ReadonlyMap<string, number>,
): (MasteryFigure & { category: QuestionCategory })[] {
  return QUESTION_CATEGORIES.map((category) => ({
    category,
    ...masteryOf(
      questions.filter((q) => q.category === category).map((q) => q.id),
      latest,
    ),
  }));
}

/** One entry per study set, in the order given; a set with no questions has available 0 and mastery 0. */
export function masteryByTopic(
  questions: readonly MasteryQuestion[],
  sets: readonly { id: string; title: string }[],
  latest: ReadonlyMap<string, number>,
): (MasteryFigure & { setId: string; title: string })[] {
  const idsBySet = new Map<string, string[]>(sets.map((s) => [s.id, []]));
  for (const q of questions) for (const t of q.topics) idsBySet.get(t)?.push(q.id);
  return sets.map((s) => ({ setId: s.id, title: s.title, ...masteryOf(idsBySet.get(s.id) ?? [], latest) }));
}

/**
 * "72%": whole percent, rounded down so 99.6% never shows as 100% before everything is right. Below 1% but above
 * nothing it reads "<1%": a student with two right answers out of 210 has made a start, and "0%" says they have not.
 */
export function formatMastery(mastery: number): string {
  const value = clamp01(mastery);
  if (value > 0 && value < 0.01) return "<1%";
  return `${Math.floor(value * 100 + 1e-9)}%`;
}

function clamp01(n: number): number {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}
