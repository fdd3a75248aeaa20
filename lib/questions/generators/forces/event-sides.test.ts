/** event-sides-true-false: keyed to a camp its force holds alone in the event; one statement per event, none about a claimed fight. */
import { describe, expect, it } from "vitest";
import { ctx, questions, forceById, ATTACK, DEFENCE, askedEventAndForce } from "./test-support";

const sideStatements = questions.filter((x) => x.template === "event-sides-true-false");

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

  it("asks one statement per event: 'the FSA attacked' and 'the army defended' are one claim (review 4, item 2)", () => {
    expect(sideStatements.length).toBeGreaterThan(0);
    const events = sideStatements.map((q) => q.refs.events[0]);
    expect(new Set(events).size).toBe(events.length);
  });

  it("asks nothing about a fight known only from one side's claim, and never words a stem as 'one side's claim'", () => {
    for (const q of sideStatements) {
      const event = ctx.eventById.get(q.refs.events[0]!)!;
      // Independent of the generator: an announced gain, or one the summary says a side claimed or said it had.
      expect(event.outcome, q.id).not.toBe("announcement");
      expect(event.tags, q.id).not.toContain("announcement");
      expect(event.summary, q.id).not.toMatch(/\b(claimed|announced|said it (now )?(had|controlled))\b/i);
      expect(q.prompt, q.id).not.toMatch(/one side's claim/i);
    }
  });
});
