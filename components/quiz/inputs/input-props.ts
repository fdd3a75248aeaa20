import type { PublicQuestion } from "../quiz-types";

/** Every answer input is controlled by the runner, which keeps one draft per question. */
export interface InputProps<T extends PublicQuestion["type"], R> {
  question: Extract<PublicQuestion, { type: T }>;
  value: R | null;
  /** null: nothing that could be sent yet (e.g. text that is not a number). */
  onChange: (value: R | null) => void;
  /** After submitting: the answer stays visible but cannot change. */
  disabled: boolean;
}
