/**
 * Most-missed facts (/teacher/classes/[classId]/missed): the questions, and the
 * facts behind them (events, places, forces, figures via question.refs), with
 * the lowest mean score across the class's answers. "The class's answers":
 * every answer in an attempt of one of the class's assignments, plus the
 * practice answers of the students enrolled now. Only questions and facts with
 * at least MIN_ANSWERS answers are ranked, so one unlucky answer does not top
 * the list. Counting runs in SQL (grouped by question); facts are summed in JS.
 *
 * The joins are written as CROSS JOIN with the conditions in WHERE: SQLite then
 * keeps the written order (class → attempts → responses through the covering
 * index Response(attemptId, questionId, score)) instead of scanning every
 * response in the database by question id; PostgreSQL plans them as usual.
 */
import "server-only";
import { loadKnowledgeBase } from "../../content/load-knowledge-base";
import type { Actor } from "../../auth/policy";
import type { Citation } from "../../content/schema";
import type { Database } from "../../db/create-client";
import { questionLookupFor } from "../../curation/question-source";
import type { QuestionCategory, QuestionRefs } from "../../questions/types";
import { answerKeyText } from "../../questions/answer-key-text";
import { requireOwnClass } from "../../classes/class-access";
import { toNumber } from "./shared";

export const MIN_ANSWERS = 5;
export const DEFAULT_LIMIT = 15;

export type FactKind = "event" | "place" | "force" | "figure";

export interface MissedQuestion {
  questionId: string;
  prompt: string;
  category: QuestionCategory;
  correctAnswer: string;
  explanation: string;
  sources: Citation[];
  answers: number;
  /** Mean score 0..1. */
  meanScore: number;
}

export interface MissedFact {
  kind: FactKind;
  id: string;
  label: string;
  /** A sentence about the fact in the app's words, when the content has one. */
  summary: string | null;
  sources: Citation[];
  answers: number;
  meanScore: number;
  /** Questions about this fact that were answered, hardest first (at most 3 shown). */
  questions: { questionId: string; prompt: string; explanation: string; meanScore: number; answers: number }[];
}

export interface MostMissed {
  class: { id: string; name: string };
  /** Answers counted in total. */
  answersCounted: number;
  questions: MissedQuestion[];
  facts: MissedFact[];
}

interface Row {
  questionId: string;
  n: unknown;
  total: unknown;
}

const REF_KINDS: [keyof QuestionRefs, FactKind][] = [
  ["events", "event"],
  ["places", "place"],
  ["forces", "force"],
  ["figures", "figure"],
];

function factInfo(kind: FactKind, id: string): { label: string; summary: string | null; sources: Citation[] } | null {
  const kb = loadKnowledgeBase();
  switch (kind) {
    case "event": {
      const e = kb.events.find((x) => x.id === id);
      return e ? { label: e.title, summary: e.summary, sources: e.citations } : null;
    }
    case "place": {
      const p = kb.places.find((x) => x.id === id);
      return p ? { label: p.name, summary: p.description ?? null, sources: p.citations } : null;
    }
    case "force": {
      const f = kb.forces.find((x) => x.id === id);
      return f ? { label: f.name, summary: f.description, sources: f.citations } : null;
    }
    case "figure": {
      const f = kb.figures.find((x) => x.id === id);
      if (!f) return null;
      const event = kb.events.find((x) => x.id === f.event);
      return {
        label: `${f.subject} (${f.unit})${event ? `: ${event.title}` : ""}`,
        summary: null,
        sources: f.claims.flatMap((c) => c.citations),
      };
    }
  }
}

function uniqueCitations(citations: readonly Citation[], limit = 4): Citation[] {
  const seen = new Map<string, Citation>();
  for (const c of citations) seen.set(`${c.doc}|${c.section}`, c);
  return [...seen.values()].slice(0, limit);
}

export async function loadMostMissed(
  db: Database,
  actor: Actor,
  classId: string,
  options: { minAnswers?: number; limit?: number } = {},
): Promise<MostMissed> {
  const minAnswers = options.minAnswers ?? MIN_ANSWERS;
  const limit = options.limit ?? DEFAULT_LIMIT;
  const klass = await requireOwnClass(db, actor, classId);

  const [assigned, practice] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT r."questionId" AS "questionId", COUNT(*) AS "n", SUM(r."score") AS "total"
      FROM "Assignment" s
      CROSS JOIN "Attempt" a
      CROSS JOIN "Response" r
      WHERE s."classId" = ${classId} AND a."assignmentId" = s."id" AND r."attemptId" = a."id"
      GROUP BY r."questionId"`,
    db.$queryRaw<Row[]>`
      SELECT r."questionId" AS "questionId", COUNT(*) AS "n", SUM(r."score") AS "total"
      FROM "Enrollment" e
      CROSS JOIN "Attempt" a
      CROSS JOIN "Response" r
      WHERE e."classId" = ${classId} AND e."removedAt" IS NULL AND a."userId" = e."studentId"
        AND a."kind" = 'practice' AND r."attemptId" = a."id"
      GROUP BY r."questionId"`,
  ]);

  const perQuestion = new Map<string, { n: number; total: number }>();
  let answersCounted = 0;
  for (const row of [...assigned, ...practice]) {
    const n = toNumber(row.n) ?? 0;
    const total = toNumber(row.total) ?? 0;
    answersCounted += n;
    const entry = perQuestion.get(row.questionId) ?? { n: 0, total: 0 };
    entry.n += n;
    entry.total += total;
    perQuestion.set(row.questionId, entry);
  }

  const findQuestion = await questionLookupFor(db, perQuestion.keys());
  const questions: MissedQuestion[] = [];
  const facts = new Map<string, { kind: FactKind; id: string; n: number; total: number; questions: MissedFact["questions"] }>();
  for (const [questionId, { n, total }] of perQuestion) {
    const q = findQuestion(questionId);
    if (!q) continue;
    const meanScore = total / n;
    if (n >= minAnswers) {
      questions.push({
        questionId,
        prompt: q.prompt,
        category: q.category,
        correctAnswer: answerKeyText(q),
        explanation: q.explanation,
        sources: q.sources,
        answers: n,
        meanScore,
      });
    }
    for (const [field, kind] of REF_KINDS) {
      for (const id of q.refs[field]) {
        const key = `${kind}:${id}`;
        const fact = facts.get(key) ?? { kind, id, n: 0, total: 0, questions: [] };
        fact.n += n;
        fact.total += total;
        fact.questions.push({ questionId, prompt: q.prompt, explanation: q.explanation, meanScore, answers: n });
        facts.set(key, fact);
      }
    }
  }

  const byMean = <T extends { meanScore: number; answers: number }>(a: T, b: T) =>
    a.meanScore - b.meanScore || b.answers - a.answers;

  const factRows: MissedFact[] = [];
  for (const fact of facts.values()) {
    if (fact.n < minAnswers) continue;
    const info = factInfo(fact.kind, fact.id);
    if (!info) continue;
    const hardest = [...fact.questions].sort(byMean).slice(0, 3);
    const fromQuestions = hardest.flatMap((h) => findQuestion(h.questionId)?.sources ?? []);
    factRows.push({
      kind: fact.kind,
      id: fact.id,
      label: info.label,
      summary: info.summary,
      sources: uniqueCitations(info.sources.length > 0 ? info.sources : fromQuestions),
      answers: fact.n,
      meanScore: fact.total / fact.n,
      questions: hardest,
    });
  }

  return {
    class: { id: klass.id, name: klass.name },
    answersCounted,
    questions: questions.sort(byMean).slice(0, limit),
    facts: factRows.sort(byMean).slice(0, limit),
  };
}
