"use client";

import styles from "../Quiz.module.css";
import type { InputProps } from "./input-props";

export function MultipleChoiceInput({ question, value, onChange, disabled }: InputProps<"multiple-choice", { selected: string[] }>) {
  const selected = value?.selected ?? [];
  const many = question.selectMany;
  const name = `mc-${question.id}`;
  return (
    <fieldset className={styles.group} disabled={disabled}>
      <legend>{many ? "Choose all that apply" : "Choose one answer"}</legend>
      {question.options.map((option) => {
        const id = `${name}-${option.id}`;
        const checked = selected.includes(option.id);
        return (
          <label key={option.id} htmlFor={id} className={styles.choice}>
            <input
              id={id}
              type={many ? "checkbox" : "radio"}
              name={name}
              value={option.id}
              checked={checked}
              onChange={(event) => {
                if (!many) onChange({ selected: [option.id] });
                else if (event.target.checked) onChange({ selected: [...selected, option.id] });
                else onChange({ selected: selected.filter((s) => s !== option.id) });
              }}
            />
            <span>{option.text}</span>
          </label>
        );
      })}
    </fieldset>
  );
}
