"use client";
/**
 * A live-mode form that posts JSON and then opens the page the server's answer leads to: joining with a
 * PIN, starting a session. While it waits the button is disabled; a refusal shows the server's own
 * message in an alert above the fields, and the form stays as it was.
 */
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";

export function PostAndGoForm({
  send,
  submitLabel,
  submitDisabled = false,
  children,
}: {
  /** Posts the form; resolves to the path to open next, or throws an Error with the message to show. */
  send: (form: FormData) => Promise<string>;
  submitLabel: string;
  submitDisabled?: boolean;
  children: ReactNode;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (form: FormData) => {
    setBusy(true);
    setError(null);
    try {
      router.push(await send(form));
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
        void submit(new FormData(event.currentTarget));
      }}
    >
      {error ? (
        <p className="alert" role="alert">
          {error}
        </p>
      ) : null}
      {children}
      <button type="submit" className="button" disabled={busy || submitDisabled}>
        {submitLabel}
      </button>
    </form>
  );
}
