import styles from "@/components/quiz/Quiz.module.css";
import type { PublicQuestion } from "@/lib/questions/types";
import { SelectOptions } from "@/components/ui/FormField";

/**
 * A question as the quiz shows it to a student before they answer, drawn from the key-free public
 * view with the quiz's own styles, every control disabled. Server component: it never sees a key.
 */
export function StudentViewPreview({ question }: { question: PublicQuestion }) {
  const name = `preview-${question.id}`;
  return (
    <div className={styles.question}>
      <p className={styles.prompt}>{question.prompt}</p>
      {question.type === "multiple-choice" && (
        <fieldset className={styles.group} disabled>
          <legend>{question.selectMany ? "Choose all that apply" : "Choose one answer"}</legend>
          {question.options.map((option) => (
            <label key={option.id} htmlFor={`${name}-${option.id}`} className={styles.choice}>
              <input id={`${name}-${option.id}`} type={question.selectMany ? "checkbox" : "radio"} name={name} />
              <span>{option.text}</span>
            </label>
          ))}
        </fieldset>
      )}
      {question.type === "true-false" && (
        <fieldset className={styles.group} disabled>
          <legend>True or false?</legend>
          {["True", "False"].map((label) => (
            <label key={label} htmlFor={`${name}-${label}`} className={styles.choice}>
              <input id={`${name}-${label}`} type="radio" name={name} />
              <span>{label}</span>
            </label>
          ))}
        </fieldset>
      )}
      {question.type === "ordering" && (
        <fieldset className={styles.group} disabled>
          <legend>Put these in order, earliest first (shown in the order the student first sees)</legend>
          <ol className={styles.orderList}>
            {question.options.map((option) => (
              <li key={option.id} className={styles.orderItem}>
                <span className={styles.orderText}>{option.text}</span>
              </li>
            ))}
          </ol>
        </fieldset>
      )}
      {question.type === "matching" && <MatchingPreview name={name} question={question} />}
      {question.type === "typed" && (
        <div className="field">
          <label htmlFor={name}>Your answer</label>
          <input id={name} className={styles.textInput} type="text" disabled />
        </div>
      )}
      {question.type === "numeric" && (
        <div className="field">
          <label htmlFor={name}>Your answer</label>
          <div className={styles.numberRow}>
            <input id={name} className={styles.textInput} type="text" inputMode="decimal" disabled />
            {question.unit && <span>{question.unit}</span>}
          </div>
        </div>
      )}
      {question.type === "map-pin" && (
        <p className="hint">The student answers by placing a pin on the map of Syria&apos;s governorates.</p>
      )}
    </div>
  );
}

/** Each premise with a select of the options, as the matching input shows them. */
function MatchingPreview({ name, question }: { name: string; question: Extract<PublicQuestion, { type: "matching" }> }) {
  const matchOptions = question.options.map((option) => ({ value: option.id, label: option.text }));
  return (
    <fieldset className={styles.group} disabled>
      <legend>Match each item on the left with one on the right</legend>
      {question.premises.map((premise) => (
        <div key={premise.id} className={styles.matchRow}>
          <label htmlFor={`${name}-${premise.id}`}>{premise.text}</label>
          <select id={`${name}-${premise.id}`} className={styles.select} defaultValue="">
            <SelectOptions options={matchOptions} emptyOption="Choose…" />
          </select>
        </div>
      ))}
    </fieldset>
  );
}
