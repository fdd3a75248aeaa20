/**
 * One question of an item analysis, written out: its prompt, its statistics, the key, the most common
 * wrong answers, the explanation and sources. An assignment's item analysis and a live session's
 * results both show their questions this way.
 */
import { Citations } from "@/components/teaching/dashboard/Citations";
import styles from "@/components/teaching/dashboard/Dashboard.module.css";
import { percentValue, plural } from "@/components/teaching/dashboard/format";
import { ItemFlags } from "@/components/teaching/dashboard/ItemFlags";
import { numericColumn } from "@/components/teaching/dashboard/ScrollTable";
import { CATEGORY_NAMES, QUESTION_TYPE_LABELS } from "@/lib/taxonomy";
import type { ItemRow } from "@/lib/teaching/dashboards/item-analysis";

/** The discrimination figure, or why there is none. */
export function discriminationText(value: number | null, n: number): string {
  if (n < 2) return "–";
  return value === null ? "Not computable" : value.toFixed(0);
}

export function ItemQuestionDetails({ item, answerer }: { item: ItemRow; answerer: "student" | "player" }) {
  return (
    <article id={`q-${item.number}`} className={styles.item} aria-labelledby={`q-${item.number}-title`}>
      <h3 id={`q-${item.number}-title`}>
        Q{item.number}. {item.question ? item.question.prompt : `Question ${item.questionId} (no longer in the question bank)`}
      </h3>
      {item.question && (
        <p className="hint">
          {CATEGORY_NAMES[item.question.category]} · {QUESTION_TYPE_LABELS[item.question.type]}
        </p>
      )}
      <dl>
        <dt>Answers</dt>
        <dd>{item.n}</dd>
        <dt>Facility</dt>
        <dd>{percentValue(item.facility)} (mean score over full marks)</dd>
        <dt>Standard deviation</dt>
        <dd>{percentValue(item.sd)}</dd>
        <dt>Discrimination</dt>
        <dd>{discriminationText(item.discrimination, item.n)}</dd>
        <dt>Check</dt>
        <dd>
          <ItemFlags flags={item.flags} />
        </dd>
        {item.question && (
          <>
            <dt>Correct answer</dt>
            <dd>{item.question.correctAnswer}</dd>
          </>
        )}
        <dt>Most common wrong answers</dt>
        <dd>
          {item.wrongAnswers.length === 0 ? (
            "None: every answer earned full marks."
          ) : (
            <ol className={styles.sources}>
              {item.wrongAnswers.map((w) => (
                <li key={w.text}>
                  {w.text} <span className="hint">({plural(w.count, answerer)})</span>
                </li>
              ))}
            </ol>
          )}
        </dd>
        {item.question && (
          <>
            <dt>Explanation</dt>
            <dd>{item.question.explanation}</dd>
            <dt>Sources</dt>
            <dd>
              <Citations sources={item.question.sources} />
            </dd>
          </>
        )}
      </dl>
    </article>
  );
}

/** The item-statistics table's first columns, for `ItemStatisticCells`. */
export const ITEM_STATISTIC_COLUMNS = [
  "Question",
  numericColumn("Answers (n)"),
  numericColumn("Facility"),
  numericColumn("SD"),
  numericColumn("Discrimination"),
] as const;

/** A question's row heading (linking to its details below) and its figures. */
export function ItemStatisticCells({ item }: { item: ItemRow }) {
  return (
    <>
      <th scope="row">
        <a href={`#q-${item.number}`}>Q{item.number}</a>{" "}
        <span className="hint">{item.question ? QUESTION_TYPE_LABELS[item.question.type] : "Removed from the bank"}</span>
      </th>
      <td className={styles.num}>{item.n}</td>
      <td className={styles.num}>{percentValue(item.facility)}</td>
      <td className={styles.num}>{percentValue(item.sd)}</td>
      <td className={styles.num}>{discriminationText(item.discrimination, item.n)}</td>
    </>
  );
}
