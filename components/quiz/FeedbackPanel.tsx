import styles from "./Quiz.module.css";
import type { GradeResult, PublicQuestion, SourceTitles } from "./quiz-types";
import { formatKm, verdictOf } from "./feedback-text";
import { SourceList } from "./SourceCitation";

/** Feedback from the server's grade: verdict as text and icon, the key, the explanation and sources. */
export function FeedbackPanel({
  feedback,
  question,
  titles,
  hiddenMessage,
}: {
  feedback: GradeResult | null;
  question: PublicQuestion;
  titles: SourceTitles;
  hiddenMessage: string;
}) {
  if (!feedback) {
    return (
      <div className={`${styles.feedback} ${styles.saved}`}>
        <p className={styles.verdict}>{hiddenMessage}</p>
      </div>
    );
  }
  const verdict = verdictOf(feedback);
  const detail = feedback.detail ?? {};
  const verdictClass =
    verdict.kind === "correct" ? styles.verdictCorrect : verdict.kind === "partial" ? styles.verdictPartial : styles.verdictIncorrect;
  return (
    <div className={`${styles.feedback} ${styles[verdict.kind]}`}>
      <p className={`${styles.verdict} ${verdictClass}`}>
        <span aria-hidden="true">{verdict.icon}</span> {verdict.label}
      </p>
      {question.type === "map-pin" && detail.distanceKm !== undefined ? (
        <p>You were {formatKm(detail.distanceKm)} away.</p>
      ) : null}
      {detail.matchedForm && feedback.score > 0 ? (
        <p>
          Accepted as “{detail.matchedForm}”{detail.typoForgiven ? " (a small spelling slip was forgiven)" : ""}.
        </p>
      ) : null}
      <p>
        <strong>{feedback.correct ? "Answer:" : "Correct answer:"}</strong> {feedback.correctAnswer}
      </p>
      {feedback.explanation ? <p>{feedback.explanation}</p> : null}
      {feedback.sources.length > 0 ? (
        <div>
          <p>Sources:</p>
          <SourceList sources={feedback.sources} titles={titles} className={styles.sources} />
        </div>
      ) : null}
      {feedback.sourceNote ? <p>Source: {feedback.sourceNote}</p> : null}
    </div>
  );
}
