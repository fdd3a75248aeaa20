"use client";

/**
 * Reviews a batch of flashcards: front → "Show answer" (Space) → Again/Hard/Good/Easy
 * (keys 1-4), each button showing when the card would come back. Ratings are sent
 * to POST /api/flashcards/reviews with an id made here; unsent ones wait in
 * localStorage and are sent again on the next visit or when the browser is back online.
 */
import { Fragment, useCallback, useEffect, useRef, useState } from "react";
import { SourceCitation } from "@/components/quiz/SourceCitation";
import type { Citation, SourceTitles } from "@/components/quiz/quiz-types";
import styles from "./FlashcardReviewer.module.css";

export interface ReviewerInterval {
  rating: 1 | 2 | 3 | 4;
  label: string;
  interval: string;
}

export interface ReviewerCard {
  id: string;
  front: string;
  back: string;
  note?: string;
  sources: Citation[];
  isNew: boolean;
  intervals: ReviewerInterval[];
}

interface PendingReview {
  clientReviewId: string;
  cardId: string;
  rating: number;
}

interface Props {
  /** The signed-in student: the unsent-ratings queue is kept per student. */
  studentId: string;
  cards: ReviewerCard[];
  /** Document titles by document, for the cards' citations. */
  sourceTitles: SourceTitles;
  /** ISO time of the next card due after this batch, when known. */
  nextDueAt: string | null;
  practiceHref: string;
  moreHref: string;
}

/** One queue per student: on a shared school computer, one student's unsent ratings must never be sent as another's. */
const storageKey = (studentId: string) => `flashcards:unsent-reviews:${studentId}`;
/** A card rated Again (or still in a learning step) that comes back within this time is shown again in this session. */
const REQUEUE_WITHIN_MS = 30 * 60_000;

function readPending(key: string): PendingReview[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? "[]");
    return Array.isArray(value) ? (value as PendingReview[]) : [];
  } catch {
    return [];
  }
}

function writePending(key: string, list: PendingReview[]) {
  try {
    if (list.length) localStorage.setItem(key, JSON.stringify(list));
    else localStorage.removeItem(key);
  } catch {
    // Storage full or disabled: the review is still sent now, just not kept for a retry.
  }
}

function newReviewId(): string {
  if (typeof crypto !== "undefined" && "randomUUID" in crypto) return crypto.randomUUID().replace(/-/g, "");
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;
}

interface ReviewResponse {
  nextDue: string;
  nextInterval: string;
  intervals: ReviewerInterval[];
}

/** Sends one review. "sent" with the result, "rejected" (4xx: do not retry) or "offline" (retry later). */
async function send(review: PendingReview): Promise<{ kind: "sent"; result: ReviewResponse } | { kind: "rejected"; message: string } | { kind: "offline" }> {
  try {
    const response = await fetch("/api/flashcards/reviews", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(review),
    });
    if (response.ok) return { kind: "sent", result: (await response.json()) as ReviewResponse };
    if (response.status >= 400 && response.status < 500 && response.status !== 401 && response.status !== 408 && response.status !== 429) {
      const body = (await response.json().catch(() => ({}))) as { error?: string };
      return { kind: "rejected", message: body.error ?? "The review was refused." };
    }
    return { kind: "offline" };
  } catch {
    return { kind: "offline" };
  }
}

export function FlashcardReviewer({ studentId, cards, sourceTitles, nextDueAt, practiceHref, moreHref }: Props) {
  const key = storageKey(studentId);
  const [queue, setQueue] = useState<ReviewerCard[]>(cards);
  const [index, setIndex] = useState(0);
  const [flipped, setFlipped] = useState(false);
  const [status, setStatus] = useState("");
  const [unsent, setUnsent] = useState(0);
  const [nextDue, setNextDue] = useState<string | null>(nextDueAt);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const answerRef = useRef<HTMLDivElement>(null);

  const card = queue[index];
  const done = index >= queue.length;

  const flush = useCallback(async () => {
    const pending = readPending(key);
    if (pending.length === 0) return;
    const keep: PendingReview[] = [];
    for (const review of pending) {
      const outcome = await send(review);
      if (outcome.kind === "offline") keep.push(review);
    }
    // Reviews added while sending stay too.
    const added = readPending(key).filter((r) => !pending.some((p) => p.clientReviewId === r.clientReviewId));
    writePending(key, [...keep, ...added]);
    setUnsent(keep.length + added.length);
  }, [key]);

  useEffect(() => {
    // Reviews left unsent by an earlier visit go first.
    const timer = window.setTimeout(flush, 0);
    window.addEventListener("online", flush);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener("online", flush);
    };
  }, [flush]);

  const flip = useCallback(() => {
    if (!card || flipped) return;
    setFlipped(true);
    setStatus("Answer shown. Rate how well you remembered: 1 Again, 2 Hard, 3 Good, 4 Easy.");
    requestAnimationFrame(() => answerRef.current?.focus());
  }, [card, flipped]);

  const rateCard = useCallback(
    (rating: 1 | 2 | 3 | 4) => {
      if (!card || !flipped) return;
      const review: PendingReview = { clientReviewId: newReviewId(), cardId: card.id, rating };
      writePending(key, [...readPending(key), review]);
      const label = card.intervals.find((i) => i.rating === rating);
      setStatus(`Rated ${label?.label ?? rating}. ${label ? `Next review in ${label.interval}.` : ""}`);
      setFlipped(false);
      setIndex((i) => i + 1);
      requestAnimationFrame(() => headingRef.current?.focus());
      void send(review).then((outcome) => {
        if (outcome.kind !== "offline") writePending(key, readPending(key).filter((r) => r.clientReviewId !== review.clientReviewId));
        setUnsent(readPending(key).length);
        if (outcome.kind === "rejected") setStatus(`That rating was not saved: ${outcome.message}`);
        if (outcome.kind === "sent") {
          const due = Date.parse(outcome.result.nextDue);
          if (due - Date.now() <= REQUEUE_WITHIN_MS) {
            setQueue((q) => [...q, { ...card, isNew: false, intervals: outcome.result.intervals }]);
          } else {
            setNextDue((current) => (current && Date.parse(current) < due ? current : outcome.result.nextDue));
          }
        }
      });
    },
    [card, flipped, key],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      const tag = target?.tagName;
      if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA") return;
      if ((event.key === " " || event.key === "Spacebar") && !flipped) {
        // A focused button or link handles Space itself.
        if (tag === "BUTTON" || tag === "A") return;
        event.preventDefault();
        flip();
      } else if (flipped && ["1", "2", "3", "4"].includes(event.key)) {
        event.preventDefault();
        rateCard(Number(event.key) as 1 | 2 | 3 | 4);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [flip, flipped, rateCard]);

  return (
    <section aria-labelledby="reviewer-heading" className={styles.reviewer}>
      <p role="status" aria-live="polite" className={styles.status}>
        {status}
      </p>
      {unsent > 0 && (
        <p className="notice">
          {unsent === 1 ? "1 rating is" : `${unsent} ratings are`} saved on this device and will be sent when you are back online.
        </p>
      )}
      {done || !card ? (
        <div className="card">
          <h2 id="reviewer-heading" ref={headingRef} tabIndex={-1}>
            ✓ All caught up
          </h2>
          <p>
            {queue.length > 0 ? `You reviewed ${queue.length} ${queue.length === 1 ? "card" : "cards"}. ` : "No cards are due right now. "}
            {nextDue ? (
              <>
                Next card due:{" "}
                <time dateTime={nextDue} suppressHydrationWarning>
                  {new Date(nextDue).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })}
                </time>
                .
              </>
            ) : null}
          </p>
          <p className={styles.actions}>
            <a className="button" href={practiceHref}>
              Practise questions
            </a>
            <a className="button secondary" href={moreHref}>
              Check for more cards
            </a>
          </p>
        </div>
      ) : (
        <div className={`card ${styles.flashcard}`}>
          <p className="hint">
            Card {index + 1} of {queue.length}
            {card.isNew ? " · new" : ""}
          </p>
          <h2 id="reviewer-heading" ref={headingRef} tabIndex={-1} className={styles.front}>
            {card.front}
          </h2>
          {flipped ? (
            <>
              <div ref={answerRef} tabIndex={-1} className={styles.answer} aria-label="Answer">
                <p className={styles.back}>{card.back}</p>
                {card.note && <p>{card.note}</p>}
                {card.sources.length > 0 && (
                  <p className="hint">
                    Sources:{" "}
                    {card.sources.map((citation, i) => (
                      <Fragment key={`${citation.doc}|${citation.section}`}>
                        {i > 0 && "; "}
                        <SourceCitation citation={citation} titles={sourceTitles} />
                      </Fragment>
                    ))}
                  </p>
                )}
              </div>
              <div role="group" aria-label="How well did you remember?" className={styles.ratings}>
                {card.intervals.map((i) => (
                  <button
                    key={i.rating}
                    type="button"
                    className={i.rating === 1 ? "button secondary" : "button"}
                    onClick={() => rateCard(i.rating)}
                    aria-keyshortcuts={String(i.rating)}
                  >
                    {i.label} · {i.interval}
                  </button>
                ))}
              </div>
              <p className="hint">Keys: 1 Again, 2 Hard, 3 Good, 4 Easy.</p>
            </>
          ) : (
            <>
              <button type="button" className="button" onClick={flip} aria-keyshortcuts="Space">
                Show answer
              </button>
              <p className="hint">Think of the answer, then press Space or the button.</p>
            </>
          )}
        </div>
      )}
    </section>
  );
}
