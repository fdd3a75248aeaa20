import type { Metadata } from "next";
import Link from "@/components/layout/Link";
import { BackLink } from "@/components/ui/BackLink";
import { notFound } from "next/navigation";
import { loadKnowledgeBase } from "@/lib/content/load-knowledge-base";
import { startPracticeQuizAction } from "@/app/student/actions";
import { CATEGORY_LABELS, QUESTION_TYPE_LABELS } from "@/lib/taxonomy";
import styles from "@/components/quiz/Quiz.module.css";
import { DEFAULT_QUIZ_LENGTH } from "@/lib/attempts/quiz-request";
import { requireAccess } from "@/lib/auth/authorize";
import { loadQuestionBank } from "@/lib/questions/load-bank";
import { hiddenForStudent, isHidden } from "@/lib/curation/question-source";
import { db } from "@/lib/db/client";
import { QUESTION_CATEGORIES, QUESTION_TYPES } from "@/lib/questions/types";
import { VisuallyHidden } from "@/components/ui/VisuallyHidden";
import { ColumnHeadings } from "@/components/ui/ColumnHeadings";

const LENGTHS = [5, 10, 20];

function findSet(setId: string) {
  return loadKnowledgeBase().studySets.find((s) => s.id === setId) ?? null;
}

export async function generateMetadata(props: { params: Promise<{ setId: string }> }): Promise<Metadata> {
  const { setId } = await props.params;
  return { title: findSet(setId)?.title ?? "Study set" };
}

export default async function StudySetPage(props: {
  params: Promise<{ setId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { setId } = await props.params;
  const user = await requireAccess("study:use", `/student/sets/${setId}`);
  const set = findSet(setId);
  if (!set) notFound();
  const { error } = await props.searchParams;

  // The counts are of what this student's quizzes can draw: a question their teacher hid is left out, as in the quiz.
  const hidden = await hiddenForStudent(db(), user.id);
  const questions = loadQuestionBank().questions.filter((q) => q.topics.includes(set.id) && !isHidden(hidden, q.id));
  const coreCount = questions.filter((q) => q.coreIn.includes(set.id)).length;
  const byCategory = QUESTION_CATEGORIES.map((category) => ({
    category,
    count: questions.filter((q) => q.category === category).length,
  })).filter((c) => c.count > 0);
  const types = QUESTION_TYPES.filter((type) => questions.some((q) => q.type === type));

  return (
    <>
      <BackLink href="/student">Study home</BackLink>
      <h1>{set.title}</h1>
      <p>{set.description}</p>
      <p>
        <Link href={`/student/flashcards?set=${encodeURIComponent(set.id)}`}>Study this set with flashcards</Link>
      </p>

      <h2>Questions in this set</h2>
      {questions.length === 0 ? (
        <p>There are no questions in this set yet.</p>
      ) : (
        <table>
          <VisuallyHidden as="caption">Number of questions in each category</VisuallyHidden>
          <ColumnHeadings columns={["Category", "Questions"]} />
          <tbody>
            {byCategory.map(({ category, count }) => (
              <tr key={category}>
                <td>{CATEGORY_LABELS[category]}</td>
                <td>{count}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td>{questions.length}</td>
            </tr>
            <tr>
              <th scope="row">Core questions</th>
              <td>{coreCount}</td>
            </tr>
          </tfoot>
        </table>
      )}

      {questions.length > 0 ? (
        <>
          <h2 id="start-heading">Start a practice quiz</h2>
          {typeof error === "string" && error ? (
            <div className="alert" role="alert">
              {error}
            </div>
          ) : null}
          <form action={startPracticeQuizAction} className="form" aria-labelledby="start-heading">
            <input type="hidden" name="setId" value={set.id} />
            <fieldset className="field">
              <legend>Which questions</legend>
              <label className={`choice ${styles.option}`}>
                <input type="radio" name="scope" value="core" defaultChecked />
                Core questions ({coreCount}): what a teacher would put on the test
              </label>
              <label className={`choice ${styles.option}`}>
                <input type="radio" name="scope" value="all" />
                All questions in this set ({questions.length})
              </label>
            </fieldset>
            <fieldset className="field">
              <legend>Categories</legend>
              {byCategory.map(({ category, count }) => (
                <label key={category} className={`choice ${styles.option}`}>
                  <input type="checkbox" name="categories" value={category} defaultChecked />
                  {CATEGORY_LABELS[category]} ({count})
                </label>
              ))}
            </fieldset>
            <div className="field">
              <label htmlFor="quiz-length">Number of questions</label>
              <select id="quiz-length" name="length" defaultValue={String(DEFAULT_QUIZ_LENGTH)}>
                {LENGTHS.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </div>
            <fieldset className="field">
              <legend>Question types (optional)</legend>
              <span className="hint">Leave all unticked for a mix of every type.</span>
              {types.map((type) => (
                <label key={type} className={`choice ${styles.option}`}>
                  <input type="checkbox" name="types" value={type} />
                  {QUESTION_TYPE_LABELS[type]}
                </label>
              ))}
            </fieldset>
            <div>
              <button type="submit" className="button">
                Start quiz
              </button>
            </div>
          </form>
        </>
      ) : null}
    </>
  );
}
