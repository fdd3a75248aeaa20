/**
 * What both views show once a question is revealed or the session ends: the key written out with its
 * explanation and citations, and the points per player (skipped questions left out) for the
 * leaderboard the host chose. Nothing here may be sent before the reveal.
 */
import "server-only";
import type { Citation } from "../content/schema";
import type { Database } from "../db/create-client";
import { answerKeyText } from "../questions/answer-key-text";
import type { Question } from "../questions/types";
import { leaderboardFor, type Leaderboard, type LeaderboardMode } from "./live-rules";

export interface LiveReveal {
  correctAnswer: string;
  /** The options that were right (choice questions; "true"/"false" for true/false), to mark them on screen. */
  correctOptionIds: string[];
  explanation: string;
  sources: Citation[];
  sourceNote?: string;
}

export function revealOf(question: Question): LiveReveal {
  const correctOptionIds =
    question.type === "multiple-choice" ? [...question.answer.correct] : question.type === "true-false" ? [String(question.answer.value)] : [];
  return {
    correctAnswer: answerKeyText(question),
    correctOptionIds,
    explanation: question.explanation,
    sources: question.sources,
    ...(question.sourceNote ? { sourceNote: question.sourceNote } : {}),
  };
}

/** Each player's points over the questions not skipped: one grouped query and the players' nicknames. */
export async function loadPlayerPoints(
  db: Database,
  session: { id: string; skippedIds: readonly string[] },
): Promise<{ playerId: string; nickname: string; points: number }[]> {
  const [players, sums] = await Promise.all([
    db.livePlayer.findMany({ where: { sessionId: session.id }, select: { id: true, nickname: true }, orderBy: { joinedAt: "asc" } }),
    db.liveAnswer.groupBy({
      by: ["playerId"],
      where: { sessionId: session.id, ...(session.skippedIds.length > 0 ? { questionId: { notIn: [...session.skippedIds] } } : {}) },
      _sum: { points: true },
    }),
  ]);
  const pointsBy = new Map(sums.map((row) => [row.playerId, Number(row._sum.points ?? 0)]));
  return players.map((player) => ({ playerId: player.id, nickname: player.nickname, points: pointsBy.get(player.id) ?? 0 }));
}

/** The leaderboard, when the host chose one and the moment allows it (after a reveal, or at the end). */
export async function loadLeaderboard(
  db: Database,
  session: { id: string; skippedIds: readonly string[]; leaderboard: LeaderboardMode; phase: string },
): Promise<Leaderboard> {
  if (session.leaderboard === "off" || (session.phase !== "revealed" && session.phase !== "ended")) return { mode: "off" };
  return leaderboardFor(session.leaderboard, await loadPlayerPoints(db, session));
}
