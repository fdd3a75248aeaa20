/**
 * Core questions: in every study set, the 20–40 questions a teacher would put
 * on the test. Practice quizzes, new assignments and new flashcards start from
 * them; "all questions in this set" stays available.
 *
 * The rule (docs/question-bank.md, "Core questions"):
 * 1. Rank the set's questions by importance: the big picture first (who fought
 *    whom, when, how it ended, what changed hands), then why and so what, who
 *    held what when, whose account, then places and sequence, and isolated
 *    figures last. A question citing a summary box, introduction or headline
 *    ranks above one that cites only the running text.
 * 2. Take the best question of every type the set has, so a core quiz can
 *    use every format; then walk down the ranking, keeping at most `PER_TEMPLATE` questions of one
 *    template, `PER_TYPE` of one question type and `FIGURES_SHARE` of figures,
 *    so the core mixes kinds and types.
 * 3. Stop at `CORE_TARGET`. A set with fewer questions than `CORE_MIN` is
 *    flagged by the tests, not padded here.
 */
import type { StudySet } from "../content/schema";
import { isBigPicture } from "./difficulty";
import type { Question, Skill } from "./types";

export const CORE_MIN = 20;
export const CORE_TARGET = 30;
export const CORE_MAX = 40;
const PER_TEMPLATE = 4;
/** A core that is all multiple choice would test recognition only: no type takes more than a third. */
const PER_TYPE = 10;
const FIGURES_SHARE = 0.2;

const SKILL_WEIGHT: Record<Skill, number> = {
  cause: 9,
  significance: 9,
  control: 8,
  "compare-accounts": 7,
  source: 5,
  sequence: 5,
  locate: 4,
  recall: 4,
};

/** Big-picture templates (campaign summaries) outrank everything: they are what a teacher tests first. */
const TEMPLATE_BONUS: Record<string, number> = {
  "order-events": 1,
  "event-date-choice": 1,
  "place-map-pin": 1,
  "event-map-pin": 1,
  "figure-value-numeric": -2,
  "figure-value-choice": -2,
  "place-governorate-true-false": -2,
  "force-side-true-false": -2,
  "force-parent-typed": -2,
  "force-parent-choice": -1,
};

export function importance(q: Question): number {
  let score = SKILL_WEIGHT[q.skill];
  if (q.template.startsWith("campaign-")) score += 6;
  score += TEMPLATE_BONUS[q.template] ?? 0;
  if (isBigPicture(q)) score += 2;
  if (q.difficulty === 3) score -= 1;
  return score;
}

/** Fills `coreIn` on every question, set by set. Deterministic: ties break on the question id. */
export function markCore(questions: Question[], sets: readonly StudySet[]): void {
  for (const set of sets) {
    const members = questions
      .filter((q) => q.topics.includes(set.id))
      .map((q) => ({ q, score: importance(q) }))
      .sort((a, b) => b.score - a.score || (a.q.id < b.q.id ? -1 : 1));
    const perTemplate = new Map<string, number>();
    const perType = new Map<string, number>();
    const maxFigures = Math.floor(CORE_TARGET * FIGURES_SHARE);
    let figures = 0;
    let picked = 0;
    // The best question of every type the set has goes in first, so a core quiz can use every format.
    for (const type of new Set(members.map((m) => m.q.type))) {
      const best = members.find((m) => m.q.type === type)!.q;
      best.coreIn.push(set.id);
      perTemplate.set(best.template, (perTemplate.get(best.template) ?? 0) + 1);
      perType.set(type, (perType.get(type) ?? 0) + 1);
      if (best.category === "figures") figures += 1;
      picked += 1;
    }
    for (const { q } of members) {
      if (picked >= CORE_TARGET) break;
      if (q.coreIn.includes(set.id)) continue;
      const used = perTemplate.get(q.template) ?? 0;
      if (used >= PER_TEMPLATE) continue;
      if ((perType.get(q.type) ?? 0) >= PER_TYPE) continue;
      if (q.category === "figures" && set.categories === undefined && figures >= maxFigures) continue;
      perTemplate.set(q.template, used + 1);
      perType.set(q.type, (perType.get(q.type) ?? 0) + 1);
      if (q.category === "figures") figures += 1;
      q.coreIn.push(set.id);
      picked += 1;
    }
    // A small or one-sided set fills up to the minimum from what is left, best first.
    if (picked < CORE_MIN)
      for (const { q } of members) {
        if (picked >= CORE_MIN) break;
        if (q.coreIn.includes(set.id)) continue;
        q.coreIn.push(set.id);
        picked += 1;
      }
  }
}
