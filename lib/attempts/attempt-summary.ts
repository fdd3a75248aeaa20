/**
 * An attempt's results: its score, per-category results and the questions missed, with their keys
 * only while feedback is visible. The rules every attempt operation keeps: attempt-record.ts.
 */
import "server-only";
import type { Actor } from "../auth/policy";
import type { Citation } from "../content/schema";
import type { Database } from "../db/create-client";
import { answerKeyText } from "../questions/answer-key-text";
import type { Question, QuestionCategory } from "../questions/types";
import { QUESTION_CATEGORIES } from "../questions/types";
import { attemptHeading, loadOwnAttempt, regradeStored, resolveQuestions, withheldFor, type OwnAttempt } from "./attempt-record";
import type { AttemptKind, AttemptStatus } from "./attempt-rules";
import { dueFor, feedbackVisibleFor, type AssignmentInfo } from "./attempt-timing";
import type { WithheldQuestions } from "./withheld-questions";

export interface MissedItem {
  questionId: string;
  prompt: string;
  correctAnswer: string | null;
  explanation: string | null;
  sources: Citation[];
  /** false: the attempt ended before this question was answered. */
  answered: boolean;
  /** The score the answer earned (0 when unanswered). */
  score: number;
}

export interface AttemptSummary {
  attemptId: string;
  title: string;
  kind: AttemptKind;
  status: AttemptStatus;
  /** When false, scores are reported as 0 and `missed` is empty (the policy hides them). */
  feedbackVisible: boolean;
  /** ISO: when hidden feedback becomes visible ("after-due" policy), else null. */
  feedbackAvailableAt: string | null;
  assignment: AssignmentInfo | null;
  score: number;
  maxScore: number;
  answered: number;
  total: number;
  byCategory: { category: QuestionCategory; answered: number; total: number; score: number }[];
  missed: MissedItem[];
  /**
   * Questions of this attempt held back by an assignment (withheld-questions.ts): left out of
   * score, byCategory and missed, whatever this attempt's own policy says.
   */
  heldBack: number;
  notice: string | null;
  /** From start to finish (or to the deadline, if time ran out); null while the attempt is open. */
  timeTakenMs: number | null;
}

function summarize(
  attempt: OwnAttempt,
  resolved: { questions: Question[]; missing: number },
  status: AttemptStatus,
  now: Date,
  withheld: WithheldQuestions,
): AttemptSummary {
  const visible = feedbackVisibleFor(attempt, status, now);
  const { questions, missing } = resolved;
  const responses = new Map(attempt.responses.map((r) => [r.questionId, r]));
  const categories = new Map(
    QUESTION_CATEGORIES.map((c) => [c, { category: c as QuestionCategory, answered: 0, total: 0, score: 0 }]),
  );
  const missed: MissedItem[] = [];
  let score = 0;
  let answeredCount = 0;
  let scoredCount = 0;
  let heldBack = 0;
  for (const q of questions) {
    const r = responses.get(q.id);
    if (r) answeredCount++;
    // Held back by an assignment: counted as answered, but no score, key or explanation.
    if (visible && withheld.ids.has(q.id)) {
      heldBack++;
      continue;
    }
    const row = categories.get(q.category)!;
    row.total++;
    if (r) {
      row.answered++;
      row.score += r.score;
      score += r.score;
      scoredCount++;
    }
    const isMissed = r ? r.score < 1 : status !== "in-progress";
    if (isMissed && visible) {
      const feedback = r ? regradeStored(q, r.answer) : null;
      missed.push({
        questionId: q.id,
        prompt: q.prompt,
        correctAnswer: feedback?.correctAnswer ?? answerKeyText(q),
        explanation: q.explanation,
        sources: q.sources,
        answered: Boolean(r),
        score: r?.score ?? 0,
      });
    }
  }
  const policy = attempt.assignment?.feedbackPolicy;
  const due = dueFor(attempt.assignment);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    attemptId: attempt.id,
    ...attemptHeading(attempt, missing, heldBack),
    status,
    feedbackVisible: visible,
    feedbackAvailableAt: !visible && policy === "after-due" && due ? due.toISOString() : null,
    score: visible ? round(score) : 0,
    maxScore: visible ? scoredCount : 0,
    answered: answeredCount,
    total: questions.length,
    byCategory: [...categories.values()]
      .filter((c) => c.total > 0)
      .map((c) => ({ ...c, score: visible ? round(c.score) : 0 })),
    missed,
    heldBack,
    timeTakenMs: timeTaken(attempt, status, now),
  };
}

/** Start to finish; an attempt finished or expired by this very request has no finishedAt loaded yet. */
function timeTaken(attempt: OwnAttempt, status: AttemptStatus, now: Date): number | null {
  if (status === "in-progress") return null;
  const end = attempt.finishedAt ?? (status === "expired" ? attempt.deadlineAt : null) ?? now;
  return Math.max(0, end.getTime() - attempt.startedAt.getTime());
}

/** The summary of an attempt already loaded, at the status in force. */
export async function summarizeOwnAttempt(
  db: Database,
  user: Actor,
  attempt: OwnAttempt,
  status: AttemptStatus,
  now: Date,
): Promise<AttemptSummary> {
  const [resolved, withheld] = await Promise.all([
    resolveQuestions(db, attempt.questionIds),
    withheldFor(db, user, attempt, feedbackVisibleFor(attempt, status, now), now),
  ]);
  return summarize(attempt, resolved, status, now, withheld);
}

/** Score, per-category results and the missed questions (keys only while feedback is visible). */
export async function loadAttemptSummary(
  db: Database,
  user: Actor,
  attemptId: string,
  now = new Date(),
): Promise<AttemptSummary> {
  const { attempt, status } = await loadOwnAttempt(db, user, attemptId, now);
  return summarizeOwnAttempt(db, user, attempt, status, now);
}
