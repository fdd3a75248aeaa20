import type { Metadata } from "next";
import Link from "@/components/layout/Link";
import { startAssignmentAction } from "@/app/student/actions";
import styles from "@/components/teaching/Teaching.module.css";
import type { AssignmentStatus } from "@/lib/attempts/attempt-rules";
import { requireAccess } from "@/lib/auth/authorize";
import { currentClassName } from "@/lib/classes/list-classes";
import { db } from "@/lib/db/client";
import { listStudentAssignments, type StudentAssignmentRow } from "@/lib/teaching/assignments";
import { describeDue, describeOpens, formatInZone } from "@/lib/teaching/zoned-time";
import { VisuallyHidden } from "@/components/ui/VisuallyHidden";

export const metadata: Metadata = { title: "Assignments" };

const STATUS_LABELS: Record<AssignmentStatus, string> = {
  "not-open": "◷ Not open yet",
  open: "● Open",
  "in-progress": "◐ In progress",
  done: "✓ Done",
  overdue: "⚠ Overdue",
  closed: "✕ Closed",
};

function formatScore(score: number, maxScore: number): string {
  const round = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
  return `${round(score)} / ${round(maxScore)}`;
}

function AssignmentCard({ row, now }: { row: StudentAssignmentRow; now: Date }) {
  const attemptsLeft = row.attemptLimit === null ? null : Math.max(0, row.attemptLimit - row.attemptsUsed);
  return (
    <li className="card">
      <h3>{row.title}</h3>
      <p className={styles.status}>{STATUS_LABELS[row.status]}</p>
      <dl>
        <dt>Class</dt>
        <dd>{row.className}</dd>
        {row.status === "not-open" ? (
          <>
            <dt>Opens</dt>
            <dd>
              {formatInZone(row.opensAt, row.timeZone)} ({describeOpens(row.opensAt, now)})
            </dd>
          </>
        ) : null}
        <dt>Due{row.extended ? " (extended for you)" : ""}</dt>
        <dd>
          {formatInZone(row.dueAt, row.timeZone)} ({describeDue(row.dueAt, now)})
        </dd>
        {row.timeLimitSeconds !== null ? (
          <>
            <dt>Time limit</dt>
            <dd>{Math.round(row.timeLimitSeconds / 60)} minutes</dd>
          </>
        ) : null}
        <dt>Attempts</dt>
        <dd>
          {row.attemptsUsed} used
          {attemptsLeft === null ? ", no limit" : `, ${attemptsLeft} left`}
        </dd>
        {row.lastFinished ? (
          <>
            <dt>Score</dt>
            <dd>
              {row.scoreVisible
                ? formatScore(row.lastFinished.score, row.lastFinished.maxScore)
                : "Shown after your teacher releases feedback"}
            </dd>
          </>
        ) : null}
      </dl>
      <div className={styles.inline}>
        {row.inProgressAttemptId || row.canStart ? (
          <form action={startAssignmentAction}>
            <input type="hidden" name="assignmentId" value={row.id} />
            <button type="submit" className="button">
              {row.inProgressAttemptId ? "Resume" : row.lastFinished ? "Start another attempt" : "Start"}
              <VisuallyHidden>: {row.title}</VisuallyHidden>
            </button>
          </form>
        ) : null}
        {row.lastFinished ? (
          <Link href={`/student/quiz/${row.lastFinished.attemptId}/summary`}>
            Review<VisuallyHidden> your last attempt at {row.title}</VisuallyHidden>
          </Link>
        ) : null}
      </div>
    </li>
  );
}

export default async function StudentAssignmentsPage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireAccess("study:use", "/student/assignments");
  const searchParams = await props.searchParams;
  const now = new Date();
  const rows = await listStudentAssignments(db(), user, now);
  const error = typeof searchParams.error === "string" ? searchParams.error.slice(0, 300) : null;
  const joinedId = typeof searchParams.joined === "string" ? searchParams.joined : null;
  const joinedClass = joinedId ? await currentClassName(db(), user.id, joinedId) : null;

  const toDo = rows.filter((r) => r.status === "open" || r.status === "in-progress" || r.status === "not-open");
  const past = rows.filter((r) => !toDo.includes(r));

  return (
    <>
      <h1>Assignments</h1>
      <div role="status">
        {joinedClass ? (
          <p className="notice">
            {searchParams.already === "1" ? `You are already in ${joinedClass}.` : `✓ You joined ${joinedClass}.`}
          </p>
        ) : null}
      </div>
      {error ? (
        <div className="alert" role="alert">
          {error}
        </div>
      ) : null}
      {rows.length === 0 ? (
        <p>
          No assignments yet. Your teacher’s assignments appear here once you are in their class.{" "}
          <Link href="/join">Join a class</Link>
        </p>
      ) : (
        <>
          <h2>To do ({toDo.length})</h2>
          {toDo.length === 0 ? (
            <p>Nothing to do right now.</p>
          ) : (
            <ul className="card-list">
              {toDo.map((row) => (
                <AssignmentCard key={row.id} row={row} now={now} />
              ))}
            </ul>
          )}
          <h2>Done and past due ({past.length})</h2>
          {past.length === 0 ? (
            <p>Nothing here yet.</p>
          ) : (
            <ul className="card-list">
              {past.map((row) => (
                <AssignmentCard key={row.id} row={row} now={now} />
              ))}
            </ul>
          )}
          <p>
            <Link href="/join">Join another class</Link>
          </p>
        </>
      )}
    </>
  );
}
