import { NextResponse } from "next/server";
import { withAccess } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { readJsonBody } from "@/lib/http/read-json-body";
import { joinLiveSession } from "@/lib/live/join-live-session";
import { liveEvents } from "@/lib/live/live-events";
import { guestCookieName } from "@/lib/live/live-session-record";
import { joinIdentity } from "@/lib/live/player-identity";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 1024;
/** A guest's cookie outlives any class period, not the day. */
const GUEST_COOKIE_SECONDS = 12 * 60 * 60;

/**
 * POST /api/live/join  { pin, nickname? } → 200 { sessionId, playerId, nickname, rejoined }.
 * A signed-in student of the class joins as themselves; anyone else as a guest when the host allows
 * guests (the guest's token goes into an httpOnly cookie for this session). 400 bad PIN or nickname;
 * 403 another class, guests not allowed, or a teacher; 404 no open session with this PIN.
 */
export const POST = withAccess("public", async (request) => {
  const body = await readJsonBody(request, { maxBytes: MAX_BODY_BYTES, what: "the join request" });
  const result = await joinLiveSession(db(), liveEvents(), await joinIdentity(), body);
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
