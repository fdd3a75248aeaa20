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
import type { PublicQuestion, Question } from "../questions/types";
import { answerWindowMs, type Leaderboard, type LivePhase } from "./live-rules";
import { hashGuestToken, loadLiveSession, optionSeedFor, playerSelect, requirePlayer, type PlayerIdentity } from "./live-session-record";
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

// ---------------------------------------------------------------------------
// One read for every stream at once
//
// A host command reaches every open player stream of this instance in the same turn of the event loop,
// and each re-reads its view: 150 streams reading their own session row, player, answer and total is
// 600 queries for what is one session and one question. So reads asked for in the same turn are made
// together (a small DataLoader): the first caller opens a batch, everyone asking before it starts
// (setImmediate) joins it, and the batch reads all their keys with one query. The read starts after
// the last caller asked, so no one is handed a state older than the one they asked after.

type Batch<V> = { keys: Set<string>; result: Promise<Map<string, V>> };

/** `context` is what the first caller of a batch knew of the scope (every caller of one scope knows the same). */
function batched<V, C = undefined>(load: (db: Database, scope: string, keys: string[], context: C) => Promise<Map<string, V>>) {
  const open = new WeakMap<Database, Map<string, Batch<V>>>();
  return async (db: Database, scope: string, key: string, context: C): Promise<V | undefined> => {
    let byScope = open.get(db);
    if (!byScope) open.set(db, (byScope = new Map()));
    let batch = byScope.get(scope);
    if (!batch) {
      const keys = new Set<string>();
      const scopes = byScope;
      const result = new Promise<Map<string, V>>((resolve, reject) => {
        setImmediate(() => {
          scopes.delete(scope);
          load(db, scope, [...keys], context).then(resolve, reject);
        });
      });
      batch = { keys, result };
      byScope.set(scope, batch);
    }
    batch.keys.add(key);
    return (await batch.result).get(key);
  };
}

type LiveSession = Awaited<ReturnType<typeof loadLiveSession>>;
type Player = Awaited<ReturnType<typeof requirePlayer>>;

/** The session row (scope and key: its id); a missing session rejects every caller with the 404. */
const sessionRead = batched<LiveSession>(async (db, sessionId) => new Map([[sessionId, await loadLiveSession(db, sessionId)]]));

/** Players by "u:<userId>" or "g:<token hash>" (scope: the session id), one query for all. */
const playerRead = batched<Player>(async (db, sessionId, keys) => {
  const userIds = keys.filter((key) => key.startsWith("u:")).map((key) => key.slice(2));
  const hashes = keys.filter((key) => key.startsWith("g:")).map((key) => key.slice(2));
  const rows = await db.livePlayer.findMany({
    where: { sessionId, OR: [{ userId: { in: userIds } }, { guestTokenHash: { in: hashes } }] },
    select: { ...playerSelect, guestTokenHash: true },
  });
  const found = new Map<string, Player>();
  for (const { guestTokenHash, ...player } of rows) {
    if (player.userId) found.set(`u:${player.userId}`, player);
    if (guestTokenHash) found.set(`g:${guestTokenHash}`, player);
  }
  return found;
});

/** The part every player sees alike at one version (scope and key: "sessionId version"). */
const sharedRead = batched<{ question: Question | null; leaderboard: Leaderboard }, LiveSession>(async (db, key, _keys, session) => {
  const questionId = session.currentQuestionId;
  const [question, leaderboard] = await Promise.all([
    questionId ? questionLookupFor(db, [questionId]).then((lookup) => lookup(questionId) ?? null) : null,
    loadLeaderboard(db, session),
  ]);
  return new Map([[key, { question, leaderboard }]]);
});

interface PlayerAnswers {
  answer: { response: string; answeredAt: Date; score: number; correct: boolean; points: number } | null;
  total: number;
}

/** Each player's answer to the question on screen and their counted points (scope: "sessionId version"), two queries for all. */
const answersRead = batched<PlayerAnswers, LiveSession>(async (db, _key, playerIds, session) => {
  const questionId = session.currentQuestionId;
  // Points of the open question would tell the verdict before the reveal; skipped ones never count.
  const uncounted = session.phase === "question" && questionId ? [...session.skippedIds, questionId] : session.skippedIds;
  const [answers, totals] = await Promise.all([
    questionId
      ? db.liveAnswer.findMany({
          where: { sessionId: session.id, questionId, playerId: { in: playerIds } },
          select: { playerId: true, response: true, answeredAt: true, score: true, correct: true, points: true },
        })
      : [],
    db.liveAnswer.groupBy({
      by: ["playerId"],
      where: { sessionId: session.id, playerId: { in: playerIds }, ...(uncounted.length > 0 ? { questionId: { notIn: uncounted } } : {}) },
      _sum: { points: true },
    }),
  ]);
  const answerBy = new Map(answers.map(({ playerId, ...answer }) => [playerId, answer]));
  const totalBy = new Map(totals.map((row) => [row.playerId, Number(row._sum.points ?? 0)]));
  return new Map(playerIds.map((id) => [id, { answer: answerBy.get(id) ?? null, total: totalBy.get(id) ?? 0 }]));
});

async function findPlayerBatched(db: Database, sessionId: string, identity: PlayerIdentity): Promise<Player> {
  const key = identity.user ? `u:${identity.user.id}` : identity.guestToken ? `g:${hashGuestToken(identity.guestToken)}` : null;
  const player = key ? await playerRead(db, sessionId, key, undefined) : undefined;
  // Not found in the batch (or no identity): the one-by-one lookup, which also says why (404).
  return player ?? requirePlayer(db, sessionId, identity);
}

export async function loadPlayerView(db: Database, identity: PlayerIdentity, sessionId: string, now = new Date()): Promise<PlayerView> {
  const session = (await sessionRead(db, sessionId, sessionId, undefined))!;
  const player = await findPlayerBatched(db, sessionId, identity);
  // Everyone reading at one version shares the session state, so the version names the batch.
  const versionKey = `${sessionId} ${session.version}`;
  const [shared, mine] = await Promise.all([sharedRead(db, versionKey, versionKey, session), answersRead(db, versionKey, player.id, session)]);
  const { question, leaderboard } = shared!;
  const { answer, total } = mine!;
  const questionId = session.currentQuestionId;
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
    me: { nickname: player.nickname, points: total },
    leaderboard,
  };
}
