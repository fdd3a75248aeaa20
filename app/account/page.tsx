import { formatUtc } from "@/lib/text/utc-dates";
import type { Metadata } from "next";
import { signOutEverywhereAction } from "@/app/account/actions";
import { ChangePasswordForm } from "@/components/auth/ChangePasswordForm";
import { DeleteAccountForm } from "@/components/auth/DeleteAccountForm";
import { MIN_PASSWORD_LENGTH } from "@/lib/accounts/account-schemas";
import { listActiveSessions } from "@/lib/accounts/sessions";
import { requireAccess } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/server-env";

export const metadata: Metadata = { title: "Your account" };


export default async function AccountPage() {
  const user = await requireAccess("account:use", "/account");
  const sessions = await listActiveSessions(db(), user.id);
  const lifetimeDays = Math.round(serverEnv().sessionMaxAgeSeconds / 86_400);
  return (
    <>
      <h1>Your account</h1>
      <p>
        {user.name}, {user.email} ({user.role})
      </p>

      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Where you are signed in</h2>
        <p className="hint">
          A browser stays signed in while it is used; after {lifetimeDays} days without a visit it must sign in again. Times
          are UTC.
        </p>
        <ul className="card-list">
          {sessions.map((session) => (
            <li key={session.id} className="card">
              <strong>{session.userAgent}</strong>
              {session.id === user.sessionId ? " (this browser)" : null}
              <br />
              <span className="hint">
                Signed in {formatUtc(session.createdAt)} · last used {formatUtc(session.lastSeenAt)}
              </span>
            </li>
          ))}
        </ul>
        <form action={signOutEverywhereAction}>
          <p>Lost a device, or signed in on a shared computer? This signs out every browser, this one included.</p>
          <button type="submit" className="button secondary">
            Sign out everywhere
          </button>
        </form>
      </section>

      <section aria-labelledby="password-heading">
        <h2 id="password-heading">Change your password</h2>
        <p>Every other browser signed in to your account is signed out; this one stays signed in.</p>
        <ChangePasswordForm minPasswordLength={MIN_PASSWORD_LENGTH} />
      </section>

      <section aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete your account</h2>
        {user.role === "teacher" ? (
          <p>
            This deletes your account and everything that belongs to it, at once and for good: your classes, their
            assignments, every answer your students gave to those assignments, and the teacher invitations you sent
            that nobody has used yet. Download the gradebook and answers of each class first if you need them.
          </p>
        ) : (
          <p>
            This deletes your account and everything that belongs to it, at once and for good: your quiz answers and
            scores (teachers no longer see them in their gradebooks), your flashcard progress and your class
            memberships.
          </p>
        )}
        <DeleteAccountForm />
      </section>
    </>
  );
}
