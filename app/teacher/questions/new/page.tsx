import type { Metadata } from "next";
import Link from "@/components/layout/Link";
import { BackLink } from "@/components/ui/BackLink";
import { QuestionForm } from "@/components/curation/authoring/QuestionForm";
import { requireAccess } from "@/lib/auth/authorize";
import { authoringCatalog } from "@/lib/curation/authoring/catalog";
import { emptyFormValues, isQuestionType } from "@/lib/curation/authoring/question-form";
import { QUESTION_TYPES } from "@/lib/questions/types";
import { QUESTION_TYPE_LABELS } from "@/lib/taxonomy";

export const metadata: Metadata = { title: "Write a question" };

const TYPE_HINTS: Record<(typeof QUESTION_TYPES)[number], string> = {
  "multiple-choice": "choices with one or several correct",
  "true-false": "a statement to judge",
  ordering: "items to put in order",
  matching: "pairs to match",
  typed: "a short answer typed in, with accepted spellings",
  numeric: "a number, with the range that scores",
  "map-pin": "a place to pin on the map",
};

export default async function NewQuestionPage(props: { searchParams: Promise<{ type?: string | string[] }> }) {
  const { type } = await props.searchParams;
  await requireAccess("teaching:use", "/teacher/questions/new");
  const chosen = typeof type === "string" && isQuestionType(type) ? type : null;
  const catalog = authoringCatalog();

  return (
    <>
      <BackLink href="/teacher/questions">Questions</BackLink>
      <h1>{chosen ? `Write a question: ${QUESTION_TYPE_LABELS[chosen].toLowerCase()}` : "Write a question"}</h1>
      {chosen ? (
        <QuestionForm initialValues={emptyFormValues(chosen)} sources={catalog.sources} studySets={catalog.studySets} />
      ) : (
        <>
          <p>Choose the kind of question. Your questions are graded exactly like the generated ones.</p>
          <ul className="card-list">
            {QUESTION_TYPES.map((t) => (
              <li key={t} className="card">
                <Link href={`/teacher/questions/new?type=${t}`}>{QUESTION_TYPE_LABELS[t]}</Link>
                <br />
                <span className="hint">{TYPE_HINTS[t]}</span>
              </li>
            ))}
          </ul>
          <p>
            Have questions elsewhere? <Link href="/teacher/questions/import">Import them from GIFT or a spreadsheet</Link>.
          </p>
        </>
      )}
    </>
  );
}
