import type { SessionUser } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { planExport } from "@/lib/exports/export-questions";
import { assignmentQuestions } from "@/lib/exports/export-service";
import { EXPORT_FORMATS } from "@/lib/exports/shared";
import { ExportMenu } from "./ExportMenu";

/** The Export menu of an assignment's page: the questions its students are asked. The caller checked the teacher owns it. */
export async function AssignmentExportMenu({ user, assignmentId }: { user: SessionUser; assignmentId: string }) {
  const { title, questions } = await assignmentQuestions(db(), user, assignmentId);
  return (
    <ExportMenu
      name={title}
      baseHref={`/api/exports/assignments/${encodeURIComponent(assignmentId)}`}
      reports={EXPORT_FORMATS.map((format) => planExport(questions, format).report)}
    />
  );
}
