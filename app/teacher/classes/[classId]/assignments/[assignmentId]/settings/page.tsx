import type { Metadata } from "next";
import Link from "@/components/layout/Link";
import { forbidden } from "next/navigation";
import { removeExtensionAction } from "@/app/teacher/actions";
import { ActionButton } from "@/components/teaching/ActionButton";
import { AssignmentSettingsForm } from "@/components/teaching/AssignmentSettingsForm";
import { ExtensionForm } from "@/components/teaching/ExtensionForm";
import styles from "@/components/teaching/Teaching.module.css";
import type { FeedbackPolicy } from "@/lib/attempts/attempt-rules";
import { forbiddenIfRefused, requireAccess } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { CATEGORY_LABELS, FEEDBACK_POLICY_LABELS, QUESTION_TYPE_LABELS } from "@/lib/taxonomy";
import { listStudySetChoices, loadAssignmentSettings } from "@/lib/teaching/assignments";
import { formatInZone, utcToZonedLocal } from "@/lib/teaching/zoned-time";
import { DashboardTable } from "@/components/teaching/dashboard/ScrollTable";
import { pageNotice } from "@/lib/http/page-notice";

export const metadata: Metadata = { title: "Assignment settings" };

const NOTICES: Record<string, string> = {
  created: "Assignment created. Students in the class see it on their Assignments page.",
  "extension-removed": "Extension removed.",
};

function minutes(seconds: number | null): string {
  return seconds === null ? "" : String(Math.round(seconds / 60));
}

export default async function AssignmentSettingsPage(props: {
  params: Promise<{ classId: string; assignmentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { classId, assignmentId } = await props.params;
  const searchParams = await props.searchParams;
  const user = await requireAccess("class:manage", `/teacher/classes/${classId}/assignments/${assignmentId}/settings`);
  const assignment = await forbiddenIfRefused(loadAssignmentSettings(db(), user, assignmentId));
  // The address names the class too: another class's assignment is refused like anyone else's.
  if (assignment.classId !== classId) forbidden();
  const noticeKey = searchParams.created === "1" ? "created" : typeof searchParams.notice === "string" ? searchParams.notice : "";
  const notice = pageNotice(NOTICES, noticeKey);
  const setTitles = new Map(listStudySetChoices().map((s) => [s.id, s.title]));
  const request = assignment.request;
  const zone = assignment.timeZone;
  const students = assignment.class.enrollments.map((e) => e.student);

  return (
    <>
      <p className={styles.inline}>
        <Link href={`/teacher/classes/${classId}`}>← {assignment.class.name}</Link>
        <Link href={`/teacher/classes/${classId}/assignments/${assignment.id}`}>Results for this assignment</Link>
      </p>
      <h1>
        {assignment.title}
        <span className="hint">: settings</span>
      </h1>
      <div role="status">{notice ? <p className="notice">✓ {notice}</p> : null}</div>

      <h2>What students get</h2>
      <dl>
        <dt>Questions from</dt>
        <dd>
          {request?.setId
            ? (setTitles.get(request.setId) ?? request.setId)
            : (request?.topics ?? []).map((t) => setTitles.get(t) ?? t).join(", ") || "—"}
        </dd>
        <dt>Categories</dt>
        <dd>{request?.categories?.map((c) => CATEGORY_LABELS[c]).join(", ") || "All"}</dd>
        <dt>Question types</dt>
        <dd>{request?.types?.map((t) => QUESTION_TYPE_LABELS[t]).join(", ") || "All"}</dd>
        <dt>Questions per attempt</dt>
        <dd>{request?.length ?? "—"}</dd>
        <dt>Opens</dt>
        <dd>{formatInZone(assignment.opensAt, zone)}</dd>
        <dt>Due</dt>
        <dd>{formatInZone(assignment.dueAt, zone)}</dd>
        <dt>Feedback</dt>
        <dd>{FEEDBACK_POLICY_LABELS[assignment.feedbackPolicy as FeedbackPolicy] ?? assignment.feedbackPolicy}</dd>
        <dt>Order</dt>
        <dd>
          {assignment.shuffleQuestions ? "Questions shuffled" : "Questions in a fixed order"};{" "}
          {assignment.shuffleOptions ? "options shuffled" : "options in a fixed order"}
        </dd>
      </dl>

      <h2>Dates and limits</h2>
      <AssignmentSettingsForm
        assignmentId={assignment.id}
        initialValues={{
          dueAt: utcToZonedLocal(assignment.dueAt, zone),
          timeZone: zone,
          attemptLimit: assignment.attemptLimit === null ? "" : String(assignment.attemptLimit),
          timeLimitMinutes: minutes(assignment.timeLimitSeconds),
          feedbackPolicy: assignment.feedbackPolicy,
        }}
      />

      <h2>Extensions</h2>
      {assignment.extensions.length === 0 ? (
        <p>No student has an extension.</p>
      ) : (
        <DashboardTable label="Extensions" columns={["Student", "Due", "Extra time", "Remove"]}>
          <tbody>
            {assignment.extensions.map((extension) => (
              <tr key={extension.studentId}>
                <td>
                  {extension.student.name} <span className="hint">({extension.student.email})</span>
                </td>
                <td>{extension.dueAt ? formatInZone(extension.dueAt, zone) : "Class due date"}</td>
                <td>{extension.extraSeconds ? `${minutes(extension.extraSeconds)} minutes` : "None"}</td>
                <td>
                  <ActionButton
                    action={removeExtensionAction}
                    fields={{ assignmentId: assignment.id, studentId: extension.studentId }}
                  >
                    Remove extension for {extension.student.name}
                  </ActionButton>
                </td>
              </tr>
            ))}
          </tbody>
        </DashboardTable>
      )}
      <h3>Give a student an extension</h3>
      {students.length === 0 ? (
        <p>No students in the class yet.</p>
      ) : (
        <ExtensionForm assignmentId={assignment.id} timeZone={zone} students={students} />
      )}
    </>
  );
}
