import type { Metadata } from "next";
import type { ComponentProps, ReactNode } from "react";
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

/** What a ranked fact or question is, and how the class answered it. */
function answeredDetail(what: string, item: { meanScore: number; answers: number }): string {
  return `${what} · average score ${percent(item.meanScore)} over ${plural(item.answers, "answer")}`;
}

/** The "Sources" entry of a ranked item's description list. */
function SourcesEntry({ sources }: { sources: ComponentProps<typeof Citations>["sources"] }) {
  return (
    <>
      <dt>Sources</dt>
      <dd>
        <Citations sources={sources} />
      </dd>
    </>
  );
}

interface RankedEntry {
  key: string;
  title: string;
  detail: string;
  body: ReactNode;
}

/**
 * A ranked list under its heading: each entry's place and name as a heading, how it was answered, then its
 * body; a notice while nothing has enough answers.
 */
function RankedList<T>(props: { heading: string; idPrefix: string; items: readonly T[]; entry: (item: T) => RankedEntry }) {
  return (
    <>
      <h2>{props.heading}</h2>
      {props.items.length === 0 ? <p className="notice">Not enough answers yet.</p> : null}
      {props.items.map((item, i) => {
        const { key, title, detail, body } = props.entry(item);
        const headingId = `${props.idPrefix}-${i}`;
        return (
          <article key={key} className={styles.item} aria-labelledby={headingId}>
            <h3 id={headingId}>
              {i + 1}. {title}
            </h3>
            <p className="hint">{detail}</p>
            {body}
          </article>
        );
      })}
    </>
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

      <RankedList
        heading="Facts"
        idPrefix="fact"
        items={missed.facts}
        entry={(fact) => ({
          key: `${fact.kind}:${fact.id}`,
          title: fact.label,
          detail: answeredDetail(KIND_TEXT[fact.kind], fact),
          body: (
            <>
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
                <SourcesEntry sources={fact.sources} />
              </dl>
            </>
          ),
        })}
      />

      <RankedList
        heading="Questions"
        idPrefix="question"
        items={missed.questions}
        entry={(q) => ({
          key: q.questionId,
          title: q.prompt,
          detail: answeredDetail(CATEGORY_NAMES[q.category], q),
          body: (
            <dl>
              <dt>Correct answer</dt>
              <dd>{q.correctAnswer}</dd>
              <dt>Explanation</dt>
              <dd>{q.explanation}</dd>
              <SourcesEntry sources={q.sources} />
            </dl>
          ),
        })}
      />
    </>
  );
}
