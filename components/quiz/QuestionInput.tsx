"use client";

/** The answer controls for one question, one input per question type: the quiz's and a live session's. */
import { MapPinInput } from "./inputs/MapPinInput";
import { MatchingInput } from "./inputs/MatchingInput";
import { MultipleChoiceInput } from "./inputs/MultipleChoiceInput";
import { NumericInput } from "./inputs/NumericInput";
import { OrderingInput } from "./inputs/OrderingInput";
import { TrueFalseInput } from "./inputs/TrueFalseInput";
import { TypedInput } from "./inputs/TypedInput";
import type { PublicQuestion } from "./quiz-types";
import { useGovernorateMap } from "./use-governorate-map";

export function QuestionInput({
  question,
  draft,
  onChange,
  disabled,
}: {
  question: PublicQuestion;
  draft: unknown;
  onChange: (value: unknown) => void;
  disabled: boolean;
}) {
  // Drafts are written only by these inputs, so each one reads back its own shape (input-props.ts).
  const props = { value: (draft ?? null) as never, onChange, disabled };
  switch (question.type) {
    case "multiple-choice":
      return <MultipleChoiceInput {...props} question={question} />;
    case "true-false":
      return <TrueFalseInput {...props} question={question} />;
    case "ordering":
      return <OrderingInput {...props} question={question} />;
    case "matching":
      return <MatchingInput {...props} question={question} />;
    case "typed":
      return <TypedInput {...props} question={question} />;
    case "numeric":
      return <NumericInput {...props} question={question} />;
    case "map-pin":
      return <MapPinQuestion {...props} question={question} />;
  }
}

/** The map arrives separately (use-governorate-map.ts); until then the question says so. */
function MapPinQuestion(props: Omit<React.ComponentProps<typeof MapPinInput>, "map">) {
  const state = useGovernorateMap();
  if (state.status === "ready") return <MapPinInput {...props} map={state.map} />;
  if (state.status === "loading") return <p role="status">Loading the map…</p>;
  return (
    <div className="alert" role="alert">
      <p>The map for this question could not be loaded. Check the connection, then try again.</p>
      <button type="button" className="button secondary" onClick={state.retry}>
        Load the map again
      </button>
    </div>
  );
}
