"use client";

/**
 * One question at a time. The browser never grades: every verdict comes from
 * the server's answer to POST /api/attempts/:id/responses. Each answer is saved
 * in localStorage (offline-queue.ts) with its clientResponseId before it is
 * sent, resent with backoff when the connection fails, and sent once.
 */
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { useSavedQuizPage } from "@/components/offline/use-saved-quiz-page";
import { afterPageLoad } from "@/components/layout/after-page-load";
import { hiddenFeedbackMessage } from "./feedback-text";
import { QuestionInput } from "./QuestionInput";
import { FeedbackPanel } from "./FeedbackPanel";
import {
  newClientResponseId,
  readPendingAnswers,
  removePendingAnswer,
  retryDelayMs,
  savePendingAnswer,
  sendAnswer,
  usePendingAnswers,
  type PendingAnswer,
} from "./offline-queue";
import styles from "./Quiz.module.css";
import type { GradeResult, PublicQuestion, QuizAttemptView, SourceTitles } from "./quiz-types";
import { loadGovernorateMap } from "./use-governorate-map";
import { QuizTimer } from "./QuizTimer";
import { responseFor } from "./response-for";

// Offered only under feedback the student has seen: its form and server action load when first shown.
const ReportProblem = dynamic(() => import("./ReportProblem").then((m) => m.ReportProblem));

export const OFFLINE_NOTICE = "You're offline. Your answer is saved on this device and will be sent when the connection returns.";
export const SERVER_TROUBLE_NOTICE =
  "The server could not save your answer just now. It is kept on this device and will be sent again shortly.";

function firstUnanswered(view: QuizAttemptView): number {
  const index = view.questions.findIndex((q) => !(q.id in view.answered));
  return index === -1 ? Math.max(0, view.questions.length - 1) : index;
}

type Status = "answering" | "sending" | "queued" | "done";

export function QuizRunner({ view, sourceTitles }: { view: QuizAttemptView; sourceTitles: SourceTitles }) {
  const router = useRouter();
  const attemptId = view.id;
  const total = view.questions.length;
  const [index, setIndex] = useState(() => firstUnanswered(view));
  const [drafts, setDrafts] = useState<Record<string, unknown>>(() =>
    Object.fromEntries(Object.entries(view.answered).map(([id, item]) => [id, item.response])),
  );
  const [results, setResults] = useState<Record<string, GradeResult | null>>(() =>
    Object.fromEntries(Object.entries(view.answered).map(([id, item]) => [id, item.feedback])),
  );
  const [sending, setSending] = useState<ReadonlySet<string>>(() => new Set());
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** Why answers are waiting on this device, if they are. */
  const [unsentReason, setUnsentReason] = useState<"offline" | "server" | null>(null);
  const [ended, setEnded] = useState<string | null>(null);
  const [finishing, setFinishing] = useState(false);
  const [retryTick, setRetryTick] = useState(0);
  const pending = usePendingAnswers(attemptId);

  const answeredIds = useRef<Set<string>>(new Set(Object.keys(view.answered)));
  const inFlight = useRef<Set<string>>(new Set());
  const retries = useRef(0);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const shownAt = useRef<Record<string, number>>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const afterRef = useRef<HTMLButtonElement>(null);
  const feedbackRef = useRef<HTMLElement>(null);
  const focusHeading = useRef(false);
  const focusAfter = useRef<string | null>(null);

  const question = view.questions[index]!;

  const deliver = useCallback(
    async (entry: PendingAnswer) => {
      if (inFlight.current.has(entry.questionId)) return;
      inFlight.current.add(entry.questionId);
      setSending((s) => new Set(s).add(entry.questionId));
      const outcome = await sendAnswer(attemptId, entry);
      inFlight.current.delete(entry.questionId);
      setSending((s) => {
        const next = new Set(s);
        next.delete(entry.questionId);
        return next;
      });
      if (outcome.kind === "sent") {
        answeredIds.current.add(entry.questionId);
        removePendingAnswer(attemptId, entry.questionId);
        setResults((r) => ({ ...r, [entry.questionId]: outcome.result.feedback }));
        retries.current = 0;
        if (Object.keys(readPendingAnswers(attemptId)).length === 0) setUnsentReason(null);
        if (outcome.result.attemptStatus === "expired") setEnded("Time is up for this quiz. The answers you sent in time count.");
        return;
      }
      if (outcome.kind === "retry") {
        setUnsentReason(outcome.reason);
        clearTimeout(retryTimer.current);
        retryTimer.current = setTimeout(() => setRetryTick((t) => t + 1), retryDelayMs(retries.current++));
        return;
      }
      // Refused: keeping it would only fail again.
      removePendingAnswer(attemptId, entry.questionId);
      const number = view.questions.findIndex((q) => q.id === entry.questionId) + 1;
      setError(`Question ${number}: ${outcome.message}`);
      if (outcome.status === 403) setEnded(outcome.message);
    },
    [attemptId, view.questions],
  );

  const flush = useCallback(() => {
    for (const entry of Object.values(readPendingAnswers(attemptId))) {
      if (answeredIds.current.has(entry.questionId)) removePendingAnswer(attemptId, entry.questionId);
      else void deliver(entry);
    }
  }, [attemptId, deliver]);
  useEffect(() => {
    if (retryTick > 0) flush();
  }, [retryTick, flush]);

  // Fetch the map once the page has loaded when any question needs it, so it is ready (and kept in
  // memory) before the student gets there, even if the connection drops. A map question on screen
  // now asks for it at once through the same request.
  const hasMapQuestion = view.questions.some((q) => q.type === "map-pin");
  useEffect(() => {
    if (!hasMapQuestion) return;
    return afterPageLoad(() => void loadGovernorateMap().catch(() => undefined));
  }, [hasMapQuestion]);

  // Answers saved on this device by an earlier visit go out now, and again whenever the connection returns.
  useEffect(() => {
    flush();
    const onOnline = () => {
      retries.current = 0;
      flush();
    };
    window.addEventListener("online", onOnline);
    return () => {
      window.removeEventListener("online", onOnline);
      clearTimeout(retryTimer.current);
    };
  }, [flush]);

  const status: Status =
    question.id in results ? "done" : sending.has(question.id) ? "sending" : question.id in pending ? "queued" : "answering";

  useEffect(() => {
    shownAt.current[question.id] ??= Date.now();
    if (focusHeading.current) {
      focusHeading.current = false;
      headingRef.current?.focus();
    }
  }, [question.id]);

  useEffect(() => {
    if ((status === "done" || status === "queued") && focusAfter.current === question.id) {
      focusAfter.current = null;
      // The verdict is announced by the live region; focus goes on to the next step, with the feedback in view.
      feedbackRef.current?.scrollIntoView({ block: "nearest" });
      afterRef.current?.focus();
    }
  }, [status, question.id]);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (status !== "answering" || ended) return;
    const outcome = responseFor(question, drafts[question.id]);
    if ("problem" in outcome) {
      setProblem(outcome.problem);
      return;
    }
    setProblem(null);
    setError(null);
    // Read the stored queue, not this render's copy: a second submit before React re-renders reuses the same id.
    const entry: PendingAnswer = readPendingAnswers(attemptId)[question.id] ?? {
      clientResponseId: newClientResponseId(),
      questionId: question.id,
      response: outcome.response,
      timeSpentMs: Math.min(86_400_000, Math.max(0, Date.now() - (shownAt.current[question.id] ?? Date.now()))),
    };
    savePendingAnswer(attemptId, entry);
    focusAfter.current = question.id;
    void deliver(entry);
  }

  function go(to: number) {
    focusHeading.current = true;
    setProblem(null);
    setIndex(to);
  }

  async function finish() {
    setFinishing(true);
    setError(null);
    try {
      const response = await fetch(`/api/attempts/${encodeURIComponent(attemptId)}/finish`, { method: "POST", credentials: "same-origin" });
      if (response.ok || response.status === 409) {
        router.push(`/student/quiz/${attemptId}/summary`);
        return;
      }
      const body = (await response.json().catch(() => ({}))) as { error?: string };
      setError(body.error ?? `Could not finish the quiz (error ${response.status}).`);
    } catch {
      setError("Could not reach the server to finish the quiz. Check your connection and try again.");
    }
    setFinishing(false);
  }

  const pendingCount = Object.keys(pending).length;
  const answeredCount = Object.keys(results).length;
  // The service worker's copy of this page follows each stored answer, for a reload without a connection.
  useSavedQuizPage(answeredCount);
  const isLast = index === total - 1;
  const locked = status !== "answering" || ended !== null;
  const headingId = `question-${question.id}`;
  const problemId = `${headingId}-problem`;
  const setDraft = (value: unknown) => {
    setProblem(null);
    setDrafts((d) => ({ ...d, [question.id]: value }));
  };
  const progressPercent = total > 0 ? Math.round((answeredCount / total) * 100) : 0;
  const nextStepShown = status === "done" || status === "queued" || ended !== null;

  return (
    <div className={styles.runner}>
      <div className={styles.topline}>
        <p className={styles.position}>
          Question {index + 1} of {total}
          <span className="hint"> · {answeredCount} answered</span>
        </p>
        {view.deadlineAt ? (
          <QuizTimer
            deadlineAt={view.deadlineAt}
            onExpire={() => setEnded((e) => e ?? "Time is up. The answers you submitted in time count.")}
          />
        ) : null}
        <div
          className={styles.progressTrack}
          role="progressbar"
          aria-label="Questions answered"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={answeredCount}
          aria-valuetext={`${answeredCount} of ${total} answered`}
        >
          <div className={styles.progressFill} style={{ width: `${progressPercent}%` }} />
        </div>
      </div>

      <form className={styles.question} aria-labelledby={headingId} onSubmit={onSubmit} noValidate>
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className={styles.prompt}>
          {question.prompt}
        </h2>
        <QuestionInput key={question.id} question={question} draft={drafts[question.id]} onChange={setDraft} disabled={locked} />
        {problem ? (
          <p className="field-error" id={problemId} role="alert">
            {problem}
          </p>
        ) : null}
        {status === "answering" || status === "sending" ? (
          <div className={`${styles.actions} ${styles.stickyBar}`}>
            <button className="button" type="submit" disabled={status === "sending" || ended !== null}>
              {status === "sending" ? "Sending…" : "Submit answer"}
            </button>
          </div>
        ) : null}
      </form>

      <FeedbackPanel
        panelRef={feedbackRef}
        shown={status === "done"}
        feedback={results[question.id] ?? null}
        question={question}
        answer={sentAnswer(question, drafts[question.id])}
        titles={sourceTitles}
        hiddenMessage={hiddenFeedbackMessage(view.assignment)}
        note={
          // After a reload the inputs cannot show an answer that waits on this device: say it is there.
          status === "queued" && drafts[question.id] === undefined ? (
            <p className="hint">Your answer to this question is saved on this device and will be sent when the connection returns.</p>
          ) : null
        }
      />
      {/* Outside the live region: the disclosure is a control, not news. Only under feedback the student has seen. */}
      {status === "done" && results[question.id] ? (
        <ReportProblem key={question.id} questionId={question.id} attemptId={attemptId} />
      ) : null}
      <div role="status" aria-live="polite">
        {unsentReason && pendingCount > 0 ? (
          <p className="notice">{unsentReason === "offline" ? OFFLINE_NOTICE : SERVER_TROUBLE_NOTICE}</p>
        ) : null}
      </div>
      {error ? (
        <div className="alert" role="alert">
          {error}
        </div>
      ) : null}
      {ended ? (
        <div className="alert" role="alert">
          {ended}
        </div>
      ) : null}

      {/* Sticks to the bottom of a small screen once there is a next step, so it never needs scrolling to. */}
      <div className={`${styles.actions}${nextStepShown ? ` ${styles.stickyBar}` : ""}`}>
        {index > 0 ? (
          <button type="button" className="button secondary" onClick={() => go(index - 1)}>
            Previous question
          </button>
        ) : null}
        {!isLast && (status === "done" || status === "queued") ? (
          <button type="button" ref={afterRef} className="button" onClick={() => go(index + 1)}>
            Next question
          </button>
        ) : null}
        {(isLast && (status === "done" || status === "queued")) || ended ? (
          <button
            type="button"
            ref={isLast ? afterRef : undefined}
            className="button"
            disabled={finishing || (pendingCount > 0 && !ended)}
            aria-describedby={pendingCount > 0 ? "waiting-to-send" : undefined}
            onClick={finish}
          >
            {finishing ? "Finishing…" : "See your results"}
          </button>
        ) : null}
        {/* Once a send has failed, on every question: a page reloaded offline shows what waits on this device. */}
        {pendingCount > 0 && (isLast || unsentReason) ? (
          <span className="hint" id="waiting-to-send">
            Waiting to send {pendingCount} saved {pendingCount === 1 ? "answer" : "answers"}.
          </span>
        ) : null}
      </div>
    </div>
  );
}

/** The answer as it was sent (the shape the API took), for the feedback's "Your answer". */
function sentAnswer(question: PublicQuestion, draft: unknown): unknown {
  const outcome = responseFor(question, draft);
  return "response" in outcome ? outcome.response : null;
}
