import { NextResponse } from "next/server";
import { withAccess } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { readJsonBody } from "@/lib/http/read-json-body";
import { runHostCommand } from "@/lib/live/control-live-session";
import { liveEvents } from "@/lib/live/live-events";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 1024;

/**
 * POST /api/live/:sessionId/host/commands  { command: next|reveal|skip|pause|resume|end, version }
 * → 200 { version, phase }. 409 when the command does not fit the phase or `version` is not the
 * session's current one (a stale screen); 403 someone else's session; 404 no such session.
 */
export const POST = withAccess<{ params: Promise<{ sessionId: string }> }>("live:host", async (request, { params, user }) => {
  const body = await readJsonBody(request, { maxBytes: MAX_BODY_BYTES, what: "the command" });
  const { sessionId } = await params;
  return NextResponse.json(await runHostCommand(db(), liveEvents(), user!, sessionId, body));
});
