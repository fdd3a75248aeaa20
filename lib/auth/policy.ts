/**
 * Who may do what. This table is the single source of truth: pages, server
 * actions and route handlers ask it through lib/auth/authorize.ts, and
 * the authorization test matrix is generated from it.
 */
import type { Role } from "./roles";

export const ACCESS_RULES = {
  /** Study home, practice quizzes, flashcards, own progress. */
  "study:use": ["student"],
  /** Join a class with a code. */
  "class:join": ["student"],
  /** Teacher home and class list. */
  "teaching:use": ["teacher"],
  /** Read or change one class; also requires owning it (see canManageClass). */
  "class:manage": ["teacher"],
  /** Invite someone to sign up as a teacher; withdraw one's own pending invitations. */
  "teacher:invite": ["teacher"],
  /** Start and run a live class session for one of one's own classes (see canHostLiveSession). */
  "live:host": ["teacher"],
  /** Any signed-in person: account page (password, sign out everywhere, delete account), sign-out. */
  "account:use": ["student", "teacher"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof ACCESS_RULES;
/** Routes open to everyone still go through the same wrapper, so none is forgotten. */
export type Access = Permission | "public";

export interface Actor {
  id: string;
  role: Role;
}

export function isAllowed(actor: Actor | null, access: Access): boolean {
  if (access === "public") return true;
  if (!actor) return false;
  return (ACCESS_RULES[access] as readonly Role[]).includes(actor.role);
}

/** A teacher manages only the classes they created. */
export function canManageClass(actor: Actor | null, klass: { teacherId: string }): boolean {
  return isAllowed(actor, "class:manage") && actor !== null && klass.teacherId === actor.id;
}

/** A student reads and writes only their own attempts, responses and flashcards. */
export function ownsStudyRecord(actor: Actor | null, record: { userId: string }): boolean {
  return isAllowed(actor, "study:use") && actor !== null && record.userId === actor.id;
}

/** A student takes an assignment only while enrolled (not removed) in its class. */
export function canTakeAssignment(
  actor: Actor | null,
  assignment: { class: { enrollments: { studentId: string; removedAt: Date | null }[] } },
): boolean {
  if (!isAllowed(actor, "study:use") || actor === null) return false;
  return assignment.class.enrollments.some((e) => e.studentId === actor.id && e.removedAt === null);
}

/** An assignment (and its item analysis, extensions, exports) belongs to the teacher of its class. */
export function canManageAssignment(actor: Actor | null, assignment: { class: { teacherId: string } }): boolean {
  return canManageClass(actor, assignment.class);
}

/** A custom set is changed only by the teacher who owns it. */
export function canEditCustomSet(actor: Actor | null, set: { ownerId: string }): boolean {
  return isAllowed(actor, "teaching:use") && actor !== null && set.ownerId === actor.id;
}

/** Any teacher reads a shared custom set (read-only, may copy it); an unshared one only its owner. */
export function canViewCustomSet(actor: Actor | null, set: { ownerId: string; shared: boolean }): boolean {
  return isAllowed(actor, "teaching:use") && actor !== null && (set.shared || set.ownerId === actor.id);
}

/** A teacher's own question is edited or archived only by the teacher who wrote or imported it. */
export function canEditTeacherQuestion(actor: Actor | null, question: { authorId: string }): boolean {
  return isAllowed(actor, "teaching:use") && actor !== null && question.authorId === actor.id;
}

/** A live session is run only by the teacher who started it, and only while the class is still theirs. */
export function canHostLiveSession(actor: Actor | null, session: { hostId: string; class: { teacherId: string } }): boolean {
  return isAllowed(actor, "live:host") && actor !== null && session.hostId === actor.id && canManageClass(actor, session.class);
}

/** A signed-in player is a student enrolled (not removed) in the session's class; guests are let in by the session's setting. */
export function canPlayLiveSession(
  actor: Actor | null,
  klass: { enrollments: { studentId: string; removedAt: Date | null }[] },
): boolean {
  if (!isAllowed(actor, "study:use") || actor === null) return false;
  return klass.enrollments.some((e) => e.studentId === actor.id && e.removedAt === null);
}

/** Where each role lands after signing in. */
export function homePathFor(role: Role): string {
  return role === "teacher" ? "/teacher" : "/student";
}
