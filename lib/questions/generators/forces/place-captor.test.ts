/** place-captor-*: captures asked only when unambiguous, false statements only with forces certainly elsewhere. */
import { describe, expect, it } from "vitest";
import { dateInterval } from "../../../content/dates";
import { campaignCaptor } from "../../kinds/campaign-territory";
import { kb, ctx, questions, forceById, ancestorsOf, elsewhereByRule, statementSubject, choiceKeys, withinDays, askedEventAndForce } from "./test-support";

describe("place-captor", () => {
  it("states a false capture only with a same-side force certainly elsewhere, outside the event", () => {
    const tf = questions.filter((q) => q.template === "place-captor-true-false");
    for (const q of tf) {
      if (q.type !== "true-false") throw new Error("true/false expected");
      const { event, force: key } = askedEventAndForce(q);
      const stated = statementSubject(q.prompt)!.force;
      if (q.answer.value) {
        expect(stated.id, q.id).toBe(key.id);
      } else {
        expect(stated.side, q.id).toBe(key.side);
        expect(elsewhereByRule(stated, event), `${q.id}: ${stated.id}`).toBe(true);
        expect(event.forces.some((f) => f.force === stated.id), q.id).toBe(false);
        expect(ancestorsOf(key.id).has(stated.id), q.id).toBe(false);
      }
    }
  });

  it("asks a capture only when no other force took the same place within 60 days, and never for a 'by' date", () => {
    for (const q of questions.filter((x) => x.template.startsWith("place-captor"))) {
      const event = ctx.eventById.get(q.refs.events[0]!)!;
      const place = q.refs.places[0]!;
      const keys = new Set(q.type === "multiple-choice" ? choiceKeys(q).map((f) => f.id) : q.refs.forces);
      const side = forceById.get([...keys][0]!)!.side;
      expect(dateInterval(event.date).openStart, q.id).toBe(false);
      for (const other of kb.events.filter((e) => e.id !== event.id && e.places.includes(place) && withinDays(e, event, 60))) {
        for (const f of other.forces.filter((x) => x.role === "captured" || x.role === "retook")) {
          const force = forceById.get(f.force)!;
          const sameStory = keys.has(force.id) || (force.kind === "side" && force.side === side);
          expect(sameStory, `${q.id}: ${other.id} has ${force.id} ${f.role}`).toBe(true);
        }
      }
    }
  });
});

describe("place-captor and campaign-captor", () => {
  it("asks who took a place once: not again when the campaign records the capture with its captors", () => {
    const campaignAsked = campaignCaptor.generate(ctx);
    const salqin = campaignAsked.find((q) => q.refs.places.includes("salqin"));
    // The FSA's claim to Salqin on 28 October 2012 is asked by campaign-captor, as a claim ...
    expect(salqin?.prompt).toMatch(/claimed to have taken Salqin/);
    // ... and by no place-captor question, which would ask the same claim again.
    const placeAsked = questions.filter((q) => q.template.startsWith("place-captor"));
    for (const q of campaignAsked)
      for (const place of q.refs.places) expect(placeAsked.filter((p) => p.refs.places.includes(place)).map((p) => p.id), place).toEqual([]);
  });
});
