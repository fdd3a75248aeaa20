/** place-holder-choice: the key held the town in the event, the wrong options did not, and a whole army is never the key. */
import { describe, expect, it } from "vitest";
import { addFarForces, choiceKeys, editedQuestions, aboutTestEvent, kb, questions, testCapture } from "./test-support";
import type { Event } from "../../../content/schema";

const holderQuestions = (capture: Event) =>
  aboutTestEvent(
    editedQuestions((k) => {
      addFarForces(k);
      k.events.push(capture);
    }),
  ).filter((q) => q.template === "place-holder-choice");

describe("place-holder", () => {
  it("asks which named unit held a town that fell, keyed to the unit", () => {
    const [asked, ...more] = holderQuestions(testCapture());
    expect(more).toEqual([]);
    expect(asked?.prompt).toBe("On 20 October 2012, Sarmada fell. Which force had been holding it?");
    expect(choiceKeys(asked!).map((f) => f.id)).toEqual(["17th-armoured-brigade"]);
  });

  it("does not ask when the holder is a whole army: 'the Syrian Army' is what anyone would pick", () => {
    const armyHeld = testCapture({
      forces: [
        { force: "free-syrian-army", role: "captured" },
        { force: "syrian-army", role: "defender" },
      ],
    });
    expect(holderQuestions(armyHeld)).toEqual([]);
    // So none of the documents' captures, all held by the army itself, is asked.
    expect(questions.filter((q) => q.template === "place-holder-choice")).toEqual([]);
  });

  it("keys only forces the event gives a holding role, and offers no wrong option that held the town", () => {
    const capture = testCapture();
    const asked = holderQuestions(capture);
    expect(asked.length).toBeGreaterThan(0);
    const holders = new Set(capture.forces.filter((f) => ["defender", "held", "besieged", "withdrew"].includes(f.role)).map((f) => f.force));
    for (const q of asked) {
      if (q.type !== "multiple-choice") throw new Error(`${q.id} is not a choice`);
      for (const key of choiceKeys(q)) expect(holders.has(key.id), key.name).toBe(true);
      for (const option of q.options.filter((o) => !q.answer.correct.includes(o.id))) {
        const force = kb.forces.find((f) => f.name === option.text);
        expect(force && holders.has(force.id), `${q.id}: ${option.text}`).toBeFalsy();
      }
    }
  });
});
