import { headers } from "next/headers";
import { NextResponse } from "next/server";
import { withAccess } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { clientAddress } from "@/lib/http/client-address";
import { readJsonBody } from "@/lib/http/read-json-body";
import { claimGuestAnswer } from "@/lib/live/guest-throttle";
import { liveEvents } from "@/lib/live/live-events";
import { playerIdentity } from "@/lib/live/player-identity";
import { submitLiveAnswer } from "@/lib/live/submit-live-answer";
import { serverEnv } from "@/lib/server-env";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 16 * 1024;

/**
 * POST /api/live/:sessionId/answers  { clientAnswerId, questionId, response } → 200 { recorded, questionId }
 * (the same clientAnswerId again: "duplicate"). No verdict: it waits for the reveal. 400 bad shape;
 * 404 not a player of this session; 409 the question is not open (revealed, skipped, paused, ended,
 * time up) or was already answered; 429 a guest (or their address) sending answers too fast
 * (lib/live/guest-throttle.ts).
 */
export const POST = withAccess<{ params: Promise<{ sessionId: string }> }>("public", async (request, { params }) => {
  const body = await readJsonBody(request, { maxBytes: MAX_BODY_BYTES, what: "the answer" });
  const { sessionId } = await params;
  const identity = await playerIdentity(sessionId);
  if (!identity.user) await claimGuestAnswer(db(), clientAddress(await headers(), serverEnv().trustProxyHops), identity.guestToken);
  const result = await submitLiveAnswer(db(), liveEvents(), identity, sessionId, body);
  return NextResponse.json(result);
});
