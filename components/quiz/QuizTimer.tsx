"use client";

import { useEffect, useRef, useSyncExternalStore } from "react";
import styles from "./Quiz.module.css";
import { VisuallyHidden } from "@/components/ui/VisuallyHidden";

/** Seconds on a shared one-second clock; null during the server render (no clock mismatch on hydration). */
let now = Date.now();
const clockListeners = new Set<() => void>();
let ticker: ReturnType<typeof setInterval> | undefined;
function subscribeClock(listener: () => void) {
  clockListeners.add(listener);
  if (!ticker) {
    now = Date.now();
    ticker = setInterval(() => {
      now = Date.now();
      for (const l of clockListeners) l();
    }, 1000);
  }
  return () => {
    clockListeners.delete(listener);
    if (clockListeners.size === 0 && ticker) {
      clearInterval(ticker);
      ticker = undefined;
    }
  };
}
function useNow(): number | null {
  return useSyncExternalStore(
    subscribeClock,
    () => now,
    () => null,
  );
}

function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mmss = `${String(m).padStart(h > 0 ? 2 : 1, "0")}:${String(s).padStart(2, "0")}`;
  return h > 0 ? `${h}:${mmss}` : mmss;
}

/**
 * Remaining time until the server's deadline. Silent for screen readers except
 * for one announcement at one minute left and one when time is up.
 */
export function QuizTimer({ deadlineAt, onExpire }: { deadlineAt: string; onExpire: () => void }) {
  const current = useNow();
  const deadline = new Date(deadlineAt).getTime();
  const remaining = current === null ? null : deadline - current;
  const expired = remaining !== null && remaining <= 0;
  const lastMinute = remaining !== null && remaining <= 60_000;
  const expireRef = useRef(onExpire);
  useEffect(() => {
    expireRef.current = onExpire;
  }, [onExpire]);

  const phase = expired ? "up" : lastMinute ? "minute" : "";
  useEffect(() => {
    if (phase === "up") expireRef.current();
  }, [phase]);

  return (
    <>
      <p className={`${styles.timer}${lastMinute ? ` ${styles.timerLow}` : ""}`} aria-live="off">
        <span aria-hidden="true">⏱ </span>
        {remaining === null ? "Time left: …" : expired ? "Time is up" : `Time left: ${formatRemaining(remaining)}`}
      </p>
      <VisuallyHidden as="p" role="status">
        {phase === "minute" ? "One minute left." : phase === "up" ? "Time is up." : ""}
      </VisuallyHidden>
    </>
  );
}
