/** event-sides-true-false: keyed to a camp its force holds alone in the event. */
import { describe, expect, it } from "vitest";
import { questions, forceById, ATTACK, DEFENCE, askedEventAndForce } from "./test-support";

describe("event-sides", () => {
  it("keys every event-side question to a camp its force holds alone in the event", () => {
    for (const q of questions.filter((x) => x.template === "event-sides-true-false")) {
      if (q.type !== "true-false") throw new Error("true/false expected");
      const { event, force } = askedEventAndForce(q);
      const stated = /(?:was|were) on the (attacking|defending) side\.$/.exec(q.prompt)![1];
      const camp = q.answer.value ? stated : stated === "attacking" ? "defending" : "attacking";
      const sameSide = event.forces.filter((f) => !f.alleged && forceById.get(f.force)?.side === force.side);
      // Nobody on the force's side held a role of the other camp (an air force bombing the attackers, say).
      const otherCampRoles = camp === "attacking" ? DEFENCE : ATTACK;
      expect(sameSide.some((f) => otherCampRoles.includes(f.role)), `${q.id}: ${q.prompt}`).toBe(false);
    }
  });
});
