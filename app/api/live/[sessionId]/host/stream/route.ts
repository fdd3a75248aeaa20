import { withAccess } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { loadHostView } from "@/lib/live/host-view";
import { liveEvents } from "@/lib/live/live-events";
import { openLiveStream, SSE_HEADERS } from "@/lib/live/live-stream";

export const dynamic = "force-dynamic";

/**
 * GET /api/live/:sessionId/host/stream → text/event-stream of the host's view, refreshed on every
 * change and every answer (the answered count). 403 someone else's session; 404 no such session.
 */
export const GET = withAccess<{ params: Promise<{ sessionId: string }> }>("live:host", async (request, { params, user }) => {
  const { sessionId } = await params;
  const database = db();
  const stream = await openLiveStream({
    db: database,
    events: liveEvents(),
    sessionId,
    loadView: () => loadHostView(database, user!, sessionId),
    refreshOn: "any",
    signal: request.signal,
  });
  return new Response(stream, { headers: SSE_HEADERS });
});
