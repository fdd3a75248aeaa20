/**
 * What every live-session operation shares: reading the session row, the host guard, finding the
 * caller's player (a signed-in student, or a guest by the token in their cookie), and the guest token.
 */
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { canHostLiveSession, type Actor } from "../auth/policy";
import type { Database } from "../db/create-client";
import { HttpError } from "../errors";
import { LIVE_PHASES, LEADERBOARD_MODES, type LiveState } from "./live-rules";

export const LIVE_SESSION_NOT_FOUND = "There is no such live session.";

export const liveSessionSelect = {
  id: true,
  classId: true,
  hostId: true,
  pin: true,
  title: true,
  questionIds: true,
  currentIndex: true,
  phase: true,
  skippedIds: true,
  questionOpenedAt: true,
  pausedAt: true,
  countdownSeconds: true,
  speedPoints: true,
  leaderboard: true,
  guestsAllowed: true,
  version: true,
  class: { select: { teacherId: true } },
} as const;

const IdListSchema = z.array(z.string());
const PhaseSchema = z.enum(LIVE_PHASES);
const LeaderboardSchema = z.enum(LEADERBOARD_MODES);

export type LiveSessionRecord = Awaited<ReturnType<typeof readLiveSession>>;

function parseIdList(json: string): string[] {
  try {
    return IdListSchema.parse(JSON.parse(json));
  } catch {
    return [];
  }
}

async function readLiveSession(db: Database, sessionId: string) {
  const row = await db.liveSession.findUnique({ where: { id: sessionId }, select: liveSessionSelect });
  if (!row) return null;
  const questionIds = parseIdList(row.questionIds);
  return {
    ...row,
    questionIds,
    skippedIds: parseIdList(row.skippedIds),
    phase: PhaseSchema.catch("ended").parse(row.phase),
    leaderboard: LeaderboardSchema.catch("off").parse(row.leaderboard),
    /** The question on screen (open or revealed), or null in the lobby and at the end. */
    currentQuestionId:
      row.phase === "question" || row.phase === "revealed" ? (questionIds[row.currentIndex] ?? null) : null,
  };
}

/** The session, or 404. */
export async function loadLiveSession(db: Database, sessionId: string) {
  const session = await readLiveSession(db, sessionId);
  if (!session) throw new HttpError(404, LIVE_SESSION_NOT_FOUND);
  return session;
}

/** The session, if `actor` hosts it: 404 when there is none, 403 when it is someone else's. */
export async function requireHostedSession(db: Database, actor: Actor, sessionId: string) {
  const session = await loadLiveSession(db, sessionId);
  if (!canHostLiveSession(actor, session)) throw new HttpError(403, "Only the teacher who started this live session can run it.");
  return session;
}

export function stateOf(session: NonNullable<LiveSessionRecord>): LiveState {
  return {
    phase: session.phase,
    currentIndex: session.currentIndex,
    questionCount: session.questionIds.length,
    paused: session.pausedAt !== null,
  };
}

// ---------------------------------------------------------------------------
// Players

/** Who is asking to play: the signed-in user, and the guest token from this session's cookie. */
export interface PlayerIdentity {
  user: Actor | null;
  guestToken: string | null;
}

/** The cookie that keeps a guest's token for one session (httpOnly, set by the join route). */
export function guestCookieName(sessionId: string): string {
  return `live-guest-${sessionId}`;
}

export function newGuestToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashGuestToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const playerSelect = { id: true, sessionId: true, userId: true, nickname: true, timeMultiplier: true } as const;

/** The caller's player in this session, or null: by user for a signed-in student, by token for a guest. */
export async function findPlayer(db: Database, sessionId: string, identity: PlayerIdentity) {
  if (identity.user) {
    return db.livePlayer.findUnique({ where: { sessionId_userId: { sessionId, userId: identity.user.id } }, select: playerSelect });
  }
  if (!identity.guestToken) return null;
  const player = await db.livePlayer.findUnique({ where: { guestTokenHash: hashGuestToken(identity.guestToken) }, select: playerSelect });
  return player?.sessionId === sessionId ? player : null;
}

/** The caller's player, or 404 (a player who never joined, or someone else's session). */
export async function requirePlayer(db: Database, sessionId: string, identity: PlayerIdentity) {
  const player = await findPlayer(db, sessionId, identity);
  if (!player) throw new HttpError(404, "Join this live session with its PIN first.");
  return player;
}

/** The seed every player's options are shuffled with: the same order for the whole class, so "option B" means one thing. */
export function optionSeedFor(sessionId: string): string {
  return `live:${sessionId}`;
}
