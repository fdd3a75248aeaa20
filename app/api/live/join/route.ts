import { headers } from "next/headers";
import { NextResponse } from "next/server";
import { withAccess } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { clientAddress } from "@/lib/http/client-address";
import { readJsonBody } from "@/lib/http/read-json-body";
import { throttledGuestJoin } from "@/lib/live/guest-throttle";
import { joinLiveSession } from "@/lib/live/join-live-session";
import { liveEvents } from "@/lib/live/live-events";
import { guestCookieName } from "@/lib/live/live-session-record";
import { joinIdentity } from "@/lib/live/player-identity";
import { serverEnv } from "@/lib/server-env";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 1024;
/** A guest's cookie outlives any class period, not the day. */
const GUEST_COOKIE_SECONDS = 12 * 60 * 60;

/**
 * POST /api/live/join  { pin, nickname? } → 200 { sessionId, playerId, nickname, rejoined }.
 * A signed-in student of the class joins as themselves; anyone else as a guest when the host allows
 * guests (the guest's token goes into an httpOnly cookie for this session). 400 bad PIN or nickname;
 * 403 another class, guests not allowed, or a teacher; 404 no open session with this PIN; 429 too many
 * failed guest joins from this address (lib/live/guest-throttle.ts).
 */
export const POST = withAccess("public", async (request) => {
  const body = await readJsonBody(request, { maxBytes: MAX_BODY_BYTES, what: "the join request" });
  const identity = await joinIdentity();
  const join = () => joinLiveSession(db(), liveEvents(), identity, body);
  const result = identity.user
    ? await join()
    : await throttledGuestJoin(db(), clientAddress(await headers(), serverEnv().trustProxyHops), join);
  const { guestToken, ...reply } = result;
  const response = NextResponse.json(reply);
  if (guestToken) {
    response.cookies.set(guestCookieName(result.sessionId), guestToken, {
      httpOnly: true,
      sameSite: "lax",
      secure: new URL(request.url).protocol === "https:",
      path: "/",
      maxAge: GUEST_COOKIE_SECONDS,
    });
  }
  return response;
});
