import type { ReactNode, Ref } from "react";
import { Badge, type BadgeState } from "@/components/ui/Badge";
import { VisuallyHidden } from "@/components/ui/VisuallyHidden";
import styles from "./Quiz.module.css";
import type { GradeResult, PublicQuestion, SourceTitles } from "./quiz-types";
import { formatKm, formatLatLon, verdictOf } from "./feedback-text";
import { readChoiceKey, readMatchingKey, readOrderKey } from "./key-reading";
import { SourceList } from "./SourceCitation";

const BADGE_OF_VERDICT: Record<ReturnType<typeof verdictOf>["kind"], BadgeState> = {
  correct: "right",
  partial: "partial",
  incorrect: "wrong",
};

const VERDICT_CLASS: Record<ReturnType<typeof verdictOf>["kind"], string | undefined> = {
  correct: styles.verdictCorrect,
  partial: styles.verdictPartial,
  incorrect: styles.verdictIncorrect,
};


/**
 * The feedback box under a question. It stays mounted for the whole quiz so its live region is in the page
 * before anything is put in it: screen readers then announce the verdict (and the key, when wrong) politely.
 * The comparison, explanation and sources sit outside the live region: there to read, not to be read out.
 */
export function FeedbackPanel({
  shown,
  feedback,
  question,
  answer,
  titles,
  hiddenMessage,
  note,
  panelRef,
}: {
  /** false while the question is unanswered: the box is empty and undrawn. */
  shown: boolean;
  feedback: GradeResult | null;
  question: PublicQuestion;
  /** What the student sent, in the API's shape (response-for.ts). */
  answer: unknown;
  titles: SourceTitles;
  hiddenMessage: string;
  /** A line for the live region when there is no feedback to show (an answer waiting on this device). */
  note?: ReactNode;
  panelRef?: Ref<HTMLElement>;
}) {
  const verdict = shown && feedback ? verdictOf(feedback) : null;
  const boxClass = !shown ? styles.feedbackIdle : `${styles.feedback} ${verdict ? styles[verdict.kind] : styles.saved}`;
  return (
    <section ref={panelRef} className={boxClass} aria-label={shown ? "Feedback" : undefined}>
      <div role="status" aria-live="polite">
        {shown && feedback && verdict ? (
          <>
            <p className={`${styles.verdict} ${VERDICT_CLASS[verdict.kind]}`}>
              <span aria-hidden="true">{verdict.icon}</span> {verdict.label}
            </p>
            {/* Spoken with the verdict; on screen the comparison below says it. */}
            {!feedback.correct ? <VisuallyHidden as="p">Correct answer: {feedback.correctAnswer}.</VisuallyHidden> : null}
          </>
        ) : null}
        {shown && !feedback ? <p className={styles.verdict}>{hiddenMessage}</p> : null}
        {note}
      </div>
      {shown && feedback && verdict ? (
        <>
          <div className={styles.compare}>
            <div className={styles.compareColumn}>
              <h3 className={styles.compareHeading}>Your answer</h3>
              <YourAnswer question={question} answer={answer} feedback={feedback} overall={BADGE_OF_VERDICT[verdict.kind]} />
            </div>
            <div className={styles.compareColumn}>
              <h3 className={styles.compareHeading}>Correct answer</h3>
              <CorrectAnswer question={question} feedback={feedback} />
            </div>
          </div>
          {feedback.detail?.matchedForm && feedback.score > 0 ? (
            <p>
              Accepted as “{feedback.detail.matchedForm}”{feedback.detail.typoForgiven ? " (a small spelling slip was forgiven)" : ""}.
            </p>
          ) : null}
          {feedback.explanation ? <p>{feedback.explanation}</p> : null}
          {feedback.sources.length > 0 ? (
            <div>
              <p>Sources:</p>
              <SourceList sources={feedback.sources} titles={titles} className={styles.sources} />
            </div>
          ) : null}
          {feedback.sourceNote ? <p>Source: {feedback.sourceNote}</p> : null}
        </>
      ) : null}
    </section>
  );
}

type Answer = Record<string, unknown>;

function textOf(options: readonly { id: string; text: string }[], id: unknown): string {
  return options.find((option) => option.id === id)?.text ?? String(id);
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** One of the student's choices with its mark beside it. */
function Marked({ children, state, words }: { children: ReactNode; state: BadgeState | null; words?: string }) {
  return (
    <li className={styles.markedItem}>
      <span>{children}</span>
      {state ? (
        <>
          {" "}
          <Badge state={state}>{words}</Badge>
        </>
      ) : null}
    </li>
  );
}

/** The student's answer, each choice marked right or wrong where the key can be read back. */
function YourAnswer({ question, answer, feedback, overall }: { question: PublicQuestion; answer: unknown; feedback: GradeResult; overall: BadgeState }) {
  const given = (answer ?? {}) as Answer;
  switch (question.type) {
    case "multiple-choice": {
      const key = readChoiceKey(question, feedback.correctAnswer);
      // Without a readable key, one chosen option still takes the whole verdict.
      const fallback = question.selectMany ? null : overall;
      return (
        <ul className={styles.marked}>
          {stringList(given.selected).map((id) => (
            <Marked key={id} state={key ? (key.has(id) ? "right" : "wrong") : fallback}>
              {textOf(question.options, id)}
            </Marked>
          ))}
        </ul>
      );
    }
    case "ordering": {
      const key = readOrderKey(question, feedback.correctAnswer);
      return (
        <ol className={styles.marked}>
          {stringList(given.order).map((id, index) => {
            const belongsAt = key ? key.indexOf(id) + 1 : 0;
            return (
              <Marked
                key={id}
                state={key ? (belongsAt === index + 1 ? "right" : "wrong") : null}
                words={key ? (belongsAt === index + 1 ? "Right place" : `Belongs at ${belongsAt}`) : undefined}
              >
                {textOf(question.options, id)}
              </Marked>
            );
          })}
        </ol>
      );
    }
    case "matching": {
      const key = readMatchingKey(question, feedback.correctAnswer);
      const pairs = (given.pairs ?? {}) as Record<string, string>;
      return (
        <ul className={styles.marked}>
          {question.premises.map((premise) => (
            <Marked key={premise.id} state={key ? (key[premise.id] === pairs[premise.id] ? "right" : "wrong") : null}>
              {premise.text} → {textOf(question.options, pairs[premise.id])}
            </Marked>
          ))}
        </ul>
      );
    }
    case "true-false":
      return <WholeAnswer state={overall}>{given.value === true ? "True" : given.value === false ? "False" : "–"}</WholeAnswer>;
    case "typed":
      return (
        <WholeAnswer state={overall}>
          <span dir="auto">{typeof given.text === "string" ? given.text : "–"}</span>
        </WholeAnswer>
      );
    case "numeric":
      return (
        <WholeAnswer state={overall}>
          {typeof given.value === "number" ? `${given.value.toLocaleString("en-GB")} ${question.unit}`.trim() : "–"}
        </WholeAnswer>
      );
    case "map-pin": {
      const distance = feedback.detail?.distanceKm;
      return (
        <>
          <WholeAnswer state={overall}>
            {typeof given.lat === "number" && typeof given.lon === "number" ? `A pin at ${formatLatLon({ lat: given.lat, lon: given.lon })}` : "A pin"}
          </WholeAnswer>
          {distance !== undefined ? <p>You were {formatKm(distance)} away.</p> : null}
        </>
      );
    }
  }
}

function WholeAnswer({ state, children }: { state: BadgeState; children: ReactNode }) {
  return (
    <ul className={styles.marked}>
      <Marked state={state}>{children}</Marked>
    </ul>
  );
}

/** The key, as a list where the question has parts, so it lines up with the student's answer. */
function CorrectAnswer({ question, feedback }: { question: PublicQuestion; feedback: GradeResult }) {
  if (question.type === "ordering") {
    const key = readOrderKey(question, feedback.correctAnswer);
    if (key) {
      return (
        <ol className={styles.keyList}>
          {key.map((id) => (
            <li key={id}>{textOf(question.options, id)}</li>
          ))}
        </ol>
      );
    }
  }
  if (question.type === "matching") {
    const key = readMatchingKey(question, feedback.correctAnswer);
    if (key) {
      return (
        <ul className={styles.keyList}>
          {question.premises.map((premise) => (
            <li key={premise.id}>
              {premise.text} → {textOf(question.options, key[premise.id])}
            </li>
          ))}
        </ul>
      );
    }
  }
  if (question.type === "multiple-choice" && question.selectMany) {
    const key = readChoiceKey(question, feedback.correctAnswer);
    if (key) {
      return (
        <ul className={styles.keyList}>
          {[...key].map((id) => (
            <li key={id}>{textOf(question.options, id)}</li>
          ))}
        </ul>
      );
    }
  }
  return <p dir="auto">{feedback.correctAnswer}</p>;
}
