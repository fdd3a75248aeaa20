import { formatUtc } from "@/lib/text/utc-dates";
import Link from "@/components/layout/Link";
import { dismissReportAction, hideReportedQuestionAction } from "@/app/teacher/reports/actions";
import type { Actor } from "@/lib/auth/policy";
import { listOpenReports, type TeacherReportView } from "@/lib/curation/reports";
import { REPORT_REASON_SHORT_LABELS } from "@/lib/curation/report-reasons";
import { db } from "@/lib/db/client";
import styles from "./Curation.module.css";


/** One report with its actions: dismiss, hide the question from my classes, edit (my own questions). */
export function ReportItem({ report, returnTo, showQuestion }: { report: TeacherReportView; returnTo: string; showQuestion: boolean }) {
  const questionPath = `/teacher/questions/${encodeURIComponent(report.browserId)}`;
  return (
    <li className="card">
      {showQuestion ? (
        <p>
          <Link href={questionPath}>{report.prompt ?? `Question ${report.questionId}`}</Link>
        </p>
      ) : null}
      <p>
        <strong>{REPORT_REASON_SHORT_LABELS[report.reason]}</strong> · reported by {report.studentName} on{" "}
        <time dateTime={report.createdAt.toISOString()}>{formatUtc(report.createdAt)}</time>
      </p>
      {report.comment ? <p className={styles.comment}>“{report.comment}”</p> : <p className="hint">No comment.</p>}
      <div className={styles.itemActions}>
        <form action={dismissReportAction}>
          <input type="hidden" name="reportId" value={report.id} />
          <input type="hidden" name="returnTo" value={returnTo} />
          <button className="button secondary" type="submit">
            Dismiss
          </button>
        </form>
        {report.hiddenByMe ? (
          <span className="hint">Hidden from your classes.</span>
        ) : (
          <form action={hideReportedQuestionAction}>
            <input type="hidden" name="reportId" value={report.id} />
            <input type="hidden" name="returnTo" value={returnTo} />
            <button className="button secondary" type="submit">
              Hide the question from my classes
            </button>
          </form>
        )}
        {report.authoredByMe ? <Link href={`${questionPath}/edit`}>Edit the question</Link> : null}
      </div>
    </li>
  );
}

/**
 * The open reports on one question (bank id or "tq:<id>", every version) from students in the
 * teacher's classes, for the question's detail page.
 */
export async function QuestionReportsPanel({ teacher, questionId }: { teacher: Actor; questionId: string }) {
  const reports = await listOpenReports(db(), teacher, { questionId });
  const returnTo = `/teacher/questions/${encodeURIComponent(questionId)}`;
  return (
    <section aria-labelledby="question-reports-heading">
      <h2 id="question-reports-heading">Reports from your students</h2>
      {reports.length === 0 ? (
        <p>No open reports on this question.</p>
      ) : (
        <ul className={styles.reportList}>
          {reports.map((report) => (
            <ReportItem key={report.id} report={report} returnTo={returnTo} showQuestion={false} />
          ))}
        </ul>
      )}
    </section>
  );
}
