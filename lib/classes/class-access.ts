/**
 * "Is this my class?", asked once for everything a teacher does with a class or one of its
 * assignments. Pages and server actions ask through forbiddenIfRefused (lib/auth/authorize.ts),
 * which shows the 403 page for either refusal; loaders and writes ask again themselves, so a
 * caller that forgets cannot act on another teacher's class. Route handlers answer the HttpError
 * as it is: 404 when there is no such record, 403 when it is someone else's.
 */
import "server-only";
import { canManageAssignment, canManageClass, type Actor } from "../auth/policy";
import type { Database } from "../db/create-client";
import { HttpError } from "../errors";

/** The class, if `actor` may manage it; 404 when there is none, 403 when it is someone else's. */
export async function requireOwnClass(db: Database, actor: Actor, classId: string) {
  const klass = await db.class.findUnique({
    where: { id: classId },
    select: { id: true, name: true, teacherId: true, joinCode: true, archivedAt: true, createdAt: true },
  });
  if (!klass) throw new HttpError(404, "There is no such class.");
  if (!canManageClass(actor, klass)) throw new HttpError(403, "You can only manage your own classes.");
  return klass;
}

/** The assignment, if `actor` teaches its class; 404 when there is none, 403 when it is someone else's. */
export async function requireOwnAssignment(db: Database, actor: Actor, assignmentId: string) {
  const assignment = await db.assignment.findUnique({
    where: { id: assignmentId },
    select: { id: true, opensAt: true, dueAt: true, timeZone: true, classId: true, class: { select: { teacherId: true } } },
  });
  if (!assignment) throw new HttpError(404, "There is no such assignment.");
  if (!canManageAssignment(actor, assignment)) throw new HttpError(403, "You can only change assignments in your own classes.");
  return assignment;
}
