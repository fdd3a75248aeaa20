/** place-holder-choice: the key held the town in the event, and the wrong options did not. */
import { describe, expect, it } from "vitest";
import { choiceKeys, kb, questions } from "./test-support";

describe("place-holder", () => {
  const asked = questions.filter((q) => q.template === "place-holder-choice");

  it("keys only forces the event gives a holding role (defended, held, besieged or withdrew), none alleged", () => {
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      const event = kb.events.find((e) => e.id === q.refs.events[0])!;
      for (const key of choiceKeys(q)) {
        const roles = event.forces.filter((f) => f.force === key.id && !f.alleged).map((f) => f.role);
        expect(
          roles.some((r) => ["defender", "held", "besieged", "withdrew"].includes(r)),
          `${q.id}: ${key.name}`,
        ).toBe(true);
      }
    }
  });

  it("offers no wrong option that held the town in the same event", () => {
    for (const q of asked) {
      if (q.type !== "multiple-choice") continue;
      const event = kb.events.find((e) => e.id === q.refs.events[0])!;
      const holders = new Set(event.forces.filter((f) => ["defender", "held", "besieged"].includes(f.role)).map((f) => f.force));
      const keys = new Set(choiceKeys(q).map((f) => f.id));
      for (const option of q.options.filter((o) => !q.answer.correct.includes(o.id))) {
        const force = kb.forces.find((f) => f.name === option.text)!;
        if (!keys.has(force.id)) expect(holders.has(force.id), `${q.id}: ${option.text}`).toBe(false);
      }
    }
  });
});
