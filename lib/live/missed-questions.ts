/**
 * After a live session ends, the host turns the questions the class missed into practice: a custom
 * set of them, and (one click more) an assignment of that set for the session's class. "Missed" means
 * at least one player did not get it fully right; skipped questions were not played, so they are left
 * out. Both go through the custom-set and assignment code every other page uses.
 */
import "server-only";
import type { Actor } from "../auth/policy";
import { addQuestionsToSet, createCustomSet, MAX_SET_DESCRIPTION_LENGTH, MAX_SET_NAME_LENGTH } from "../curation/custom-sets";
import type { Database } from "../db/create-client";
import { HttpError } from "../errors";
import { createAssignment } from "../teaching/assignments";
import { emptyAssignmentFormValues, MAX_ASSIGNMENT_TITLE_LENGTH } from "../teaching/assignment-schemas";
import { requireHostedSession } from "./live-session-record";

/** What the host reads when a follow-up cannot happen; the actions send the key back to the host page. */
export const MISSED_REFUSALS = {
  "not-ended": "End the live session first.",
  "nothing-missed": "Every player got every question right, so there is nothing to practise.",
  failed: "That could not be made. Try again, or build the set from the question browser.",
} as const;
export type MissedRefusal = keyof typeof MISSED_REFUSALS;

/** The refusal a message from this module stands for, for the host page's query string. */
export function missedRefusalKey(message: string): MissedRefusal {
  const found = (Object.keys(MISSED_REFUSALS) as MissedRefusal[]).find((key) => MISSED_REFUSALS[key] === message);
  return found ?? "failed";
}

/** Days the assignment of missed questions stays open. */
export const MISSED_ASSIGNMENT_DAYS = 7;

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The session's questions at least one player did not get fully right, in the session's order. */
export async function loadMissedQuestionIds(db: Database, teacher: Actor, sessionId: string): Promise<string[]> {
  const session = await requireHostedSession(db, teacher, sessionId);
  const wrong = await db.liveAnswer.findMany({
    where: { sessionId, correct: false },
    distinct: ["questionId"],
    select: { questionId: true },
  });
  const missed = new Set(wrong.map((answer) => answer.questionId));
  const skipped = new Set(session.skippedIds);
  return session.questionIds.filter((id) => missed.has(id) && !skipped.has(id));
}

async function requireEndedSession(db: Database, teacher: Actor, sessionId: string) {
  const session = await requireHostedSession(db, teacher, sessionId);
  if (session.phase !== "ended") throw new HttpError(409, MISSED_REFUSALS["not-ended"]);
  return session;
}

function setNameFor(title: string): string {
  return clip(`Missed in live: ${title}`, MAX_SET_NAME_LENGTH);
}

/** Ties the set to its session, so a second click finds the first set instead of making another. */
function setDescriptionFor(title: string, sessionId: string): string {
  return clip(`Questions at least one player got wrong in the live session "${title}" (session ${sessionId}).`, MAX_SET_DESCRIPTION_LENGTH);
}

/**
 * A custom set (the host's own, not shared) of the missed questions; the same set again when the
 * host already made one from this session. 409 when the session is still running or nobody missed
 * anything.
 */
export async function makeCustomSetOfMissed(db: Database, teacher: Actor, sessionId: string): Promise<{ setId: string; questionCount: number }> {
  const session = await requireEndedSession(db, teacher, sessionId);
  const missed = await loadMissedQuestionIds(db, teacher, sessionId);
  if (missed.length === 0) throw new HttpError(409, MISSED_REFUSALS["nothing-missed"]);
  const name = setNameFor(session.title);
  const description = setDescriptionFor(session.title, sessionId);
  const existing = await db.customSet.findFirst({ where: { ownerId: teacher.id, name, description }, select: { id: true } });
  if (existing) return { setId: existing.id, questionCount: await db.customSetItem.count({ where: { setId: existing.id } }) };

  const created = await createCustomSet(db, teacher, { name, description });
  if (!created.ok) throw new HttpError(409, Object.values(created.errors)[0] ?? "The set could not be made.");
  const { setId } = created.value;
  const added = await addQuestionsToSet(db, teacher, setId, missed);
  if (added.error && added.added === 0) throw new HttpError(409, added.error);
  return { setId, questionCount: added.added };
}

/** "2026-12-13T09:30": the due date as the assignment form writes it, in UTC. */
function localUtc(date: Date): string {
  return date.toISOString().slice(0, 16);
}

/**
 * The missed questions (through their custom set) assigned to the session's class: open now, due in
 * a week, feedback right after each answer. Each click makes a new assignment.
 */
export async function assignMissedToClass(
  db: Database,
  teacher: Actor,
  sessionId: string,
  now = new Date(),
): Promise<{ assignmentId: string; classId: string; setId: string }> {
  const session = await requireEndedSession(db, teacher, sessionId);
  const { setId } = await makeCustomSetOfMissed(db, teacher, sessionId);
  const dueAt = new Date(now.getTime() + MISSED_ASSIGNMENT_DAYS * 24 * 60 * 60 * 1000);
  const result = await createAssignment(
    db,
    teacher,
    session.classId,
    emptyAssignmentFormValues({
      title: clip(`Missed in live: ${session.title}`, MAX_ASSIGNMENT_TITLE_LENGTH),
      source: "custom",
      customSetId: setId,
      dueAt: localUtc(dueAt),
      timeZone: "UTC",
      feedbackPolicy: "immediately",
    }),
    now,
  );
  if (!result.ok) throw new HttpError(409, Object.values(result.errors)[0] ?? "The assignment could not be made.");
  return { assignmentId: result.value.assignmentId, classId: session.classId, setId };
}
