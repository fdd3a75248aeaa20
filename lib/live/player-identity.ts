/**
 * Who is playing, for the player routes (open to guests, so withAccess("public") resolves no user):
 * the signed-in user through the same session check every route uses, and the guest cookie of the
 * session in question.
 */
import "server-only";
import { cookies } from "next/headers";
import { getCurrentUser } from "../auth/authorize";
import type { JoinIdentity } from "./join-live-session";
import { guestCookieName, type PlayerIdentity } from "./live-session-record";

/** Tokens are 43 characters; anything much longer is not one of ours. */
const MAX_TOKEN_LENGTH = 100;

/** For joining: the session is known only from the PIN, so the guest cookie is looked up by session. */
export async function joinIdentity(): Promise<JoinIdentity> {
  const user = await getCurrentUser();
  const store = await cookies();
  return {
    user: user ? { id: user.id, role: user.role } : null,
    guestTokenFor: (sessionId) => {
      const token = store.get(guestCookieName(sessionId))?.value ?? null;
      return token && token.length <= MAX_TOKEN_LENGTH ? token : null;
    },
  };
}

export async function playerIdentity(sessionId: string): Promise<PlayerIdentity> {
  const { user, guestTokenFor } = await joinIdentity();
  return user ? { user, guestToken: null } : { user: null, guestToken: guestTokenFor(sessionId) };
}
