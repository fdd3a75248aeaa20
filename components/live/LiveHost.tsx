"use client";
/**
 * The host's screen, projected for the class: the PIN, the question without its key, how many have
 * answered, and after the reveal the distribution, the key and its citation. Each button sends one
 * command with the version on screen, so a double click or a second tab is refused, not applied twice.
 */
import { useState } from "react";
import type { SourceTitles } from "@/components/quiz/quiz-types";
import { SourceList } from "@/components/quiz/SourceCitation";
import type { HostCommand } from "@/lib/live/live-rules";
import { LeaderboardPanel } from "./LeaderboardPanel";
import { postJson, useLiveStream, type HostView } from "./live-client";
import styles from "./Live.module.css";

export function LiveHost({ initial, sourceTitles }: { initial: HostView; sourceTitles: SourceTitles }) {
  const { view, status } = useLiveStream(`/api/live/${initial.sessionId}/host/stream`, initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const send = async (command: HostCommand) => {
    setBusy(true);
    setError(null);
    try {
      await postJson(`/api/live/${view.sessionId}/host/commands`, { command, version: view.version });
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const last = view.questionNumber === view.questionCount;
  const button = (command: HostCommand, label: string, secondary = false) => (
    <button type="button" className={secondary ? "button secondary" : "button"} disabled={busy} onClick={() => void send(command)}>
      {label}
    </button>
  );

  return (
    <div className={styles.stack}>
      {view.pin ? (
        <p className={styles.pin}>
          Join at <strong>/live</strong> with PIN <span className="code">{view.pin}</span>
        </p>
      ) : null}
      <p role="status" className="hint">
        {status === "reconnecting" ? "Connection lost, reconnecting… " : null}
        {phaseText(view)} · {view.players.length} {view.players.length === 1 ? "player" : "players"}
      </p>
      {error ? (
        <p className="alert" role="alert">
          {error}
        </p>
      ) : null}

      {view.question ? (
        <section aria-labelledby="live-question" className={`card ${styles.stack}`}>
          <h2 id="live-question">
            Question {view.questionNumber} of {view.questionCount}
          </h2>
          <p className={styles.prompt}>{view.question.prompt}</p>
          {view.question.type === "multiple-choice" ? (
            <ol className={styles.options}>
              {view.question.options.map((option) => (
                <li key={option.id}>
                  {option.text}
                  {view.distribution ? <> · {chosenText(view.distribution.byOption[option.id] ?? 0)}</> : null}
                  {view.reveal?.correctOptionIds.includes(option.id) ? <strong> (correct)</strong> : null}
                </li>
              ))}
            </ol>
          ) : null}
          <p>
            <strong>{view.answered}</strong> of {view.players.length} answered
            {view.countdown ? ` · ${view.countdown.seconds} s countdown${view.countdown.paused ? " (paused)" : ""}` : ""}
          </p>
          {view.question.type === "true-false" && view.distribution ? (
            <p>
              True: {view.distribution.byOption.true ?? 0} · False: {view.distribution.byOption.false ?? 0}
            </p>
          ) : null}
          {view.distribution ? (
            <p>
              Right {view.distribution.correct} · partly right {view.distribution.partial} · not right {view.distribution.wrong}
            </p>
          ) : null}
          {view.reveal ? (
            <div className={styles.reveal}>
              <p>
                <strong>Correct answer:</strong> {view.reveal.correctAnswer}
              </p>
              {view.reveal.explanation ? <p>{view.reveal.explanation}</p> : null}
              <SourceList sources={view.reveal.sources} titles={sourceTitles} />
              {view.reveal.sourceNote ? <p className="hint">Source: {view.reveal.sourceNote}</p> : null}
            </div>
          ) : null}
        </section>
      ) : null}

      <LeaderboardPanel leaderboard={view.leaderboard} />

      {view.phase !== "ended" ? (
        <div className={styles.controls}>
          {view.paused ? button("resume", "Resume") : null}
          {!view.paused && view.phase === "lobby" ? button("next", "Start the first question") : null}
          {!view.paused && view.phase === "question" ? button("reveal", "Reveal the answer") : null}
          {!view.paused && view.phase === "question" ? button("skip", "Skip this question", true) : null}
          {!view.paused && view.phase === "revealed" ? button("next", last ? "Finish" : "Next question") : null}
          {!view.paused && view.phase !== "lobby" ? button("pause", "Pause", true) : null}
          {button("end", "End the session", true)}
        </div>
      ) : (
        <p className="notice">The session has ended. {view.skippedCount > 0 ? `${view.skippedCount} skipped question(s) do not count.` : ""}</p>
      )}

      {view.players.length > 0 ? (
        <details>
          <summary>Players ({view.players.length})</summary>
          <ul>
            {view.players.map((player, i) => (
              <li key={`${player.nickname}-${i}`}>
                {player.nickname}
                {player.guest ? " (guest)" : ""}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

function chosenText(count: number): string {
  return count === 1 ? "1 chose this" : `${count} chose this`;
}

function phaseText(view: HostView): string {
  if (view.paused) return "Paused";
  switch (view.phase) {
    case "lobby":
      return "Waiting for players";
    case "question":
      return "Question open";
    case "revealed":
      return "Answer revealed";
    case "ended":
      return "Ended";
  }
}
