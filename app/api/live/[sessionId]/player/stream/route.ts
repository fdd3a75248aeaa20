import { withAccess } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { liveEvents } from "@/lib/live/live-events";
import { openLiveStream, SSE_HEADERS } from "@/lib/live/live-stream";
import { playerIdentity } from "@/lib/live/player-identity";
import { loadPlayerView } from "@/lib/live/player-view";

export const dynamic = "force-dynamic";

/**
 * GET /api/live/:sessionId/player/stream → text/event-stream of the player's view ("state" events,
 * id = the session's version; the first is the current state). 404 for someone who has not joined.
 */
export const GET = withAccess<{ params: Promise<{ sessionId: string }> }>("public", async (request, { params }) => {
  const { sessionId } = await params;
  const identity = await playerIdentity(sessionId);
  const database = db();
  const stream = await openLiveStream({
    db: database,
    events: liveEvents(),
    sessionId,
    loadView: () => loadPlayerView(database, identity, sessionId),
    refreshOn: "version",
    signal: request.signal,
  });
  return new Response(stream, { headers: SSE_HEADERS });
});
