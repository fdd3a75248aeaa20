/** place-near-choice: "near" is within 15 km on the map; distractors are plausible (same part of the map) but clearly not near. */
import { describe, expect, it } from "vitest";
import { NEAR_GAP_KM, NEAR_MAX_KM, NOT_NEAR_MAX_KM, NOT_NEAR_MIN_KM } from "./place-near";
import { questions, placeById, wrongOptions, placesNamed, km } from "./test-support";

describe("place-near", () => {
  const asked = questions.filter((x) => x.template === "place-near-choice");

  it("asks only about a key with a map position, within 15 km of the reference", () => {
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      const [subject, reference] = q.refs.places.map((id) => placeById.get(id)!);
      expect(subject!.coordinates, `${q.id}: ${subject!.name} has no map position`).toBeTruthy();
      expect(km(subject!, reference!), q.id).toBeLessThanOrEqual(NEAR_MAX_KM);
    }
  });

  it("offers distractors at a middling distance: clearly further than the key, but not in another corner of Syria", () => {
    for (const q of asked) {
      const [subject, reference] = q.refs.places.map((id) => placeById.get(id)!);
      const keyKm = km(subject!, reference!);
      for (const o of wrongOptions(q)) {
        const d = km(placesNamed(o.text)[0]!, reference!);
        expect(d, `${q.id}: ${o.text}`).toBeGreaterThanOrEqual(Math.max(NOT_NEAR_MIN_KM, keyKm + NEAR_GAP_KM));
        expect(d, `${q.id}: ${o.text}`).toBeLessThanOrEqual(NOT_NEAR_MAX_KM);
      }
    }
  });

  it("never gives two near-questions the same context sentence", () => {
    const contexts = asked.map((q) => q.explanation.split(/(?<=\.)\s+/).slice(1).join(" ").replace(/^.*? is /, ""));
    const nonEmpty = contexts.filter((c) => c !== "");
    expect(new Set(nonEmpty).size).toBe(nonEmpty.length);
    expect(new Set(asked.map((q) => q.explanation)).size).toBe(asked.length);
  });
});
