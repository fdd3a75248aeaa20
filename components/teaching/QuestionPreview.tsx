import type { PublicQuestion } from "@/lib/questions/types";
import { QUESTION_TYPE_LABELS } from "@/lib/taxonomy";
import styles from "./Teaching.module.css";

/** A sample question as a student would first see it: the key-free public view only. */
export function QuestionPreview({ question }: { question: PublicQuestion }) {
  return (
    <>
      <span className={styles.sampleType}>{QUESTION_TYPE_LABELS[question.type]}</span>
      <p>{question.prompt}</p>
      {question.type === "multiple-choice" || question.type === "ordering" ? (
        <ul>
          {question.options.map((option) => (
            <li key={option.id}>{option.text}</li>
          ))}
        </ul>
      ) : null}
      {question.type === "matching" ? (
        <p>
          Match {question.premises.map((p) => p.text).join("; ")} with {question.options.map((o) => o.text).join("; ")}.
        </p>
      ) : null}
      {question.type === "numeric" && question.unit ? <p className="hint">Answer in {question.unit}.</p> : null}
    </>
  );
}
