import type { Metadata } from "next";
import Link from "@/components/layout/Link";
import { BackLink } from "@/components/ui/BackLink";
import { loadKnowledgeBase } from "@/lib/content/load-knowledge-base";
import { requireAccess } from "@/lib/auth/authorize";
import { studySetQuestions } from "@/lib/exports/export-service";

export const metadata: Metadata = { title: "Study sets" };

/** The unit's study sets; each set's page has its Export menu. */
export default async function TeacherStudySetsPage() {
  await requireAccess("teaching:use", "/teacher/study-sets");
  const sets = loadKnowledgeBase().studySets.flatMap((set) => {
    const found = studySetQuestions(set.id);
    return found ? [{ set, count: found.questions.length }] : [];
  });

  return (
    <>
      <BackLink href="/teacher">My classes</BackLink>
      <h1>Study sets</h1>
      <p>
        Open a set to export its questions for Moodle, another LMS, Anki, Kahoot, Quizlet or a spreadsheet. The files
        hold the answers: keep them away from students.
      </p>
      <ul className="card-list">
        {sets.map(({ set, count }) => (
          <li key={set.id} className="card">
            <Link href={`/teacher/study-sets/${encodeURIComponent(set.id)}`}>{set.title}</Link>
            <br />
            <span className="hint">
              {count} question{count === 1 ? "" : "s"} · {set.description}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
