"use client";

import styles from "../Quiz.module.css";
import type { InputProps } from "./input-props";

export function TypedInput({ question, value, onChange, disabled }: InputProps<"typed", { text: string }>) {
  const id = `typed-${question.id}`;
  return (
    <div className="field">
      <label htmlFor={id}>Your answer</label>
      <span className="hint" id={`${id}-hint`}>
        Type the name. Common spellings and Arabic script are accepted.
      </span>
      <input
        id={id}
        className={styles.textInput}
        type="text"
        dir="auto"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        maxLength={200}
        aria-describedby={`${id}-hint`}
        value={value?.text ?? ""}
        disabled={disabled}
        onChange={(event) => onChange({ text: event.target.value })}
      />
    </div>
  );
}
