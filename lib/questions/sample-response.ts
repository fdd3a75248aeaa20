/**
 * A well-formed answer to any question, right or wrong. The load benchmark and
 * the authorization matrix use it to send requests whose only possible fault is
 * who sends them (never used by the app itself).
 */
import type { Question } from "./types";

/** A well-formed answer for any question (right or wrong does not matter to the server's cost). */
export function sampleResponse(question: Question): unknown {
  switch (question.type) {
    case "multiple-choice":
      return { selected: [question.options[0]!.id] };
    case "true-false":
      return { value: true };
    case "ordering":
      return { order: question.options.map((o) => o.id) };
    case "matching":
      return { pairs: Object.fromEntries(question.premises.map((p, i) => [p.id, question.options[i % question.options.length]!.id])) };
    case "typed":
      return { text: "Maarat al-Numan" };
    case "numeric":
      return { value: 40 };
    case "map-pin":
      return { lat: 35.64, lon: 36.67 };
  }
}
