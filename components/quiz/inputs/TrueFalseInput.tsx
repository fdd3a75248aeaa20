"use client";

import styles from "../Quiz.module.css";
import type { InputProps } from "./input-props";

export function TrueFalseInput({ question, value, onChange, disabled }: InputProps<"true-false", { value: boolean }>) {
  const name = `tf-${question.id}`;
  return (
    <fieldset className={styles.group} disabled={disabled}>
      <legend>True or false?</legend>
      {[true, false].map((choice) => (
        <label key={String(choice)} htmlFor={`${name}-${choice}`} className={styles.choice}>
          <input
            id={`${name}-${choice}`}
            type="radio"
            name={name}
            value={String(choice)}
            checked={value?.value === choice}
            onChange={() => onChange({ value: choice })}
          />
          <span>{choice ? "True" : "False"}</span>
        </label>
      ))}
    </fieldset>
  );
}
