/**
 * One Server-Sent Events stream of a live session's view (a player's or the host's). The first event
 * is the current state, so a reconnect (the browser sends Last-Event-ID by itself) lands on the
 * present at once; its id is the session's version. Then the stream re-reads the view whenever the
 * fan-out (live-events.ts) announces a change, at most one read at a time and the latest one winning.
 * A comment line every HEARTBEAT_MS keeps proxies from closing the connection, and with it a
 * one-column read of the version, so an announcement lost with a dying instance costs seconds, not
 * the rest of the question.
 */
import "server-only";
import type { Database } from "../db/create-client";
import { HttpError } from "../errors";
import type { LiveEvent, LiveEvents } from "./live-events";

export const HEARTBEAT_MS = 15_000;
/** What the browser waits before reconnecting after the connection drops: 2 s on average. */
export const RETRY_MS = 2_000;

/**
 * Each stream's own wait, between half and one and a half times RETRY_MS at random: when an instance
 * dies, its hundreds of players then come back to the survivor spread over two seconds, not all at once.
 */
export function retryDelayMs(random: () => number = Math.random): number {
  return Math.round(RETRY_MS * (0.5 + random()));
}

export interface LiveStreamOptions<View extends { version: number }> {
  db: Database;
  events: LiveEvents;
  sessionId: string;
  loadView: () => Promise<View>;
  /**
   * "version": re-read only when the version moved (players: an answer elsewhere changes nothing on
   * their screen). "any": also on announcements of the same version (the host's answered count).
   */
  refreshOn: "version" | "any";
  signal: AbortSignal;
  heartbeatMs?: number;
}

const encoder = new TextEncoder();

export function sseEvent(id: number, event: string, data: unknown): string {
  return `id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * The stream, after the first view was read (so a refusal, 403 or 404, is thrown to the route as an
 * HttpError before any byte is sent and answers with its status).
 */
export async function openLiveStream<View extends { version: number }>(
  options: LiveStreamOptions<View>,
): Promise<ReadableStream<Uint8Array>> {
  const { db, events, sessionId, loadView, refreshOn, signal } = options;
  const first = await loadView();
  let lastVersion = first.version;
  let closed = false;
  let reading = false;
  let again = false;
  let unsubscribe = () => {};
  let heartbeat: NodeJS.Timeout | null = null;

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const close = () => {
        if (closed) return;
        closed = true;
        unsubscribe();
        if (heartbeat) clearInterval(heartbeat);
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };
      const refresh = async () => {
        if (reading) {
          again = true;
          return;
        }
        reading = true;
        try {
          do {
            again = false;
            const view = await loadView();
            lastVersion = Math.max(lastVersion, view.version);
            send(sseEvent(view.version, "state", view));
          } while (again && !closed);
        } catch (error) {
          // The player was removed or the session deleted: say why, then stop (no reconnect loop of 404s).
          if (error instanceof HttpError) {
            send(`event: gone\ndata: ${JSON.stringify({ status: error.status, error: error.message })}\n\n`);
            close();
          } else {
            console.error(`Live stream for session ${sessionId} could not read its view`, error);
          }
        } finally {
          reading = false;
        }
      };
      const onEvent = (event: LiveEvent) => {
        if (event.resync || event.version > lastVersion || (refreshOn === "any" && event.version === lastVersion)) void refresh();
      };

      send(`retry: ${retryDelayMs()}\n\n`);
      send(sseEvent(first.version, "state", first));
      unsubscribe = events.subscribe(sessionId, onEvent);
      heartbeat = setInterval(() => {
        send(": heartbeat\n\n");
        void db.liveSession
          .findUnique({ where: { id: sessionId }, select: { version: true } })
          .then((row) => {
            if (row && row.version > lastVersion) void refresh();
          })
          .catch(() => undefined);
      }, options.heartbeatMs ?? HEARTBEAT_MS);
      signal.addEventListener("abort", close, { once: true });
    },
    cancel() {
      closed = true;
      unsubscribe();
      if (heartbeat) clearInterval(heartbeat);
    },
  });
}

export const SSE_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-cache, no-transform",
  Connection: "keep-alive",
  // nginx: pass each event on at once instead of buffering the response.
  "X-Accel-Buffering": "no",
} as const;
