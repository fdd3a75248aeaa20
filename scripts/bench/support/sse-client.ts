/**
 * A Server-Sent Events reader that behaves like a browser's EventSource: it parses `id:`, `event:`,
 * `data:` and `retry:` lines, and when the connection drops it waits the server's `retry:` delay and
 * connects again with `Last-Event-ID`, for as long as it is not closed. Each "state" event's data is
 * handed to `onState`; reconnections are timed from the drop to the first event on the new connection.
 */
import { UPSTREAM_HEADER } from "./nginx";

export interface SseOptions {
  url: string;
  cookie: string;
  onState: (data: unknown, id: number) => void;
  /** Called with the milliseconds from a drop to the first event after reconnecting. */
  onReconnected?: (ms: number, upstream: string | null) => void;
}

export class SseClient {
  private retryMs = 2_000;
  private lastEventId: string | null = null;
  private closed = false;
  private abort = new AbortController();
  private droppedAt: number | null = null;
  /** The instance that serves the current connection (nginx's X-Upstream-Addr). */
  upstream: string | null = null;
  /** The server said this stream is over for good (event "gone"). */
  gone: string | null = null;

  constructor(private readonly options: SseOptions) {}

  /** Connects and keeps connecting until close(); resolves once the first connection answered. */
  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      void this.run(resolve, reject);
    });
  }

  close(): void {
    this.closed = true;
    this.abort.abort();
  }

  private async run(opened: () => void, failed: (error: Error) => void): Promise<void> {
    let first = true;
    while (!this.closed && !this.gone) {
      try {
        const response = await fetch(this.options.url, {
          headers: {
            accept: "text/event-stream",
            cookie: this.options.cookie,
            ...(this.lastEventId ? { "last-event-id": this.lastEventId } : {}),
          },
          signal: this.abort.signal,
        });
        if (response.status !== 200 || !response.body) {
          const text = await response.text().catch(() => "");
          throw new Error(`GET ${this.options.url}: ${response.status} ${text.slice(0, 200)}`);
        }
        this.upstream = response.headers.get(UPSTREAM_HEADER);
        if (first) opened();
        first = false;
        await this.read(response.body);
      } catch (error) {
        if (first) return failed(error as Error);
      }
      if (this.closed || this.gone) return;
      this.droppedAt ??= performance.now();
      await new Promise((resolve) => setTimeout(resolve, this.retryMs));
    }
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = "";
    const reader = body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) !== -1) {
        this.dispatch(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
      }
    }
  }

  private dispatch(block: string): void {
    let event = "message";
    let id: string | null = null;
    const data: string[] = [];
    for (const line of block.split("\n")) {
      if (line.startsWith(":")) continue; // a comment: the heartbeat
      const colon = line.indexOf(":");
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? "" : line.slice(colon + 1).replace(/^ /, "");
      if (field === "event") event = value;
      else if (field === "data") data.push(value);
      else if (field === "id") id = value;
      else if (field === "retry" && /^\d+$/.test(value)) this.retryMs = Number(value);
    }
    if (id !== null) this.lastEventId = id;
    if (data.length === 0) return;
    if (this.droppedAt !== null) {
      this.options.onReconnected?.(performance.now() - this.droppedAt, this.upstream);
      this.droppedAt = null;
    }
    if (event === "state") this.options.onState(JSON.parse(data.join("\n")), Number(id));
    else if (event === "gone") {
      this.gone = data.join("\n");
      this.abort.abort();
    }
  }
}
