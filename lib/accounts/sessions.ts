/**
 * Server-side session records. The next-auth JWT cookie carries a random session id (`sid`); every
 * request looks that id up (one primary-key read), so a session ends when its row says so: sign-out,
 * "sign out everywhere", a password or role change and account deletion all take effect at once,
 * on every app instance, instead of when the cookie expires.
 */
import { randomBytes } from "node:crypto";
import type { Database } from "../db/create-client";
import type { Role } from "../auth/roles";

/**
 * lastSeenAt (and the sliding expiry with it) is written at most this often per session, so a
 * student answering a question every few seconds costs a read per answer, not a write.
 */
export const SESSION_TOUCH_INTERVAL_MS = 5 * 60_000;

/** Revoked and expired rows are kept this long for the account page's sake, then removed at the next sign-in. */
const ENDED_SESSION_RETENTION_MS = 7 * 24 * 60 * 60_000;

export interface SessionClaims {
  sessionId: string;
  userId: string;
  role: Role;
}

export interface SessionTiming {
  maxAgeSeconds: number;
  now?: Date;
}

function expiryFrom(now: Date, maxAgeSeconds: number): Date {
  return new Date(now.getTime() + maxAgeSeconds * 1000);
}

/** Records a new session at sign-in and returns its id, which goes into the JWT as `sid`. */
export async function startSession(
  db: Database,
  input: { userId: string; role: Role; userAgent?: string | null },
  { maxAgeSeconds, now = new Date() }: SessionTiming,
): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await db.session.create({
    data: {
      id,
      userId: input.userId,
      role: input.role,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: expiryFrom(now, maxAgeSeconds),
      userAgent: describeUserAgent(input.userAgent),
    },
  });
  // Housekeeping while we are here: this user's long-ended sessions.
  const cutoff = new Date(now.getTime() - ENDED_SESSION_RETENTION_MS);
  await db.session.deleteMany({
    where: { userId: input.userId, OR: [{ expiresAt: { lt: cutoff } }, { revokedAt: { lt: cutoff } }] },
  });
  return id;
}

interface SessionRow {
  userId: string;
  role: string;
  expiresAt: Date;
  revokedAt: Date | null;
  lastSeenAt: Date;
}

/**
 * True while the session may be used: its row exists (the user was not deleted), is not revoked or
 * expired, and belongs to the user and role the token names. Slides the expiry, at most every
 * SESSION_TOUCH_INTERVAL_MS. This is the only check; lib/auth/authorize.ts and next-auth's
 * jwt callback both call it.
 */
export async function isSessionActive(
  db: Database,
  claims: SessionClaims,
  { maxAgeSeconds, now = new Date() }: SessionTiming,
): Promise<boolean> {
  // Raw SQL on purpose: this runs on every request, and Prisma's query builder costs about three times the
  // CPU of the same primary-key read through $queryRaw (measured: docs/benchmarks.md, Submitting an answer).
  // Quoted identifiers work on SQLite and PostgreSQL alike; both adapters return DateTime columns as Dates.
  const [row] = await db.$queryRaw<SessionRow[]>`
    SELECT "userId", "role", "expiresAt", "revokedAt", "lastSeenAt" FROM "Session" WHERE "id" = ${claims.sessionId}`;
  if (!row || row.revokedAt || row.expiresAt <= now) return false;
  if (row.userId !== claims.userId || row.role !== claims.role) return false;
  if (now.getTime() - row.lastSeenAt.getTime() >= SESSION_TOUCH_INTERVAL_MS) {
    // revokedAt: null, so a revocation that raced this request is not undone.
    await db.session.updateMany({
      where: { id: claims.sessionId, revokedAt: null },
      data: { lastSeenAt: now, expiresAt: expiryFrom(now, maxAgeSeconds) },
    });
  }
  return true;
}

/** Sign-out: ends one session. */
export async function revokeSession(db: Database, sessionId: string, now = new Date()): Promise<void> {
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/** Ends every session of a user, or every one but `exceptSessionId` (the browser that changed the password). */
export async function revokeAllSessions(
  db: Pick<Database, "session">,
  userId: string,
  { exceptSessionId, now = new Date() }: { exceptSessionId?: string; now?: Date } = {},
): Promise<number> {
  const { count } = await db.session.updateMany({
    where: { userId, revokedAt: null, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
    data: { revokedAt: now },
  });
  return count;
}

export interface ActiveSession {
  id: string;
  userAgent: string;
  createdAt: Date;
  lastSeenAt: Date;
}

/** The signed-in browsers the account page lists, most recently used first. */
export async function listActiveSessions(db: Database, userId: string, now = new Date()): Promise<ActiveSession[]> {
  return db.session.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, userAgent: true, createdAt: true, lastSeenAt: true },
    orderBy: { lastSeenAt: "desc" },
  });
}

const BROWSERS: [RegExp, string][] = [
  [/Edg\//, "Edge"],
  [/OPR\/|Opera/, "Opera"],
  [/Firefox\//, "Firefox"],
  [/Chrom(e|ium)\//, "Chrome"],
  [/Safari\//, "Safari"],
];
const SYSTEMS: [RegExp, string][] = [
  [/Android/, "Android"],
  [/iPhone|iPad|iPod/, "iOS"],
  [/CrOS/, "ChromeOS"],
  [/Windows/, "Windows"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/Linux/, "Linux"],
];

/** "Firefox on Windows": enough for a person to recognise a device, without storing the full header. */
export function describeUserAgent(userAgent: string | null | undefined): string {
  if (!userAgent) return "Unknown browser";
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (browser && system) return `${browser} on ${system}`;
  return browser ?? system ?? "Unknown browser";
}
