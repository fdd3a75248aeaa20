"use client";

import styles from "../Quiz.module.css";
import type { InputProps } from "./input-props";

type Pairs = { pairs: Record<string, string> };

export function MatchingInput({ question, value, onChange, disabled }: InputProps<"matching", Pairs>) {
  const pairs = value?.pairs ?? {};
  return (
    <fieldset className={styles.group} disabled={disabled}>
      <legend>Choose a match for each item</legend>
      {question.premises.map((premise) => {
        const id = `match-${question.id}-${premise.id}`;
        return (
          <div key={premise.id} className={styles.matchRow}>
            <label htmlFor={id}>{premise.text}</label>
            <select
              id={id}
              className={styles.select}
              value={pairs[premise.id] ?? ""}
              onChange={(event) => {
                const next = { ...pairs };
                if (event.target.value) next[premise.id] = event.target.value;
                else delete next[premise.id];
                onChange({ pairs: next });
              }}
            >
              <option value="">Choose…</option>
              {question.options.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.text}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </fieldset>
  );
}
