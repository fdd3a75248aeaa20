import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "@/components/layout/Link";
import { AddToSetForm } from "@/components/curation/AddToSetForm";
import { HideQuestionForm } from "@/components/curation/HideQuestionForm";
import { QuestionReportsPanel } from "@/components/curation/QuestionReportsPanel";
import styles from "@/components/curation/QuestionBrowser.module.css";
import { StudentViewPreview } from "@/components/curation/StudentViewPreview";
import { Citations } from "@/components/teaching/dashboard/Citations";
import { percent } from "@/components/teaching/dashboard/format";
import { requireAccess } from "@/lib/auth/authorize";
import { loadQuestionDetail } from "@/lib/curation/question-detail";
import { db } from "@/lib/db/client";
import { toPublicQuestion } from "@/lib/questions/public-view";
import { answerKeyText } from "@/lib/questions/answer-key-text";
import { CATEGORY_NAMES, QUESTION_TYPE_LABELS, SKILL_LABELS } from "@/lib/taxonomy";
import { pageNotice } from "@/lib/http/page-notice";

export const metadata: Metadata = { title: "Question" };

/** What the actions that return here say they did: the report actions (?notice=) and writing (?saved, ?archived). */
const NOTICES: Record<string, string> = {
  "report-dismissed": "Report dismissed.",
  "question-hidden": "The question is now hidden from your students.",
  saved: "Question saved. This is how it looks to your students.",
  archived: "Question deleted: no new quiz will draw it. Answers already given to it are kept.",
};

function noticeFrom(params: { notice?: string | string[]; saved?: string | string[]; archived?: string | string[] }): string | undefined {
  if (params.saved !== undefined) return NOTICES.saved;
  if (params.archived !== undefined) return NOTICES.archived;
  return pageNotice(NOTICES, params.notice);
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** A path segment as Next.js hands it over, decoded once; a broken escape names no question. */
function decodedId(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export default async function QuestionDetailPage(props: {
  params: Promise<{ questionId: string }>;
  searchParams: Promise<{ notice?: string | string[]; saved?: string | string[]; archived?: string | string[] }>;
}) {
  const { questionId: segment } = await props.params;
  const notice = noticeFrom(await props.searchParams);
  const user = await requireAccess("teaching:use", `/teacher/questions/${segment}`);
  const id = decodedId(segment);
  const detail = id ? await loadQuestionDetail(db(), user.id, id) : null;
  if (!detail) notFound();
  const { question, statistics } = detail;
  const mine = detail.teacher?.authorId === user.id;
  const encoded = encodeURIComponent(detail.id);

  return (
    <>
      <p className="hint">
        <Link href="/teacher/questions">← Question browser</Link>
      </p>
      <h1>Question</h1>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <p className="hint">
        {QUESTION_TYPE_LABELS[question.type]} · {CATEGORY_NAMES[question.category]} · {SKILL_LABELS[question.skill]} ·
        difficulty {question.difficulty}
        {question.coreIn.length > 0 && " · core"}
        <br />
        {detail.teacher
          ? `Written by ${mine ? "you" : detail.teacher.authorName} · version ${detail.teacher.version}${detail.teacher.archived ? " · deleted by its author: no longer drawn" : ""}`
          : "Generated from the knowledge base"}
      </p>
      {mine && !detail.teacher?.archived && (
        <p>
          <Link href={`/teacher/questions/${encoded}/edit`}>Edit this question</Link>
        </p>
      )}

      <section className={styles.section} aria-labelledby="student-view-heading">
        <h2 id="student-view-heading">What a student sees</h2>
        <div className="card">
          <StudentViewPreview question={toPublicQuestion(question, `preview:${detail.id}`)} />
        </div>
      </section>

      <section className={styles.section} aria-labelledby="key-heading">
        <h2 id="key-heading">Answer and explanation</h2>
        <div className={styles.key}>
          <p>
            <strong>Answer:</strong> {answerKeyText(question)}
          </p>
          {question.type === "typed" && question.accept.length > 1 && (
            <p>
              <strong>Also accepted:</strong> {question.accept.filter((a) => a !== question.answer.text).join("; ")}
            </p>
          )}
          {question.type === "numeric" && (
            <p>
              <strong>Full marks for:</strong> {question.answer.min} to {question.answer.max} {question.unit}
            </p>
          )}
          {question.explanation && <p>{question.explanation}</p>}
          <p>
            <strong>Sources:</strong>
          </p>
          <Citations sources={question.sources} />
          {question.sourceNote && <p>{question.sourceNote}</p>}
        </div>
      </section>

      <section className={styles.section} aria-labelledby="stats-heading">
        <h2 id="stats-heading">In your classes</h2>
        {statistics.answered === 0 ? (
          <p>None of your students has answered this question yet.</p>
        ) : (
          <dl>
            <dt>Times answered</dt>
            <dd>{statistics.answered}</dd>
            <dt>Facility (average score)</dt>
            <dd>{percent(statistics.facility ?? 0)}</dd>
            <dt>Most common wrong answers</dt>
            <dd>
              {statistics.commonWrong.length === 0 ? (
                "No wrong answers yet."
              ) : (
                <ul>
                  {statistics.commonWrong.map((w) => (
                    <li key={w.text}>
                      {w.text} <span className="hint">({w.count}×)</span>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </dl>
        )}
        <p className="hint">Assignment answers in your classes and practice answers of your students.</p>
      </section>

      <section className={styles.section} aria-labelledby="add-to-set-heading">
        <h2 id="add-to-set-heading">Add to one of your sets</h2>
        <AddToSetForm questionId={detail.id} />
      </section>

      <section className={styles.section} aria-labelledby="hide-heading">
        <h2 id="hide-heading">Hide from your students</h2>
        {detail.hidden ? (
          <p className="notice">
            Hidden from all your classes since {dateFormat.format(detail.hidden.at)}
            {detail.hidden.reason ? <>. Your reason: “{detail.hidden.reason}”</> : "."} Quizzes and flashcards your
            students start leave it out; quizzes already running keep it.
          </p>
        ) : (
          <p>
            Hiding leaves this question out of every new quiz, assignment attempt and flashcard for the students in your
            classes. Other teachers&apos; students still get it, and answers already given stay.
          </p>
        )}
        <HideQuestionForm questionId={detail.id} hidden={detail.hidden !== null} />
      </section>

      <div className={styles.section}>
        <QuestionReportsPanel teacher={user} questionId={detail.id} />
      </div>
    </>
  );
}
