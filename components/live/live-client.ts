/**
 * The browser's side of a live session: the views the streams send (types only, from the server
 * modules that build them) and one hook that keeps the latest one from a Server-Sent Events stream.
 * EventSource reconnects by itself (after the server's `retry:`), and the server's first event on
 * every connection is the current state, so a dropped connection heals without any code here.
 */
"use client";
import { useEffect, useState } from "react";
import type { HostView } from "@/lib/live/host-view";
import type { PlayerView } from "@/lib/live/player-view";

export type { HostView, PlayerView };

export type StreamStatus = "live" | "reconnecting" | "gone";

/** The latest view, when it arrived (Date.now(), for countdowns), and the connection's state. */
export function useLiveStream<View extends { version: number }>(url: string, initial: View) {
  const [latest, setLatest] = useState(() => ({ view: initial, receivedAt: Date.now() }));
  const [status, setStatus] = useState<StreamStatus>("live");
  useEffect(() => {
    const source = new EventSource(url);
    source.addEventListener("state", (event) => {
      setLatest({ view: JSON.parse((event as MessageEvent<string>).data) as View, receivedAt: Date.now() });
      setStatus("live");
    });
    // The server ends the stream for good (the player was removed, the session deleted).
    source.addEventListener("gone", () => {
      source.close();
      setStatus("gone");
    });
    source.onerror = () => setStatus((current) => (current === "gone" ? current : "reconnecting"));
    return () => source.close();
  }, [url]);
  return { ...latest, status };
}

/** POSTs JSON; resolves to the reply's JSON, or throws its error message. */
export async function postJson<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const reply = (await response.json().catch(() => ({}))) as { error?: string };
  if (!response.ok) throw new Error(reply.error ?? "Something went wrong. Try again.");
  return reply as T;
}
