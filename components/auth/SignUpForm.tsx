"use client";

import { signIn } from "next-auth/react";
import { useActionState, useEffect, useRef, useState } from "react";
import { signUpAction, type SignUpState } from "@/app/(auth)/sign-up/actions";
import { FormField, PasswordField } from "@/components/ui/FormField";
import { SubmitButton } from "@/components/ui/SubmitButton";

/** How this visitor may become a teacher: with the invitation they opened, with the operator's code, or not here. */
export type TeacherAccess =
  | { kind: "invitation"; token: string; email: string | null }
  | { kind: "code" }
  | { kind: "none" };

export function SignUpForm({
  minPasswordLength,
  callbackUrl,
  teacherAccess,
}: {
  minPasswordLength: number;
  callbackUrl: string | null;
  teacherAccess: TeacherAccess;
}) {
  const invited = teacherAccess.kind === "invitation";
  const initialState: SignUpState = {
    status: "idle",
    errors: {},
    values: { name: "", email: invited ? (teacherAccess.email ?? "") : "", role: invited ? "teacher" : "student" },
  };
  const [state, formAction, pending] = useActionState(signUpAction, initialState);
  // Which role is chosen decides whether the code field shows. The radios stay uncontrolled (React resets
  // the form after each submission, to the values the server sent back), so follow each new state too.
  const [role, setRole] = useState(initialState.values.role);
  const [roleFromState, setRoleFromState] = useState(state);
  if (roleFromState !== state) {
    setRoleFromState(state);
    setRole(state.values.role);
  }
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
      {invited ? <input type="hidden" name="invite" value={teacherAccess.token} /> : null}
      <FormField id="name" label="Name" autoComplete="name" defaultValue={state.values.name} error={state.errors.name} required />
      <FormField
        id="email"
        label="Email"
        type="email"
        autoComplete="email"
        defaultValue={state.values.email}
        hint={invited && teacherAccess.email ? "Your invitation is for this address." : undefined}
        error={state.errors.email}
        required
      />
      <PasswordField
        id="password"
        label="Password"
        autoComplete="new-password"
        minimumLength={minPasswordLength}
        error={state.errors.password}
      />
      {teacherAccess.kind === "none" ? (
        <p className="hint" id="teacher-accounts">
          Signing up as a teacher? Teacher accounts are made by invitation: ask a teacher at your school who already uses
          this site for an invitation link, or ask whoever runs the site to make your account.
        </p>
      ) : (
        <fieldset className="field" aria-describedby={state.errors.role ? "role-error" : undefined}>
          <legend>I am a</legend>
          <label className="choice">
            <input
              type="radio"
              name="role"
              value="student"
              defaultChecked={state.values.role !== "teacher"}
              onChange={() => setRole("student")}
            />{" "}
            Student
          </label>
          <label className="choice">
            <input
              type="radio"
              name="role"
              value="teacher"
              defaultChecked={state.values.role === "teacher"}
              onChange={() => setRole("teacher")}
            />{" "}
            Teacher
          </label>
          {state.errors.role ? (
            <span id="role-error" className="field-error">
              {state.errors.role}
            </span>
          ) : null}
        </fieldset>
      )}
      {teacherAccess.kind === "code" && role === "teacher" ? (
        <FormField
          id="teacherCode"
          label="Teacher sign-up code"
          autoComplete="off"
          hint="From whoever runs this site. No code? A teacher who already uses the site can send you an invitation link instead."
          error={state.errors.teacherCode}
          required
        />
      ) : null}
      <SubmitButton pending={pending || state.status === "created"} pendingLabel="Creating account…">
        Create account
      </SubmitButton>
    </form>
  );
}
