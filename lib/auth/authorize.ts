/**
 * The one gate. Every page, server action and route handler calls one of these
 * before touching data, so no handler can forget the check:
 *   requireAccess(access)        pages and server actions (redirect or 403 page)
 *   forbiddenIfRefused(guard)    pages and server actions, for one record (403 page)
 *   withAccess(access, handler)  route handlers (401/403/400 JSON)
 */
import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { NextResponse } from "next/server";
import { cache } from "react";
import { ZodError } from "zod";
import { isSessionActive } from "../accounts/sessions";
import { db } from "../db/client";
import { isAllowed, type Access, type Actor, type Permission } from "./policy";
import { RoleSchema } from "./roles";
import { serverEnv } from "../server-env";
import { HttpError, isBusyDatabaseError } from "../errors";

export interface SessionUser extends Actor {
  name: string;
  email: string;
  /** The session's row (lib/accounts/sessions.ts), e.g. to keep this one when a password change ends the others. */
  sessionId: string;
}

/** next-auth's cookie names: the __Secure- one when the site is served over HTTPS. */
export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/**
 * The signed-in user, from the cookie, or null. The one session check: the token must decrypt and be
 * unexpired (decode() checks AES-GCM and exp), and its session row must be live (one primary-key read;
 * a revoked, expired or deleted session, or a changed role, is refused). The cookie is read without
 * re-issuing it: getServerSession re-encrypts on every call, which doubled the crypto work of each
 * submitted answer; the cookie is renewed through /api/auth/session instead (SessionKeepAlive).
 */
async function userFromSessionCookie(): Promise<SessionUser | null> {
  const store = await cookies();
  const token = SESSION_COOKIES.map((name) => store.get(name)?.value).find(Boolean);
  if (!token) return null;
  const { authSecret, sessionMaxAgeSeconds } = serverEnv();
  const payload = await decode({ token, secret: authSecret }).catch(() => null);
  const role = RoleSchema.safeParse(payload?.role);
  if (!payload?.sub || typeof payload.sid !== "string" || !role.success) return null;
  const claims = { sessionId: payload.sid, userId: payload.sub, role: role.data };
  if (!(await isSessionActive(db(), claims, { maxAgeSeconds: sessionMaxAgeSeconds }))) return null;
  return { id: payload.sub, role: role.data, name: payload.name ?? "", email: payload.email ?? "", sessionId: payload.sid };
}

/** For pages and server actions; once per request, however many components ask. */
export const getCurrentUser = cache(userFromSessionCookie);

/** For route handlers (the answer endpoint's hot path): the same check, uncached. */
const getApiUser = userFromSessionCookie;

/** For pages and server actions. Anonymous visitors go to sign-in; the wrong role gets the 403 page. */
export async function requireAccess(access: Permission, returnTo?: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : "/sign-in");
  if (!isAllowed(user, access)) forbidden();
  return user;
}

/** After loading a resource, refuse it unless `allowed` holds (e.g. canManageClass). */
export function requireResource<T>(resource: T | null, allowed: (resource: T) => boolean): T {
  if (!resource || !allowed(resource)) forbidden();
  return resource;
}

/**
 * For pages and server actions: awaits a lib guard (e.g. requireOwnClass) and shows the 403 page
 * when it refuses, whether with 404 (no such record) or 403 (someone else's), as requireResource
 * does, so a page never confirms that another teacher's record exists.
 */
export async function forbiddenIfRefused<T>(guarded: Promise<T>): Promise<T> {
  try {
    return await guarded;
  } catch (error) {
    if (error instanceof HttpError && (error.status === 403 || error.status === 404)) forbidden();
    throw error;
  }
}

type RouteHandler<Context> = (request: Request, context: Context & { user: SessionUser | null }) => Promise<Response>;


/**
 * PostgreSQL refusing text it cannot hold (a NUL byte: 22021; a character with no UTF-8 form: 22P05),
 * which only a hand-made request sends. SQLite stores such text, so this is bad input, not a server fault.
 */
function isUnstorableTextError(error: unknown): boolean {
  const cause = (error as { name?: unknown; cause?: { originalCode?: unknown } } | null)?.cause;
  return (error as { name?: unknown } | null)?.name === "DriverAdapterError" && ["22021", "22P05"].includes(String(cause?.originalCode));
}

/** Seconds a client waits before resending after a 503; the answer queue also backs off on its own. */
const BUSY_RETRY_AFTER_SECONDS = 2;

/** For route handlers: authorize, then map bad input to 400, a busy database to 503, and anything unexpected to a logged 500. */
export function withAccess<Context extends object>(access: Access, handler: RouteHandler<Context>) {
  return async (request: Request, context: Context): Promise<Response> => {
    const user = access === "public" ? null : await getApiUser();
    if (access !== "public" && !user) {
      return NextResponse.json({ error: "Sign in to continue." }, { status: 401 });
    }
    if (!isAllowed(user, access)) {
      return NextResponse.json({ error: "You do not have access to this." }, { status: 403 });
    }
    try {
      return await handler(request, { ...context, user });
    } catch (error) {
      if (error instanceof HttpError) return NextResponse.json({ error: error.message }, { status: error.status });
      if (error instanceof ZodError) {
        return NextResponse.json(
          { error: "Invalid request.", issues: error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) },
          { status: 400 },
        );
      }
      if (isUnstorableTextError(error)) {
        return NextResponse.json({ error: "The request holds characters that cannot be stored." }, { status: 400 });
      }
      if (isBusyDatabaseError(error)) {
        return NextResponse.json(
          { error: "The server is busy. Your request was not saved; try again in a moment." },
          { status: 503, headers: { "Retry-After": String(BUSY_RETRY_AFTER_SECONDS) } },
        );
      }
      console.error(error);
      return NextResponse.json({ error: "Something went wrong on our side." }, { status: 500 });
    }
  };
}
