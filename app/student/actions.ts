"use server";

/**
 * Starting quizzes from forms: a practice quiz, a retry of the missed questions,
 * an assignment attempt. Each checks access first, then redirects to the quiz;
 * on a mistake the student can fix (or a rule such as a used-up attempt limit)
 * it redirects back to the page the form was on with `?error=<message>`.
 */
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import {
  startAssignmentAttempt,
  startPracticeAttempt,
  startRetryOfMissed,
} from "@/lib/attempts/start-attempt";
import { DEFAULT_QUIZ_LENGTH, QuizRequestSchema } from "@/lib/attempts/quiz-request";
import { requireAccess } from "@/lib/auth/authorize";
import { HttpError } from "@/lib/errors";
import { db } from "@/lib/db/client";
import { formFrom, RecordIdSchema } from "@/lib/forms/action-input";

/** The referring page of this app (path and query only), or `fallback`. */
async function backTo(fallback: string): Promise<string> {
  const referer = (await headers()).get("referer");
  if (!referer) return fallback;
  try {
    const url = new URL(referer);
    if (!url.pathname.startsWith("/") || url.pathname.startsWith("//")) return fallback;
    url.searchParams.delete("error");
    return url.pathname + url.search;
  } catch {
    return fallback;
  }
}

async function redirectWithError(message: string, fallback: string): Promise<never> {
  const target = await backTo(fallback);
  redirect(`${target}${target.includes("?") ? "&" : "?"}error=${encodeURIComponent(message)}`);
}

function messageOf(error: unknown): string | null {
  if (error instanceof HttpError && error.status < 500) return error.message;
  if (error instanceof z.ZodError) return "This form is not valid. Check your choices and try again.";
  return null;
}

/** Runs `start`; on a 4xx problem goes back with the message, else to the quiz. */
async function startAndGo(start: () => Promise<{ attemptId: string }>, fallback: string): Promise<never> {
  let attemptId: string;
  try {
    ({ attemptId } = await start());
  } catch (error) {
    const message = messageOf(error);
    if (message === null) throw error;
    return redirectWithError(message, fallback);
  }
  redirect(`/student/quiz/${encodeURIComponent(attemptId)}`);
}

function optionalList(form: FormData, name: string): string[] | undefined {
  const values = form.getAll(name).filter((v): v is string => typeof v === "string" && v !== "");
  return values.length > 0 ? values : undefined;
}

/** Fields: setId?, topics[]?, categories[]?, types[]?, length?. */
export async function startPracticeQuizAction(input: FormData): Promise<void> {
  const user = await requireAccess("study:use", "/student");
  const form = formFrom(input);
  const setId = form.get("setId");
  // Back to the set's page only when the id could be one (no kilobytes of text in the redirect).
  const fallback = typeof setId === "string" && /^[\w-]{1,80}$/.test(setId) ? `/student/sets/${setId}` : "/student";
  const rawLength = form.get("length");
  const parsed = QuizRequestSchema.safeParse({
    setId: typeof setId === "string" && setId ? setId : undefined,
    topics: optionalList(form, "topics"),
    categories: optionalList(form, "categories"),
    types: optionalList(form, "types"),
    scope: form.get("scope") === "all" ? "all" : "core",
    length: typeof rawLength === "string" && rawLength !== "" ? Number(rawLength) : DEFAULT_QUIZ_LENGTH,
  });
  if (!parsed.success) {
    return redirectWithError("This quiz choice is not valid. Pick categories and a length from the form.", fallback);
  }
  await startAndGo(() => startPracticeAttempt(db(), user, parsed.data), fallback);
}

/** Field: attemptId (a finished attempt of the student's). */
export async function retryMissedAction(input: FormData): Promise<void> {
  const user = await requireAccess("study:use", "/student");
  const attemptId = RecordIdSchema.safeParse(formFrom(input).get("attemptId"));
  if (!attemptId.success) return redirectWithError("That quiz could not be found, so there is nothing to retry.", "/student");
  const summary = `/student/quiz/${encodeURIComponent(attemptId.data)}/summary`;
  await startAndGo(() => startRetryOfMissed(db(), user, attemptId.data), summary);
}

/** Field: assignmentId. Resumes a running attempt instead of starting another. */
export async function startAssignmentAction(input: FormData): Promise<void> {
  const user = await requireAccess("study:use", "/student/assignments");
  const assignmentId = RecordIdSchema.safeParse(formFrom(input).get("assignmentId"));
  if (!assignmentId.success) return redirectWithError("That assignment could not be found.", "/student/assignments");
  await startAndGo(() => startAssignmentAttempt(db(), user, assignmentId.data), "/student/assignments");
}
