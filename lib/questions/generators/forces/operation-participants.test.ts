/** operation-participants-choice: asked only when no other force took the place within 14 days. */
import { describe, expect, it } from "vitest";
import { kb, ctx, questions, forceById, choiceKeys, withinDays } from "./test-support";

describe("operation-participants", () => {
  it("asks an offensive's participants only when no other force took the place within 14 days", () => {
    // The other side's counter-attacks in those days may stand: they were no part of the offensive that took it.
    for (const q of questions.filter((x) => x.template === "operation-participants-choice")) {
      const event = ctx.eventById.get(q.refs.events[0]!)!;
      const side = choiceKeys(q)[0]!.side;
      expect(q.prompt, q.id).toMatch(/^Which of these took part in the (offensive|attack) (that took|claimed to have taken) /);
      for (const other of kb.events.filter((e) => e.id !== event.id && e.places.includes(q.refs.places[0]!) && withinDays(e, event, 14))) {
        for (const f of other.forces.filter((x) => x.role === "captured" || x.role === "retook")) {
          const force = forceById.get(f.force)!;
          expect(event.forces.some((x) => x.force === force.id) || (force.kind === "side" && force.side === side), `${q.id}: ${other.id}`).toBe(true);
        }
      }
    }
  });
});
