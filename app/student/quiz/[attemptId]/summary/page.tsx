import type { Metadata } from "next";
import Link from "@/components/layout/Link";
import { BackLink } from "@/components/ui/BackLink";
import { notFound } from "next/navigation";
import { loadKnowledgeBase } from "@/lib/content/load-knowledge-base";
import { retryMissedAction } from "@/app/student/actions";
import { CATEGORY_LABELS } from "@/lib/taxonomy";
import styles from "@/components/quiz/Quiz.module.css";
import type { SourceTitles } from "@/components/quiz/quiz-types";
import { SourceList } from "@/components/quiz/SourceCitation";
import { loadAttemptSummary } from "@/lib/attempts/attempt-summary";
import { requireAccess } from "@/lib/auth/authorize";
import { HttpError } from "@/lib/errors";
import { db } from "@/lib/db/client";
import { describeTimeTaken, formatInZone } from "@/lib/teaching/zoned-time";
import { ColumnHeadings } from "@/components/ui/ColumnHeadings";
import { Badge, type BadgeState } from "@/components/ui/Badge";
import { ProgressRing } from "@/components/ui/ProgressRing";
import type { AttemptSummary, MissedItem } from "@/lib/attempts/attempt-summary";

export const metadata: Metadata = { title: "Quiz results" };


function formatScore(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

function percent(score: number, max: number): string {
  return max > 0 ? `${Math.round((score / max) * 100)}%` : "–";
}

/** A category went well when at least three quarters of its marks were earned. */
const WENT_WELL_SHARE = 0.75;

/** The categories with most of their marks earned, best first; or the best one there is, if any mark was. */
function wentWell(byCategory: AttemptSummary["byCategory"]): AttemptSummary["byCategory"] {
  const earned = byCategory.filter((row) => row.score > 0).sort((a, b) => b.score / b.total - a.score / a.total);
  const strong = earned.filter((row) => row.score / row.total >= WENT_WELL_SHARE);
  return strong.length > 0 ? strong : earned.slice(0, 1);
}

function missedState(item: MissedItem): BadgeState {
  return !item.answered ? "unanswered" : item.score > 0 ? "partial" : "wrong";
}

export default async function QuizSummaryPage(props: {
  params: Promise<{ attemptId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { attemptId } = await props.params;
  const user = await requireAccess("study:use", `/student/quiz/${attemptId}/summary`);
  const summary = await loadAttemptSummary(db(), user, attemptId).catch((error: unknown) => {
    if (error instanceof HttpError && (error.status === 404 || error.status === 400)) notFound();
    throw error;
  });
  const { error } = await props.searchParams;
  const titles: SourceTitles = Object.fromEntries(loadKnowledgeBase().sources.map((s) => [s.file, s.title]));
  const unfinished = summary.status === "in-progress";
  // Practice attempts of a study set carry the set's title (attempt-service titleOf).
  const set = summary.kind === "practice" ? (loadKnowledgeBase().studySets.find((s) => s.title === summary.title) ?? null) : null;

  return (
    <>
      <BackLink href="/student">Study home</BackLink>
      <h1>Results: {summary.title}</h1>
      {typeof error === "string" && error ? (
        <div className="alert" role="alert">
          {error}
        </div>
      ) : null}
      {summary.notice ? <p className="notice">{summary.notice}</p> : null}
      {summary.status === "expired" ? <p className="notice">Time ran out for this attempt. The answers sent in time count.</p> : null}
      {unfinished ? (
        <div className="notice">
          <p>
            This quiz is not finished yet: you have answered {summary.answered} of {summary.total} questions.
          </p>
          <p>
            <Link href={`/student/quiz/${summary.attemptId}`}>Continue the quiz</Link>
          </p>
        </div>
      ) : null}

      {summary.feedbackVisible ? (
        <div className={styles.summaryTop}>
          <ProgressRing
            value={summary.maxScore > 0 ? summary.score / summary.maxScore : 0}
            text={percent(summary.score, summary.maxScore)}
            caption={`${formatScore(summary.score)} of ${formatScore(summary.maxScore)} marks`}
          />
          <div className={styles.summaryText}>
            <p className={styles.summaryScore}>
              You scored {formatScore(summary.score)} out of {formatScore(summary.maxScore)} (
              {percent(summary.score, summary.maxScore)}).
            </p>
            <p>
              You answered {summary.answered} of {summary.total} questions
              {summary.timeTakenMs !== null ? ` in ${describeTimeTaken(summary.timeTakenMs)}` : ""}.
            </p>
          </div>
        </div>
      ) : (
        <p className="notice">
          Your {summary.answered} {summary.answered === 1 ? "answer is" : "answers are"} saved. Scores and correct
          answers come{" "}
          {summary.feedbackAvailableAt
            ? `after the due date (${formatInZone(new Date(summary.feedbackAvailableAt), summary.assignment?.timeZone ?? "UTC")})`
            : unfinished
              ? "after you finish the quiz"
              : "later, when your teacher's settings allow"}
          .{summary.timeTakenMs !== null ? ` You took ${describeTimeTaken(summary.timeTakenMs)}.` : ""}
        </p>
      )}

      {summary.feedbackVisible && summary.answered > 0 ? <WhatWentWell byCategory={summary.byCategory} /> : null}

      {summary.feedbackVisible && summary.byCategory.length > 0 ? (
        <>
          <h2>By category</h2>
          <table>
            <ColumnHeadings columns={["Category", "Answered", "Score"]} />
            <tbody>
              {summary.byCategory.map((row) => (
                <tr key={row.category}>
                  <th scope="row">{CATEGORY_LABELS[row.category]}</th>
                  <td>
                    {row.answered} of {row.total}
                  </td>
                  <td>
                    {formatScore(row.score)} of {row.total} ({percent(row.score, row.total)})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}

      {summary.feedbackVisible ? (
        <>
          <h2>Questions to look at again</h2>
          {summary.missed.length === 0 ? (
            <p>
              <span aria-hidden="true">✓ </span>Nothing to review: every answered question was fully right.
            </p>
          ) : (
            <>
              <p>
                {summary.missed.length === 1 ? "One question" : `${summary.missed.length} questions`} to go over, each with
                its answer and where it comes from.
              </p>
              {!unfinished ? <RetryMissed attemptId={summary.attemptId} count={summary.missed.length} /> : null}
              <ol className={styles.missed}>
                {summary.missed.map((item) => (
                  <li key={item.questionId} className="card">
                    <Badge state={missedState(item)} />
                    <p>
                      <strong>{item.prompt}</strong>
                    </p>
                    {item.correctAnswer ? (
                      <p>
                        <strong>Correct answer:</strong> {item.correctAnswer}
                      </p>
                    ) : null}
                    {item.explanation ? <p>{item.explanation}</p> : null}
                    {item.sources.length > 0 ? (
                      <div>
                        <p>Sources:</p>
                        <SourceList sources={item.sources} titles={titles} className={styles.sources} />
                      </div>
                    ) : null}
                  </li>
                ))}
              </ol>
            </>
          )}
        </>
      ) : null}

      <h2>What next?</h2>
      <ul>
        {set ? (
          <li>
            <Link href={`/student/sets/${set.id}`}>Back to {set.title}</Link>
          </li>
        ) : null}
        {summary.assignment ? (
          <li>
            <Link href="/student/assignments">Your assignments</Link>
          </li>
        ) : null}
        <li>
          <Link href="/student">Back to the study home</Link>
        </li>
      </ul>
    </>
  );
}

function WhatWentWell({ byCategory }: { byCategory: AttemptSummary["byCategory"] }) {
  const rows = wentWell(byCategory);
  return (
    <>
      <h2>What went well</h2>
      {rows.length > 0 ? (
        <ul className={styles.wentWell}>
          {rows.map((row) => (
            <li key={row.category}>
              {CATEGORY_LABELS[row.category]}: {formatScore(row.score)} of {row.total} right
            </li>
          ))}
        </ul>
      ) : (
        <p>No marks this time. Every question below comes with its answer, so the next try starts from there.</p>
      )}
    </>
  );
}

/** One click starts a new quiz of just the questions missed here. */
function RetryMissed({ attemptId, count }: { attemptId: string; count: number }) {
  return (
    <form action={retryMissedAction} className={styles.retry}>
      <input type="hidden" name="attemptId" value={attemptId} />
      <button type="submit" className="button">
        Retry the missed questions
      </button>
      <span className="hint"> {count === 1 ? "1 question" : `${count} questions`}, in a new practice quiz</span>
    </form>
  );
}
