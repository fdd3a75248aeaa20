import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { BackLink } from "@/components/ui/BackLink";
import { QuestionForm } from "@/components/curation/authoring/QuestionForm";
import { requireAccess } from "@/lib/auth/authorize";
import { HttpError } from "@/lib/errors";
import { authoringCatalog } from "@/lib/curation/authoring/catalog";
import { formValuesFromQuestion } from "@/lib/curation/authoring/question-form";
import { loadOwnTeacherQuestion, versionHasBeenUsed } from "@/lib/curation/authoring/teacher-questions";
import { teacherQuestionId } from "@/lib/curation/question-ids";
import { db } from "@/lib/db/client";
import { archiveQuestionAction } from "../../new/actions";

export const metadata: Metadata = { title: "Edit question" };

/** The route segment, decoded once if the browser left it encoded ("tq%3Aabc"). */
function segmentId(raw: string): string {
  try {
    return raw.includes("%") ? decodeURIComponent(raw) : raw;
  } catch {
    return raw;
  }
}

export default async function EditQuestionPage(props: { params: Promise<{ questionId: string }> }) {
  const questionId = segmentId((await props.params).questionId);
  const detailPath = `/teacher/questions/${encodeURIComponent(questionId)}`;
  const user = await requireAccess("teaching:use", `${detailPath}/edit`);
  const own = await loadOwnTeacherQuestion(db(), user, questionId).catch((error: unknown) => {
    // Someone else's question, or no question at all: the same 403 page, as for anyone else's class.
    if (error instanceof HttpError) forbidden();
    throw error;
  });
  const catalog = authoringCatalog();
  const answered = await versionHasBeenUsed(db(), teacherQuestionId(own.id, own.currentVersion));
  const id = teacherQuestionId(own.id);

  return (
    <>
      <BackLink href={detailPath}>The question</BackLink>
      <h1>Edit question</h1>
      {own.archivedAt ? (
        <p className="notice">This question was deleted. It is kept only so past answers still make sense.</p>
      ) : (
        <>
          <p className="notice">
            {answered
              ? `Students have already had version ${own.currentVersion}. Saving makes version ${own.currentVersion + 1} for new quizzes; past answers keep the version they answered.`
              : "No student has had this question yet, so saving changes it in place."}
          </p>
          <QuestionForm questionId={id} initialValues={formValuesFromQuestion(own.question)} sources={catalog.sources} studySets={catalog.studySets} />
          <h2>Delete the question</h2>
          <p>It will no longer be drawn for quizzes or sets. Answers already given keep it, so results still add up.</p>
          <form action={archiveQuestionAction}>
            <input type="hidden" name="questionId" value={id} />
            <button className="button" type="submit">
              Delete question
            </button>
          </form>
        </>
      )}
    </>
  );
}
