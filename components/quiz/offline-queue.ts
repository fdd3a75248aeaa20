/**
 * Answers waiting to reach the server, kept in localStorage under the attempt
 * id before each send, so a lost connection or a reload never loses one. The
 * same clientResponseId is reused on every retry: the server stores it once.
 *
 * Reads go through `usePendingAnswers` (useSyncExternalStore), so every
 * component sees the same queue and the server render sees an empty one.
 */
import { useCallback, useSyncExternalStore } from "react";
import type { SubmitResult } from "./quiz-types";

export interface PendingAnswer {
  clientResponseId: string;
  questionId: string;
  response: unknown;
  timeSpentMs?: number;
}

export type PendingAnswers = Readonly<Record<string, PendingAnswer>>;

const EMPTY: PendingAnswers = Object.freeze({});
const storageKey = (attemptId: string) => `quiz-pending:${attemptId}`;

/** A fresh id for one answer: 32 hex characters, which the API's id rule accepts. */
export function newClientResponseId(): string {
  if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") return crypto.randomUUID().replaceAll("-", "");
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null; // storage disabled by the browser
  }
}

const listeners = new Set<() => void>();
const snapshots = new Map<string, { raw: string | null; value: PendingAnswers }>();

function isPendingAnswer(value: unknown): value is PendingAnswer {
  if (!value || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return typeof v.clientResponseId === "string" && typeof v.questionId === "string" && "response" in v;
}

export function readPendingAnswers(attemptId: string): PendingAnswers {
  let raw: string | null = null;
  try {
    raw = storage()?.getItem(storageKey(attemptId)) ?? null;
  } catch {
    raw = null;
  }
  const cached = snapshots.get(attemptId);
  if (cached && cached.raw === raw) return cached.value;
  let value: PendingAnswers = EMPTY;
  if (raw) {
    try {
      const parsed = JSON.parse(raw) as unknown;
      if (parsed && typeof parsed === "object") {
        value = Object.fromEntries(Object.entries(parsed).filter(([id, entry]) => isPendingAnswer(entry) && entry.questionId === id));
      }
    } catch {
      value = EMPTY;
    }
  }
  snapshots.set(attemptId, { raw, value });
  return value;
}

function write(attemptId: string, next: Record<string, PendingAnswer>) {
  const store = storage();
  try {
    if (Object.keys(next).length === 0) store?.removeItem(storageKey(attemptId));
    else store?.setItem(storageKey(attemptId), JSON.stringify(next));
  } catch {
    // Full or blocked storage: the answer is still sent, it just cannot survive a reload.
  }
  for (const listener of listeners) listener();
}

export function savePendingAnswer(attemptId: string, answer: PendingAnswer) {
  write(attemptId, { ...readPendingAnswers(attemptId), [answer.questionId]: answer });
}

export function removePendingAnswer(attemptId: string, questionId: string) {
  const current = readPendingAnswers(attemptId);
  if (!(questionId in current)) return;
  const next = { ...current };
  delete next[questionId];
  write(attemptId, next);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key.startsWith("quiz-pending:")) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

/** The attempt's unsent answers, by question id. Empty during the server render. */
export function usePendingAnswers(attemptId: string): PendingAnswers {
  const getSnapshot = useCallback(() => readPendingAnswers(attemptId), [attemptId]);
  return useSyncExternalStore(subscribe, getSnapshot, () => EMPTY);
}

export type SendOutcome =
  | { kind: "sent"; result: SubmitResult }
  /** No connection ("offline") or the server failed ("server"): keep the answer and try again later. */
  | { kind: "retry"; reason: "offline" | "server" }
  /** The server refused it (4xx): show its message, do not retry. */
  | { kind: "rejected"; status: number; message: string };

async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: unknown };
    if (typeof body.error === "string" && body.error) return body.error;
  } catch {
    // not JSON
  }
  return `The server refused this answer (error ${response.status}).`;
}

export async function sendAnswer(attemptId: string, answer: PendingAnswer, fetchImpl: typeof fetch = fetch): Promise<SendOutcome> {
  let response: Response;
  try {
    response = await fetchImpl(`/api/attempts/${encodeURIComponent(attemptId)}/responses`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(answer),
      credentials: "same-origin",
    });
  } catch {
    return { kind: "retry", reason: "offline" };
  }
  if (response.status >= 500) return { kind: "retry", reason: "server" };
  if (!response.ok) return { kind: "rejected", status: response.status, message: await errorMessage(response) };
  try {
    return { kind: "sent", result: (await response.json()) as SubmitResult };
  } catch {
    // The reply was cut off: the answer may be stored; resending it with the same id is safe.
    return { kind: "retry", reason: "offline" };
  }
}

/** Wait before retry n (0-based): 1 s, 2 s, 4 s... capped at 30 s. */
export function retryDelayMs(retry: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, retry));
}
