"use client";
/** Joining with the PIN: a signed-in student as themselves, anyone else as a guest with a nickname. */
import { useRouter } from "next/navigation";
import { useState } from "react";
import { postJson } from "./live-client";

export function JoinLiveForm({ signedIn }: { signedIn: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const join = async (form: FormData) => {
    setBusy(true);
    setError(null);
    try {
      const { sessionId } = await postJson<{ sessionId: string }>("/api/live/join", {
        pin: form.get("pin"),
        ...(signedIn ? {} : { nickname: form.get("nickname") }),
      });
      router.push(`/live/${sessionId}`);
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
        void join(new FormData(event.currentTarget));
      }}
    >
      {error ? (
        <p className="alert" role="alert">
          {error}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="live-pin">Game PIN</label>
        <input id="live-pin" name="pin" inputMode="numeric" autoComplete="off" required />
      </div>
      {signedIn ? null : (
        <div className="field">
          <label htmlFor="live-nickname">Nickname</label>
          <input id="live-nickname" name="nickname" autoComplete="off" maxLength={24} />
          <p className="hint">Only if your teacher lets guests join. Students of the class: sign in first.</p>
        </div>
      )}
      <button type="submit" className="button" disabled={busy}>
        Join
      </button>
    </form>
  );
}
