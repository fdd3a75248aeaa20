import type { Metadata } from "next";
import { revokeInvitationAction } from "@/app/teacher/invitations/actions";
import { InviteTeacherForm } from "@/components/auth/InviteTeacherForm";
import { BackLink } from "@/components/ui/BackLink";
import { ActionButton } from "@/components/teaching/ActionButton";
import { INVITATION_LIFETIME_DAYS, listPendingInvitations } from "@/lib/accounts/invitations";
import { requireAccess } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { ColumnHeadings } from "@/components/ui/ColumnHeadings";
import { pageNotice } from "@/lib/http/page-notice";

export const metadata: Metadata = { title: "Invite a teacher" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const NOTICES: Record<string, string> = {
  revoked: "Invitation withdrawn. Its link no longer works.",
  "not-found": "That invitation was already used or withdrawn, so nothing changed. The list below is up to date.",
};

export default async function TeacherInvitationsPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireAccess("teacher:invite", "/teacher/invitations");
  const notice = pageNotice(NOTICES, (await props.searchParams).notice);
  const pending = await listPendingInvitations(db(), user.id);
  return (
    <>
      <BackLink href="/teacher">My classes</BackLink>
      <h1>Invite a teacher</h1>
      <p>
        Teacher accounts are made by invitation. Make a link, send it to a colleague, and they can sign up as a teacher
        with it. Each link works once and expires after {INVITATION_LIFETIME_DAYS} days. Students do not need one.
      </p>
      <div role="status">{notice ? <p className="notice">{notice}</p> : null}</div>
      <h2 id="invite-heading">Make an invitation link</h2>
      <InviteTeacherForm />

      <h2 id="pending-heading">Invitations not used yet ({pending.length})</h2>
      {pending.length === 0 ? (
        <p>None. Invitations that have been used, withdrawn or have expired are not listed.</p>
      ) : (
        <table aria-labelledby="pending-heading">
          <ColumnHeadings columns={["For", "Made (UTC)", "Expires (UTC)", "Withdraw"]} />
          <tbody>
            {pending.map((invitation) => (
              <tr key={invitation.id}>
                <td>{invitation.email ?? "anyone with the link"}</td>
                <td>{dateFormat.format(invitation.createdAt)}</td>
                <td>{dateFormat.format(invitation.expiresAt)}</td>
                <td>
                  <ActionButton
                    action={revokeInvitationAction}
                    fields={{ invitationId: invitation.id }}
                    label={`Withdraw the invitation for ${invitation.email ?? "anyone with the link"}, made ${dateFormat.format(invitation.createdAt)}`}
                  >
                    Withdraw
                  </ActionButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
