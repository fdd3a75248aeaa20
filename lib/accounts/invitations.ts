/**
 * Teacher invitations: a teacher makes a single-use link (`/sign-up?invite=TOKEN`) that lets one
 * person sign up as a teacher. Only a SHA-256 hash of the token is stored, so a copy of the database
 * does not hand out teacher accounts; the link is shown once, when it is made.
 */
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import type { Database } from "../db/create-client";
import { EmailSchema } from "./account-schemas";

export const INVITATION_LIFETIME_DAYS = 7;

export const InvitationRequestSchema = z.object({
  // An empty field means "anyone with the link".
  email: z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), EmailSchema.optional()),
});

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function invitationPath(token: string): string {
  return `/sign-up?invite=${encodeURIComponent(token)}`;
}

export class NotATeacherError extends Error {
  constructor() {
    super("Only teachers can invite teachers.");
  }
}

/** Makes an invitation and returns its token: the only time the token exists outside the link. */
export async function createTeacherInvitation(
  db: Database,
  input: { createdById: string; email?: string | null },
  now = new Date(),
): Promise<{ token: string; id: string; email: string | null; expiresAt: Date }> {
  // The page already checked the role; this keeps the rule when someone calls the function directly.
  const creator = await db.user.findUnique({ where: { id: input.createdById }, select: { role: true } });
  if (creator?.role !== "teacher") throw new NotATeacherError();
  const token = randomBytes(24).toString("base64url");
  const invitation = await db.teacherInvitation.create({
    data: {
      tokenHash: hashInvitationToken(token),
      createdById: input.createdById,
      email: input.email ?? null,
      createdAt: now,
      expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_DAYS * 24 * 60 * 60_000),
    },
    select: { id: true, email: true, expiresAt: true },
  });
  return { token, ...invitation };
}

export interface PendingInvitation {
  id: string;
  email: string | null;
  createdAt: Date;
  expiresAt: Date;
}

/** The invitations a teacher made that can still be used. */
export async function listPendingInvitations(db: Database, teacherId: string, now = new Date()): Promise<PendingInvitation[]> {
  return db.teacherInvitation.findMany({
    where: { createdById: teacherId, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, email: true, createdAt: true, expiresAt: true },
    orderBy: { createdAt: "desc" },
  });
}

/** Withdraws a pending invitation. Only its creator can; returns false when there was nothing to withdraw. */
export async function revokeInvitation(
  db: Database,
  input: { invitationId: string; teacherId: string },
  now = new Date(),
): Promise<boolean> {
  const { count } = await db.teacherInvitation.updateMany({
    where: { id: input.invitationId, createdById: input.teacherId, usedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  return count === 1;
}

export type InvitationCheck =
  | { status: "valid"; email: string | null }
  | { status: "unknown" | "used" | "expired" | "revoked" };

/** What the sign-up page tells the visitor about the link they opened. */
export async function checkInvitation(db: Database, token: string, now = new Date()): Promise<InvitationCheck> {
  if (!token) return { status: "unknown" };
  const invitation = await db.teacherInvitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { email: true, expiresAt: true, usedAt: true, revokedAt: true },
  });
  if (!invitation) return { status: "unknown" };
  if (invitation.usedAt) return { status: "used" };
  if (invitation.revokedAt) return { status: "revoked" };
  if (invitation.expiresAt <= now) return { status: "expired" };
  return { status: "valid", email: invitation.email };
}

export const INVITATION_PROBLEMS: Record<Exclude<InvitationCheck["status"], "valid">, string> = {
  unknown: "This invitation link is not valid. Check that you copied all of it, or ask for a new one.",
  used: "This invitation link has already been used. Ask the teacher who sent it for a new one.",
  expired: "This invitation link has expired. Ask the teacher who sent it for a new one.",
  revoked: "This invitation link was withdrawn. Ask the teacher who sent it for a new one.",
};

type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/**
 * Marks the invitation used, inside the sign-up transaction. The conditional update is what makes it
 * single use: of two sign-ups racing with one link, only one matches `usedAt: null`.
 */
export async function claimInvitation(
  tx: Transaction,
  input: { token: string; email: string },
  now: Date,
): Promise<{ ok: true; invitationId: string } | { ok: false; problem: "email-mismatch" | keyof typeof INVITATION_PROBLEMS }> {
  const tokenHash = hashInvitationToken(input.token);
  const invitation = await tx.teacherInvitation.findUnique({
    where: { tokenHash },
    select: { id: true, email: true, expiresAt: true, usedAt: true, revokedAt: true },
  });
  if (!invitation) return { ok: false, problem: "unknown" };
  if (invitation.email && invitation.email !== input.email) return { ok: false, problem: "email-mismatch" };
  const { count } = await tx.teacherInvitation.updateMany({
    where: { id: invitation.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count === 1) return { ok: true, invitationId: invitation.id };
  if (invitation.revokedAt) return { ok: false, problem: "revoked" };
  if (invitation.expiresAt <= now) return { ok: false, problem: "expired" };
  return { ok: false, problem: "used" };
}
