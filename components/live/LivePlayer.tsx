"use client";
/**
 * A player's screen: the open question with the quiz's own inputs, one answer sent once (a resend
 * reuses its id), then the wait for the reveal, which brings the key, the explanation and the
 * player's verdict. A reload or another device lands on the same question with the answer kept.
 */
import { useEffect, useState } from "react";
import { QuestionInput } from "@/components/quiz/QuestionInput";
import type { PublicQuestion, SourceTitles } from "@/components/quiz/quiz-types";
import { responseFor } from "@/components/quiz/response-for";
import { LeaderboardPanel } from "./LeaderboardPanel";
import { RevealPanel } from "./RevealPanel";
import { postJson, useLiveStream, type PlayerView } from "./live-client";
import styles from "./Live.module.css";

export function LivePlayer({ initial, sourceTitles }: { initial: PlayerView; sourceTitles: SourceTitles }) {
  const { view, receivedAt, status } = useLiveStream(`/api/live/${initial.sessionId}/player/stream`, initial);
  return (
    <div className={styles.stack}>
      <p role="status" className="hint">
        {status === "reconnecting" ? "Connection lost, reconnecting… " : null}
        {status === "gone" ? "You are no longer in this session." : `Playing as ${view.me.nickname} · ${view.me.points} points`}
      </p>
      {view.phase === "lobby" ? <p className="notice">You are in. Wait for your teacher to start the first question.</p> : null}
      {view.paused ? <p className="notice">Your teacher paused the session.</p> : null}
      {view.question ? <QuestionCard key={view.question.id} view={view} question={view.question} receivedAt={receivedAt} sourceTitles={sourceTitles} /> : null}
      <LeaderboardPanel leaderboard={view.leaderboard} />
      {view.phase === "ended" ? <p className="notice">The session has ended. You scored {view.me.points} points.</p> : null}
    </div>
  );
}

/** One question on screen; keyed by its id, so the next question starts with a fresh draft and answer id. */
function QuestionCard({
  view,
  question,
  receivedAt,
  sourceTitles,
}: {
  view: PlayerView;
  question: PublicQuestion;
  receivedAt: number;
  sourceTitles: SourceTitles;
}) {
  const [draft, setDraft] = useState<unknown>(null);
  const [sent, setSent] = useState(false);
  const [clientAnswerId] = useState(() => crypto.randomUUID());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const secondsLeft = useSecondsLeft(view.countdown, receivedAt);
  const answered = view.myAnswer !== null || sent;

  const submit = async () => {
    const outcome = responseFor(question, draft);
    if ("problem" in outcome) {
      setError(outcome.problem);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      // A resend (a retry after an error) reuses the id, so the server stores the answer once.
      await postJson(`/api/live/${view.sessionId}/answers`, { clientAnswerId, questionId: question.id, response: outcome.response });
      setSent(true);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      aria-labelledby={`question-${question.id}`}
      className={`card ${styles.stack}`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id={`question-${question.id}`}>
        Question {view.questionNumber} of {view.questionCount}
      </h2>
      <p className={styles.prompt}>{question.prompt}</p>
      {view.countdown ? <p className="hint">{view.countdown.paused ? "Countdown paused" : `${secondsLeft} s left`}</p> : null}
      <QuestionInput
        question={question}
        draft={view.myAnswer && !sent ? view.myAnswer.response : draft}
        onChange={setDraft}
        disabled={answered || view.phase !== "question" || view.paused}
      />
      {error ? (
        <p className="alert" role="alert">
          {error}
        </p>
      ) : null}
      {view.phase === "question" && !answered ? (
        <button type="submit" className="button" disabled={busy || view.paused}>
          Submit answer
        </button>
      ) : null}
      {view.phase === "question" && answered ? <p className="notice">Answer sent. Wait for the reveal.</p> : null}
      {view.reveal ? (
        <RevealPanel reveal={view.reveal} sourceTitles={sourceTitles}>
          <p>
            <strong>{verdictText(view.reveal.yourResult)}</strong>
          </p>
        </RevealPanel>
      ) : null}
    </form>
  );
}

function verdictText(result: { correct: boolean; score: number; points: number } | null): string {
  if (!result) return "You did not answer this one.";
  if (result.correct) return `Right! +${result.points} points`;
  if (result.score > 0) return `Partly right: +${result.points} points`;
  return "Not right this time.";
}

/** Whole seconds left on the player's countdown, ticking in the browser from what the server last said. */
function useSecondsLeft(countdown: PlayerView["countdown"], receivedAt: number): number | null {
  const [now, setNow] = useState(receivedAt);
  useEffect(() => {
    if (!countdown || countdown.paused) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [countdown]);
  if (!countdown) return null;
  return Math.max(0, Math.ceil((countdown.remainingMs - Math.max(0, now - receivedAt)) / 1000));
}

