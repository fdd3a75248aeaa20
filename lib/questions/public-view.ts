/**
 * The key-free view of a question: the only question shape that may reach a
 * browser before the answer is submitted. Fields are copied one by one (never
 * spread) so a field added to `Question` later cannot leak by accident.
 */
import { SeededRandom } from "./random";
import type { Option, PublicQuestion, Question } from "./types";

function copyOptions(options: readonly Option[]): Option[] {
  return options.map((o) => ({ id: o.id, text: o.text }));
}

/**
 * @param shuffleSeed per-attempt seed: the same attempt always sees the same
 *   order (so a reload does not reshuffle), different attempts differ.
 */
export function toPublicQuestion(question: Question, shuffleSeed: string): PublicQuestion {
  const rng = new SeededRandom(`${shuffleSeed}|${question.id}`);
  const base = { id: question.id, category: question.category, prompt: question.prompt };
  switch (question.type) {
    case "multiple-choice":
      return { ...base, type: "multiple-choice", selectMany: question.selectMany, options: rng.shuffle(copyOptions(question.options)) };
    case "true-false":
      return { ...base, type: "true-false" };
    case "ordering": {
      let items = rng.shuffle(copyOptions(question.options));
      // A starting order that is already right would hand out free marks.
      if (items.every((item, i) => item.id === question.answer.order[i])) items = [...items.slice(1), items[0]!];
      return { ...base, type: "ordering", options: items };
    }
    case "matching":
      return {
        ...base,
        type: "matching",
        premises: rng.shuffle(copyOptions(question.premises)),
        options: rng.shuffle(copyOptions(question.options)),
      };
    case "typed":
      return { ...base, type: "typed" };
    case "numeric":
      return { ...base, type: "numeric", unit: question.unit };
    case "map-pin":
      return { ...base, type: "map-pin" };
  }
}
