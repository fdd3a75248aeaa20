/**
 * What the host's screen shows (and the class sees projected): the PIN, the question without its key,
 * how many of the players answered, and once revealed the distribution of answers, the key, the
 * explanation and citations, and the leaderboard the host chose. The count is one indexed query; the
 * distribution reads the question's answers only after the reveal.
 */
import "server-only";
import { parseStoredJson } from "../attempts/attempt-record";
import type { Actor } from "../auth/policy";
import { questionLookupFor } from "../curation/question-source";
import type { Database } from "../db/create-client";
import { toPublicQuestion } from "../questions/public-view";
import type { PublicQuestion } from "../questions/types";
import { distributionOf, type AnswerDistribution, type Leaderboard, type LivePhase, type LiveSettings } from "./live-rules";
import { optionSeedFor, requireHostedSession } from "./live-session-record";
import { loadLeaderboard, revealOf, type LiveReveal } from "./live-standings";
import { countdownFor, type LiveCountdown } from "./player-view";

export interface HostView {
  sessionId: string;
  version: number;
  /** Null once the session ended (the PIN is free again). */
  pin: string | null;
  title: string;
  phase: LivePhase;
  paused: boolean;
  settings: LiveSettings;
  questionNumber: number | null;
  questionCount: number;
  skippedCount: number;
  players: { nickname: string; guest: boolean }[];
  question: PublicQuestion | null;
  /** The host's plain countdown (players with extra time have longer). */
  countdown: LiveCountdown | null;
  answered: number;
  distribution: AnswerDistribution | null;
  reveal: LiveReveal | null;
  leaderboard: Leaderboard;
}

export async function loadHostView(db: Database, teacher: Actor, sessionId: string, now = new Date()): Promise<HostView> {
  const session = await requireHostedSession(db, teacher, sessionId);
  const questionId = session.currentQuestionId;
  const revealed = session.phase === "revealed" && questionId !== null;
  const [question, players, answered, answers, leaderboard] = await Promise.all([
    questionId ? questionLookupFor(db, [questionId]).then((lookup) => lookup(questionId) ?? null) : null,
    db.livePlayer.findMany({ where: { sessionId }, select: { nickname: true, userId: true }, orderBy: { joinedAt: "asc" } }),
    questionId ? db.liveAnswer.count({ where: { sessionId, questionId } }) : 0,
    revealed ? db.liveAnswer.findMany({ where: { sessionId, questionId }, select: { response: true, score: true, correct: true } }) : [],
    loadLeaderboard(db, session),
  ]);
  return {
    sessionId,
    version: session.version,
    pin: session.pin,
    title: session.title,
    phase: session.phase,
    paused: session.pausedAt !== null,
    settings: {
      countdownSeconds: session.countdownSeconds,
      speedPoints: session.speedPoints,
      leaderboard: session.leaderboard,
      guestsAllowed: session.guestsAllowed,
    },
    questionNumber: questionId ? session.currentIndex + 1 : null,
    questionCount: session.questionIds.length,
    skippedCount: session.skippedIds.length,
    players: players.map((p) => ({ nickname: p.nickname, guest: p.userId === null })),
    question: question ? toPublicQuestion(question, optionSeedFor(sessionId)) : null,
    countdown: countdownFor(session, 1, now),
    answered,
    distribution: revealed ? distributionOf(answers.map((a) => ({ ...a, response: parseStoredJson(a.response) }))) : null,
    reveal: revealed && question ? revealOf(question) : null,
    leaderboard,
  };
}
