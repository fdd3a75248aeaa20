/** event-map-pin: the pin is graded against the gazetteer position of the place the event happened in. */
import { describe, expect, it } from "vitest";
import { kb, placeById, questions } from "./test-support";

describe("event-map-pin", () => {
  const asked = questions.filter((q) => q.template === "event-map-pin");

  it("keys the coordinates of one of the event's own places", () => {
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      if (q.type !== "map-pin") throw new Error("expected a map pin");
      const event = kb.events.find((e) => e.id === q.refs.events[0])!;
      const place = event.places.map((id) => placeById.get(id)!).find((p) => p.name === q.answer.placeName)!;
      expect(place, q.id).toBeDefined();
      expect([q.answer.lat, q.answer.lon]).toEqual([place.coordinates!.lat, place.coordinates!.lon]);
      expect(q.answer.partialCreditKm).toBeGreaterThan(q.answer.fullCreditKm);
    }
  });

  it("does not name the place in the prompt", () => {
    for (const q of asked) {
      if (q.type !== "map-pin") continue;
      expect(q.prompt, q.id).not.toContain(q.answer.placeName);
    }
  });
});
