/** place-map-pin and event-map-pin: nothing line-shaped is pinned, radii grow with the kind of place, and no pin shadows another. */
import { describe, expect, it } from "vitest";
import { greatCircleKm } from "../../geo";
import type { MapPinQuestion } from "../../types";
import { questions, placeById, kb } from "./test-support";

describe("place-map-pin", () => {
  it("never pins a highway, and scales map radii by kind", () => {
    for (const q of questions) {
      if (q.type !== "map-pin") continue;
      const place = placeById.get(q.refs.places[0]!)!;
      expect(place.kind).not.toBe("highway");
      if (place.kind === "city") expect([q.answer.fullCreditKm, q.answer.partialCreditKm]).toEqual([12, 40]);
      if (place.kind === "region") expect([q.answer.fullCreditKm, q.answer.partialCreditKm]).toEqual([25, 60]);
    }
  });

  const pins = questions.filter((q): q is typeof q & { answer: MapPinQuestion["answer"] } => q.template === "place-map-pin" && q.type === "map-pin");
  const events = (placeId: string) => kb.events.filter((e) => e.places.includes(placeId)).length;

  it("never asks for two places whose answers lie within each other's full-credit radius", () => {
    // A click on Maarat al-Numan must not earn full marks for Deir Sharqi, 5 km away (nor the reverse).
    expect(pins.length).toBeGreaterThan(15);
    for (const [i, a] of pins.entries())
      for (const b of pins.slice(i + 1)) {
        const km = greatCircleKm(a.answer, b.answer);
        expect(km, `${a.answer.placeName} / ${b.answer.placeName}`).toBeGreaterThanOrEqual(Math.min(a.answer.fullCreditKm, b.answer.fullCreditKm));
      }
  });

  it("keeps the more prominent of two close places: the one the content names in more events", () => {
    for (const a of pins)
      for (const b of pins) {
        if (a === b) continue;
        // b lies inside a's radius only if a is the bigger name (else a would not have been asked).
        if (greatCircleKm(a.answer, b.answer) < a.answer.fullCreditKm)
          expect(events(a.refs.places[0]!), `${a.answer.placeName} within reach of ${b.answer.placeName}`).toBeGreaterThanOrEqual(events(b.refs.places[0]!));
      }
  });
});
