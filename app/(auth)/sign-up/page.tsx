import type { Metadata } from "next";
import Link from "@/components/layout/Link";
import { SignUpForm, type TeacherAccess } from "@/components/auth/SignUpForm";
import { MIN_PASSWORD_LENGTH } from "@/lib/accounts/account-schemas";
import { checkInvitation, INVITATION_PROBLEMS } from "@/lib/accounts/invitations";
import { safeCallbackUrl, withCallback } from "@/lib/auth/callback-url";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/server-env";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const searchParams = await props.searchParams;
  // A join link opened before having an account comes back to the join page afterwards.
  const callbackUrl = safeCallbackUrl(searchParams.callbackUrl);
  const inviteToken = typeof searchParams.invite === "string" ? searchParams.invite.slice(0, 200) : "";

  // Who may choose "teacher": someone holding a valid invitation, or anyone when the operator set a code.
  let invitationProblem: string | null = null;
  let teacherAccess: TeacherAccess = serverEnv().teacherSignupCode ? { kind: "code" } : { kind: "none" };
  if (inviteToken) {
    const invitation = await checkInvitation(db(), inviteToken);
    if (invitation.status === "valid") teacherAccess = { kind: "invitation", token: inviteToken, email: invitation.email };
    else invitationProblem = INVITATION_PROBLEMS[invitation.status];
  }

  return (
    <>
      <h1>Create an account</h1>
      {teacherAccess.kind === "invitation" ? (
        <p className="notice">You have been invited to sign up as a teacher. Students can sign up without an invitation.</p>
      ) : null}
      {invitationProblem ? (
        <p className="alert" role="alert">
          {invitationProblem} You can still sign up as a student.
        </p>
      ) : null}
      <SignUpForm minPasswordLength={MIN_PASSWORD_LENGTH} callbackUrl={callbackUrl} teacherAccess={teacherAccess} />
      <p>
        Already have an account? <Link href={withCallback("/sign-in", callbackUrl)}>Sign in</Link>
      </p>
    </>
  );
}
