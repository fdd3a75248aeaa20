import type { Metadata } from "next";
import Link from "@/components/layout/Link";
import { BarChart } from "@/components/charts/BarChart";
import { LineChart } from "@/components/charts/LineChart";
import { MasteryByCategoryChart } from "@/components/progress/MasteryByCategoryChart";
import { MasteryMeter } from "@/components/study/MasteryMeter";
import styles from "@/components/study/Study.module.css";
import { requireAccess } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { dueForecast } from "@/lib/flashcards/flashcard-service";
import { loadMyLiveResults } from "@/lib/live/live-results";
import { loadStudentProgress } from "@/lib/progress/progress-service";
import { formatStreak } from "@/lib/progress/streak";
import { shortDayLabel } from "@/lib/taxonomy";
import { ColumnHeadings } from "@/components/ui/ColumnHeadings";
import { ScrollTable } from "@/components/teaching/dashboard/ScrollTable";

export const metadata: Metadata = { title: "Progress" };
export const dynamic = "force-dynamic";

const GROUP_LABELS: Record<string, string> = { battle: "Battle", theme: "Theme", month: "Period", category: "Category" };

function formatWhen(iso: string): string {
  return `${new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`;
}

const percent = (v: number) => `${Math.round(v * 100)}%`;

export default async function ProgressPage() {
  const user = await requireAccess("study:use", "/student/progress");
  const database = db();
  const now = new Date();
  const [progress, forecast, liveResults] = await Promise.all([
    loadStudentProgress(database, user.id, now),
    dueForecast(database, user.id, now, 14),
    loadMyLiveResults(database, user),
  ]);
  const answeredAny = progress.questionsAnswered > 0;
  const totalAnswers = progress.accuracyByDay.reduce((n, d) => n + d.answered, 0);
  const totalCorrect = progress.accuracyByDay.reduce((n, d) => n + d.correct, 0);
  const cardsComing = forecast.reduce((n, d) => n + d.count, 0);
  const topics = progress.masteryByTopic.filter((t) => t.available > 0 && t.group !== "category");

  return (
    <>
      <h1>Your progress</h1>

      <div className={styles.panels}>
        <section className={styles.panel} aria-labelledby="streak-heading">
          <h2 id="streak-heading">Streak</h2>
          <p className={styles.big}>{formatStreak(progress.streakDays)}</p>
          <p className={styles.meta}>Days in a row with at least one answer or flashcard review (UTC days).</p>
        </section>
        <section className={styles.panel} aria-labelledby="last-heading">
          <h2 id="last-heading">Last activity</h2>
          <p>{progress.lastActiveAt ? formatWhen(progress.lastActiveAt) : "Nothing yet"}</p>
        </section>
        <section className={styles.panel} aria-labelledby="answers-heading">
          <h2 id="answers-heading">Answers</h2>
          <p>
            <span className={styles.big} data-testid="answers-total">
              {totalAnswers}
            </span>{" "}
            {totalAnswers === 1 ? "answer" : "answers"}, {totalCorrect} fully correct
          </p>
          <p className={styles.meta}>
            {progress.questionsAnswered} different {progress.questionsAnswered === 1 ? "question" : "questions"}
          </p>
        </section>
      </div>

      {progress.hiddenAnswers > 0 && (
        <p className="notice">
          {progress.hiddenAnswers} {progress.hiddenAnswers === 1 ? "answer" : "answers"} to questions on your assignments
          will count here once your teacher releases the results.
        </p>
      )}

      {!answeredAny && (
        <div className="notice">
          <p>
            <strong>No answers yet.</strong> Start with a study set on the <Link href="/student">study home</Link>: a
            short quiz of 10 questions is enough to see your first mastery figures here. Reviewing{" "}
            <Link href="/student/flashcards">flashcards</Link> keeps your streak going too.
          </p>
        </div>
      )}

      <h2>Mastery by category</h2>
      <MasteryByCategoryChart figures={progress.masteryByCategory} />

      <h2>Mastery by study set</h2>
      {answeredAny ? (
        <ScrollTable label="Mastery by study set">
          <table>
            <caption className="hint" style={{ textAlign: "left" }}>
              Study sets you have answered questions in first.
            </caption>
            <ColumnHeadings columns={["Study set", "Kind", "Mastery"]} />
            <tbody>
              {[...topics]
                .sort((a, b) => Number(b.answered > 0) - Number(a.answered > 0) || b.mastery - a.mastery)
                .map((t) => (
                  <tr key={t.setId}>
                    <th scope="row">
                      <Link href={`/student/sets/${t.setId}`}>{t.title}</Link>
                    </th>
                    <td>{GROUP_LABELS[t.group] ?? t.group}</td>
                    <td>
                      <MasteryMeter
                        label={t.title}
                        mastery={t.mastery}
                        answered={t.answered}
                        available={t.available}
                        confidence={t.confidence}
                      />
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </ScrollTable>
      ) : (
        <p className="hint">Each study set will show its mastery here once you answer a question from it.</p>
      )}

      <h2>Accuracy over time</h2>
      <LineChart
        title="Average score per day"
        showCaption={false}
        points={progress.accuracyByDay.map((d) => ({
          x: d.date,
          y: d.score,
          yText: `${percent(d.score)} (${d.correct} of ${d.answered} fully correct)`,
        }))}
        yMax={1}
        format={percent}
        xLabel="Day (UTC)"
        yLabel="Average score"
        emptyText="Your accuracy per day appears here after your first quiz."
      />

      <h2>Live sessions</h2>
      {liveResults.length === 0 ? (
        <p className="hint">When you play a live session with your class, your score in it appears here.</p>
      ) : (
        <ScrollTable label="Your live sessions">
          <table>
            <ColumnHeadings columns={["Live session", "Class", "Date", "Score"]} />
            <tbody>
              {liveResults.map((r) => (
                <tr key={r.sessionId}>
                  <th scope="row">{r.title}</th>
                  <td>{r.className}</td>
                  <td>{formatWhen(r.endedAt.toISOString())}</td>
                  <td>
                    {percent(r.score)} ({r.correct} of {r.questionsAsked} right)
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}

      <h2>Flashcards due in the next 14 days</h2>
      {cardsComing === 0 ? (
        <p className="hint">
          No reviews scheduled yet. Cards you study in <Link href="/student/flashcards">flashcards</Link> come back here
          when they are due.
        </p>
      ) : (
        <BarChart
          title="Flashcards due per day, next 14 days"
          showCaption={false}
          orientation="vertical"
          data={forecast.map((d, i) => ({ label: i === 0 ? "Today" : shortDayLabel(d.date), value: d.count }))}
          format={(v) => (Number.isInteger(v) ? String(v) : "")}
          labelHeader="Day"
          valueLabel="Cards due"
        />
      )}

      <h2>How mastery is counted</h2>
      <p className="hint">
        For every question only your latest answer counts (partial credit counts as part of a point). Mastery of a
        category or study set is the sum of those latest scores divided by the number of questions available in it, so
        it reaches 100% only when you have answered every question right. “Answered n of N” shows how many of them you
        have tried. With fewer than 5 answered the figure is an early estimate. Days are counted in UTC.
      </p>
    </>
  );
}
