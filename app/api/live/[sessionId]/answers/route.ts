import { NextResponse } from "next/server";
import { withAccess } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { readJsonBody } from "@/lib/http/read-json-body";
import { liveEvents } from "@/lib/live/live-events";
import { playerIdentity } from "@/lib/live/player-identity";
import { submitLiveAnswer } from "@/lib/live/submit-live-answer";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 16 * 1024;

/**
 * POST /api/live/:sessionId/answers  { clientAnswerId, questionId, response } → 200 { recorded, questionId }
 * (the same clientAnswerId again: "duplicate"). No verdict: it waits for the reveal. 400 bad shape;
 * 404 not a player of this session; 409 the question is not open (revealed, skipped, paused, ended,
 * time up) or was already answered.
 */
export const POST = withAccess<{ params: Promise<{ sessionId: string }> }>("public", async (request, { params }) => {
  const body = await readJsonBody(request, { maxBytes: MAX_BODY_BYTES, what: "the answer" });
  const { sessionId } = await params;
  const result = await submitLiveAnswer(db(), liveEvents(), await playerIdentity(sessionId), sessionId, body);
  return NextResponse.json(result);
});
