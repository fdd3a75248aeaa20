import type { Metadata } from "next";
import Link from "@/components/layout/Link";
import { notFound } from "next/navigation";
import { LineChart } from "@/components/charts/LineChart";
import { MasteryByCategoryChart } from "@/components/progress/MasteryByCategoryChart";
import { ClassNav } from "@/components/teaching/dashboard/ClassNav";
import styles from "@/components/teaching/dashboard/Dashboard.module.css";
import { formatUtc, percent, plural } from "@/components/teaching/dashboard/format";
import { DashboardTable, numericColumn } from "@/components/teaching/dashboard/ScrollTable";
import { forbiddenIfRefused, requireAccess } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { loadStudentDetail } from "@/lib/teaching/dashboards/student-detail";

export const metadata: Metadata = { title: "Student" };

export default async function StudentPage(props: { params: Promise<{ classId: string; studentId: string }> }) {
  const { classId, studentId } = await props.params;
  const user = await requireAccess("class:manage", `/teacher/classes/${classId}/students/${studentId}`);
  const detail = await forbiddenIfRefused(loadStudentDetail(db(), user, classId, studentId));
  if (!detail) notFound();
  const { student, progress, memory, attempts } = detail;
  const base = `/teacher/classes/${classId}`;
  const topics = progress.masteryByTopic.filter((t) => t.answered > 0).sort((a, b) => a.mastery - b.mastery);

  return (
    <>
      <ClassNav classId={classId} current="student" />
      <p className="hint">
        <Link href={base}>{detail.class.name}</Link> › Student
      </p>
      <h1>{student.name}</h1>
      <p>
        {student.email} · in this class since {formatUtc(student.joinedAt)}
      </p>

      <div className={styles.summary}>
        <div className={styles.stat}>
          <strong>{formatUtc(progress.lastActiveAt ?? student.lastActiveAt)}</strong> last activity
        </div>
        <div className={styles.stat}>
          <strong>
            {new Set(attempts.map((a) => a.assignmentId)).size} of {detail.assignmentsTotal}
          </strong>{" "}
          assignments finished
        </div>
        <div className={styles.stat}>
          <strong>{progress.questionsAnswered}</strong> different questions answered
        </div>
        <div className={styles.stat}>
          <strong>{plural(progress.streakDays, "day")}</strong> study streak
        </div>
      </div>

      <h2>Assignment scores over time</h2>
      <LineChart
        title="Score of each finished assignment attempt"
        showCaption={false}
        points={attempts.map((a, i) => ({
          x: `${i + 1}. ${a.assignmentTitle.length > 24 ? `${a.assignmentTitle.slice(0, 23)}…` : a.assignmentTitle}`,
          y: a.score,
          yText: percent(a.score),
        }))}
        yMax={1}
        format={(v) => percent(v)}
        xLabel="Attempt"
        yLabel="Score"
        emptyText="No finished assignment attempts in this class yet."
      />
      {attempts.length > 0 && (
        <DashboardTable
          label="Finished attempts"
          caption="Finished attempts, oldest first"
          columns={["Assignment", "Ended (UTC)", numericColumn("Answered"), numericColumn("Score")]}
        >
          <tbody>
            {attempts.map((a) => (
              <tr key={a.attemptId}>
                <th scope="row">
                  <Link href={`${base}/assignments/${a.assignmentId}`}>{a.assignmentTitle}</Link>
                  {a.status === "expired" && <span className="hint"> (time ran out)</span>}
                </th>
                <td>{formatUtc(a.endedAt)}</td>
                <td className={styles.num}>
                  {a.answered} of {a.total}
                </td>
                <td className={styles.num}>{percent(a.score)}</td>
              </tr>
            ))}
          </tbody>
        </DashboardTable>
      )}

      <h2>Mastery by category</h2>
      <MasteryByCategoryChart figures={progress.masteryByCategory} />

      <h2>Mastery by study set</h2>
      {topics.length === 0 ? (
        <p className="hint">No answers yet.</p>
      ) : (
        <DashboardTable
          label="Mastery by study set"
          caption="Study sets the student has answered questions in, weakest first"
          columns={["Study set", numericColumn("Mastery"), numericColumn("Answered")]}
        >
          <tbody>
            {topics.map((t) => (
              <tr key={t.setId}>
                <th scope="row">{t.title}</th>
                <td className={styles.num}>{percent(t.mastery)}</td>
                <td className={styles.num}>
                  {t.answered} of {t.available}
                </td>
              </tr>
            ))}
          </tbody>
        </DashboardTable>
      )}

      <h2>Flashcards</h2>
      <p>
        {plural(memory.cardsStudied, "card")} studied, {memory.dueNow} due for review now.{" "}
        {memory.belowRecall.length === 0
          ? memory.cardsStudied > 0
            ? "✓ Every studied card is predicted to be recalled with at least 80% probability."
            : ""
          : `${plural(memory.belowRecall.length, "card")} predicted below 80% recall:`}
      </p>
      {memory.belowRecall.length > 0 && (
        <DashboardTable label="Cards predicted below 80% recall" columns={["Card", numericColumn("Predicted recall")]}>
          <tbody>
            {memory.belowRecall.map((card) => (
              <tr key={card.cardId}>
                <th scope="row">{card.front}</th>
                <td className={styles.num}>{percent(card.retrievability)}</td>
              </tr>
            ))}
          </tbody>
        </DashboardTable>
      )}

      <p className="hint">
        Mastery counts every answer, including assignment answers whose feedback the student cannot see yet. Predicted
        recall comes from the flashcard scheduler&apos;s forgetting curve (FSRS).
      </p>
    </>
  );
}
