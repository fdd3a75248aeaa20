/** event-actor-* and event-defender-choice: who attacked or defended, only where a document plainly says so and nothing in the stem names a camp. */
import { describe, expect, it } from "vitest";
import { mentionsAny, namesOf } from "../context";
import { EVENT_TEMPLATES, EVENT_CHOICE_TEMPLATES, ctx, questions, plain, namesACamp, ATTACK_WORDS, askedEventAndForce } from "./test-support";

describe("event-actor", () => {
  it("names a typed answer's group only when it acted alone in the event", () => {
    for (const q of questions.filter((q) => q.template === "event-actor-typed")) {
      if (q.type !== "typed") throw new Error("typed expected");
      const { event, force } = askedEventAndForce(q);
      expect(event.forces.some((f) => f.force === force.id && ["attacker", "captured", "retook"].includes(f.role))).toBe(true);
      expect(force.kind).not.toBe("armed-forces");
      // "Name the group that carried out the attack when rebels stormed Aleppo city": "Free Syrian Army" is every
      // rebel attack's default answer, so a coalition is never the typed key.
      expect(force.kind, q.prompt).not.toBe("coalition");
      expect(mentionsAny(plain(event.title), namesOf(force))).toBe(false);
    }
  });

  it("asks no attacker or defender question whose title or stem names a camp", () => {
    const asked = questions.filter((q) => q.template === "event-actor-choice" || q.template === "event-defender-choice");
    for (const q of asked) {
      const event = ctx.eventById.get(q.refs.events[0]!)!;
      expect(namesACamp(event.title), `${q.id}: ${event.title}`).toBe(false);
      expect(namesACamp(q.prompt), `${q.id}: ${q.prompt}`).toBe(false);
    }
  });

  it("asks who attacked or defended only where a document plainly says who attacked", () => {
    for (const q of questions.filter((x) => EVENT_TEMPLATES.includes(x.template))) {
      const event = ctx.eventById.get(q.refs.events[0]!)!;
      expect(event.outcome, q.id).not.toBe("attack-repelled");
      expect(event.forces.some((f) => f.role === "repelled"), q.id).toBe(false);
      expect(ATTACK_WORDS.test(`${event.title} ${event.summary}`), `${q.id}: ${event.summary}`).toBe(true);
    }
  });

  it("never offers a force whose name tells its camp as a wrong attacker or defender (review 4, item 7)", () => {
    // Independent of the generator: "the Free Syrian Army" as a defender of an army base is wrong by its name.
    const telling = /\b(free syrian army|syrian (arab )?army|armed forces|air force|revolutionary|martyrs?|liberation)\b/i;
    const asked = questions.filter((q) => EVENT_CHOICE_TEMPLATES.includes(q.template));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      if (q.type !== "multiple-choice") throw new Error("multiple choice expected");
      for (const o of q.options.filter((x) => !q.answer.correct.includes(x.id))) expect(o.text, q.id).not.toMatch(telling);
    }
  });
});
