/**
 * What a player's screen shows, read fresh from the database on every change, so a reload, a
 * reconnect or another device lands on the current question with the player's answer kept. The
 * question is the key-free public view (lib/questions/public-view.ts); the key, the explanation and
 * the player's verdict appear only once the host has revealed the question.
 */
import "server-only";
import { parseStoredJson } from "../attempts/attempt-record";
import { questionLookupFor } from "../curation/question-source";
import type { Database } from "../db/create-client";
import { toPublicQuestion } from "../questions/public-view";
import type { PublicQuestion } from "../questions/types";
import { answerWindowMs, type Leaderboard, type LivePhase } from "./live-rules";
import { loadLiveSession, optionSeedFor, requirePlayer, type PlayerIdentity } from "./live-session-record";
import { loadLeaderboard, revealOf, type LiveReveal } from "./live-standings";

export interface LiveCountdown {
  /** The player's own countdown: the host's × their time multiplier. */
  seconds: number;
  /** Milliseconds left now (paused time not counted), at least 0. */
  remainingMs: number;
  paused: boolean;
}

export interface PlayerView {
  sessionId: string;
  version: number;
  title: string;
  phase: LivePhase;
  paused: boolean;
  /** 1-based; null in the lobby. */
  questionNumber: number | null;
  questionCount: number;
  question: PublicQuestion | null;
  countdown: LiveCountdown | null;
  /** The player's answer to the question on screen, as sent. */
  myAnswer: { response: unknown; answeredAt: string } | null;
  /** Only after the reveal: the key, the explanation, and how the player's own answer did. */
  reveal: (LiveReveal & { yourResult: { score: number; correct: boolean; points: number } | null }) | null;
  me: { nickname: string; points: number };
  leaderboard: Leaderboard;
}

export function countdownFor(
  session: { countdownSeconds: number | null; questionOpenedAt: Date | null; pausedAt: Date | null; phase: LivePhase },
  timeMultiplier: number,
  now: Date,
): LiveCountdown | null {
  const windowMs = answerWindowMs(session.countdownSeconds, timeMultiplier);
  if (windowMs === null || session.phase !== "question" || !session.questionOpenedAt) return null;
  const clock = session.pausedAt ?? now;
  const remainingMs = Math.max(0, windowMs - (clock.getTime() - session.questionOpenedAt.getTime()));
  return { seconds: windowMs / 1000, remainingMs, paused: session.pausedAt !== null };
}

export async function loadPlayerView(db: Database, identity: PlayerIdentity, sessionId: string, now = new Date()): Promise<PlayerView> {
  const session = await loadLiveSession(db, sessionId);
  const player = await requirePlayer(db, sessionId, identity);
  const questionId = session.currentQuestionId;
  // Points of the open question would tell the verdict before the reveal; skipped ones never count.
  const uncounted = session.phase === "question" && questionId ? [...session.skippedIds, questionId] : session.skippedIds;
  const [question, answer, total, leaderboard] = await Promise.all([
    questionId ? questionLookupFor(db, [questionId]).then((lookup) => lookup(questionId) ?? null) : null,
    questionId
      ? db.liveAnswer.findUnique({
          where: { playerId_questionId: { playerId: player.id, questionId } },
          select: { response: true, answeredAt: true, score: true, correct: true, points: true },
        })
      : null,
    db.liveAnswer.aggregate({
      where: { playerId: player.id, ...(uncounted.length > 0 ? { questionId: { notIn: uncounted } } : {}) },
      _sum: { points: true },
    }),
    loadLeaderboard(db, session),
  ]);
  const revealed = session.phase === "revealed" && question !== null;
  return {
    sessionId,
    version: session.version,
    title: session.title,
    phase: session.phase,
    paused: session.pausedAt !== null,
    questionNumber: questionId ? session.currentIndex + 1 : null,
    questionCount: session.questionIds.length,
    question: question ? toPublicQuestion(question, optionSeedFor(sessionId)) : null,
    countdown: countdownFor(session, player.timeMultiplier, now),
    myAnswer: answer ? { response: parseStoredJson(answer.response), answeredAt: answer.answeredAt.toISOString() } : null,
    reveal: revealed
      ? { ...revealOf(question), yourResult: answer ? { score: answer.score, correct: answer.correct, points: answer.points } : null }
      : null,
    me: { nickname: player.nickname, points: Number(total._sum.points ?? 0) },
    leaderboard,
  };
}
