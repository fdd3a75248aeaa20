import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";

// next-auth's standard endpoints: /api/auth/csrf, /callback/credentials, /session, /signout, …
// They authenticate the caller themselves, so they are the one set of routes outside withAccess.
async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(authOptions())(request, { params: await context.params });
}

export { handler as GET, handler as POST };
