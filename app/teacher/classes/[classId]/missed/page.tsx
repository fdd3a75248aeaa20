import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "@/components/layout/Link";
import { Citations } from "@/components/teaching/dashboard/Citations";
import { ClassNav } from "@/components/teaching/dashboard/ClassNav";
import styles from "@/components/teaching/dashboard/Dashboard.module.css";
import { percent, plural } from "@/components/teaching/dashboard/format";
import { forbiddenIfRefused, requireAccess } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { CATEGORY_NAMES } from "@/lib/taxonomy";
import { loadMostMissed, MIN_ANSWERS, type FactKind } from "@/lib/teaching/dashboards/most-missed";

export const metadata: Metadata = { title: "Most-missed facts" };

const KIND_TEXT: Record<FactKind, string> = { event: "Event", place: "Place", force: "Force or person", figure: "Figure" };

/** One ranked fact or question: its place and name as the heading, then how it was answered. */
function RankedItem(props: { headingId: string; rank: number; title: string; detail: string; children: ReactNode }) {
  return (
    <article className={styles.item} aria-labelledby={props.headingId}>
      <h3 id={props.headingId}>
        {props.rank}. {props.title}
      </h3>
      <p className="hint">{props.detail}</p>
      {props.children}
    </article>
  );
}

export default async function MostMissedPage(props: { params: Promise<{ classId: string }> }) {
  const { classId } = await props.params;
  const user = await requireAccess("class:manage", `/teacher/classes/${classId}/missed`);
  const missed = await forbiddenIfRefused(loadMostMissed(db(), user, classId));
  const base = `/teacher/classes/${classId}`;

  return (
    <>
      <ClassNav classId={classId} current="missed" />
      <p className="hint">
        <Link href={base}>{missed.class.name}</Link> › Most-missed facts
      </p>
      <h1>Most-missed facts</h1>
      <p>
        From {plural(missed.answersCounted, "answer")}: the class&apos;s assignment answers and the practice answers of
        its students. Only facts and questions with at least {MIN_ANSWERS} answers are ranked, lowest average score
        first.
      </p>

      <h2>Facts</h2>
      {missed.facts.length === 0 ? (
        <p className="notice">Not enough answers yet.</p>
      ) : (
        missed.facts.map((fact, i) => (
          <RankedItem
            key={`${fact.kind}:${fact.id}`}
            headingId={`fact-${i}`}
            rank={i + 1}
            title={fact.label}
            detail={`${KIND_TEXT[fact.kind]} · average score ${percent(fact.meanScore)} over ${plural(fact.answers, "answer")}`}
          >
            {fact.summary && <p>{fact.summary}</p>}
            <dl>
              <dt>Hardest questions</dt>
              <dd>
                <ul className={styles.sources}>
                  {fact.questions.map((q) => (
                    <li key={q.questionId}>
                      {q.prompt}{" "}
                      <span className="hint">
                        ({percent(q.meanScore)}, {plural(q.answers, "answer")})
                      </span>
                      <br />
                      <span className="hint">{q.explanation}</span>
                    </li>
                  ))}
                </ul>
              </dd>
              <dt>Sources</dt>
              <dd>
                <Citations sources={fact.sources} />
              </dd>
            </dl>
          </RankedItem>
        ))
      )}

      <h2>Questions</h2>
      {missed.questions.length === 0 ? (
        <p className="notice">Not enough answers yet.</p>
      ) : (
        missed.questions.map((q, i) => (
          <RankedItem
            key={q.questionId}
            headingId={`question-${i}`}
            rank={i + 1}
            title={q.prompt}
            detail={`${CATEGORY_NAMES[q.category]} · average score ${percent(q.meanScore)} over ${plural(q.answers, "answer")}`}
          >
            <dl>
              <dt>Correct answer</dt>
              <dd>{q.correctAnswer}</dd>
              <dt>Explanation</dt>
              <dd>{q.explanation}</dd>
              <dt>Sources</dt>
              <dd>
                <Citations sources={q.sources} />
              </dd>
            </dl>
          </RankedItem>
        ))
      )}
    </>
  );
}
