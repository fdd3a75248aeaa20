"use client";

import { useActionState, useId } from "react";
import { addManyToSetAction, addToSetAction, type AddToSetState } from "@/app/teacher/sets/actions";
import Link from "@/components/layout/Link";
import styles from "./Curation.module.css";

export interface SetChoice {
  id: string;
  name: string;
}

const initial: AddToSetState = { version: 0, status: "idle", message: "" };

/**
 * A select of the teacher's sets and an "Add" button. With `questionId`: that question. Without it:
 * every ticked checkbox named "questionIds" whose form attribute is `formId` (the item analysis rows).
 */
export function AddToSetControls(props: { sets: SetChoice[]; questionId?: string; formId?: string; label?: string }) {
  const [state, formAction, pending] = useActionState(props.questionId ? addToSetAction : addManyToSetAction, initial);
  const selectId = useId();
  if (props.sets.length === 0) {
    return (
      <p className="hint">
        To collect questions, <Link href="/teacher/sets">create a custom set</Link> first.
      </p>
    );
  }
  return (
    <form action={formAction} id={props.formId} className={styles.itemActions}>
      {props.questionId ? <input type="hidden" name="questionId" value={props.questionId} /> : null}
      <label htmlFor={selectId}>{props.label ?? "Add to my set"}</label>{" "}
      <select id={selectId} name="setId" defaultValue={props.sets[0]!.id}>
        {props.sets.map((set) => (
          <option key={set.id} value={set.id}>
            {set.name}
          </option>
        ))}
      </select>{" "}
      <button className="button secondary" type="submit" disabled={pending}>
        {pending ? "Adding…" : props.questionId ? "Add" : "Add the ticked questions"}
      </button>
      <span role="status" aria-live="polite">
        {state.message ? <span className={state.status === "invalid" ? "field-error" : "hint"}> {state.message}</span> : null}
      </span>
    </form>
  );
}
