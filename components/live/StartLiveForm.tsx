"use client";
/** The host's start form: class, study set, length and the settings (accuracy first: all off by default). */
import { useRouter } from "next/navigation";
import { useState } from "react";
import { postJson } from "./live-client";

interface Option {
  id: string;
  label: string;
}

export function StartLiveForm({ classes, studySets }: { classes: Option[]; studySets: Option[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const start = async (form: FormData) => {
    setBusy(true);
    setError(null);
    const countdown = String(form.get("countdown") ?? "");
    try {
      const { sessionId } = await postJson<{ sessionId: string }>("/api/live/sessions", {
        classId: form.get("classId"),
        source: { kind: "study-set", setId: form.get("setId"), length: Number(form.get("length")) },
        settings: {
          countdownSeconds: countdown ? Number(countdown) : null,
          speedPoints: form.get("speedPoints") === "on",
          leaderboard: form.get("leaderboard"),
          guestsAllowed: form.get("guestsAllowed") === "on",
        },
      });
      router.push(`/teacher/live/${sessionId}`);
    } catch (failure) {
      setError((failure as Error).message);
      setBusy(false);
    }
  };

  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        void start(new FormData(event.currentTarget));
      }}
    >
      {error ? (
        <p className="alert" role="alert">
          {error}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="live-class">Class</label>
        <select id="live-class" name="classId" required>
          {classes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="live-set">Study set</label>
        <select id="live-set" name="setId" required>
          {studySets.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="live-length">Questions</label>
        <input id="live-length" name="length" type="number" min={1} max={50} defaultValue={10} required />
      </div>
      <div className="field">
        <label htmlFor="live-countdown">Countdown</label>
        <select id="live-countdown" name="countdown" defaultValue="">
          <option value="">None</option>
          <option value="20">20 seconds</option>
          <option value="30">30 seconds</option>
          <option value="60">60 seconds</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="live-leaderboard">Leaderboard</label>
        <select id="live-leaderboard" name="leaderboard" defaultValue="off">
          <option value="off">None</option>
          <option value="top5">Top five by nickname</option>
          <option value="class-total">Class total only</option>
        </select>
      </div>
      <label className="choice">
        <input type="checkbox" name="speedPoints" /> Speed points (only with a countdown)
      </label>
      <label className="choice">
        <input type="checkbox" name="guestsAllowed" /> Let guests join with a nickname
      </label>
      <button type="submit" className="button" disabled={busy || classes.length === 0}>
        Start the live session
      </button>
    </form>
  );
}
