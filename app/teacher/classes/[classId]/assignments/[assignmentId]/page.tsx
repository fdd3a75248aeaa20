import type { Metadata } from "next";
import Link from "@/components/layout/Link";
import { notFound } from "next/navigation";
import { ClassNav } from "@/components/teaching/dashboard/ClassNav";
import styles from "@/components/teaching/dashboard/Dashboard.module.css";
import { percent } from "@/components/teaching/dashboard/format";
import { ITEM_STATISTIC_COLUMNS, ItemQuestionDetails, ItemStatisticCells } from "@/components/teaching/dashboard/ItemQuestionDetails";
import { DashboardTable, numericColumn } from "@/components/teaching/dashboard/ScrollTable";
import { forbiddenIfRefused, requireAccess } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { loadItemAnalysis } from "@/lib/teaching/dashboards/item-analysis";
import { MIN_ANSWERS_FOR_STATISTICS } from "@/lib/teaching/item-statistics";
import { formatInZone } from "@/lib/teaching/zoned-time";
import { AssignmentExportMenu } from "@/components/exports/AssignmentExportMenu";
import { AddTickedToSetForm } from "@/components/curation/AddToSetForm";
import { unversionedQuestionId } from "@/lib/curation/question-ids";
import { countOpenReportsByQuestion } from "@/lib/curation/reports";

export const metadata: Metadata = { title: "Item analysis" };

export default async function ItemAnalysisPage(props: { params: Promise<{ classId: string; assignmentId: string }> }) {
  const { classId, assignmentId } = await props.params;
  const user = await requireAccess("class:manage", `/teacher/classes/${classId}/assignments/${assignmentId}`);
  const analysis = await forbiddenIfRefused(loadItemAnalysis(db(), user, classId, assignmentId));
  if (!analysis) notFound();
  const { assignment, items } = analysis;
  const base = `/teacher/classes/${classId}`;
  const flagged = items.filter((i) => i.flags.some((f) => f !== "not-enough-answers")).length;
  const reportCounts = await countOpenReportsByQuestion(db(), user, items.map((i) => i.questionId));

  return (
    <>
      <ClassNav classId={classId} current="assignment" />
      <p className="hint">
        <Link href={base}>{analysis.class.name}</Link> › Assignment
      </p>
      <h1>Item analysis: {assignment.title}</h1>
      <p>
        Due {formatInZone(assignment.dueAt, assignment.timeZone)}.{" "}
        <Link href={`${base}/assignments/${assignment.id}/settings`}>Settings and extensions</Link>
      </p>
      <AssignmentExportMenu user={user} assignmentId={assignment.id} />

      <div className={styles.summary}>
        <div className={styles.stat}>
          <strong>{analysis.attemptsAnalysed}</strong>{" "}
          {analysis.attemptsAnalysed === 1 ? "student\u2019s first finished attempt" : "students\u2019 first finished attempts"}
        </div>
        <div className={styles.stat}>
          <strong>{percent(analysis.averageScore)}</strong> average score of those attempts
        </div>
        <div className={styles.stat}>
          <strong>{items.length}</strong> questions asked
        </div>
        <div className={styles.stat}>
          <strong>{flagged}</strong> {flagged === 1 ? "question" : "questions"} to check
        </div>
      </div>

      {items.length === 0 ? (
        <p className="notice">Nobody has finished this assignment yet. The analysis appears after the first finished attempt.</p>
      ) : (
        <>
          <h2>Summary</h2>
          <DashboardTable
            label="Question statistics"
            columns={[...ITEM_STATISTIC_COLUMNS, "Check", numericColumn("Reports"), "Add to set"]}
          >
            <tbody>
              {items.map((item) => (
                <tr key={item.questionId}>
                  <ItemStatisticCells item={item} />
                  <td>
                    {item.flags.length === 0
                      ? "✓ OK"
                      : item.flags
                          .map((f) =>
                            f === "not-enough-answers"
                              ? "ℹ Too few answers"
                              : f === "negative-discrimination"
                                ? "⚠ Negative discrimination"
                                : f === "too-hard"
                                  ? "⚠ Very hard"
                                  : "⚠ Very easy",
                          )
                          .join("; ")}
                  </td>
                  <td className={styles.num}>
                    {reportCounts.get(item.questionId) ? (
                      <Link
                        href={`/teacher/questions/${encodeURIComponent(unversionedQuestionId(item.questionId))}`}
                        aria-label={`${reportCounts.get(item.questionId)} open reports on Q${item.number}`}
                      >
                        {reportCounts.get(item.questionId)}
                      </Link>
                    ) : (
                      0
                    )}
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      name="questionIds"
                      value={item.questionId}
                      form="add-questions-to-set"
                      aria-label={`Tick Q${item.number} to add it to a set`}
                      defaultChecked={false}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </DashboardTable>
          <AddTickedToSetForm formId="add-questions-to-set" label="Add the ticked questions to my set" />

          <h2>Questions</h2>
          {items.map((item) => (
            <ItemQuestionDetails key={item.questionId} item={item} answerer="student" />
          ))}
        </>
      )}

      <h2>How to read this</h2>
      <p className="hint">
        Each student&apos;s first finished attempt is analysed (later attempts come after seeing feedback, so they would
        make questions look easier). Facility is the mean score as a percentage of full marks. SD is the standard
        deviation of the scores (sample, n − 1). Discrimination is 100 × the correlation between the score on the question
        and the score on the rest of the assignment: good questions are above about 30; a negative value means students
        who did well overall got this question wrong more often than those who did badly, which usually means the
        question or its key needs checking. It cannot be computed when everyone scored the same. With fewer than{" "}
        {MIN_ANSWERS_FOR_STATISTICS} answers the figures are not reliable. Unanswered questions score 0.
      </p>
    </>
  );
}
