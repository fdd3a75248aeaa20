/**
 * Item analysis of one assignment (/teacher/classes/[classId]/assignments/[assignmentId]).
 *
 * Uses each student's FIRST finished attempt (Moodle's default, "first
 * attempt"): later attempts are practice with feedback already seen, so they
 * would make every question look easier and blur discrimination. Attempts a
 * time limit ended ("expired") count as finished; questions left unanswered
 * score 0. See item-statistics.ts for the formulas.
 */
import "server-only";
import type { Actor } from "../../auth/policy";
import type { Citation } from "../../content/schema";
import type { Database } from "../../db/create-client";
import { questionLookupFor } from "../../curation/question-source";
import type { Question, QuestionCategory, QuestionType } from "../../questions/types";
import { computeItemStatistics, mostCommon, type ItemStatistic } from "../item-statistics";
import { answerKeyText } from "../../questions/answer-key-text";
import { describeAnswer } from "./answer-text";
import { requireOwnClass } from "../../classes/class-access";
import { average, type AssignmentInfo } from "./shared";

export interface ItemRow extends ItemStatistic {
  /** null when the question is no longer in the bank (content changed since). */
  question: {
    prompt: string;
    category: QuestionCategory;
    type: QuestionType;
    correctAnswer: string;
    explanation: string;
    sources: Citation[];
  } | null;
  /** Position of the question in the analysis (1-based), by order of appearance. */
  number: number;
  /** Top three wrong (not full-marks) answers. */
  wrongAnswers: { text: string; count: number }[];
  /** Answers that earned less than full marks. */
  wrongCount: number;
}

/**
 * One question's row of an item analysis: its statistics, the question written out with its key (null
 * when it has left the bank) and the three most common wrong answers. Assignments and live sessions share it.
 */
export function itemRow(
  stat: ItemStatistic,
  number: number,
  question: Question | undefined,
  wrongAnswers: readonly { key: string; text: string }[],
): ItemRow {
  return {
    ...stat,
    number,
    question: question
      ? {
          prompt: question.prompt,
          category: question.category,
          type: question.type,
          correctAnswer: answerKeyText(question),
          explanation: question.explanation,
          sources: question.sources,
        }
      : null,
    wrongAnswers: mostCommon(wrongAnswers, 3).map(({ answer, count }) => ({ text: answer.text, count })),
    wrongCount: wrongAnswers.length,
  };
}

export interface ItemAnalysis {
  class: { id: string; name: string };
  assignment: AssignmentInfo;
  /** First finished attempts analysed (one per student). */
  attemptsAnalysed: number;
  /** Mean score of those attempts, 0..1. */
  averageScore: number | null;
  items: ItemRow[];
}

const CHUNK = 500;

/** null when the assignment does not exist in this class. */
export async function loadItemAnalysis(
  db: Database,
  actor: Actor,
  classId: string,
  assignmentId: string,
): Promise<ItemAnalysis | null> {
  const klass = await requireOwnClass(db, actor, classId);
  const assignment = await db.assignment.findUnique({
    where: { id: assignmentId },
    select: { id: true, classId: true, title: true, opensAt: true, dueAt: true, timeZone: true },
  });
  if (!assignment || assignment.classId !== klass.id) return null;

  const finished = await db.attempt.findMany({
    where: { assignmentId, status: { in: ["finished", "expired"] } },
    orderBy: [{ userId: "asc" }, { startedAt: "asc" }, { id: "asc" }],
    select: { id: true, userId: true, questionIds: true },
  });
  const firsts: typeof finished = [];
  for (const attempt of finished) {
    if (firsts.length === 0 || firsts[firsts.length - 1]!.userId !== attempt.userId) firsts.push(attempt);
  }

  // Scores from the covering index Response(attemptId, questionId, score); answer texts only for wrong ones.
  const scores: { attemptId: string; questionId: string; score: number }[] = [];
  const wrongRows: { questionId: string; answer: string }[] = [];
  for (let i = 0; i < firsts.length; i += CHUNK) {
    const ids = firsts.slice(i, i + CHUNK).map((a) => a.id);
    const [chunkScores, chunkWrong] = await Promise.all([
      db.response.findMany({ where: { attemptId: { in: ids } }, select: { attemptId: true, questionId: true, score: true } }),
      db.response.findMany({ where: { attemptId: { in: ids }, score: { lt: 1 } }, select: { questionId: true, answer: true } }),
    ]);
    scores.push(...chunkScores);
    wrongRows.push(...chunkWrong);
  }
  const byAttempt = new Map<string, Map<string, number>>();
  for (const r of scores) {
    if (!byAttempt.has(r.attemptId)) byAttempt.set(r.attemptId, new Map());
    byAttempt.get(r.attemptId)!.set(r.questionId, r.score);
  }
  // Teachers' questions ("tq:…@v") are read in one query; a bank-only assignment reads none.
  const findQuestion = await questionLookupFor(db, new Set(scores.map((r) => r.questionId)));
  const wrong = new Map<string, { key: string; text: string }[]>();
  for (const r of wrongRows) {
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(r.answer);
    } catch {
      parsed = r.answer;
    }
    if (!wrong.has(r.questionId)) wrong.set(r.questionId, []);
    wrong.get(r.questionId)!.push(describeAnswer(findQuestion(r.questionId), parsed));
  }

  const matrix = firsts.map((attempt) => {
    const answered = byAttempt.get(attempt.id) ?? new Map<string, number>();
    const scores = new Map<string, number>();
    let asked: unknown;
    try {
      asked = JSON.parse(attempt.questionIds);
    } catch {
      asked = [];
    }
    for (const id of Array.isArray(asked) ? (asked as unknown[]) : []) {
      if (typeof id === "string") scores.set(id, answered.get(id) ?? 0);
    }
    for (const [id, score] of answered) if (!scores.has(id)) scores.set(id, score);
    return { scores, total: scores.size };
  });

  const items: ItemRow[] = computeItemStatistics(matrix).map((stat, index) =>
    itemRow(stat, index + 1, findQuestion(stat.questionId), wrong.get(stat.questionId) ?? []),
  );

  const attemptScores = matrix.flatMap((m) => {
    if (m.total === 0) return [];
    let sum = 0;
    for (const s of m.scores.values()) sum += s;
    return [sum / m.total];
  });

  return {
    class: { id: klass.id, name: klass.name },
    assignment: {
      id: assignment.id,
      title: assignment.title,
      opensAt: assignment.opensAt,
      dueAt: assignment.dueAt,
      timeZone: assignment.timeZone,
    },
    attemptsAnalysed: firsts.length,
    averageScore: average(attemptScores),
    items,
  };
}

