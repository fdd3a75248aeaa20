import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { refuseMalformedAuthRequest } from "@/lib/auth/auth-request-guard";
import { authOptions } from "@/lib/auth/auth-options";

// next-auth's standard endpoints: /api/auth/csrf, /callback/credentials, /session, /signout, …
// They authenticate the caller themselves, so they are the one set of routes outside withAccess.
async function handler(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) {
  // Input next-auth would answer with a 500 (a body that is not JSON, a callbackUrl that is not a path or
  // an http(s) address, …) gets a 4xx with a message here instead.
  const refusal = await refuseMalformedAuthRequest(request);
  if (refusal) return refusal;
  return NextAuth(authOptions())(request, { params: await context.params });
}

export { handler as GET, handler as POST };
