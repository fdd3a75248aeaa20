import type { Metadata } from "next";
import Link from "@/components/layout/Link";
import { notFound } from "next/navigation";
import { Citations } from "@/components/teaching/dashboard/Citations";
import { ClassNav } from "@/components/teaching/dashboard/ClassNav";
import styles from "@/components/teaching/dashboard/Dashboard.module.css";
import { percent, percentValue, plural } from "@/components/teaching/dashboard/format";
import { ItemFlags } from "@/components/teaching/dashboard/ItemFlags";
import { DashboardTable, numericColumn } from "@/components/teaching/dashboard/ScrollTable";
import { forbiddenIfRefused, requireAccess } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { CATEGORY_NAMES, QUESTION_TYPE_LABELS } from "@/lib/taxonomy";
import { loadItemAnalysis } from "@/lib/teaching/dashboards/item-analysis";
import { MIN_ANSWERS_FOR_STATISTICS } from "@/lib/teaching/item-statistics";
import { formatInZone } from "@/lib/teaching/zoned-time";
import { AssignmentExportMenu } from "@/components/exports/AssignmentExportMenu";
import { AddTickedToSetForm } from "@/components/curation/AddToSetForm";
import { unversionedQuestionId } from "@/lib/curation/question-ids";
import { countOpenReportsByQuestion } from "@/lib/curation/reports";

export const metadata: Metadata = { title: "Item analysis" };

function discriminationText(value: number | null, n: number): string {
  if (n < 2) return "–";
  return value === null ? "Not computable" : value.toFixed(0);
}

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
            columns={[
              "Question",
              numericColumn("Answers (n)"),
              numericColumn("Facility"),
              numericColumn("SD"),
              numericColumn("Discrimination"),
              "Check",
              numericColumn("Reports"),
              "Add to set",
            ]}
          >
            <tbody>
              {items.map((item) => (
                <tr key={item.questionId}>
                  <th scope="row">
                    <a href={`#q-${item.number}`}>Q{item.number}</a>{" "}
                    <span className="hint">
                      {item.question ? QUESTION_TYPE_LABELS[item.question.type] : "Removed from the bank"}
                    </span>
                  </th>
                  <td className={styles.num}>{item.n}</td>
                  <td className={styles.num}>{percentValue(item.facility)}</td>
                  <td className={styles.num}>{percentValue(item.sd)}</td>
                  <td className={styles.num}>{discriminationText(item.discrimination, item.n)}</td>
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
            <article key={item.questionId} id={`q-${item.number}`} className={styles.item} aria-labelledby={`q-${item.number}-title`}>
              <h3 id={`q-${item.number}-title`}>
                Q{item.number}.{" "}
                {item.question ? item.question.prompt : `Question ${item.questionId} (no longer in the question bank)`}
              </h3>
              {item.question && (
                <p className="hint">
                  {CATEGORY_NAMES[item.question.category]} · {QUESTION_TYPE_LABELS[item.question.type]}
                </p>
              )}
              <dl>
                <dt>Answers</dt>
                <dd>{item.n}</dd>
                <dt>Facility</dt>
                <dd>{percentValue(item.facility)} (mean score over full marks)</dd>
                <dt>Standard deviation</dt>
                <dd>{percentValue(item.sd)}</dd>
                <dt>Discrimination</dt>
                <dd>{discriminationText(item.discrimination, item.n)}</dd>
                <dt>Check</dt>
                <dd>
                  <ItemFlags flags={item.flags} />
                </dd>
                {item.question && (
                  <>
                    <dt>Correct answer</dt>
                    <dd>{item.question.correctAnswer}</dd>
                  </>
                )}
                <dt>Most common wrong answers</dt>
                <dd>
                  {item.wrongAnswers.length === 0 ? (
                    "None: every answer earned full marks."
                  ) : (
                    <ol className={styles.sources}>
                      {item.wrongAnswers.map((w) => (
                        <li key={w.text}>
                          {w.text} <span className="hint">({plural(w.count, "student")})</span>
                        </li>
                      ))}
                    </ol>
                  )}
                </dd>
                {item.question && (
                  <>
                    <dt>Explanation</dt>
                    <dd>{item.question.explanation}</dd>
                    <dt>Sources</dt>
                    <dd>
                      <Citations sources={item.question.sources} />
                    </dd>
                  </>
                )}
              </dl>
            </article>
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
