/** commander-*: a commander's group only when it is a named group other than the rebels' umbrella; a state leader through what he did. */
import { describe, expect, it } from "vitest";
import { mentionsAny, namesOf } from "../context";
import { questions, forceById, editedQuestions } from "./test-support";

const commanderQuestions = questions.filter((x) => x.template.startsWith("commander-"));

describe("commander", () => {
  it("asks a commander's group only when the parent is a named group, not a side", () => {
    for (const q of commanderQuestions) {
      const person = forceById.get(q.refs.forces[0]!)!;
      expect(forceById.get(person.parent!)?.kind, q.id).not.toBe("side");
    }
    const edited = editedQuestions((k) => {
      k.forces.push({ ...forceById.get("basil-eissa")!, id: "test-commander", name: "Test Commander", parent: "rebels" });
    });
    expect(edited.some((q) => q.refs.forces.includes("test-commander"))).toBe(false);
  });

  it("never keys a commander to the Free Syrian Army, the guess anyone makes for a rebel (review 4, item 6)", () => {
    for (const q of commanderQuestions) expect(q.refs.forces, q.id).not.toContain("free-syrian-army");
    // Basil Eissa, named once among FSA dead at Harem, is no longer asked "led or belonged to".
    expect(commanderQuestions.some((q) => q.refs.forces.includes("basil-eissa"))).toBe(false);
  });

  it("asks a state leader through what he did in the unit, never which country he led (general knowledge)", () => {
    const leaders = commanderQuestions.filter((q) => forceById.get(q.refs.forces[0]!)!.kind === "official");
    expect(leaders.length).toBeGreaterThan(0);
    for (const q of leaders) {
      const person = forceById.get(q.refs.forces[0]!)!;
      expect(q.prompt, q.id).not.toMatch(/\bled which country\b/);
      // The stem names the deed, not the man, and cites the event it comes from.
      expect(mentionsAny(q.prompt, namesOf(person)), q.prompt).toBe(false);
      expect(q.refs.events.length, q.id).toBe(1);
    }
    expect(leaders.find((q) => q.refs.forces[0] === "recep-tayyip-erdogan")?.prompt).toMatch(/^The leader of which country accused Russia /);
  });
});
