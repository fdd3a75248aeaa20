"use server";
/**
 * The host's one-click follow-ups after a live session (the missed questions as a custom set, or
 * assigned to the class), and the roster's extra time for live countdowns. Each one: parse the form,
 * authorize, call lib/live, redirect. An expected refusal comes back to the page as a plain message.
 */
import { revalidatePath } from "next/cache";
import { forbidden, redirect } from "next/navigation";
import { forbiddenIfRefused, requireAccess } from "@/lib/auth/authorize";
import { requireOwnClass } from "@/lib/classes/class-access";
import { db } from "@/lib/db/client";
import { HttpError } from "@/lib/errors";
import { formFrom, recordIdField, textField } from "@/lib/forms/action-input";
import { assignMissedToClass, makeCustomSetOfMissed, missedRefusalKey } from "@/lib/live/missed-questions";
import { setLiveTimeAccommodation } from "@/lib/live/set-time-accommodation";

const hostPath = (sessionId: string, refusal?: string) => `/teacher/live/${sessionId}${refusal ? `?refused=${refusal}` : ""}`;

/** The session named by the form, and its host; a missing or malformed id is refused like someone else's session. */
async function authorizeHost(input: unknown) {
  const sessionId = recordIdField(formFrom(input), "sessionId");
  const user = await requireAccess("live:host", sessionId ? hostPath(sessionId) : "/teacher/live");
  if (!sessionId) forbidden();
  return { user, sessionId };
}

/** Runs `work`; a 409 (still running, nothing missed) goes back to the host page as its message. */
async function orBackToHost<T>(sessionId: string, work: Promise<T>): Promise<T> {
  try {
    return await forbiddenIfRefused(work);
  } catch (error) {
    if (error instanceof HttpError && error.status < 500) redirect(hostPath(sessionId, missedRefusalKey(error.message)));
    throw error;
  }
}

export async function makeMissedSetAction(input: FormData): Promise<void> {
  const { user, sessionId } = await authorizeHost(input);
  const { setId } = await orBackToHost(sessionId, makeCustomSetOfMissed(db(), user, sessionId));
  revalidatePath("/teacher/sets");
  redirect(`/teacher/sets/${setId}`);
}

export async function assignMissedAction(input: FormData): Promise<void> {
  const { user, sessionId } = await authorizeHost(input);
  const { assignmentId, classId } = await orBackToHost(sessionId, assignMissedToClass(db(), user, sessionId));
  revalidatePath(`/teacher/classes/${classId}`, "layout");
  redirect(`/teacher/classes/${classId}/assignments/${assignmentId}/settings`);
}

export async function setLiveExtraTimeAction(input: FormData): Promise<void> {
  const form = formFrom(input);
  const classId = recordIdField(form, "classId");
  const studentId = recordIdField(form, "studentId");
  const roster = (notice: string) => `/teacher/classes/${classId}/roster?notice=${notice}`;
  const user = await requireAccess("class:manage", classId ? `/teacher/classes/${classId}/roster` : "/teacher");
  if (!classId) forbidden();
  await forbiddenIfRefused(requireOwnClass(db(), user, classId));
  if (!studentId) redirect(roster("not-in-class"));
  try {
    await setLiveTimeAccommodation(db(), user, { classId, studentId, multiplier: textField(form, "multiplier") });
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) redirect(roster("not-in-class"));
    if (error instanceof HttpError && error.status === 400) redirect(roster("extra-time-invalid"));
    throw error;
  }
  revalidatePath(`/teacher/classes/${classId}/roster`);
  redirect(roster("extra-time"));
}
