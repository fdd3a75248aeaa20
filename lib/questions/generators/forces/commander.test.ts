/** commander-*: a commander's group is asked only when it is a named group. */
import { describe, expect, it } from "vitest";
import { questions, forceById, editedQuestions } from "./test-support";

describe("commander", () => {
  it("asks a commander's group only when the parent is a named group, not a side", () => {
    for (const q of questions.filter((x) => x.template.startsWith("commander-"))) {
      const person = forceById.get(q.refs.forces[0]!)!;
      expect(forceById.get(person.parent!)?.kind, q.id).not.toBe("side");
    }
    const edited = editedQuestions((k) => {
      k.forces.push({ ...forceById.get("basil-eissa")!, id: "test-commander", name: "Test Commander", parent: "rebels" });
    });
    expect(edited.some((q) => q.refs.forces.includes("test-commander"))).toBe(false);
  });
});
