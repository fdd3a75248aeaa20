/**
 * A student's progress: mastery per category and per study set, accuracy by
 * day, study streak and last activity. Read by /student/progress, the study
 * home and the teacher's per-student page. Callers authorize first.
 *
 * Mastery is defined in mastery.ts: latest score per question, summed, over the
 * questions available. Days are UTC days.
 *
 * Answers whose feedback the student may not see yet (an assignment with
 * feedback "after-attempt" still in progress, or "after-due" before the
 * student's due date) are left out of mastery and accuracy for the student's
 * own view, so the progress page cannot reveal what the quiz hides. So are
 * answers, in any attempt, to questions an assignment holds back from the
 * student (lib/attempts/withheld-questions.ts): a mastery figure that moves
 * after such an answer would tell whether it was right. They still count as
 * activity. Teachers pass `{ includeHiddenFeedback: true }`.
 */
import "server-only";
import type { Database } from "../db/create-client";
import type { QuestionCategory } from "../questions/types";
import { isTeacherQuestionId, loadQuestionsByIds } from "../curation/question-source";
import { loadQuestionBank } from "../questions/load-bank";
import { loadKnowledgeBase } from "../content/load-knowledge-base";
import { latestScores, masteryByCategory, masteryByTopic, type MasteryConfidence, type ScoredAnswer } from "./mastery";
import { streakDays, utcDay } from "./streak";
import { effectiveDueAt, feedbackVisible } from "../attempts/attempt-rules";
import { loadWithheldQuestions, NOTHING_WITHHELD, type WithheldQuestions } from "../attempts/withheld-questions";

export interface CategoryMastery {
  category: QuestionCategory;
  /** 0..1: sum of the latest score of every question / questions available. */
  mastery: number;
  /** Distinct questions answered at least once. */
  answered: number;
  /** Questions in the bank for this category. */
  available: number;
  confidence: MasteryConfidence;
}

export interface TopicMastery {
  setId: string;
  title: string;
  /** Study-set group: "battle" | "theme" | "month" | "category". */
  group: string;
  mastery: number;
  answered: number;
  available: number;
  confidence: MasteryConfidence;
}

export interface DailyAccuracy {
  /** UTC day, YYYY-MM-DD. */
  date: string;
  answered: number;
  /** Answers with full marks. */
  correct: number;
  /** Mean score of that day's answers, 0..1 (partial credit counts). */
  score: number;
}

export interface StudentProgress {
  masteryByCategory: CategoryMastery[];
  masteryByTopic: TopicMastery[];
  /** Days with at least one answer, oldest first. */
  accuracyByDay: DailyAccuracy[];
  /** Consecutive UTC days with an answer or a flashcard review, ending today or yesterday. */
  streakDays: number;
  /** ISO time of the latest answer or review. */
  lastActiveAt: string | null;
  /** Distinct questions answered at all (any category). */
  questionsAnswered: number;
  /** Answers held back because their feedback is not released yet (student view only). */
  hiddenAnswers: number;
}

export interface ProgressOptions {
  /** Teachers see every answer, released or not. Default false (the student's own view). */
  includeHiddenFeedback?: boolean;
  /** The student's held-back questions, when the caller has loaded them already (the study home). */
  withheld?: WithheldQuestions;
}

interface AttemptRow {
  kind: string;
  status: string;
  finishedAt: Date | null;
  assignment: {
    feedbackPolicy: string;
    dueAt: Date;
    extensions: { dueAt: Date | null }[];
  } | null;
  responses: { questionId: string; score: number; correct: boolean; answeredAt: Date }[];
}

/** May the student see this attempt's feedback yet? The quiz's own rule (lib/attempts/attempt-rules.ts). */
export function feedbackReleased(attempt: Omit<AttemptRow, "responses">, now: Date): boolean {
  return feedbackVisible({
    kind: attempt.kind,
    feedbackPolicy: attempt.assignment?.feedbackPolicy,
    attemptFinished: attempt.status !== "in-progress",
    dueAt: attempt.assignment ? effectiveDueAt(attempt.assignment, attempt.assignment.extensions[0]) : null,
    now,
  });
}

export async function loadStudentProgress(
  db: Database,
  userId: string,
  now: Date = new Date(),
  options: ProgressOptions = {},
): Promise<StudentProgress> {
  const [attempts, reviews, withheld] = await Promise.all([
    db.attempt.findMany({
      where: { userId, responses: { some: {} } },
      select: {
        kind: true,
        status: true,
        finishedAt: true,
        assignment: {
          select: {
            feedbackPolicy: true,
            dueAt: true,
            extensions: { where: { studentId: userId }, select: { dueAt: true } },
          },
        },
        responses: { select: { questionId: true, score: true, correct: true, answeredAt: true } },
      },
    }) as Promise<AttemptRow[]>,
    db.reviewLog.findMany({ where: { userId }, select: { reviewedAt: true } }),
    options.includeHiddenFeedback
      ? NOTHING_WITHHELD
      : (options.withheld ?? loadWithheldQuestions(db, userId, now)),
  ]);

  const visible: AttemptRow["responses"] = [];
  const activity: Date[] = reviews.map((r) => r.reviewedAt);
  let hiddenAnswers = 0;
  for (const attempt of attempts) {
    const released = options.includeHiddenFeedback || feedbackReleased(attempt, now);
    for (const r of attempt.responses) {
      activity.push(r.answeredAt);
      if (released && !withheld.ids.has(r.questionId)) visible.push(r);
      else hiddenAnswers += 1;
    }
  }

  const bank = loadQuestionBank();
  const kb = loadKnowledgeBase();
  // Teachers' questions the student answered count like generated ones (one query, only when there are any).
  const teacherAnswered = await loadQuestionsByIds(
    db,
    [...new Set(visible.map((r) => r.questionId).filter(isTeacherQuestionId))],
  );
  const questions = teacherAnswered.size > 0 ? [...bank.questions, ...teacherAnswered.values()] : bank.questions;
  const known = new Set(questions.map((q) => q.id));
  const answers: ScoredAnswer[] = visible.filter((r) => known.has(r.questionId));
  const latest = latestScores(answers);

  const groupOf = new Map(kb.studySets.map((s) => [s.id, s.group]));
  const topics = masteryByTopic(questions, kb.studySets, latest).map((t) => ({
    ...t,
    group: groupOf.get(t.setId) ?? "theme",
  }));

  const byDay = new Map<string, DailyAccuracy>();
  for (const r of visible) {
    const date = utcDay(r.answeredAt);
    const day = byDay.get(date) ?? { date, answered: 0, correct: 0, score: 0 };
    day.answered += 1;
    if (r.correct) day.correct += 1;
    day.score += r.score; // sum for now, mean below
    byDay.set(date, day);
  }
  const accuracyByDay = [...byDay.values()]
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .map((d) => ({ ...d, score: d.score / d.answered }));

  let last: Date | null = null;
  for (const at of activity) if (at.getTime() <= now.getTime() && (!last || at > last)) last = at;

  return {
    masteryByCategory: masteryByCategory(questions, latest),
    masteryByTopic: topics,
    accuracyByDay,
    streakDays: streakDays(
      activity.map((at) => utcDay(at)),
      now,
    ),
    lastActiveAt: last ? last.toISOString() : null,
    questionsAnswered: latest.size,
    hiddenAnswers,
  };
}
