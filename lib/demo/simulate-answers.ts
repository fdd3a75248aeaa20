/**
 * Plausible answers for demo and benchmark data: a student of some ability
 * answers a question of some difficulty right with a logistic probability
 * (a one-parameter IRT model), and a wrong answer looks like a real one (the
 * most tempting distractor more often than the others, a near miss on a map,
 * a neighbouring number). Scores follow the grader's rules (lib/questions/grade.ts)
 * so the data reads as if it had been submitted; this file cannot call the
 * grader itself because scripts run outside the server (server-only).
 */
import { matchTypedAnswer } from "../questions/answer-matching";
import { greatCircleKm } from "../questions/geo";
import type { Question } from "../questions/types";

export interface SimulatedAnswer {
  response: unknown;
  score: number;
  correct: boolean;
}

/** Small fast seeded generator (mulberry32): floats in [0, 1). */
export function seededFloats(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A number from a string, for seeding. */
export function hashSeed(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Item difficulty on the logit scale: the bank's 1-3 rating plus a stable per-question offset. */
export function itemDifficulty(question: Question): number {
  const offset = (hashSeed(question.id) % 1000) / 1000 - 0.5; // −0.5 … 0.5
  return (question.difficulty - 2) * 0.8 + offset * 1.6 - 0.6;
}

export function probabilityCorrect(ability: number, difficulty: number): number {
  return 1 / (1 + Math.exp(-(ability - difficulty)));
}

/** Biased towards the first items: the "most tempting" distractor is picked most often. */
function tempting<T>(items: readonly T[], random: () => number): T {
  const r = random();
  return items[Math.min(items.length - 1, Math.floor(r * r * items.length))]!;
}

const FALLBACK_TYPED = ["Damascus", "Homs", "Hama", "Latakia", "not sure"];

/**
 * One answer. `wrongTyped` offers names to type wrongly (other questions' answers);
 * any that the question would accept are skipped.
 */
export function simulateAnswer(
  question: Question,
  pCorrect: number,
  random: () => number,
  wrongTyped: readonly string[] = FALLBACK_TYPED,
): SimulatedAnswer {
  const right = random() < pCorrect;
  switch (question.type) {
    case "multiple-choice": {
      const correct = question.answer.correct;
      if (right) return { response: { selected: [...correct] }, score: 1, correct: true };
      const wrong = question.options.filter((o) => !correct.includes(o.id));
      if (wrong.length === 0) return { response: { selected: [...correct] }, score: 1, correct: true };
      return { response: { selected: [tempting(wrong, random).id] }, score: 0, correct: false };
    }
    case "true-false": {
      const value = right ? question.answer.value : !question.answer.value;
      return { response: { value }, score: right ? 1 : 0, correct: right };
    }
    case "ordering": {
      const order = [...question.answer.order];
      if (right || order.length < 2) return { response: { order }, score: 1, correct: true };
      // Two neighbours swapped: the commonest slip.
      const i = Math.floor(random() * (order.length - 1));
      [order[i], order[i + 1]] = [order[i + 1]!, order[i]!];
      const rank = new Map(question.answer.order.map((id, k) => [id, k]));
      let rightPairs = 0;
      for (let k = 0; k + 1 < order.length; k++) if (rank.get(order[k]!)! < rank.get(order[k + 1]!)!) rightPairs++;
      return { response: { order }, score: rightPairs / (order.length - 1), correct: false };
    }
    case "matching": {
      const pairs = { ...question.answer.pairs };
      const premises = question.premises.map((p) => p.id);
      if (right || premises.length < 2) return { response: { pairs }, score: 1, correct: true };
      const a = premises[Math.floor(random() * premises.length)]!;
      const b = premises[(premises.indexOf(a) + 1) % premises.length]!;
      [pairs[a], pairs[b]] = [pairs[b]!, pairs[a]!];
      const rightCount = question.premises.filter((p) => pairs[p.id] === question.answer.pairs[p.id]).length;
      return { response: { pairs }, score: rightCount / premises.length, correct: rightCount === premises.length };
    }
    case "typed": {
      if (right) return { response: { text: question.answer.text }, score: 1, correct: true };
      for (let tries = 0; tries < 4; tries++) {
        const text = tempting(wrongTyped.length > 0 ? wrongTyped : FALLBACK_TYPED, random);
        if (!matchTypedAnswer(text, question.accept).matched) return { response: { text }, score: 0, correct: false };
      }
      return { response: { text: "not sure" }, score: 0, correct: false };
    }
    case "numeric": {
      const { value, min, max } = question.answer;
      if (right) return { response: { value }, score: 1, correct: true };
      const step = Math.max(1, Math.round(Math.abs(value) * (0.3 + random() * 0.7)));
      const guess = random() < 0.6 ? max + step : min - step;
      const wrong = guess >= 0 || value < 0 ? guess : max + step;
      return { response: { value: wrong }, score: 0, correct: false };
    }
    case "map-pin": {
      const { lat, lon, fullCreditKm, partialCreditKm } = question.answer;
      if (right) return { response: { lat, lon }, score: 1, correct: true };
      const near = random() < 0.35;
      const km = near ? (fullCreditKm + partialCreditKm) / 2 : partialCreditKm * (1.3 + random() * 1.5);
      const dLon = km / (111.32 * Math.cos((lat * Math.PI) / 180));
      const pin = { lat, lon: lon + (random() < 0.5 ? dLon : -dLon) };
      const distance = greatCircleKm(pin, question.answer);
      const score = distance <= fullCreditKm ? 1 : distance <= partialCreditKm ? 0.5 : 0;
      return { response: pin, score, correct: score === 1 };
    }
  }
}

/** Typed answers of other questions: realistic wrong names. */
export function typedAnswerPool(questions: readonly Question[]): string[] {
  const names = new Set<string>();
  for (const q of questions) if (q.type === "typed") names.add(q.answer.text);
  return [...names];
}
