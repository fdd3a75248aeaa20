/**
 * The one gate. Every page, server action and route handler calls one of these
 * before touching data, so no handler can forget the check:
 *   requireAccess(access)        pages and server actions (redirect or 403 page)
 *   withAccess(access, handler)  route handlers (401/403/400 JSON)
 */
import "server-only";
import { getServerSession } from "next-auth";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { authOptions } from "./auth-options";
import { isAllowed, type Access, type Actor, type Permission } from "./policy";
import { RoleSchema } from "./roles";
import { serverEnv } from "../server-env";

export interface SessionUser extends Actor {
  name: string;
  email: string;
}

export async function getCurrentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions());
  const user = session?.user;
  const role = RoleSchema.safeParse(user?.role);
  if (!user?.id || !role.success) return null;
  return { id: user.id, role: role.data, name: user.name ?? "", email: user.email ?? "" };
}

/** next-auth's cookie names: the __Secure- one when the site is served over HTTPS. */
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/**
 * For route handlers: the same session, read from the cookie without re-issuing
 * it. getServerSession re-encrypts and sets the cookie on every call, which
 * doubles the crypto work of each submitted answer; page loads still slide the
 * session's expiry. decode() checks the signature-equivalent (AES-GCM) and expiry.
 */
async function getApiUser(): Promise<SessionUser | null> {
  const store = await cookies();
  const token = SESSION_COOKIES.map((name) => store.get(name)?.value).find(Boolean);
  if (!token) return null;
  const payload = await decode({ token, secret: serverEnv().authSecret }).catch(() => null);
  const role = RoleSchema.safeParse(payload?.role);
  if (!payload?.sub || !role.success) return null;
  return { id: payload.sub, role: role.data, name: payload.name ?? "", email: payload.email ?? "" };
}

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

type RouteHandler<Context> = (request: Request, context: Context & { user: SessionUser | null }) => Promise<Response>;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** For route handlers: authorize, then map bad input to 400 and anything unexpected to a logged 500. */
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
      console.error(error);
      return NextResponse.json({ error: "Something went wrong on our side." }, { status: 500 });
    }
  };
}
