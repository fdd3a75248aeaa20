import type { Metadata } from "next";
import { BackLink } from "@/components/ui/BackLink";
import { notFound, redirect } from "next/navigation";
import { loadKnowledgeBase } from "@/lib/content/load-knowledge-base";
import { QuizRunner } from "@/components/quiz/QuizRunner";
import type { SourceTitles } from "@/components/quiz/quiz-types";
import { loadAttemptForStudent } from "@/lib/attempts/quiz-view";
import { requireAccess } from "@/lib/auth/authorize";
import { HttpError } from "@/lib/errors";
import { db } from "@/lib/db/client";
import { formatInZone } from "@/lib/teaching/zoned-time";

export const metadata: Metadata = { title: "Quiz" };


export default async function QuizPage(props: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await props.params;
  const user = await requireAccess("study:use", `/student/quiz/${attemptId}`);
  const view = await loadAttemptForStudent(db(), user, attemptId).catch((error: unknown) => {
    if (error instanceof HttpError && (error.status === 404 || error.status === 400)) notFound();
    throw error;
  });
  if (view.status !== "in-progress") redirect(`/student/quiz/${view.id}/summary`);

  // Only what the runner needs: document titles for citations. Map questions fetch the map themselves.
  const sourceTitles: SourceTitles = Object.fromEntries(loadKnowledgeBase().sources.map((s) => [s.file, s.title]));

  return (
    <>
      <BackLink href="/student">Study home</BackLink>
      <h1>{view.title}</h1>
      {view.assignment ? (
        <p className="hint">
          Assignment · due {formatInZone(new Date(view.assignment.dueAt), view.assignment.timeZone)}
        </p>
      ) : null}
      {view.notice ? <p className="notice">{view.notice}</p> : null}
      <QuizRunner view={view} sourceTitles={sourceTitles} />
    </>
  );
}
