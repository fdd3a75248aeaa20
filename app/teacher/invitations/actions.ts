"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createTeacherInvitation, invitationPath, InvitationRequestSchema, revokeInvitation } from "@/lib/accounts/invitations";
import { requireAccess } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { formFrom, recordIdField, textField } from "@/lib/forms/action-input";

export interface InviteTeacherState {
  status: "idle" | "invalid" | "created";
  errors: { email?: string };
  values: { email: string };
  /** The link, shown once: only its hash is stored. */
  created?: { link: string; email: string | null; expiresAt: string };
}

/** The site's address as the teacher sees it, as the class join link does. */
async function siteOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}

// The previous state is unused but typed `| null`: a hand-made request may send anything there.
export async function inviteTeacherAction(_previous: InviteTeacherState | null, input: FormData): Promise<InviteTeacherState> {
  const user = await requireAccess("teacher:invite", "/teacher/invitations");
  const email = textField(formFrom(input), "email");
  const parsed = InvitationRequestSchema.safeParse({ email });
  if (!parsed.success) {
    return { status: "invalid", errors: { email: parsed.error.issues[0]?.message ?? "Check the email address." }, values: { email } };
  }
  const invitation = await createTeacherInvitation(db(), { createdById: user.id, email: parsed.data.email ?? null });
  revalidatePath("/teacher/invitations");
  return {
    status: "created",
    errors: {},
    values: { email: "" },
    created: {
      link: `${await siteOrigin()}${invitationPath(invitation.token)}`,
      email: invitation.email,
      expiresAt: invitation.expiresAt.toISOString(),
    },
  };
}

export async function revokeInvitationAction(input: FormData): Promise<void> {
  const user = await requireAccess("teacher:invite", "/teacher/invitations");
  const invitationId = recordIdField(formFrom(input), "invitationId");
  const revoked = invitationId ? await revokeInvitation(db(), { invitationId, teacherId: user.id }) : false;
  revalidatePath("/teacher/invitations");
  redirect(`/teacher/invitations?notice=${revoked ? "revoked" : "not-found"}`);
}
