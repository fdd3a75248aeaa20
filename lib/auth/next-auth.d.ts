import type { Role } from "./roles";

declare module "next-auth" {
  interface Session {
    user?: { id: string; role: Role; name?: string | null; email?: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: string;
    /** Id of the session's row (lib/accounts/sessions.ts); checked on every request. */
    sid?: string;
  }
}
