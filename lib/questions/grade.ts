/**
 * Server-side grading. `grade` is the only place a response meets its key.
 *
 * Scoring rules (also in docs/question-bank.md):
 * - multiple choice, one answer: 1 or 0.
 * - multiple choice, several answers: +1/k for each of the k correct options
 *   chosen, −1/m for each of the m wrong ones chosen, floored at 0 (Moodle's
 *   usual rule), so ticking everything earns nothing.
 * - true/false: 1 or 0.
 * - ordering: the share of neighbouring pairs in the student's order that are
 *   in the right relative order. A B C D → A C B D scores 2/3.
 * - matching: the share of premises matched to the right option.
 * - typed: 1 when the answer matches an accepted form after normalising
 *   spelling, or is one typo away from a long one (lib/questions/answer-matching.ts).
 * - numeric: 1 inside [min, max], else 0.
 * - map pin: 1 within the full-credit radius, 0.5 within the partial-credit
 *   radius, else 0 (great-circle distance).
 */
// Holds answer keys: a client component importing this must fail the build.
import "server-only";
import { matchTypedAnswer } from "./answer-matching";
import { answerKeyText } from "./answer-key-text";
import { greatCircleKm } from "./geo";
import {
  ResponseSchemas,
  type GradeResult,
  type Option,
  type Question,
  type QuestionOfType,
  type QuestionType,
  type ResponseOfType,
} from "./types";

/** The response does not fit the question: the API answers 400 and stores nothing. */
export class InvalidResponseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidResponseError";
  }
}

function parseResponse<T extends QuestionType>(type: T, raw: unknown): ResponseOfType<T> {
  const parsed = ResponseSchemas[type].safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (${issue.path.join(".")})` : "";
    throw new InvalidResponseError(`This answer does not fit a ${type} question${where}: ${issue?.message ?? "invalid"}.`);
  }
  return parsed.data as ResponseOfType<T>;
}


function requireKnownIds(ids: readonly string[], known: readonly Option[], what: string): void {
  const valid = new Set(known.map((o) => o.id));
  const unknown = ids.find((id) => !valid.has(id));
  if (unknown !== undefined) throw new InvalidResponseError(`Unknown ${what} "${unknown.slice(0, 64)}".`);
  if (new Set(ids).size !== ids.length) throw new InvalidResponseError(`The same ${what} was given twice.`);
}

type Graded = Pick<GradeResult, "score" | "correctAnswer" | "detail">;

function gradeMultipleChoice(q: QuestionOfType<"multiple-choice">, r: ResponseOfType<"multiple-choice">): Graded {
  requireKnownIds(r.selected, q.options, "option");
  if (!q.selectMany && r.selected.length > 1) throw new InvalidResponseError("Choose one option only.");
  const correct = new Set(q.answer.correct);
  const hits = r.selected.filter((id) => correct.has(id)).length;
  const misses = r.selected.length - hits;
  const wrongCount = q.options.length - correct.size;
  const score = q.selectMany
    ? Math.max(0, hits / correct.size - (wrongCount > 0 ? misses / wrongCount : 0))
    : hits === 1 && misses === 0
      ? 1
      : 0;
  return { score, correctAnswer: answerKeyText(q) };
}

function gradeOrdering(q: QuestionOfType<"ordering">, r: ResponseOfType<"ordering">): Graded {
  requireKnownIds(r.order, q.options, "item");
  if (r.order.length !== q.options.length) throw new InvalidResponseError("Put every item in the order, once each.");
  const rank = new Map(q.answer.order.map((id, i) => [id, i]));
  let rightPairs = 0;
  for (let i = 0; i + 1 < r.order.length; i++) {
    if (rank.get(r.order[i]!)! < rank.get(r.order[i + 1]!)!) rightPairs++;
  }
  const pairs = r.order.length - 1;
  return {
    score: pairs === 0 ? 1 : rightPairs / pairs,
    correctAnswer: answerKeyText(q),
    detail: { partsRight: rightPairs, partsTotal: pairs },
  };
}

function gradeMatching(q: QuestionOfType<"matching">, r: ResponseOfType<"matching">): Graded {
  const premiseIds = Object.keys(r.pairs);
  requireKnownIds(premiseIds, q.premises, "premise");
  const optionIds = new Set(q.options.map((o) => o.id));
  for (const chosen of Object.values(r.pairs)) {
    if (!optionIds.has(chosen)) throw new InvalidResponseError(`Unknown option "${chosen.slice(0, 64)}".`);
  }
  const right = q.premises.filter((p) => r.pairs[p.id] === q.answer.pairs[p.id]).length;
  return {
    score: right / q.premises.length,
    correctAnswer: answerKeyText(q),
    detail: { partsRight: right, partsTotal: q.premises.length },
  };
}

function gradeTyped(q: QuestionOfType<"typed">, r: ResponseOfType<"typed">): Graded {
  const match = matchTypedAnswer(r.text, q.accept);
  return {
    score: match.matched ? 1 : 0,
    correctAnswer: answerKeyText(q),
    detail: match.matched ? { matchedForm: match.matchedForm, typoForgiven: match.typo } : undefined,
  };
}

function gradeNumeric(q: QuestionOfType<"numeric">, r: ResponseOfType<"numeric">): Graded {
  const inside = r.value >= q.answer.min && r.value <= q.answer.max;
  return { score: inside ? 1 : 0, correctAnswer: answerKeyText(q) };
}

function gradeMapPin(q: QuestionOfType<"map-pin">, r: ResponseOfType<"map-pin">): Graded {
  const km = greatCircleKm(r, q.answer);
  const score = km <= q.answer.fullCreditKm ? 1 : km <= q.answer.partialCreditKm ? 0.5 : 0;
  return {
    score,
    correctAnswer: answerKeyText(q),
    detail: { distanceKm: Math.round(km * 10) / 10 },
  };
}

/**
 * Grades one response. Throws `InvalidResponseError` when the response has the
 * wrong shape or names options the question does not have.
 */
export function grade(question: Question, rawResponse: unknown): GradeResult {
  let graded: Graded;
  switch (question.type) {
    case "multiple-choice":
      graded = gradeMultipleChoice(question, parseResponse("multiple-choice", rawResponse));
      break;
    case "true-false": {
      const r = parseResponse("true-false", rawResponse);
      graded = { score: r.value === question.answer.value ? 1 : 0, correctAnswer: answerKeyText(question) };
      break;
    }
    case "ordering":
      graded = gradeOrdering(question, parseResponse("ordering", rawResponse));
      break;
    case "matching":
      graded = gradeMatching(question, parseResponse("matching", rawResponse));
      break;
    case "typed":
      graded = gradeTyped(question, parseResponse("typed", rawResponse));
      break;
    case "numeric":
      graded = gradeNumeric(question, parseResponse("numeric", rawResponse));
      break;
    case "map-pin":
      graded = gradeMapPin(question, parseResponse("map-pin", rawResponse));
      break;
  }
  const score = Math.round(graded.score * 1000) / 1000;
  return {
    score,
    correct: score === 1,
    correctAnswer: graded.correctAnswer,
    explanation: question.explanation,
    sources: question.sources,
    ...(question.sourceNote ? { sourceNote: question.sourceNote } : {}),
    ...(graded.detail ? { detail: graded.detail } : {}),
  };
}
