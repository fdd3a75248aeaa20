/**
 * Fan-out for live sessions (docs/decisions/019-live-sessions-transport-and-fan-out.md): "session S is
 * at version V now", told to every stream on every instance. Events carry only ids and versions; each
 * instance re-reads the state from the database, so a lost event costs a late update, never a wrong one.
 *
 * PostgreSQL: NOTIFY on one channel, and one dedicated LISTEN connection per process (not from the
 * pool: a pooled connection is handed to other queries). It reconnects with a growing delay, and tells
 * every subscriber to re-read after a reconnect, since events sent while it was away are lost.
 * SQLite (embedded, one process): an in-process EventEmitter.
 */
import "server-only";
import { EventEmitter } from "node:events";
import pg from "pg";
import { databaseProvider } from "../db/url";
import { serverEnv } from "../server-env";

export interface LiveEvent {
  sessionId: string;
  /** The session's version after the change; an answer re-announces the current one (counts moved). */
  version: number;
  /** True after the listener lost its connection: events may have been missed, so re-read. */
  resync?: boolean;
}

export type LiveEventListener = (event: LiveEvent) => void;

export interface LiveEvents {
  /**
   * Never rejects: the change is already in the database, so a failed announcement is logged, and the
   * streams' periodic version check (lib/live/live-stream.ts) catches up.
   */
  publish(sessionId: string, version: number): Promise<void>;
  /** Returns the unsubscribe function. */
  subscribe(sessionId: string, listener: LiveEventListener): () => void;
  close(): Promise<void>;
}

export const LIVE_CHANNEL = "live_session";

/** Routes listeners by session id; shared by both implementations. */
class Subscribers {
  private readonly emitter = new EventEmitter();
  constructor() {
    // One listener per open stream: hundreds per session is expected, not a leak.
    this.emitter.setMaxListeners(0);
  }
  add(sessionId: string, listener: LiveEventListener): () => void {
    this.emitter.on(sessionId, listener);
    return () => this.emitter.off(sessionId, listener);
  }
  deliver(event: LiveEvent) {
    this.emitter.emit(event.sessionId, event);
  }
  resyncAll() {
    for (const sessionId of this.emitter.eventNames()) {
      this.deliver({ sessionId: String(sessionId), version: 0, resync: true });
    }
  }
  get size() {
    return this.emitter.eventNames().length;
  }
}

/** Embedded SQLite: every stream is in this one process. */
export function createInProcessLiveEvents(): LiveEvents {
  const subscribers = new Subscribers();
  return {
    async publish(sessionId, version) {
      // Asynchronously, like a NOTIFY: a publisher never runs its listeners inside its own request.
      setImmediate(() => subscribers.deliver({ sessionId, version }));
    },
    subscribe: (sessionId, listener) => subscribers.add(sessionId, listener),
    async close() {},
  };
}

/** Parses a NOTIFY payload, "sessionId version"; anything else is ignored. */
export function parseLivePayload(payload: string | undefined): LiveEvent | null {
  const match = /^([A-Za-z0-9_-]{1,64}) (\d{1,12})$/.exec(payload ?? "");
  return match ? { sessionId: match[1]!, version: Number(match[2]) } : null;
}

const MAX_RECONNECT_DELAY_MS = 10_000;

/** PostgreSQL: one LISTEN client per process, reconnecting; publishing goes through the same client. */
export function createPostgresLiveEvents(databaseUrl: string): LiveEvents {
  const subscribers = new Subscribers();
  let client: pg.Client | null = null;
  let connecting: Promise<pg.Client> | null = null;
  let closed = false;
  let failures = 0;
  let reconnectTimer: NodeJS.Timeout | null = null;

  const scheduleReconnect = () => {
    if (closed || reconnectTimer) return;
    const delay = Math.min(MAX_RECONNECT_DELAY_MS, 250 * 2 ** failures);
    failures += 1;
    reconnectTimer = setTimeout(() => {
      reconnectTimer = null;
      void connect().catch(() => scheduleReconnect());
    }, delay);
    reconnectTimer.unref();
  };

  const connect = (): Promise<pg.Client> => {
    if (client) return Promise.resolve(client);
    connecting ??= (async () => {
      const next = new pg.Client({ connectionString: databaseUrl, keepAlive: true });
      const lost = () => {
        if (client === next) client = null;
        next.removeAllListeners();
        next.on("error", () => undefined);
        void next.end().catch(() => undefined);
        scheduleReconnect();
      };
      next.on("error", lost);
      next.on("end", lost);
      next.on("notification", (message) => {
        if (message.channel !== LIVE_CHANNEL) return;
        const event = parseLivePayload(message.payload);
        if (event) subscribers.deliver(event);
      });
      try {
        await next.connect();
        await next.query(`LISTEN ${LIVE_CHANNEL}`);
      } catch (error) {
        next.removeAllListeners();
        await next.end().catch(() => undefined);
        throw error;
      }
      const reconnected = failures > 0;
      failures = 0;
      client = next;
      // Events sent while the connection was down are gone: every open stream re-reads.
      if (reconnected) subscribers.resyncAll();
      return next;
    })().finally(() => {
      connecting = null;
    });
    return connecting;
  };

  return {
    async publish(sessionId, version) {
      try {
        const connection = await connect();
        await connection.query("SELECT pg_notify($1, $2)", [LIVE_CHANNEL, `${sessionId} ${version}`]);
      } catch (error) {
        console.error(`Live session ${sessionId}: could not announce version ${version}`, error);
      }
    },
    subscribe(sessionId, listener) {
      const unsubscribe = subscribers.add(sessionId, listener);
      // Listening starts with the first subscriber; a failure here retries in the background.
      void connect().catch(() => scheduleReconnect());
      return unsubscribe;
    },
    async close() {
      closed = true;
      if (reconnectTimer) clearTimeout(reconnectTimer);
      const open = client ?? (await connecting?.catch(() => null)) ?? null;
      client = null;
      if (open) {
        open.removeAllListeners();
        open.on("error", () => undefined);
        await open.end().catch(() => undefined);
      }
    },
  };
}

export function createLiveEvents(databaseUrl: string): LiveEvents {
  return databaseProvider(databaseUrl) === "postgresql" ? createPostgresLiveEvents(databaseUrl) : createInProcessLiveEvents();
}

const globalForLive = globalThis as unknown as { liveEvents?: LiveEvents };

/** The process's one fan-out, chosen from DATABASE_URL. */
export function liveEvents(): LiveEvents {
  globalForLive.liveEvents ??= createLiveEvents(serverEnv().databaseUrl);
  return globalForLive.liveEvents;
}
