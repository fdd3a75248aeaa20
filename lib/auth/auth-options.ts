/**
 * next-auth configuration: email + password (credentials provider) with JWT
 * sessions, so any app instance that shares the secret accepts the cookie.
 */
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { verifyCredentials } from "../accounts/verify-credentials";
import { db } from "../db/client";
import { serverEnv } from "../server-env";
import { RoleSchema } from "./roles";

export const THROTTLED_MESSAGE_PREFIX = "Too many failed sign-in attempts";

function clientAddress(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  if (typeof forwarded === "string" && forwarded) return forwarded.split(",")[0]!.trim();
  return null;
}

export function authOptions(): NextAuthOptions {
  return {
    secret: serverEnv().authSecret,
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/sign-in", signOut: "/sign-out", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials, request) {
          const result = await verifyCredentials(db(), credentials, clientAddress(request?.headers));
          if (result.ok) return result.user;
          if (result.reason === "throttled") {
            const minutes = Math.max(1, Math.ceil((result.retryAfterMs ?? 0) / 60_000));
            // next-auth passes a thrown message to the sign-in page as ?error=…
            throw new Error(`${THROTTLED_MESSAGE_PREFIX}. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
          }
          return null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.role = (user as { role?: string }).role;
        }
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
  };
}
