/**
 * Picks the questions of a quiz from the bank (pure, deterministic for a seed).
 *
 * Filters: study set / topics (a question's `topics` are study-set ids; only the set's core
 * questions, `coreIn`, unless the request's scope is "all"), categories,
 * question types, or an explicit id list (retry of missed questions). Then mixes:
 * round-robin over question types (in a seeded order), and inside each type
 * round-robin over categories, so a 10-question quiz shows variety instead of
 * ten date questions in a row.
 */
import { SeededRandom } from "../questions/random";
import type { Question, QuestionBank } from "../questions/types";
import type { QuizRequest } from "./quiz-request";

/** Nothing in the bank matches the request: callers answer 400 with this message. */
export class NoQuestionsError extends Error {
  constructor(message = "No questions match this choice. Try more categories or another set.") {
    super(message);
    this.name = "NoQuestionsError";
  }
}

/** Said when questions match but every one is held back (lib/attempts/withheld-questions.ts); names none of them. */
export const ALL_HELD_BACK_MESSAGE =
  "Every question that matches this choice is on one of your assignments whose feedback is not released yet, so it is held back until then. Try another set or more categories.";

type Filter = Pick<QuizRequest, "setId" | "topics" | "categories" | "types" | "questionIds" | "scope">;

function matchesFilters(q: Question, request: Filter): boolean {
  // Core unless the request asks for all: a set's core questions are in `coreIn`, its others only in `topics`.
  const inSets = request.scope === "all" ? q.topics : q.coreIn;
  if (request.setId && !inSets.includes(request.setId)) return false;
  if (request.topics && request.topics.length > 0 && !request.topics.some((t) => inSets.includes(t))) return false;
  if (request.categories && request.categories.length > 0 && !request.categories.includes(q.category)) return false;
  if (request.types && request.types.length > 0 && !request.types.includes(q.type)) return false;
  return true;
}

function matching(bank: QuestionBank, request: Filter): Question[] {
  if (request.questionIds && request.questionIds.length > 0) {
    const byId = new Map(bank.questions.map((q) => [q.id, q]));
    const seen = new Set<string>();
    const out: Question[] = [];
    for (const id of request.questionIds) {
      const q = byId.get(id);
      if (q && !seen.has(id) && matchesFilters(q, { ...request, setId: undefined, topics: undefined })) {
        seen.add(id);
        out.push(q);
      }
    }
    return out;
  }
  return bank.questions.filter((q) => matchesFilters(q, request));
}

/** How many questions the request could draw from (before `length`), leaving out `exclude`. */
export function countMatchingQuestions(bank: QuestionBank, request: Filter, exclude?: ReadonlySet<string>): number {
  const pool = matching(bank, request);
  return exclude && exclude.size > 0 ? pool.filter((q) => !exclude.has(q.id)).length : pool.length;
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Takes one item from each list in turn until all are empty. */
function roundRobin<T>(lists: T[][]): T[] {
  const out: T[] = [];
  const queues = lists.map((l) => [...l]);
  let added = true;
  while (added) {
    added = false;
    for (const queue of queues) {
      const next = queue.shift();
      if (next !== undefined) {
        out.push(next);
        added = true;
      }
    }
  }
  return out;
}

/**
 * The quiz's questions, at most `request.length` (an explicit `questionIds` list
 * keeps its order), never one in `exclude` (questions held back from this student).
 * Throws `NoQuestionsError` when nothing matches, or everything matching is excluded.
 */
export function selectQuestions(
  bank: QuestionBank,
  request: QuizRequest,
  seed: string,
  exclude?: ReadonlySet<string>,
): Question[] {
  const matched = matching(bank, request);
  const pool = exclude && exclude.size > 0 ? matched.filter((q) => !exclude.has(q.id)) : matched;
  if (pool.length === 0) throw new NoQuestionsError(matched.length > 0 ? ALL_HELD_BACK_MESSAGE : undefined);
  if (request.questionIds && request.questionIds.length > 0) return pool.slice(0, request.length);

  const rng = new SeededRandom(`select|${seed}`);
  // Sort first so the result depends only on the seed and the pool, not on bank order.
  const sorted = [...pool].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byType = groupBy(sorted, (q) => q.type);
  const typeOrder = rng.shuffle([...byType.keys()].sort());
  const perType = typeOrder.map((type) => {
    const byCategory = groupBy(rng.shuffle(byType.get(type)!), (q) => q.category);
    const categoryOrder = rng.shuffle([...byCategory.keys()].sort());
    return roundRobin(categoryOrder.map((c) => byCategory.get(c)!));
  });
  return roundRobin(perType).slice(0, request.length);
}

/**
 * An assignment's questions: the same for every student of the class (item analysis compares like
 * with like), drawn with the assignment's own seed. Its attempts and the held-back questions
 * (withheld-questions.ts) both use this, so they cannot drift apart. `hidden`: questions the
 * student's teachers hid, left out of a new attempt (the draw of the rest stays seeded).
 */
export function selectAssignmentQuestions(
  bank: QuestionBank,
  assignmentId: string,
  request: QuizRequest,
  hidden?: ReadonlySet<string>,
): Question[] {
  return selectQuestions(bank, request, `assignment:${assignmentId}`, hidden);
}
