/**
 * next-auth configuration: email + password (credentials provider) with JWT
 * sessions, so any app instance that shares the secret accepts the cookie.
 * The JWT carries a session id (`sid`) whose database row can end the session
 * early (lib/accounts/sessions.ts, docs/decisions/010).
 */
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies, headers } from "next/headers";
import { isSessionActive, revokeSession, startSession } from "../accounts/sessions";
import { knownDeviceCookie } from "../accounts/known-device";
import { throttledSignInMessage, verifyCredentials } from "../accounts/verify-credentials";
import { db } from "../db/client";
import { clientAddress } from "../http/client-address";
import { serverEnv } from "../server-env";
import { RoleSchema } from "./roles";

/** Thrown by the jwt callback for a revoked or expired session: next-auth then clears the cookie and answers "no session". */
class SessionEndedError extends Error {
  constructor() {
    super("The session has ended.");
    this.name = "SessionEndedError";
  }
}

/** The browser's User-Agent, for the account page's list of signed-in devices. */
async function requestUserAgent(): Promise<string | null> {
  try {
    return (await headers()).get("user-agent");
  } catch {
    return null; // called outside a request (a script or a test)
  }
}

export function authOptions(): NextAuthOptions {
  const { authSecret, sessionMaxAgeSeconds, secureCookies } = serverEnv();
  return {
    secret: authSecret,
    // Sliding: the cookie and the session row are renewed while the session is used (see SessionKeepAlive).
    session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
    // Secure cookies (and their __Secure- name) in production and whenever the site is served over HTTPS.
    useSecureCookies: secureCookies,
    pages: { signIn: "/sign-in", signOut: "/sign-out", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials, request) {
          // Runs inside the route handler, so cookies() reads this request's cookies and adds to its response.
          const cookieStore = await cookies();
          const deviceCookie = knownDeviceCookie(secureCookies);
          const result = await verifyCredentials(db(), credentials, {
            address: clientAddress(request?.headers, serverEnv().trustProxyHops),
            knownDeviceCookie: cookieStore.get(deviceCookie.name)?.value ?? null,
            secret: authSecret,
          });
          if (!result.ok) {
            // next-auth passes a thrown message to the sign-in page as ?error=…
            if (result.reason === "throttled") throw new Error(throttledSignInMessage(result.retryAfterMs));
            return null;
          }
          if (result.knownDeviceCookie) cookieStore.set(deviceCookie.name, result.knownDeviceCookie, deviceCookie.options);
          return result.user;
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          // Signing in: a new session row, named in the token.
          const role = RoleSchema.parse((user as { role?: string }).role);
          token.sub = user.id;
          token.role = role;
          token.sid = await startSession(
            db(),
            { userId: user.id, role, userAgent: await requestUserAgent() },
            { maxAgeSeconds: sessionMaxAgeSeconds },
          );
          return token;
        }
        // Any other call (GET /api/auth/session) re-issues the cookie: only while the session lives.
        const role = RoleSchema.safeParse(token.role);
        const active =
          typeof token.sid === "string" &&
          typeof token.sub === "string" &&
          role.success &&
          (await isSessionActive(db(), { sessionId: token.sid, userId: token.sub, role: role.data }, { maxAgeSeconds: sessionMaxAgeSeconds }));
        if (!active) throw new SessionEndedError();
        return token;
      },
      session({ session, token }) {
        const role = RoleSchema.safeParse(token.role);
        if (session.user && token.sub && role.success) {
          session.user.id = token.sub;
          session.user.role = role.data;
        }
        return session;
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await revokeSession(db(), token.sid);
      },
    },
    logger: {
      error(code, metadata) {
        // A revoked or expired session is an expected ending, not an error worth a stack trace.
        if (code === "JWT_SESSION_ERROR" && (metadata as { name?: string } | undefined)?.name === "SessionEndedError") return;
        console.error(`[next-auth][error][${code}]`, metadata);
      },
    },
  };
}
