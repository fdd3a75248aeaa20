import type { Metadata } from "next";
import { BackLink } from "@/components/ui/BackLink";
import styles from "@/components/curation/Curation.module.css";
import { ReportItem } from "@/components/curation/QuestionReportsPanel";
import { StatusNotice } from "@/components/teaching/StatusNotice";
import { requireAccess } from "@/lib/auth/authorize";
import { listOpenReports } from "@/lib/curation/reports";
import { db } from "@/lib/db/client";
import { pageNotice } from "@/lib/http/page-notice";

export const metadata: Metadata = { title: "Reports" };

const NOTICES: Record<string, string> = {
  "report-dismissed": "Report dismissed.",
  "question-hidden": "The question is hidden from your classes: new quizzes will not draw it.",
};

export default async function ReportsPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireAccess("teaching:use", "/teacher/reports");
  const { notice } = await props.searchParams;
  const reports = await listOpenReports(db(), user);
  const message = pageNotice(NOTICES, notice);
  return (
    <>
      <BackLink href="/teacher">My classes</BackLink>
      <h1>Reports</h1>
      <p>
        Problems your students reported with questions after seeing their feedback, newest first. Dismiss a report when
        nothing needs doing, or hide the question so your classes are not asked it again.
      </p>
      <StatusNotice message={message} />
      {reports.length === 0 ? (
        <p>There are no open reports.</p>
      ) : (
        <ul className={styles.reportList}>
          {reports.map((report) => (
            <ReportItem key={report.id} report={report} returnTo="/teacher/reports" showQuestion />
          ))}
        </ul>
      )}
    </>
  );
}
