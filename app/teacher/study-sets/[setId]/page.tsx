import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/BackLink";
import { ExportMenu } from "@/components/exports/ExportMenu";
import { requireAccess } from "@/lib/auth/authorize";
import { planExport } from "@/lib/exports/export-questions";
import { studySetQuestions } from "@/lib/exports/export-service";
import { EXPORT_FORMATS } from "@/lib/exports/shared";

export const metadata: Metadata = { title: "Study set" };

/** One study set for its teacher: how many questions, and the Export menu with what each tool keeps. */
export default async function TeacherStudySetPage(props: { params: Promise<{ setId: string }> }) {
  const { setId } = await props.params;
  await requireAccess("teaching:use", `/teacher/study-sets/${encodeURIComponent(setId)}`);
  const found = studySetQuestions(setId);
  if (!found) notFound();
  const { title, questions } = found;

  return (
    <>
      <BackLink href="/teacher/study-sets">Study sets</BackLink>
      <h1>{title}</h1>
      <p>
        {questions.length} question{questions.length === 1 ? "" : "s"}. Each export line says what the tool keeps; questions
        it cannot hold are left out and listed with the reason. The files hold the answers: keep them away from students.
      </p>
      <ExportMenu name={title} baseHref={`/api/exports/study-sets/${encodeURIComponent(setId)}`} reports={EXPORT_FORMATS.map((format) => planExport(questions, format).report)} />
    </>
  );
}
