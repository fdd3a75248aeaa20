"use client";

import { getSession, signIn } from "next-auth/react";
import { useRef, useState } from "react";
import { FormField, PasswordField } from "@/components/ui/FormField";
import { SubmitButton } from "@/components/ui/SubmitButton";

export function SignInForm({ callbackUrl }: { callbackUrl: string | null }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      const session = await getSession();
      const home = session?.user?.role === "teacher" ? "/teacher" : "/student";
      window.location.assign(callbackUrl ?? home);
      return;
    }
    setPending(false);
    setError(
      result?.error && result.error !== "CredentialsSignin"
        ? result.error
        : "That email and password do not match an account. Check both and try again.",
    );
    requestAnimationFrame(() => alertRef.current?.focus());
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {error ? (
        <div className="alert" role="alert" tabIndex={-1} ref={alertRef}>
          {error}
        </div>
      ) : null}
      <FormField id="email" label="Email" type="email" autoComplete="username" required />
      <PasswordField id="password" label="Password" autoComplete="current-password" />
      <SubmitButton pending={pending} pendingLabel="Signing in…">
        Sign in
      </SubmitButton>
    </form>
  );
}
