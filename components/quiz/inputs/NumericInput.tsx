"use client";

import { useState } from "react";
import styles from "../Quiz.module.css";
import { parseNumber } from "../response-for";
import type { InputProps } from "./input-props";

export function NumericInput({
  question,
  value,
  onChange,
  disabled,
}: InputProps<"numeric", { value: number }>) {
  const id = `numeric-${question.id}`;
  const [text, setText] = useState(value ? String(value.value) : "");
  return (
    <div className="field">
      <label htmlFor={id}>Your answer{question.unit ? ` (${question.unit})` : ""}</label>
      <div className={styles.numberRow}>
        <input
          id={id}
          className={styles.textInput}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          disabled={disabled}
          onChange={(event) => {
            setText(event.target.value);
            const n = parseNumber(event.target.value);
            onChange(n === null ? null : { value: n });
          }}
        />
        {question.unit ? <span aria-hidden="true">{question.unit}</span> : null}
      </div>
    </div>
  );
}
