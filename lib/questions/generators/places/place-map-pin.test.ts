/** place-map-pin and event-map-pin: nothing line-shaped is pinned, and radii grow with the kind of place. */
import { describe, expect, it } from "vitest";
import { questions, placeById } from "./test-support";

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
});
