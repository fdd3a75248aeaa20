"use client";
/**
 * The host's screen, projected for the class: the PIN, the question without its key, how many have
 * answered, and after the reveal the distribution, the key and its citation. Each button sends one
 * command with the version on screen, so a double click or a second tab is refused, not applied twice.
 */
import { useState, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { assignMissedAction, makeMissedSetAction } from "@/app/teacher/live/actions";
import type { SourceTitles } from "@/components/quiz/quiz-types";
import type { HostCommand } from "@/lib/live/live-rules";
import { LeaderboardPanel } from "./LeaderboardPanel";
import { RevealPanel } from "./RevealPanel";
import { postJson, useLiveStream, type HostView } from "./live-client";
import styles from "./Live.module.css";

/** The join link and its QR code (an SVG data URL drawn on the server), shown in the lobby. */
export interface LobbyJoin {
  url: string;
  qrDataUrl: string;
}

export function LiveHost({ initial, sourceTitles, join }: { initial: HostView; sourceTitles: SourceTitles; join: LobbyJoin | null }) {
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
      {view.pin && view.phase === "lobby" && join ? (
        <section aria-labelledby="live-join-heading" className={`card ${styles.lobby}`}>
          <div className={styles.stack}>
            <h2 id="live-join-heading">How to join</h2>
            <p className={styles.bigPin}>
              Game PIN <span className="code">{view.pin}</span>
            </p>
            <div className="field">
              <label htmlFor="live-join-link">Join link</label>
              <span id="live-join-link-hint" className="hint">
                Scan the code, or open this link: the PIN is filled in.
              </span>
              <input
                id="live-join-link"
                className={styles.joinLink}
                type="text"
                readOnly
                value={join.url}
                aria-describedby="live-join-link-hint"
                onFocus={(event) => event.currentTarget.select()}
              />
            </div>
          </div>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL drawn on the server; nothing for next/image to optimise */}
          <img className={styles.qr} src={join.qrDataUrl} alt={`QR code that opens the join link ${join.url}`} width={240} height={240} />
        </section>
      ) : view.pin ? (
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
            <RevealPanel reveal={view.reveal} sourceTitles={sourceTitles} />
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
        <>
          <p className="notice">The session has ended. {view.skippedCount > 0 ? `${view.skippedCount} skipped question(s) do not count.` : ""}</p>
          <section aria-labelledby="live-missed-heading" className={styles.stack}>
            <h2 id="live-missed-heading">Practise the missed questions</h2>
            <p className="hint">A question counts as missed when at least one player did not get it fully right. Skipped questions are left out.</p>
            <div className={styles.controls}>
              <form action={makeMissedSetAction}>
                <input type="hidden" name="sessionId" value={view.sessionId} />
                <SubmitOnce>Make a custom set of the missed questions</SubmitOnce>
              </form>
              <form action={assignMissedAction}>
                <input type="hidden" name="sessionId" value={view.sessionId} />
                <SubmitOnce secondary>Assign the missed questions to the class</SubmitOnce>
              </form>
            </div>
            <p className="hint">The assignment opens now and is due in a week; you can change that on the next page.</p>
          </section>
        </>
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

/** A form's submit button, disabled while its action runs, so one click makes one set or assignment. */
function SubmitOnce({ children, secondary = false }: { children: ReactNode; secondary?: boolean }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={secondary ? "button secondary" : "button"} disabled={pending}>
      {children}
    </button>
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
