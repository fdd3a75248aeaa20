/** event-place-*: where an event happened, asked only when the answer is exactly true and unambiguous. */
import { describe, expect, it } from "vitest";
import { normalizeName } from "../../../content/normalize-name";
import { mentionsAny } from "../context";
import { kb, questions, placeById, EVENT_TEMPLATES, wrongOptions, placesNamed, km } from "./test-support";

describe("event-place", () => {
  it("keeps event-place distractors out of the event and away from the answer", () => {
    const eventById = new Map(kb.events.map((e) => [e.id, e]));
    for (const q of questions.filter((x) => x.template === "event-place-choice")) {
      const event = eventById.get(q.refs.events[0]!)!;
      const answer = placeById.get(q.refs.places[0]!)!;
      for (const wrong of wrongOptions(q)) {
        const place = placesNamed(wrong.text)[0]!;
        expect(event.places, q.id).not.toContain(place.id);
        if (place.coordinates && answer.coordinates) expect(km(place, answer), q.id).toBeGreaterThanOrEqual(10);
      }
    }
  });

  it("cites only the event's own sections for event-based place questions", () => {
    const eventById = new Map(kb.events.map((e) => [e.id, e]));
    for (const q of questions.filter((x) => EVENT_TEMPLATES.includes(x.template))) {
      const allowed = new Set(q.refs.events.flatMap((id) => eventById.get(id)!.citations.map((c) => `${c.doc}#${c.section}`)));
      for (const c of q.sources) expect(allowed.has(`${c.doc}#${c.section}`), `${q.id} cites ${c.doc}#${c.section}`).toBe(true);
    }
  });

  it("skips events that happened some distance from the place", () => {
    const eventById = new Map(kb.events.map((e) => [e.id, e]));
    const away = /\b\d+\s*(km|kilomet)|\bkilomet(re|er)s\b|\b(outside|near|south of|north of|east of|west of) the (town|city)\b/i;
    for (const q of questions.filter((x) => ["event-place-choice", "event-place-typed", "event-map-pin"].includes(x.template))) {
      const event = eventById.get(q.refs.events[0]!)!;
      expect(away.test(`${event.title}. ${event.summary}`), `${q.id}: ${event.title}`).toBe(false);
    }
  });

  it("asks for the town or city when the event names a district or building of it (typing the district is not wrong)", () => {
    const eventById = new Map(kb.events.map((e) => [e.id, e]));
    let seen = 0;
    for (const q of questions.filter((x) => ["event-place-choice", "event-place-typed", "event-map-pin"].includes(x.template))) {
      const event = eventById.get(q.refs.events[0]!)!;
      const key = placeById.get(q.refs.places[0]!)!;
      const parts = kb.places.filter((p) => p.relations.some((r) => r.kind === "part-of" && r.place === key.id));
      const named = parts.some((p) => event.places.includes(p.id) || mentionsAny(event.title, [p.name, ...p.aliases]));
      if (!named) continue;
      seen++;
      expect(q.prompt, q.id).toMatch(key.kind === "village" ? /\bvillage\b/ : /\btown or city\b/);
      expect(q.prompt, q.id).not.toMatch(/name of the place|Where did this happen/);
      // The key stays the settlement: the district's names are not accepted.
      if (q.type === "typed") for (const p of parts) expect(q.accept.map(normalizeName), q.id).not.toContain(normalizeName(p.name));
    }
    expect(seen).toBeGreaterThan(0);
  });
});
