import type { Metadata } from "next";
import Link from "@/components/layout/Link";
import { Histogram } from "@/components/charts/Histogram";
import { ClassNav } from "@/components/teaching/dashboard/ClassNav";
import styles from "@/components/teaching/dashboard/Dashboard.module.css";
import { formatUtc, formatUtcDay, percent, plural } from "@/components/teaching/dashboard/format";
import { DashboardTable, LinkedRowHeading, numericColumn } from "@/components/teaching/dashboard/ScrollTable";
import { forbiddenIfRefused, requireAccess } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { loadClassOverview, type AssignmentOverview } from "@/lib/teaching/dashboards/class-overview";
import { listEndedLiveSessions } from "@/lib/live/live-results";
import { formatInZone } from "@/lib/teaching/zoned-time";

export const metadata: Metadata = { title: "Class overview" };

const STATE_TEXT: Record<AssignmentOverview["state"], string> = {
  upcoming: "Not open yet",
  open: "Open",
  "past-due": "Past due",
};

export default async function ClassOverviewPage(props: { params: Promise<{ classId: string }> }) {
  const { classId } = await props.params;
  const user = await requireAccess("class:manage", `/teacher/classes/${classId}`);
  const [overview, liveSessions] = await forbiddenIfRefused(
    Promise.all([loadClassOverview(db(), user, classId), listEndedLiveSessions(db(), user, classId)]),
  );
  const base = `/teacher/classes/${classId}`;
  const { focus } = overview;
  const studentCount = overview.students.length;

  return (
    <>
      <ClassNav classId={classId} current="overview" />
      <h1>{overview.class.name}</h1>
      <p>
        {plural(studentCount, "student")} enrolled.{" "}
        {overview.class.joinCode ? (
          <>
            Students join with the code <span className="code">{overview.class.joinCode}</span>
          </>
        ) : (
          "Joining with a code is turned off."
        )}{" "}
        <Link href={`${base}/roster`}>Manage the roster and join code</Link>
      </p>
      <div className={styles.downloads}>
        <span>Download (CSV, opens in a spreadsheet):</span>
        <a href={`/api/classes/${classId}/exports/gradebook`} download>
          Gradebook
        </a>
        <a href={`/api/classes/${classId}/exports/responses`} download>
          Every answer
        </a>
        <Link href={`${base}/missed`}>Most-missed facts</Link>
      </div>

      <h2>Assignments</h2>
      {overview.assignments.length === 0 ? (
        <p className="notice">
          No assignments yet. <Link href={`${base}/assignments/new`}>Set the first assignment</Link>.
        </p>
      ) : (
        <DashboardTable
          label="Assignments"
          columns={[
            "Assignment",
            "Due",
            numericColumn("Completed"),
            numericColumn("Average score"),
            numericColumn("Not started"),
            numericColumn("Late"),
            "More",
          ]}
        >
          <tbody>
            {overview.assignments.map((a) => (
              <tr key={a.id}>
                <LinkedRowHeading href={`${base}/assignments/${a.id}`} title={a.title} detail={STATE_TEXT[a.state]} />
                <td>{formatInZone(a.dueAt, a.timeZone)}</td>
                <td className={styles.num}>
                  {a.done} of {studentCount}
                  <br />
                  <span className="hint">{percent(a.completion)}</span>
                </td>
                <td className={styles.num}>{percent(a.averageScore)}</td>
                <td className={styles.num}>{a.notStarted}</td>
                <td className={styles.num}>{a.late}</td>
                <td>
                  <Link href={`${base}/assignments/${a.id}`} aria-label={`Item analysis: ${a.title}`}>
                    Item analysis
                  </Link>
                  <br />
                  <Link href={`${base}/assignments/${a.id}/settings`} aria-label={`Settings and extensions: ${a.title}`}>
                    Settings
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </DashboardTable>
      )}

      <h2>Live sessions</h2>
      {liveSessions.length === 0 ? (
        <p className="notice">
          No live sessions have ended yet. <Link href="/teacher/live">Start a live session</Link>.
        </p>
      ) : (
        <DashboardTable
          label="Live sessions"
          columns={["Live session", "Date (UTC)", numericColumn("Players"), numericColumn("Class % right")]}
        >
          <tbody>
            {[...liveSessions].reverse().map((s) => (
              <tr key={s.id}>
                <LinkedRowHeading
                  href={`${base}/live/${s.id}`}
                  title={s.title}
                  detail={plural(s.questionsAsked, "question")}
                />
                <td>{formatUtcDay(s.endedAt)}</td>
                <td className={styles.num}>{s.players}</td>
                <td className={styles.num}>{percent(s.classScore)}</td>
              </tr>
            ))}
          </tbody>
        </DashboardTable>
      )}

      {focus && (
        <section aria-labelledby="focus-heading">
          <h2 id="focus-heading">
            {focus.reason === "next-due" ? "Next due" : "Most recently due"}: {focus.assignment.title}
          </h2>
          <p className="hint">Due {formatInZone(focus.assignment.dueAt, focus.assignment.timeZone)}.</p>
          <div className={styles.twoCol}>
            <div>
              <h3>Not started ({focus.notStarted.length})</h3>
              {focus.notStarted.length === 0 ? (
                <p>✓ Everyone has started.</p>
              ) : (
                <ul className={styles.names}>
                  {focus.notStarted.map((s) => (
                    <li key={s.id}>
                      <Link href={`${base}/students/${s.id}`}>{s.name}</Link>
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div>
              <h3>Late ({focus.late.length})</h3>
              {focus.late.length === 0 ? (
                <p>✓ Nobody is late.</p>
              ) : (
                <ul className={styles.names}>
                  {focus.late.map((s) => (
                    <li key={s.id}>
                      <Link href={`${base}/students/${s.id}`}>{s.name}</Link>{" "}
                      <span className="hint">{s.overdue ? "(not handed in)" : "(handed in late)"}</span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        </section>
      )}

      <h2>Score distribution</h2>
      <Histogram
        title="Students by average score"
        showCaption={false}
        values={overview.studentAverages}
        domain={[0, 1]}
        bins={10}
        format={(v) => `${Math.round(v * 100)}%`}
        xLabel="Average score"
        countLabel="Students"
        emptyText="No finished assignments yet: the distribution appears after the first student finishes one."
      />

      <h2>Students</h2>
      {studentCount === 0 ? (
        <p className="notice">
          No students yet. Share the join code, or see the <Link href={`${base}/roster`}>roster</Link>.
        </p>
      ) : (
        <DashboardTable
          label="Students"
          columns={["Name", "Last active (UTC)", numericColumn("Assignments done"), numericColumn("Average score")]}
        >
          <tbody>
            {overview.students.map((s) => (
              <tr key={s.id}>
                <LinkedRowHeading href={`${base}/students/${s.id}`} title={s.name} detail={s.email} />
                <td>{formatUtc(s.lastActiveAt)}</td>
                <td className={styles.num}>
                  {s.assignmentsDone} of {overview.assignments.length}
                </td>
                <td className={styles.num}>{percent(s.averageScore)}</td>
              </tr>
            ))}
          </tbody>
        </DashboardTable>
      )}

      <h2>How these figures are counted</h2>
      <p className="hint">
        A student has completed an assignment when they finish an attempt (an attempt that ran out of time counts too).
        Their score is their best finished attempt: points over the questions asked, unanswered questions scoring 0. An
        assignment&apos;s average is the mean of those scores over the students who completed it; a student&apos;s
        average is the mean over the assignments they completed. Late means the first finished attempt ended after the
        student&apos;s due date (including any extension), or the due date passed without one.
      </p>
    </>
  );
}
