"use client";

import { signIn } from "next-auth/react";
import { useActionState, useEffect, useRef, useState } from "react";
import { signUpAction, type SignUpState } from "@/app/(auth)/sign-up/actions";
import { FormField } from "./FormField";

const initialState: SignUpState = { status: "idle", errors: {}, values: { name: "", email: "", role: "student" } };

export function SignUpForm({ minPasswordLength, callbackUrl }: { minPasswordLength: number; callbackUrl: string | null }) {
  const [state, formAction, pending] = useActionState(signUpAction, initialState);
  const [signInError, setSignInError] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const passwordRef = useRef<string>("");

  useEffect(() => {
    if (state.status === "invalid") summaryRef.current?.focus();
    if (state.status !== "created") return;
    // Account created: sign straight in, then back to where the visitor was going, or the role's home page.
    void signIn("credentials", {
      email: state.values.email,
      password: passwordRef.current,
      redirect: false,
    }).then((result) => {
      if (result?.ok) window.location.assign(callbackUrl ?? (state.values.role === "teacher" ? "/teacher" : "/student"));
      else setSignInError("Your account was created, but signing in failed. Please sign in.");
    });
  }, [state, callbackUrl]);

  const errors = Object.values(state.errors);
  return (
    <form
      className="form"
      action={formAction}
      noValidate
      onSubmit={(event) => {
        passwordRef.current = String(new FormData(event.currentTarget).get("password") ?? "");
      }}
    >
      {errors.length > 0 ? (
        <div className="alert" role="alert" tabIndex={-1} ref={summaryRef}>
          <strong>Please fix {errors.length === 1 ? "this problem" : `these ${errors.length} problems`}:</strong>
          <ul>
            {errors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {signInError ? (
        <div className="alert" role="alert">
          {signInError}
        </div>
      ) : null}
      <FormField id="name" label="Name" autoComplete="name" defaultValue={state.values.name} error={state.errors.name} required />
      <FormField
        id="email"
        label="Email"
        type="email"
        autoComplete="email"
        defaultValue={state.values.email}
        error={state.errors.email}
        required
      />
      <FormField
        id="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${minPasswordLength} characters.`}
        error={state.errors.password}
        required
      />
      <fieldset className="field">
        <legend>I am a</legend>
        <label className="choice">
          <input type="radio" name="role" value="student" defaultChecked={state.values.role !== "teacher"} /> Student
        </label>
        <label className="choice">
          <input type="radio" name="role" value="teacher" defaultChecked={state.values.role === "teacher"} /> Teacher
        </label>
      </fieldset>
      <div>
        <button className="button" type="submit" disabled={pending || state.status === "created"}>
          {pending || state.status === "created" ? "Creating account…" : "Create account"}
        </button>
      </div>
    </form>
  );
}
