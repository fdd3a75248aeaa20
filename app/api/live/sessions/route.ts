import { NextResponse } from "next/server";
import { withAccess } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { readJsonBody } from "@/lib/http/read-json-body";
import { startLiveSession } from "@/lib/live/start-live-session";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 2048;

/**
 * POST /api/live/sessions  { classId, source: { kind: "study-set", setId, length? } | { kind: "custom-set",
 * customSetId } | { kind: "assignment", assignmentId }, settings? } → 200 { sessionId, pin }: a session in
 * the lobby. 400 bad input or no questions; 403 someone else's class; 404 no such class.
 */
export const POST = withAccess("live:host", async (request, { user }) => {
  const body = await readJsonBody(request, { maxBytes: MAX_BODY_BYTES, what: "the live session" });
  return NextResponse.json(await startLiveSession(db(), user!, body));
});
