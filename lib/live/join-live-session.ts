/**
 * Joining a live session with its PIN. A signed-in student must be enrolled in the session's class;
 * their answers go to their record, and joining again (a reload, another device) finds the same
 * player with their answers. Anyone not signed in joins as a guest, only when the host allows guests,
 * under a cleaned nickname; a guest is known again by the token in their cookie, and stays anonymous.
 * Teachers do not play.
 */
import "server-only";
import { z } from "zod";
import { canPlayLiveSession, type Actor } from "../auth/policy";
import type { Database } from "../db/create-client";
import { HttpError, isUniqueViolation } from "../errors";
import type { LiveEvents } from "./live-events";
import { PinSchema } from "./live-rules";
import { findPlayer, hashGuestToken, newGuestToken, type PlayerIdentity } from "./live-session-record";
import { NicknameSchema } from "./nickname";

export const JoinLiveSessionSchema = z.object({
  pin: PinSchema,
  /** Guests only; a signed-in student plays under their own name. */
  nickname: z.unknown().optional(),
});

/** The caller: the signed-in user, and the guest cookie of whichever session the PIN names. */
export interface JoinIdentity {
  user: Actor | null;
  guestTokenFor: (sessionId: string) => string | null;
}

export interface JoinResult {
  sessionId: string;
  playerId: string;
  nickname: string;
  /** Returned once, when a new guest joins: the route keeps it in an httpOnly cookie. */
  guestToken: string | null;
  rejoined: boolean;
}

const NO_SUCH_PIN = "No live session has this PIN. Check it with your teacher.";

/** Joins, then tells the host's screen (same version: only its player list moved). */
export async function joinLiveSession(
  db: Database,
  events: LiveEvents,
  caller: JoinIdentity,
  body: unknown,
  now = new Date(),
): Promise<JoinResult> {
  const result = await addPlayer(db, caller, body, now);
  if (!result.rejoined) {
    const session = await db.liveSession.findUnique({ where: { id: result.sessionId }, select: { version: true } });
    if (session) await events.publish(result.sessionId, session.version);
  }
  return result;
}

async function addPlayer(db: Database, caller: JoinIdentity, body: unknown, now: Date): Promise<JoinResult> {
  const parsed = JoinLiveSessionSchema.safeParse(body);
  if (!parsed.success) throw new HttpError(400, parsed.error.issues[0]?.message ?? "Enter the game PIN.");
  const session = await db.liveSession.findUnique({
    where: { pin: parsed.data.pin },
    select: { id: true, classId: true, guestsAllowed: true, phase: true },
  });
  if (!session || session.phase === "ended") throw new HttpError(404, NO_SUCH_PIN);

  const identity: PlayerIdentity = { user: caller.user, guestToken: caller.user ? null : caller.guestTokenFor(session.id) };
  const existing = await findPlayer(db, session.id, identity);
  if (existing) {
    await db.livePlayer.update({ where: { id: existing.id }, data: { lastSeenAt: now } });
    return { sessionId: session.id, playerId: existing.id, nickname: existing.nickname, guestToken: null, rejoined: true };
  }

  if (identity.user) return joinAsStudent(db, identity.user, session, now);
  if (!session.guestsAllowed) {
    throw new HttpError(403, "This live session is for the class only. Sign in with your student account to join.");
  }
  const nickname = NicknameSchema.safeParse(parsed.data.nickname);
  if (!nickname.success) throw new HttpError(400, nickname.error.issues[0]?.message ?? "Enter a nickname.");
  const guestToken = newGuestToken();
  const player = await db.livePlayer.create({
    data: { sessionId: session.id, nickname: nickname.data, guestTokenHash: hashGuestToken(guestToken), lastSeenAt: now },
    select: { id: true },
  });
  return { sessionId: session.id, playerId: player.id, nickname: nickname.data, guestToken, rejoined: false };
}

async function joinAsStudent(
  db: Database,
  user: Actor,
  session: { id: string; classId: string },
  now: Date,
): Promise<JoinResult> {
  if (user.role !== "student") throw new HttpError(403, "Teachers host live sessions; sign in as a student to play.");
  const klass = await db.class.findUniqueOrThrow({
    where: { id: session.classId },
    select: { enrollments: { where: { studentId: user.id }, select: { studentId: true, removedAt: true, liveTimeMultiplier: true } } },
  });
  if (!canPlayLiveSession(user, klass)) throw new HttpError(403, "This live session is for another class.");
  const account = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true } });
  try {
    const player = await db.livePlayer.create({
      data: {
        sessionId: session.id,
        userId: user.id,
        nickname: account.name,
        timeMultiplier: klass.enrollments[0]!.liveTimeMultiplier,
        lastSeenAt: now,
      },
      select: { id: true },
    });
    return { sessionId: session.id, playerId: player.id, nickname: account.name, guestToken: null, rejoined: false };
  } catch (error) {
    // Two devices joining at once: the first one's player is this student's.
    if (!isUniqueViolation(error)) throw error;
    const player = await findPlayer(db, session.id, { user, guestToken: null });
    if (!player) throw error;
    return { sessionId: session.id, playerId: player.id, nickname: player.nickname, guestToken: null, rejoined: true };
  }
}
