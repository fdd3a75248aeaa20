"use client";
/** Joining with the PIN: a signed-in student as themselves, anyone else as a guest with a nickname. */
import { postJson } from "./live-client";
import { PostAndGoForm } from "./PostAndGoForm";

export function JoinLiveForm({ signedIn, defaultPin = "" }: { signedIn: boolean; defaultPin?: string }) {
  const join = async (form: FormData) => {
    const { sessionId } = await postJson<{ sessionId: string }>("/api/live/join", {
      pin: form.get("pin"),
      ...(signedIn ? {} : { nickname: form.get("nickname") }),
    });
    return `/live/${sessionId}`;
  };

  return (
    <PostAndGoForm send={join} submitLabel="Join">
      <div className="field">
        <label htmlFor="live-pin">Game PIN</label>
        <input id="live-pin" name="pin" inputMode="numeric" autoComplete="off" required defaultValue={defaultPin} />
      </div>
      {signedIn ? null : (
        <div className="field">
          <label htmlFor="live-nickname">Nickname</label>
          <input id="live-nickname" name="nickname" autoComplete="off" maxLength={24} />
          <p className="hint">Only if your teacher lets guests join. Students of the class: sign in first.</p>
        </div>
      )}
    </PostAndGoForm>
  );
}
