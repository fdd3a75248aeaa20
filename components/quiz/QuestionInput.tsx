"use client";

/** The answer controls for one question, one input per question type: the quiz's and a live session's. */
import dynamic from "next/dynamic";
import type { MapPinInput as MapPinInputProps } from "./inputs/MapPinInput";
import { MatchingInput } from "./inputs/MatchingInput";
import { MultipleChoiceInput } from "./inputs/MultipleChoiceInput";
import { NumericInput } from "./inputs/NumericInput";
import { OrderingInput } from "./inputs/OrderingInput";
import { TrueFalseInput } from "./inputs/TrueFalseInput";
import { TypedInput } from "./inputs/TypedInput";
import type { PublicQuestion } from "./quiz-types";
import { useGovernorateMap } from "./use-governorate-map";

// Loaded only when a map question is on screen, like the map itself: most quizzes never need either.
const MapPinInput = dynamic(() => import("./inputs/MapPinInput").then((m) => m.MapPinInput), {
  loading: () => <p role="status">Loading the map…</p>,
});

/** An input as QuestionInput calls it: any draft (read back by the input itself), any change. */
type InputFor<T extends PublicQuestion["type"]> = React.ComponentType<{
  question: Extract<PublicQuestion, { type: T }>;
  value: never;
  onChange: (value: unknown) => void;
  disabled: boolean;
}>;

const INPUTS: { [T in PublicQuestion["type"]]: InputFor<T> } = {
  "multiple-choice": MultipleChoiceInput,
  "true-false": TrueFalseInput,
  ordering: OrderingInput,
  matching: MatchingInput,
  typed: TypedInput,
  numeric: NumericInput,
  "map-pin": MapPinQuestion,
};

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
  // Indexing by the union of types loses which input goes with which question, hence the one cast.
  const Input = INPUTS[question.type] as InputFor<PublicQuestion["type"]>;
  return <Input {...props} question={question} />;
}

/** The map arrives separately (use-governorate-map.ts); until then the question says so. */
function MapPinQuestion(props: Omit<React.ComponentProps<typeof MapPinInputProps>, "map">) {
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
